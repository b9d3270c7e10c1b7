"""The two systems under evaluation, each seen as "articles in, graph out".

``newsgraph`` is the real pipeline (``extract.pipeline`` + ``graph.merge.build``, with cross-article
resolution). ``baseline`` is ``evaluation.baseline`` put in a graph by plain union of its keys:
a naive script has no resolver, so none is lent to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

import networkx as nx

from evaluation.baseline import extract_baseline
from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult
from graph.merge.build import build_graph


def graph_without_resolution(results: Iterable[ArticleResult]) -> nx.MultiDiGraph:
    """A graph in ``graph.merge.build``'s shape where only identical keys merge.

    >>> from extract.types import Article, ArticleResult
    >>> graph_without_resolution([ArticleResult(Article(id="a", text=""))]).number_of_nodes()
    0
    """
    graph = nx.MultiDiGraph(articles={})
    for result in results:
        article_id = result.article.id
        graph.graph["articles"][article_id] = {"title": result.article.title}
        for entity in result.entities:
            if entity.key not in graph:
                graph.add_node(
                    entity.key,
                    label=entity.label,
                    type=entity.type.value,
                    aliases=[],
                    articles=[],
                    role="",
                    merged_from=[entity.key],
                )
            data = graph.nodes[entity.key]
            data["aliases"] = sorted(set(data["aliases"]) | set(entity.aliases) | {entity.label})
            data["articles"] = sorted(set(data["articles"]) | {article_id})
        for relation in result.relations:
            key = f"{relation.predicate}|negated" if relation.negated else relation.predicate
            if not graph.has_edge(relation.subject, relation.object, key):
                graph.add_edge(
                    relation.subject,
                    relation.object,
                    key=key,
                    predicate=relation.predicate,
                    cameo=relation.cameo,
                    negated=relation.negated,
                    articles=[],
                    evidence=[],
                )
            data = graph.edges[relation.subject, relation.object, key]
            data["articles"] = sorted(set(data["articles"]) | {article_id})
            data["evidence"].append(asdict(relation.evidence))
    return graph


@dataclass(frozen=True)
class System:
    """A system under evaluation: how it reads articles, and how it makes a graph of what it
    read (one graph per corpus, or one per sentence for event coding)."""

    extract: Callable[[list[Article]], Iterable[ArticleResult]]
    build: Callable[[Iterable[ArticleResult]], nx.MultiDiGraph]

    def graph(self, articles: list[Article]) -> nx.MultiDiGraph:
        """One graph of all the articles."""
        return self.build(self.extract(articles))

    def graph_per_article(self, articles: list[Article]) -> list[nx.MultiDiGraph]:
        """One graph per article, the articles parsed in one batch."""
        return [self.build([result]) for result in self.extract(articles)]


def _extract_newsgraph(articles: list[Article]) -> Iterable[ArticleResult]:
    return extract_articles(articles)


def _extract_baseline(articles: list[Article]) -> Iterable[ArticleResult]:
    return extract_baseline(articles)


SYSTEMS: dict[str, System] = {
    "newsgraph": System(_extract_newsgraph, build_graph),
    "baseline": System(_extract_baseline, graph_without_resolution),
}
