"""When a graph node is a gold entity and a graph edge is a gold edge: the matching rules.

Nodes are matched by name and type, never by id: a graph node matches a gold entity when it
has the entity's type and shares one of its names (``normalise_name`` of its label and
aliases). Everything is per article: a gold entity of article A is looked for among the nodes
that list A.

A graph edge of article A matches a gold edge of A when

* its **ends** match: the source matches one of the gold subjects and the target one of the
  gold objects, or the other way round when the act is mutual (the graph predicate is
  symmetric, or every accepted gold predicate is);
* its **predicate is in the family** of the gold edge: in the accepted set, or its CAMEO code
  starts with the gold CAMEO root ("040" is in the family of root "04");
* its **negation** is the gold's;
* and, when modality counts, its **modality** is the gold's (structural edges have none).

The graph's modality is the edge's ``modality`` attribute (empty = asserted). Names an older
extractor used are read as the yardstick's (``LEGACY_MODALITIES``); an edge whose modality is
``negated`` is an asserted, negated act.

>>> graph_modality({"modality": ""}), graph_modality({"modality": "intended"})
('asserted', 'planned')
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from evaluation.gold import STRUCTURAL_PREDICATES, GoldArticle, GoldEdge, normalise_name

# Edges from the gazetteer, not read from the text: the gold, written from the text, has none,
# so they are not scored, nor is a country node that only they bring into an article.
GAZETTEER_PREDICATES = frozenset({"located_in"})
# Meeting, talking, negotiating and cooperating are mutual: the gold lists one direction.
SYMMETRIC_PREDICATES = frozenset({"met", "talked_with", "negotiated", "cooperated_with"})
# Modality names of the extractor before the yardstick's vocabulary (extract.relations.modality).
LEGACY_MODALITIES = {"alleged": "reported", "hedged": "conditional", "intended": "planned"}


def graph_modality(data: dict[str, Any]) -> str:
    """The yardstick modality of a graph edge's attributes (empty or missing = asserted)."""
    modality = str(data.get("modality") or "asserted")
    if modality == "negated":
        return "asserted"
    return LEGACY_MODALITIES.get(modality, modality)


@dataclass(frozen=True)
class GraphEdge:
    """One graph edge as seen in one article: ends, predicate, stance and evidence sentences."""

    source: str
    target: str
    predicate: str
    cameo: str
    negated: bool
    modality: str
    sentences: tuple[str, ...]

    @property
    def structural(self) -> bool:
        """Whether the predicate is structural (``affiliated_with``, ``party_to`` ...)."""
        return self.predicate in STRUCTURAL_PREDICATES

    def describe(self) -> str:
        """``source predicate [cameo] target (modality, negated)`` for failure lists."""
        marks = [self.modality] if self.modality != "asserted" else []
        marks += ["negated"] if self.negated else []
        suffix = f" ({', '.join(marks)})" if marks else ""
        cameo = f" [{self.cameo}]" if self.cameo else ""
        return f"{self.source} {self.predicate}{cameo} {self.target}{suffix}"


def article_edges(graph: nx.MultiDiGraph, article_id: str) -> list[GraphEdge]:
    """The scored edges of one article (gazetteer edges left out), in the graph's order.

    An edge's modality is its ``modality`` attribute, one value for all its articles; where
    its evidence records carry their own ``modality``, the article's records decide, and an
    article stating the act two ways ("will meet" ... "met") gives one edge per way.
    """
    edges = []
    for source, target, data in graph.edges(data=True):
        if article_id not in data.get("articles", ()):
            continue
        if data.get("predicate") in GAZETTEER_PREDICATES:
            continue
        evidence = [e for e in data.get("evidence", ()) if e.get("article_id") == article_id]
        stated = sorted({str(e.get("modality") or "") for e in evidence if "modality" in e})
        for modality in stated or [data.get("modality")]:
            edges.append(
                GraphEdge(
                    source=source,
                    target=target,
                    predicate=str(data.get("predicate", "")),
                    cameo=str(data.get("cameo") or ""),
                    negated=bool(data.get("negated")) or modality == "negated",
                    modality=graph_modality({"modality": modality}),
                    sentences=tuple(str(e.get("sentence", "")) for e in evidence),
                )
            )
    return edges


