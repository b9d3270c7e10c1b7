"""Score a graph against gold annotations: nodes by type, merges, and edges.

Everything is counted per article, because the graph says which articles each node and edge
came from (``articles`` attribute) and the gold is written per article:

* a gold node of article A is **found** when a graph node of the same type that lists A shares
  one of its names (``normalise_name`` of label or aliases); a graph node listed in A is
  **correct** when it matches some gold node of A the same way. Recall = found / gold nodes,
  precision = correct / graph nodes, both per (node, article) pair.
* **merge accuracy**: for each gold entity seen under several names or in several articles,
  it is merged when exactly one graph node matches it (type and a shared name) and that node
  lists all of the entity's articles. Cross-article entities are also reported alone.
* a gold edge of article A is **found** when a graph edge listed in A joins a node matching
  its subject to a node matching its object with an accepted predicate and the same
  ``negated`` flag; direction is ignored for symmetric predicates (``met``...). A graph edge
  is **correct** when it matches some gold edge of its article.
* ``located_in`` edges come from the gazetteer, not the text, and the gold has none: they are
  left out, and so is a node whose only edges in an article are ``located_in`` edges into it.

>>> counts = Counts(correct=3, predicted=4, found=3, gold=6)
>>> (counts.precision, counts.recall)
(0.75, 0.5)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from evaluation.gold import GoldArticle, GoldEdge, normalise_name

STRUCTURAL_PREDICATES = frozenset({"affiliated_with", "party_to", "held_in", "located_in"})
# Edges from the gazetteer, not read from the text: the gold, written from the text, has none,
# so they are not scored, nor is a country node that only they bring into an article.
GAZETTEER_PREDICATES = frozenset({"located_in"})
# Meeting, talking, negotiating and cooperating are mutual: the gold lists one direction.
SYMMETRIC_PREDICATES = frozenset({"met", "talked_with", "negotiated", "cooperated_with"})


@dataclass
class Counts:
    """Matched and total counts on both sides, from which precision and recall follow."""

    correct: int = 0  # predicted items that match gold
    predicted: int = 0
    found: int = 0  # gold items matched by a prediction
    gold: int = 0

    @property
    def precision(self) -> float:
        """Correct / predicted (1.0 when nothing was predicted)."""
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Found / gold (1.0 when there is no gold item)."""
        return self.found / self.gold if self.gold else 1.0

    def to_dict(self) -> dict[str, Any]:
        """Counts plus rounded precision and recall, for ``results.json``."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "correct": self.correct,
            "predicted": self.predicted,
            "found": self.found,
            "gold": self.gold,
        }


@dataclass
class Score:
    """All gold-based figures for one graph, with the failures behind them."""

    nodes: dict[str, Counts] = field(default_factory=dict)  # by type, plus "all"
    merge: Counts = field(default_factory=Counts)  # found/gold only
    merge_cross_article: Counts = field(default_factory=Counts)
    edges: dict[str, Counts] = field(default_factory=dict)  # "all", "events", "structural"
    failures: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures and failure lists."""
        return {
            "nodes": {name: c.to_dict() for name, c in self.nodes.items()},
            "merge": {
                "merged": self.merge.found,
                "entities": self.merge.gold,
                "accuracy": round(self.merge.recall, 4),
            },
            "merge_cross_article": {
                "merged": self.merge_cross_article.found,
                "entities": self.merge_cross_article.gold,
                "accuracy": round(self.merge_cross_article.recall, 4),
            },
            "edges": {name: c.to_dict() for name, c in self.edges.items()},
            "failures": self.failures,
        }


class _Index:
    """Graph nodes' normalised names and the gold entities' corpus-wide names."""

    def __init__(self, graph: nx.MultiDiGraph, gold: list[GoldArticle]) -> None:
        self.graph = graph
        self.names: dict[str, frozenset[str]] = {
            node: frozenset(
                normalise_name(n) for n in [data.get("label", ""), *data.get("aliases", [])]
            )
            for node, data in graph.nodes(data=True)
        }
        self.gold_names: dict[str, set[str]] = defaultdict(set)
        self.gold_type: dict[str, str] = {}
        self.gold_articles: dict[str, set[str]] = defaultdict(set)
        for article in gold:
            for node in article.nodes:
                known = self.gold_type.setdefault(node.key, node.type)
                if known != node.type:
                    raise ValueError(
                        f"gold node {node.key!r} is a {known} in one file and a {node.type} "
                        f"in {article.article_id!r}"
                    )
                self.gold_names[node.key] |= node.names
                self.gold_articles[node.key].add(article.article_id)

    def matches(self, node: str, gold_key: str) -> bool:
        data = self.graph.nodes[node]
        return data.get("type") == self.gold_type[gold_key] and bool(
            self.names[node] & self.gold_names[gold_key]
        )

    def nodes_in(self, article_id: str) -> list[str]:
        return [n for n, d in self.graph.nodes(data=True) if article_id in d.get("articles", ())]

    def candidates(self, gold_key: str, article_nodes: Iterable[str]) -> set[str]:
        return {n for n in article_nodes if self.matches(n, gold_key)}


