"""From paths to a graph in one call: read, extract, merge. The CLI and notebooks share it.

>>> g = build_from_paths(["examples/articles/05_singapore_summit.txt"])  # doctest: +SKIP
>>> g.nodes["person/donald-trump"]["type"]  # doctest: +SKIP
'Person'
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from extract.errors import ExtractionError, InputError
from extract.ingest.read import read_articles
from extract.ingest.syntax_check import check_syntax
from extract.types import Article, ArticleResult
from graph.merge.build import GraphBuilder
from graph.run.cache import ResultCache
from graph.run.options import BuildOptions, Extractor

log = logging.getLogger(__name__)
DEFAULT_OPTIONS = BuildOptions()
#: Cache hits held as results while the extractor reads ahead to its next miss. The hits after
#: them wait as bare articles (a few kB each) and are read from the cache again when their turn
#: comes, so memory stays flat however many hits come between two misses (thousands in a row
#: near the end of a corpus the cache mostly holds).
MAX_HELD_HITS = 64


@dataclass(frozen=True)
class _Deferred:
    """A cache hit beyond ``MAX_HELD_HITS``: its result is read again when it is yielded."""

    article: Article


class _Waiting:
    """The results of articles read but not yet yielded, in reading order.

    Each entry is a cache hit (its result, or a ``_Deferred`` article past ``MAX_HELD_HITS``)
    or ``None`` for "the next extracted result": the extractor reads ahead to gather its next
    misses, and the hits it passes wait here until the miss before them is extracted.
    """

    def __init__(
        self,
        cache: ResultCache | None,
        extract: Extractor,
        report: BuildReport,
    ) -> None:
        self.cache, self.extract, self.report = cache, extract, report
        self.entries: deque[ArticleResult | _Deferred | None] = deque()
        self.held = 0  # results (not deferred articles) in ``entries``
        self.lookup_seconds = 0.0  # look-ups happen inside the extractor's pull on misses
        self.rereading = False  # extracting a lost cache hit again, outside the queue

    def look_up(self, article: Article) -> bool:
        """Queue ``article``'s cached result and return True, or queue a miss and return False."""
        began = time.perf_counter()
        found: ArticleResult | _Deferred | None = None
        if self.cache and self.held < MAX_HELD_HITS:
            found = self.cache.get(article)
            self.held += found is not None
        elif self.cache and self.cache.contains(article):
            found = _Deferred(article)
        self.lookup_seconds += time.perf_counter() - began
        self.entries.append(found)
        self.report.from_cache += found is not None
        return found is not None

    def ready(self) -> Iterator[ArticleResult]:
        """Yield the cache hits at the front, up to the next miss."""
        while self.entries and self.entries[0] is not None:
            item = self.entries.popleft()
            if isinstance(item, _Deferred):
                again = self._read_again(item.article)
                if again is not None:
                    yield again
            elif item is not None:
                self.held -= 1
                yield item

    def extracted(self) -> None:
        """The miss at the front has been extracted."""
        self.entries.popleft()

    def failed(self) -> None:
        """The first miss failed and will yield nothing: the hits behind it need not wait.

        Called from inside the extractor, before ``ready`` has released the hits in front of
        that miss, so the entry goes from where it is. A cache hit extracted again
        (``_read_again``) has no miss queued: nothing to drop.
        """
        if not self.rereading:
            self.entries.remove(None)

    def _read_again(self, article: Article) -> ArticleResult | None:
        began = time.perf_counter()
        result = self.cache.get(article) if self.cache else None
        self.report.seconds["cache"] += time.perf_counter() - began
        if result is not None:
            return result
        # The entry went bad since it was found (removed by hand): extract the article now.
        self.report.from_cache -= 1
        self.report.extracted += 1
        self.rereading = True
        try:
            result = next(iter(self.extract([article])), None)
        finally:
            self.rereading = False
        if result is None:  # its extraction failed, and was skipped: nothing to yield
            return None
        if self.cache:
            self.cache.put(result)
        return result


class EmptyCorpusError(InputError):
    """The inputs held no article at all."""


@dataclass
class BuildReport:
    """What a build read, extracted, took from the cache and skipped, and where time went.

    ``seconds`` has one entry per stage: ``read`` (ingestion and cleaning), ``cache``
    (lookups and writes), ``extract`` (parsing and relation assembly, waiting on workers
    included), ``merge`` (folding results into the graph, key resolution included).
    """

    articles: int = 0
    extracted: int = 0
    from_cache: int = 0
    skipped: list[InputError] = field(default_factory=list)
    seconds: dict[str, float] = field(
        default_factory=lambda: {"read": 0.0, "cache": 0.0, "extract": 0.0, "merge": 0.0}
    )

    def summary(self) -> str:
        """One line for the CLI, e.g. "3 articles, 1 extracted, 2 from cache"."""
        return f"{self.articles} articles, {self.extracted} extracted, {self.from_cache} from cache"


class _Stopwatch:
    """Charges the time a stream takes to produce its items to a stage of ``report.seconds``."""

    def __init__(self, report: BuildReport) -> None:
        self.report = report

    def timed(self, stage: str, items: Iterable[Any]) -> Iterator[Any]:
        """Yield from ``items``, charging the time taken to produce each one to ``stage``."""
        iterator = iter(items)
        while True:
            began = time.perf_counter()
            try:
                item = next(iterator)
            except StopIteration:
                self.report.seconds[stage] += time.perf_counter() - began
                return
            self.report.seconds[stage] += time.perf_counter() - began
            yield item


