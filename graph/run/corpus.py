"""From paths to a graph in one call: read, extract, merge. The CLI and notebooks share it.

>>> g = build_from_paths(["examples/articles/05_singapore_summit.txt"])  # doctest: +SKIP
>>> g.nodes["person/donald-trump"]["type"]  # doctest: +SKIP
'Person'
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import networkx as nx

from extract.errors import InputError
from extract.ingest.read import read_articles
from extract.ingest.syntax_check import check_syntax
from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult
from graph.merge.streaming import GraphAccumulator
from graph.run.cache import ResultCache
from graph.run.processes import extract_in_processes

#: Turns a stream of articles into a stream of results, in the same order.
Extractor = Callable[[Iterable[Article]], Iterator[ArticleResult]]


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


def local_extractor(*, n_process: int = 1, batch_size: int = 32) -> Extractor:
    """Extraction on this machine: ``n_process`` processes, this one included.

    One process runs spaCy's ``nlp.pipe`` here; more share the batches out
    (``graph.run.processes.extract_in_processes``).
    """
    if n_process <= 1:
        return partial(extract_articles, batch_size=batch_size)
    return partial(extract_in_processes, processes=n_process, batch_size=batch_size)


def iter_results(
    paths: Iterable[str | Path],
    *,
    skip_bad: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    extractor: Extractor | None = None,
    cache: ResultCache | None = None,
    report: BuildReport | None = None,
    allow_private_urls: bool = False,
) -> Iterator[ArticleResult]:
    """Stream the extraction results of every article under ``paths``, in reading order.

    Articles found in ``cache`` are not extracted again; the others go to ``extractor``
    (default: ``local_extractor(n_process=..., batch_size=...)``) and are then cached.
    ``report`` (if given) is filled in as the stream is consumed. ``allow_private_urls`` lets
    ``.urls`` lists reach loopback and private addresses (see ``read_articles``).
    """
    paths = list(paths)
    report = report if report is not None else BuildReport()
    watch = _Stopwatch(report)
    if not skip_bad:
        began = time.perf_counter()
        check_syntax(paths)  # a strict build fails on a bad line before extracting anything
        report.seconds["read"] += time.perf_counter() - began
    extract = extractor or local_extractor(n_process=n_process, batch_size=batch_size)

    def on_skip_recorded(error: InputError) -> None:
        report.skipped.append(error)
        if on_skip:
            on_skip(error)

    # Each entry is a cached result still to be yielded, or None for "the next extracted
    # result". Cache hits between two misses wait here; they are small next to the parser's
    # own look-ahead, and with no misses at all they are yielded as soon as they are read.
    waiting: deque[ArticleResult | None] = deque()
    lookup_seconds = [0.0]  # cache look-ups happen inside the extractor's pull on misses()

    def misses() -> Iterator[Article]:
        articles = read_articles(
            paths,
            skip_bad=skip_bad,
            on_skip=on_skip_recorded,
            allow_private_urls=allow_private_urls,
        )
        for article in watch.timed("read", articles):
            report.articles += 1
            if on_article:
                on_article(article)
            began = time.perf_counter()
            cached = cache.get(article) if cache else None
            lookup_seconds[0] += time.perf_counter() - began
            if cached is not None:
                report.from_cache += 1
                waiting.append(cached)
            else:
                waiting.append(None)
                yield article

    def drain_cached() -> Iterator[ArticleResult]:
        while waiting and waiting[0] is not None:
            result = waiting.popleft()
            assert result is not None
            yield result

    with contextlib.ExitStack() as stack:
        store = stack.enter_context(cache.background_writer()) if cache else None
        # The extractor's pull includes misses() (reading, look-ups), charged to their stages.
        for result in watch.timed("extract", extract(misses())):
            yield from drain_cached()
            waiting.popleft()  # the None standing for this result
            report.extracted += 1
            if store:
                began = time.perf_counter()
                store(result)
                report.seconds["cache"] += time.perf_counter() - began
            yield result
        yield from drain_cached()
    report.seconds["extract"] -= report.seconds["read"] + lookup_seconds[0]
    report.seconds["cache"] += lookup_seconds[0]


def build_from_paths(
    paths: Iterable[str | Path],
    *,
    skip_bad: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    extractor: Extractor | None = None,
    cache: ResultCache | None = None,
    report: BuildReport | None = None,
    allow_private_urls: bool = False,
) -> nx.MultiDiGraph:
    """Read, extract and merge every article under ``paths`` into one graph.

    Results are folded into the graph as they stream in (``graph.merge.streaming``), so memory is
    bounded by the parser's batch plus the graph itself, never by all parsed articles. Pass a
    ``ResultCache`` to skip unchanged articles, an ``extractor`` to run elsewhere (see
    ``graph.run.distributed``), and a ``BuildReport`` to learn counts and stage times.

    Raises ``InputError`` for bad input (unless ``skip_bad``) and ``EmptyCorpusError`` when
    nothing could be read.
    """
    paths = list(paths)
    report = report if report is not None else BuildReport()
    builder = GraphAccumulator()
    results = iter_results(
        paths,
        skip_bad=skip_bad,
        on_skip=on_skip,
        on_article=on_article,
        n_process=n_process,
        batch_size=batch_size,
        extractor=extractor,
        cache=cache,
        report=report,
        allow_private_urls=allow_private_urls,
    )
    merge_seconds = 0.0
    for result in results:
        began = time.perf_counter()
        builder.add(result)
        merge_seconds += time.perf_counter() - began
    if report.articles == 0:
        names = ", ".join(str(p) for p in paths) or "(no paths)"
        raise EmptyCorpusError(names, "no articles could be read")
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
