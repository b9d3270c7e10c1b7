"""The one graph builder: per-article results (or whole graphs) in, one ``MultiDiGraph`` out.

The API, the CLI, the store and the evaluation all build through ``GraphBuilder``:
``build_graph(results)`` and ``merge_graphs(*graphs)`` are thin conveniences over it, and
``graph.run.corpus.build_from_paths`` feeds it as results stream out of the parser.

How it works, in time and memory linear in the corpus:

* ``add`` folds each result into per-key parts (``graph.merge.parts``) as it arrives; the
  result, with its mentions, can then be dropped — only what the graph keeps is kept;
* per key it keeps just what ``graph.merge.resolve`` reads (type, labels, aliases);
* ``finish`` resolves keys once (``resolve_entities``), merges the parts of each resolved
  group, sorts each list once and records why keys were merged (``merge_reasons``).

The graph's shape, which every exporter reads:

* node id: the entity key (``country/RU``); attributes ``label`` (str; the kept key's own
  label when other keys were merged into the node), ``type`` (str, an
  ``EntityType`` value), ``aliases`` (sorted list of str), ``articles`` (sorted list of
  article ids), ``role`` (str, may be empty), ``merged_from`` (sorted list of the keys that
  were resolved into this node, the node's own key included), ``date`` (str, the ISO date
  stated for an agreement or event, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; when its mentions
  disagree, the most precise and then the earliest, see
  ``extract.dates_places.event_dates.choose_date``; empty when none is stated),
  ``merge_reasons`` (sorted list of str, one line per key merged in:
  ``"person/trump → person/donald-trump: [rule] why"``, empty when nothing was merged; see
  ``graph.merge.resolve``);
* edge key: ``"<predicate>"`` or ``"<predicate>|negated"``; attributes ``predicate``,
  ``cameo``, ``negated`` (bool), ``modality`` (str, may be empty), ``articles`` (sorted list),
  ``evidence`` (list of dicts with ``article_id``, ``sentence``, ``start``, ``end``, ``date``,
  ``trigger``, sorted), ``date`` (earliest evidence date, ISO string, may be empty);
* ``G.graph["articles"]``: article id → ``{"title", "date", "url", "outlet"}``;
* nodes and edges are inserted in sorted order, so every export is byte-identical however the
  articles were ordered or split.

Merging is a union over keys, so it is order independent:
``build_graph(A + B)`` equals ``merge_graphs(build_graph(A), build_graph(B))``.

>>> from extract.types import Article, ArticleResult
>>> builder = GraphBuilder()
>>> builder.add(ArticleResult(Article(id="a1", text="...")))
>>> sorted(builder.finish().graph["articles"])
['a1']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

import networkx as nx

from extract.ingest.sanitise import sanitise_result
from extract.types import ArticleResult, Entity, Relation
from graph.merge.parts import EdgeParts, NodeParts
from graph.merge.resolve import Resolution, resolve_entities

EdgeId = tuple[str, str, str]


class GraphBuilder:
    """Fold ``ArticleResult``s (``add``) or built graphs (``add_graph``) in; ``finish`` returns
    the merged graph."""

    def __init__(self) -> None:
        self._nodes: dict[str, NodeParts] = {}
        self._edges: dict[EdgeId, EdgeParts] = {}
        self._articles: dict[str, dict[str, str]] = {}

    def add(self, result: ArticleResult) -> None:
        """Fold one article's entities and relations in (raw keys; resolution comes later).

        Raises ``ValueError`` naming the article when a relation refers to an entity that no
        article added so far has.
        """
        result = sanitise_result(result)  # text enters the graph here: one character rule
        article = result.article
        self._articles[article.id] = {
            "title": article.title,
            "date": article.date or "",
            "url": article.url or "",
            "outlet": article.outlet or "",
        }
        for entity in result.entities:
            self._add_entity(entity, article.id)
        for relation in result.relations:
            for endpoint in (relation.subject, relation.object):
                if endpoint not in self._nodes:
                    raise ValueError(
                        f"article {article.id!r}: relation refers to unknown entity {endpoint!r}"
                    )
            if relation.subject != relation.object:
                self._add_relation(relation)

    def add_graph(self, graph: nx.MultiDiGraph) -> None:
        """Fold in a graph this builder made, keeping the merges it already explains.

        Each node takes part in resolution under its label and aliases, as a key of an article
        would; its ``merged_from`` and ``merge_reasons`` are kept.
        """
        self._articles.update(graph.graph.get("articles", {}))
        for node, data in graph.nodes(data=True):
            label, role, date = data["label"], data.get("role", ""), data.get("date", "")
            parts = self._nodes.get(node)
            if parts is None:
                order = len(self._nodes)
                parts = NodeParts.of(node, label, data["type"], order=order, role=role, date=date)
                self._nodes[node] = parts
            else:
                parts.take(label, role, date)
            # A built node names itself once: its label stands for the labels behind it.
            parts.labels = {parts.label}
            parts.aliases.update(data.get("aliases", ()))
            parts.articles.update(data.get("articles", ()))
            parts.members.update(data.get("merged_from", ()))
            parts.reasons.update(data.get("merge_reasons", ()))
        for source, target, key, data in graph.edges(keys=True, data=True):
            edge = self._edge((source, target, key), data)
            edge.articles.update(data["articles"])
            for evidence in data["evidence"]:
                edge.add_evidence(dict(evidence))

    def _add_entity(self, entity: Entity, article_id: str) -> None:
        parts = self._nodes.get(entity.key)
        role, date = entity.role or "", entity.date or ""
        if parts is None:
            order = len(self._nodes)
            parts = NodeParts.of(
                entity.key, entity.label, entity.type.value, order=order, role=role, date=date
            )
            self._nodes[entity.key] = parts
        else:
            parts.take(entity.label, role, date)
        parts.aliases.update(entity.aliases)
        parts.labels.add(entity.label)
        parts.articles.add(article_id)

    def _add_relation(self, relation: Relation) -> None:
        key = f"{relation.predicate}|negated" if relation.negated else relation.predicate
        evidence = asdict(relation.evidence)
        evidence["date"] = evidence["date"] or ""
        scalars = {
            "predicate": relation.predicate,
            "cameo": relation.cameo,
            "negated": relation.negated,
            "modality": relation.modality or "",
            "date": evidence["date"],
        }
        edge = self._edge((relation.subject, relation.object, key), scalars)
        edge.articles.add(relation.evidence.article_id)
        edge.add_evidence(evidence)

    def _edge(self, edge_id: EdgeId, data: dict[str, Any]) -> EdgeParts:
        """The parts of ``edge_id``, made from ``data``'s scalars or updated with them."""
        edge = self._edges.get(edge_id)
        modality, date = data.get("modality") or "", data.get("date") or ""
        if edge is None:
            edge = EdgeParts(
                len(self._edges), data["predicate"], data["cameo"], data["negated"], modality, date
            )
            self._edges[edge_id] = edge
        else:
            edge.take(modality, date)
        return edge

    def finish(self) -> nx.MultiDiGraph:
        """Resolve keys across everything added and return the merged graph.

        Call once; the builder is spent afterwards (its parts are merged in place).
        """
        first_seen = sorted(self._nodes.items(), key=lambda item: item[1].order)
        resolution = resolve_entities(
            entity for key, parts in first_seen for entity in parts.names(key)
        )
        mapping = resolution.mapping
        graph = nx.MultiDiGraph()
        graph.graph["articles"] = dict(sorted(self._articles.items()))
        nodes = _resolved_nodes(first_seen, mapping)
        for node in sorted(nodes):
            graph.add_node(node, **nodes[node].node_attributes())
        edges = _resolved_edges(self._edges, mapping)
        for edge_id in sorted(edges):
            source, target, key = edge_id
            graph.add_edge(source, target, key=key, **edges[edge_id].edge_attributes())
        record_merge_reasons(
            graph, resolution, {node: parts.reasons for node, parts in nodes.items()}
        )
        return graph