def iter_results(
    inputs: Iterable[str | Path | Article],
    options: BuildOptions = DEFAULT_OPTIONS,
    report: BuildReport | None = None,
) -> Iterator[ArticleResult]:
    """Stream the extraction results of every article of ``inputs``, in reading order.

    ``inputs`` holds paths and URLs (read as ``newsgraph build`` reads them) and ready
    ``Article`` objects, in any mix. Articles found in the cache (``options.cache_dir``) are not
    extracted again; the others go to ``options.chosen_extractor()`` and are then cached.
    ``report`` (if given) is filled in as the stream is consumed.
    """
    inputs = list(inputs)
    report = report if report is not None else BuildReport()
    watch = _Stopwatch(report)
    if not options.skip_bad:
        began = time.perf_counter()
        # A strict build fails on a bad line before extracting anything.
        check_syntax([item for item in inputs if not isinstance(item, Article)])
        report.seconds["read"] += time.perf_counter() - began
    cache = ResultCache(options.cache_dir, model=options.model) if options.cache_dir else None

    def skip_failed(error: ExtractionError) -> None:
        # Under --skip-bad an article that breaks extraction is bad input like any other:
        # warned about by its source (file:line), left out, and the stream goes on.
        waiting.failed()
        _skipper(options, report)(InputError(error.source or "(article)", str(error)))

    extract = options.chosen_extractor(on_failure=skip_failed if options.skip_bad else None)
    waiting = _Waiting(cache, extract, report)

    def misses() -> Iterator[Article]:
        for article in watch.timed("read", _articles_of(inputs, options, report)):
            report.articles += 1
            if options.on_article:
                options.on_article(article)
            if not waiting.look_up(article):
                yield article

    with contextlib.ExitStack() as stack:
        store = stack.enter_context(cache.background_writer()) if cache else None
        # The extractor's pull includes misses() (reading, look-ups), charged to their stages.
        for result in watch.timed("extract", extract(misses())):
            yield from waiting.ready()
            waiting.extracted()
            report.extracted += 1
            if store:
                began = time.perf_counter()
                store(result)
                report.seconds["cache"] += time.perf_counter() - began
            yield result
        yield from waiting.ready()
    report.seconds["extract"] -= report.seconds["read"] + waiting.lookup_seconds
    report.seconds["cache"] += waiting.lookup_seconds


def _skipper(options: BuildOptions, report: BuildReport) -> Callable[[InputError], None]:
    """What skipping a bad input does: count it in ``report``, then warn (``options.on_skip``,
    else the log)."""

    def on_skip(error: InputError) -> None:
        report.skipped.append(error)
        if options.on_skip:
            options.on_skip(error)
        else:
            log.warning("skipped %s", error)

    return on_skip


def _articles_of(
    inputs: Iterable[str | Path | Article], options: BuildOptions, report: BuildReport
) -> Iterator[Article]:
    """The articles of ``inputs`` in order: ``Article`` objects as they are, and each run of
    paths read by one ``read_articles`` call (so a repeated id among them is caught)."""

    on_skip = _skipper(options, report)

    def read(paths: list[str | Path]) -> Iterator[Article]:
        return read_articles(
            paths,
            skip_bad=options.skip_bad,
            on_skip=on_skip,
            allow_private_urls=options.allow_private_urls,
        )

    paths: list[str | Path] = []
    for item in inputs:
        if not isinstance(item, Article):
            paths.append(item)
            continue
        if paths:
            yield from read(paths)
            paths = []
        yield item
    if paths:
        yield from read(paths)


def build_from_paths(
    inputs: Iterable[str | Path | Article],
    options: BuildOptions = DEFAULT_OPTIONS,
    report: BuildReport | None = None,
) -> nx.MultiDiGraph:
    """Read, extract and merge every article of ``inputs`` (paths, URLs, ``Article`` objects)
    into one graph.

    Results are folded into the graph as they stream in (``graph.merge.build.GraphBuilder``), so
    memory is bounded by the parser's batch plus the graph itself, never by all parsed
    articles. ``options`` says how (cache, processes, model, another extractor: see
    ``BuildOptions``); pass a ``BuildReport`` to learn counts and stage times.

    Raises ``InputError`` for bad input (unless ``options.skip_bad``) and ``EmptyCorpusError``
    when nothing could be read.
    """
    inputs = list(inputs)
    report = report if report is not None else BuildReport()
    builder = GraphBuilder()
    merge_seconds = 0.0
    for result in iter_results(inputs, options, report):
        began = time.perf_counter()
        builder.add(result)
        merge_seconds += time.perf_counter() - began
    if report.articles == 0:
        names = [str(item) for item in inputs if not isinstance(item, Article)]
        raise EmptyCorpusError(", ".join(names) or "(no inputs)", "no articles could be read")
    began = time.perf_counter()
    graph = builder.finish()
    report.seconds["merge"] = merge_seconds + time.perf_counter() - began
    return graph


def graph_stats(graph: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """Counts of nodes by type and edges by predicate (negated edges counted apart).

    >>> graph_stats(nx.MultiDiGraph(articles={}))
    {'articles': {'articles': 0}, 'nodes': {}, 'edges': {}}
    """
    nodes = Counter(data.get("type", "?") for _, data in graph.nodes(data=True))
    edges = Counter(
        f"not {data['predicate']}" if data.get("negated") else data["predicate"]
        for _, _, data in graph.edges(data=True)
    )
    return {
        "articles": {"articles": len(graph.graph.get("articles", {}))},
        "nodes": dict(sorted(nodes.items())),
        "edges": dict(sorted(edges.items(), key=lambda item: (-item[1], item[0]))),
    }
