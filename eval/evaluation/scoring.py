"""Score a graph against gold annotations: nodes by type, merges, edges, modality, errors.

Everything is counted per article (the graph's ``articles`` attributes, the gold's files),
with the rules of ``evaluation.matching``:

* **nodes**: a gold entity of article A is found when a node listing A matches it; a node
  listing A is correct when it matches some gold entity of A. Recall = found / gold, precision
  = correct / predicted, over (entity or node, article) pairs, by type and for "all". A node
  whose only edges in A are gazetteer edges into it (the country of a place) is not counted.
* **merge accuracy**: a gold entity seen under several names or in several articles is merged
  when exactly one node of its articles matches it and that node lists all its articles.
* **edges**, in groups: ``events`` (counting modality), ``events_without_modality`` (ends,
  family and negation only), ``affiliation`` (``affiliated_with``) and ``structural``
  (``party_to``, ``held_in``). A gold edge's group follows its accepted predicates (an event
  edge unless all are structural); a graph edge's follows its predicate. A gold edge is found
  when a graph edge of its article matches it; a graph edge is correct when it matches some
  gold edge of its article (modality counted for ``events``).
* **modality accuracy**: of the gold event edges found without modality, the share found with
  it; ``modality_confusion`` counts (gold modality → graph modality) over those pairs.
* **errors** by kind (``evaluation.error_kinds``) for event edges; for nodes ``type`` (a gold
  entity of an article found only under another type), ``split`` (an entity matched by several
  nodes of its articles) and ``merged`` (a node matching several gold entities of an article).

>>> counts = Counts(correct=3, predicted=4, found=3, gold=6)
>>> (counts.precision, counts.recall, round(counts.f1, 3))
(0.75, 0.5, 0.6)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from evaluation.error_kinds import MISSED_KINDS, SPURIOUS_KINDS, classify_missed, classify_spurious
from evaluation.gold import GoldArticle, GoldEdge
from evaluation.matching import (
    GAZETTEER_PREDICATES,
    ArticleNodes,
    GraphEdge,
    NodeIndex,
    article_edges,
    edge_matches,
)

EDGE_GROUPS = ("events", "events_without_modality", "affiliation", "structural")
NODE_ERROR_KINDS = ("type", "split", "merged")
Failures = dict[str, dict[str, list[str]]]  # article id -> kind -> descriptions


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

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Counts plus rounded precision, recall and F1, for ``results.json``."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "correct": self.correct,
            "predicted": self.predicted,
            "found": self.found,
            "gold": self.gold,
        }


def _accuracy(counts: Counts, names: tuple[str, str]) -> dict[str, Any]:
    return {names[0]: counts.found, names[1]: counts.gold, "accuracy": round(counts.recall, 4)}


@dataclass
class Score:
    """All gold-based figures for one graph, with the failures behind them."""

    nodes: dict[str, Counts] = field(default_factory=dict)  # by type, plus "all"
    merge: Counts = field(default_factory=Counts)  # found/gold only
    merge_cross_article: Counts = field(default_factory=Counts)
    edges: dict[str, Counts] = field(default_factory=lambda: {g: Counts() for g in EDGE_GROUPS})
    modality: Counts = field(default_factory=Counts)  # found = right modality, gold = matched
    modality_confusion: Counter[str] = field(default_factory=Counter)
    missed_kinds: Counter[str] = field(default_factory=Counter)
    spurious_kinds: Counter[str] = field(default_factory=Counter)
    node_errors: Counter[str] = field(default_factory=Counter)
    failures: Failures = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))

    def fail(self, article_id: str, kind: str, description: str) -> None:
        """Record one failure of ``kind`` in the article."""
        self.failures[article_id][kind].append(description)

    def to_dict(self, *, with_failures: bool = True) -> dict[str, Any]:
        """JSON-ready figures, and the failure lists unless ``with_failures`` is off."""
        figures: dict[str, Any] = {
            "nodes": {name: c.to_dict() for name, c in sorted(self.nodes.items())},
            "merge": _accuracy(self.merge, ("merged", "entities")),
            "merge_cross_article": _accuracy(self.merge_cross_article, ("merged", "entities")),
            "edges": {name: c.to_dict() for name, c in self.edges.items()},
            "modality": {
                **_accuracy(self.modality, ("right", "matched")),
                "confusion": dict(sorted(self.modality_confusion.items())),
            },
            "errors": {
                "event_edges": {
                    kind: {
                        "missed": self.missed_kinds[kind] if kind in MISSED_KINDS else None,
                        "spurious": self.spurious_kinds[kind] if kind in SPURIOUS_KINDS else None,
                    }
                    for kind in dict.fromkeys((*MISSED_KINDS, *SPURIOUS_KINDS))
                },
                "nodes": {kind: self.node_errors[kind] for kind in NODE_ERROR_KINDS},
            },
        }
        if with_failures:
            figures["failures"] = {
                article: {kind: sorted(items) for kind, items in sorted(kinds.items())}
                for article, kinds in sorted(self.failures.items())
            }
        return figures


def score_graph(graph: nx.MultiDiGraph, gold: Iterable[GoldArticle]) -> Score:
    """Score ``graph`` against ``gold``; only the gold's articles are looked at.

    Raises ``ValueError`` when the gold gives one entity two types in different files.
    """
    gold = list(gold)
    index = NodeIndex(graph, gold)
    score = Score()
    for article in gold:
        article_nodes = index.nodes_in(article.article_id)
        nodes = ArticleNodes.of(index, article, article_nodes)
        _score_nodes(score, index, article, article_nodes, nodes)
        _score_edges(score, index, article, nodes)
    _score_merges(score, index)
    return score


def _score_nodes(
    score: Score,
    index: NodeIndex,
    article: GoldArticle,
    article_nodes: list[str],
    nodes: ArticleNodes,
) -> None:
    article_id = article.article_id
    for gold_node in article.nodes:
        found = bool(nodes.typed[gold_node.key])
        for name in (gold_node.type, "all"):
            counts = score.nodes.setdefault(name, Counts())
            counts.gold += 1
            counts.found += found
        if found:
            continue
        score.fail(article_id, "missed node", f"{gold_node.key} ({gold_node.type})")
        if wrong := sorted(nodes.named[gold_node.key]):
            score.node_errors["type"] += 1
            as_found = ", ".join(f"{n} ({index.graph.nodes[n].get('type')})" for n in wrong)
            score.fail(article_id, "node type", f"{gold_node.key} ({gold_node.type}): {as_found}")
    matched: dict[str, set[str]] = defaultdict(set)
    for key, holders in nodes.typed.items():
        for node in holders:
            matched[node].add(key)
    for node in article_nodes:
        correct = node in matched
        if not correct and _only_gazetteer(index.graph, node, article_id):
            continue
        for name in (index.graph.nodes[node].get("type", "?"), "all"):
            counts = score.nodes.setdefault(name, Counts())
            counts.predicted += 1
            counts.correct += correct
        if not correct:
            score.fail(article_id, "spurious node", node)
        elif len(matched[node]) > 1:
            score.node_errors["merged"] += 1
            score.fail(article_id, "merged", f"{node}: {', '.join(sorted(matched[node]))}")


def _only_gazetteer(graph: nx.MultiDiGraph, node: str, article_id: str) -> bool:
    """Whether the node's only edges in the article are gazetteer edges into it: its one role
    there is being the country of a place ("Vienna", "the Austrian capital")."""

    def in_article(edges: Iterable[tuple[str, str, dict[str, Any]]]) -> list[str]:
        return [d.get("predicate", "") for _, _, d in edges if article_id in d.get("articles", ())]

    if in_article(graph.out_edges(node, data=True)):
        return False
    inward = in_article(graph.in_edges(node, data=True))
    return bool(inward) and all(p in GAZETTEER_PREDICATES for p in inward)


def _gold_group(edge: GoldEdge) -> str:
    if not edge.structural:
        return "events"
    return "affiliation" if "affiliated_with" in edge.predicates else "structural"


def _graph_group(edge: GraphEdge) -> str:
    if not edge.structural:
        return "events"
    return "affiliation" if edge.predicate == "affiliated_with" else "structural"


def _score_edges(score: Score, index: NodeIndex, article: GoldArticle, nodes: ArticleNodes) -> None:
    edges = article_edges(index.graph, article.article_id)
    _score_gold_edges(score, index, article, nodes, edges)
    _score_graph_edges(score, index, article, nodes, edges)


def _score_gold_edges(
    score: Score,
    index: NodeIndex,
    article: GoldArticle,
    nodes: ArticleNodes,
    edges: list[GraphEdge],
) -> None:
    """Recall side: each gold edge found or not, a missed event edge with its kind."""
    article_id = article.article_id
    for gold in article.edges:
        group = _gold_group(gold)
        found = any(edge_matches(edge, gold, nodes) for edge in edges)
        score.edges[group].gold += 1
        score.edges[group].found += found
        if group != "events":
            if not found:
                score.fail(article_id, f"missed {group}", gold.describe())
            continue
        loose = [e for e in edges if edge_matches(e, gold, nodes, with_modality=False)]
        _count_modality(score, gold, loose, found)
        if not found:
            kind, witness = classify_missed(gold, edges, nodes, index)
            score.missed_kinds[kind] += 1
            seen = f" <- graph: {witness.describe()}" if witness else ""
            score.fail(article_id, f"missed event: {kind}", gold.describe() + seen)


def _score_graph_edges(
    score: Score,
    index: NodeIndex,
    article: GoldArticle,
    nodes: ArticleNodes,
    edges: list[GraphEdge],
) -> None:
    """Precision side: each graph edge correct or not, a spurious event edge with its kind."""
    article_id = article.article_id
    for edge in edges:
        group = _graph_group(edge)
        correct = any(edge_matches(edge, gold, nodes) for gold in article.edges)
        score.edges[group].predicted += 1
        score.edges[group].correct += correct
        if group == "events":
            loosely = any(
                edge_matches(edge, gold, nodes, with_modality=False) for gold in article.edges
            )
            score.edges["events_without_modality"].predicted += 1
            score.edges["events_without_modality"].correct += loosely
        if correct:
            continue
        if group != "events":
            score.fail(article_id, f"spurious {group}", edge.describe())
            continue
        kind, closest = classify_spurious(edge, article.edges, nodes, index)
        score.spurious_kinds[kind] += 1
        near = f" <- gold: {closest.describe()}" if closest else ""
        score.fail(article_id, f"spurious event: {kind}", edge.describe() + near)


def _count_modality(score: Score, gold: GoldEdge, loose: list[GraphEdge], found: bool) -> None:
    """Modality accuracy over gold event edges matched without modality, and recall without."""
    score.edges["events_without_modality"].gold += 1
    if not loose:
        return
    score.edges["events_without_modality"].found += 1
    score.modality.gold += 1
    score.modality.found += found
    said = gold.modality if found else loose[0].modality
    score.modality_confusion[f"{gold.modality} -> {said}"] += 1


def _score_merges(score: Score, index: NodeIndex) -> None:
    for key in sorted(index.gold_type):
        articles = index.gold_articles[key]
        cross_article = len(articles) > 1
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
        if len(holders) > 1:
            # One node missing from some article (or none at all) is a missed node, not a split.
            score.node_errors["split"] += 1
            where = f"{key} ({len(articles)} articles): {', '.join(sorted(holders))}"
            for article_id in sorted(articles):
                score.fail(article_id, "split", where)
        if cross_article or len(index.gold_names[key]) > 1:
            tables = [score.merge, score.merge_cross_article] if cross_article else [score.merge]
            for counts in tables:
                counts.gold += 1
                counts.found += merged
