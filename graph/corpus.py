"""From paths to a graph in one call: read, extract, merge. The CLI and notebooks share it.

>>> g = build_from_paths(["examples/articles/05_singapore_summit.txt"])  # doctest: +SKIP
>>> g.nodes["person/donald-trump"]["type"]  # doctest: +SKIP
'Person'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from extract.errors import InputError
from extract.ingest import read_articles
from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult
from graph.build import build_graph


class EmptyCorpusError(InputError):
    """The inputs held no article at all."""


@dataclass
class BuildReport:
    """What a build read and skipped, for the CLI to print."""

    articles: int = 0
    skipped: list[InputError] | None = None


def iter_results(
    paths: Iterable[str | Path],
    *,
    skip_bad: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    n_process: int = 1,
    batch_size: int = 32,
) -> Iterator[ArticleResult]:
    """Stream the extraction results of every article under ``paths``."""
    paths = list(paths)

    def articles() -> Iterator[Article]:
        for article in read_articles(paths, skip_bad=skip_bad, on_skip=on_skip):
            if on_article:
                on_article(article)
            yield article

    yield from extract_articles(articles(), n_process=n_process, batch_size=batch_size)


def build_from_paths(
    paths: Iterable[str | Path],
    *,
    skip_bad: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    n_process: int = 1,
    batch_size: int = 32,
) -> nx.MultiDiGraph:
    """Read, extract and merge every article under ``paths`` into one graph.

    Raises ``InputError`` for bad input (unless ``skip_bad``) and ``EmptyCorpusError`` when
    nothing could be read.
    """
    paths = list(paths)
    results = list(
        iter_results(
            paths,
            skip_bad=skip_bad,
            on_skip=on_skip,
            on_article=on_article,
            n_process=n_process,
            batch_size=batch_size,
        )
    )
    if not results:
        names = ", ".join(str(p) for p in paths) or "(no paths)"
        raise EmptyCorpusError(names, "no articles could be read")
    return build_graph(results)


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