def build_graph(results: Iterable[ArticleResult]) -> nx.MultiDiGraph:
    """Build the knowledge graph of a corpus from its per-article results.

    Entities that denote the same real-world thing across articles ("Trump" in one article,
    "Donald Trump" in another) are resolved to one node (see ``graph.merge.resolve``). The
    results are folded in one at a time, so a generator is never held in memory whole.

    >>> from extract.types import Article, ArticleResult
    >>> g = build_graph([ArticleResult(Article(id="a1", text="..."))])
    >>> sorted(g.graph["articles"]), g.number_of_nodes()
    (['a1'], 0)
    """
    builder = GraphBuilder()
    for result in results:
        builder.add(result)
    return builder.finish()


def merge_graphs(*graphs: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Union of graphs built by ``build_graph``, merging provenance lists instead of overwriting.

    ``nx.compose`` would keep only one side's ``articles`` and ``evidence``; this keeps both,
    then resolves names across the parts as ``build_graph`` does across articles.

    >>> from extract.types import Article, ArticleResult
    >>> one, two = (build_graph([ArticleResult(Article(id=i, text="..."))]) for i in "ab")
    >>> sorted(merge_graphs(one, two).graph["articles"])
    ['a', 'b']
    """
    builder = GraphBuilder()
    for graph in graphs:
        builder.add_graph(graph)
    return builder.finish()


def record_merge_reasons(
    graph: nx.MultiDiGraph, resolution: Resolution, earlier: dict[str, set[str]] | None = None
) -> None:
    """Set each node's ``merge_reasons``, and the label of a node that keys were merged into:
    the one place merge reasons are recorded.

    The reasons are this resolution's (``Resolution.reasons_for``: indexed by source key, it
    used to scan every merge per node — 7.9 s of a 10.2 s ``finish`` at 5,000 articles), plus
    those a folded-in graph already recorded (``earlier``): a merge explained there keeps that
    explanation, one line per "a → b". A node that keys were merged into is labelled with the
    kept key's own longest label, so "Donald Trump" is not renamed after a longer variant
    such as "Donald J. Trump" (the variants stay in ``aliases``).
    """
    for node, data in graph.nodes(data=True):
        fresh = resolution.reasons_for(node, data["merged_from"])
        if fresh and node in resolution.labels:
            data["label"] = resolution.labels[node]
        kept = earlier.get(node) if earlier else None
        if kept:
            explained = {reason.split(":", 1)[0] for reason in kept}
            fresh = [reason for reason in fresh if reason.split(":", 1)[0] not in explained]
            fresh = sorted(set(fresh) | kept)
        data["merge_reasons"] = fresh


def _resolved_nodes(
    first_seen: list[tuple[str, NodeParts]], mapping: dict[str, str]
) -> dict[str, NodeParts]:
    """Merge the parts of keys resolved onto one node; the node has its own key's type.

    Resolution across types (an organisation folded into a place) must not leave a node
    keyed ``place/…`` typed Organization because the organisation was seen first.
    """
    own_type = {key: parts.type for key, parts in first_seen}
    merged: dict[str, NodeParts] = {}
    for key, parts in first_seen:
        node = mapping.get(key, key)
        if node in merged:
            merged[node].absorb(parts)
        else:
            merged[node] = parts
    for node, parts in merged.items():
        parts.type = own_type.get(node, parts.type)
    return merged


def _resolved_edges(
    edges: dict[EdgeId, EdgeParts], mapping: dict[str, str]
) -> dict[EdgeId, EdgeParts]:
    """Re-point edges at resolved nodes, merge those that now coincide, drop self-loops."""
    merged: dict[EdgeId, EdgeParts] = {}
    for (source, target, key), parts in sorted(edges.items(), key=lambda item: item[1].order):
        edge_id = (mapping.get(source, source), mapping.get(target, target), key)
        if edge_id[0] == edge_id[1]:
            continue
        if edge_id in merged:
            merged[edge_id].absorb(parts)
        else:
            merged[edge_id] = parts
    return merged


__all__ = ["GraphBuilder", "build_graph", "merge_graphs", "record_merge_reasons"]