def score_graph(graph: nx.MultiDiGraph, gold: list[GoldArticle]) -> Score:
    """Score ``graph`` against ``gold``; only the gold's articles are looked at.

    Raises ``ValueError`` when the gold gives one entity two types in different files.
    """
    index = _Index(graph, gold)
    score = Score(failures=defaultdict(list))
    for article in gold:
        article_nodes = index.nodes_in(article.article_id)
        candidates = {g.key: index.candidates(g.key, article_nodes) for g in article.nodes}
        _score_nodes(score, index, article, article_nodes, candidates)
        _score_edges(score, index, article, candidates)
    _score_merges(score, index)
    score.failures = {name: sorted(items) for name, items in sorted(score.failures.items())}
    return score


def _bump(table: dict[str, Counts], name: str) -> Counts:
    return table.setdefault(name, Counts())


def _score_nodes(
    score: Score,
    index: _Index,
    article: GoldArticle,
    article_nodes: list[str],
    candidates: dict[str, set[str]],
) -> None:
    for gold_node in article.nodes:
        found = bool(candidates[gold_node.key])
        for name in (gold_node.type, "all"):
            counts = _bump(score.nodes, name)
            counts.gold += 1
            counts.found += found
        if not found:
            score.failures["missed_nodes"].append(f"{article.article_id}: {gold_node.key}")
    matched = set().union(*candidates.values()) if candidates else set()
    for node in article_nodes:
        correct = node in matched
        if not correct and _only_gazetteer(index.graph, node, article.article_id):
            continue
        for name in (index.graph.nodes[node].get("type", "?"), "all"):
            counts = _bump(score.nodes, name)
            counts.predicted += 1
            counts.correct += correct
        if not correct:
            score.failures["spurious_nodes"].append(f"{article.article_id}: {node}")


def _only_gazetteer(graph: nx.MultiDiGraph, node: str, article_id: str) -> bool:
    """Whether the node's only edges in the article are gazetteer edges into it: its one role
    there is being the country of a place ("Vienna", "the Austrian capital")."""

    def in_article(edges: Iterable[tuple[str, str, dict[str, Any]]]) -> list[str]:
        return [d.get("predicate", "") for _, _, d in edges if article_id in d.get("articles", ())]

    if in_article(graph.out_edges(node, data=True)):
        return False
    inward = in_article(graph.in_edges(node, data=True))
    return bool(inward) and all(p in GAZETTEER_PREDICATES for p in inward)


def _edge_matches(
    edge: tuple[str, str, dict[str, Any]], gold_edge: GoldEdge, candidates: dict[str, set[str]]
) -> bool:
    source, target, data = edge
    if data.get("predicate") not in gold_edge.predicates:
        return False
    if bool(data.get("negated")) != gold_edge.negated:
        return False
    subjects = set().union(*(candidates[key] for key in gold_edge.subjects))
    objects = set().union(*(candidates[key] for key in gold_edge.objects))
    if source in subjects and target in objects:
        return True
    symmetric = data.get("predicate") in SYMMETRIC_PREDICATES
    return symmetric and source in objects and target in subjects


def _edge_groups(predicate: str) -> tuple[str, str]:
    return ("structural" if predicate in STRUCTURAL_PREDICATES else "events", "all")


def _score_edges(
    score: Score, index: _Index, article: GoldArticle, candidates: dict[str, set[str]]
) -> None:
    edges = [
        (u, v, d)
        for u, v, d in index.graph.edges(data=True)
        if article.article_id in d.get("articles", ())
        and d.get("predicate") not in GAZETTEER_PREDICATES
    ]
    for gold_edge in article.edges:
        found = any(_edge_matches(edge, gold_edge, candidates) for edge in edges)
        # A gold edge belongs to the structural group only if every accepted name is one.
        structural = gold_edge.predicates <= STRUCTURAL_PREDICATES
        for name in ("structural" if structural else "events", "all"):
            counts = _bump(score.edges, name)
            counts.gold += 1
            counts.found += found
        if not found:
            score.failures["missed_edges"].append(f"{article.article_id}: {gold_edge.describe()}")
    for edge in edges:
        correct = any(_edge_matches(edge, gold_edge, candidates) for gold_edge in article.edges)
        for name in _edge_groups(edge[2].get("predicate", "")):
            counts = _bump(score.edges, name)
            counts.predicted += 1
            counts.correct += correct
        if not correct:
            neg = " (negated)" if edge[2].get("negated") else ""
            score.failures["spurious_edges"].append(
                f"{article.article_id}: {edge[0]} {edge[2].get('predicate')}{neg} {edge[1]}"
            )


def _score_merges(score: Score, index: _Index) -> None:
    for key in sorted(index.gold_type):
        articles = index.gold_articles[key]
        cross_article = len(articles) > 1
        if not cross_article and len(index.gold_names[key]) < 2:
            continue
        # Only nodes sharing an article with the entity: a generic name ("the deal") must not
        # pull in a node about another deal from an unrelated article.
        holders = [
            n
            for n, data in index.graph.nodes(data=True)
            if articles & set(data.get("articles", ())) and index.matches(n, key)
        ]
        merged = len(holders) == 1 and articles <= set(
            index.graph.nodes[holders[0]].get("articles", ())
        )
        tables = [score.merge, score.merge_cross_article] if cross_article else [score.merge]
        for counts in tables:
            counts.gold += 1
            counts.found += merged
        if not merged:
            where = ", ".join(sorted(holders)) or "no node"
            score.failures["merge_failures"].append(f"{key} ({len(articles)} articles): {where}")