def in_family(edge: GraphEdge, gold: GoldEdge) -> bool:
    """Whether the graph predicate is accepted, or its CAMEO code is under the gold root.

    >>> gold = GoldEdge(frozenset({"a"}), frozenset({"met"}), frozenset({"b"}), False, cameo="04")
    >>> in_family(GraphEdge("a", "b", "visited", "042", False, "asserted", ()), gold)
    True
    """
    if edge.predicate in gold.predicates:
        return True
    return bool(gold.cameo) and edge.cameo.startswith(gold.cameo)


def mutual(edge: GraphEdge, gold: GoldEdge) -> bool:
    """Whether direction is ignored: a symmetric graph predicate or an all-symmetric gold set."""
    return edge.predicate in SYMMETRIC_PREDICATES or gold.predicates <= SYMMETRIC_PREDICATES


def same_stance(edge: GraphEdge, gold: GoldEdge, *, with_modality: bool = True) -> bool:
    """Same negation and (unless ``with_modality`` is off, or the gold edge is structural) the
    same modality."""
    if edge.negated != gold.negated:
        return False
    return not with_modality or gold.structural or edge.modality == gold.modality


class NodeIndex:
    """Graph nodes' folded names and the gold entities' names, types and articles corpus-wide.

    ``matches(node, key)`` is the node rule; ``by_name(node, key)`` the same without the type.
    """

    def __init__(self, graph: nx.MultiDiGraph, gold: Iterable[GoldArticle]) -> None:
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

    def by_name(self, node: str, gold_key: str) -> bool:
        """Whether the node shares a name with the gold entity, whatever its type."""
        return bool(self.names[node] & self.gold_names[gold_key])

    def matches(self, node: str, gold_key: str) -> bool:
        """Whether the node has the gold entity's type and shares one of its names."""
        same_type = self.graph.nodes[node].get("type") == self.gold_type[gold_key]
        return same_type and self.by_name(node, gold_key)

    def nodes_in(self, article_id: str) -> list[str]:
        """The graph nodes that list the article."""
        return [n for n, d in self.graph.nodes(data=True) if article_id in d.get("articles", ())]


@dataclass(frozen=True)
class ArticleNodes:
    """The nodes of one article that match each gold entity, with and without the type rule."""

    typed: dict[str, frozenset[str]]
    named: dict[str, frozenset[str]]

    @classmethod
    def of(cls, index: NodeIndex, article: GoldArticle, nodes: list[str]) -> ArticleNodes:
        """Candidates of every gold entity of ``article`` among ``nodes``."""
        typed = {
            g.key: frozenset(n for n in nodes if index.matches(n, g.key)) for g in article.nodes
        }
        named = {
            g.key: frozenset(n for n in nodes if index.by_name(n, g.key)) for g in article.nodes
        }
        return cls(typed, named)

    def side(self, keys: frozenset[str], *, typed: bool = True) -> frozenset[str]:
        """The nodes matching any of the keys (one side of a gold edge)."""
        table = self.typed if typed else self.named
        return frozenset().union(*(table[key] for key in keys))


def ends_match(edge: GraphEdge, gold: GoldEdge, nodes: ArticleNodes, *, typed: bool = True) -> bool:
    """Whether the edge joins the gold subject to the gold object (either way when mutual)."""
    subjects, objects = (
        nodes.side(gold.subjects, typed=typed),
        nodes.side(gold.objects, typed=typed),
    )
    if edge.source in subjects and edge.target in objects:
        return True
    return mutual(edge, gold) and edge.source in objects and edge.target in subjects


def edge_matches(
    edge: GraphEdge, gold: GoldEdge, nodes: ArticleNodes, *, with_modality: bool = True
) -> bool:
    """The full rule: ends, predicate family, negation and (when counted) modality."""
    return (
        in_family(edge, gold)
        and same_stance(edge, gold, with_modality=with_modality)
        and ends_match(edge, gold, nodes)
    )
