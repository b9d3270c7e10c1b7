"""Merge per-article extraction results into one ``networkx.MultiDiGraph``.

The graph's shape, which every exporter reads:

* node id: the entity key (``country/RU``); attributes ``label`` (str; the kept key's own
  label when other keys were merged into the node), ``type`` (str, an
  ``EntityType`` value), ``aliases`` (sorted list of str), ``articles`` (sorted list of
  article ids), ``role`` (str, may be empty), ``merged_from`` (sorted list of the keys that
  were resolved into this node, the node's own key included), ``merge_reasons`` (sorted list
  of str, one line per key merged in: ``"person/trump → person/donald-trump: [rule] why"``,
  empty when nothing was merged; see ``graph.merge.resolve``), ``date`` (str, the ISO date stated
  for an agreement or event, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; when its mentions
  disagree, the most precise and then the earliest, see
  ``extract.dates_places.event_dates.choose_date``;
  empty when none is stated);
* edge key: ``"<predicate>"`` or ``"<predicate>|negated"``; attributes ``predicate``,
  ``cameo``, ``negated`` (bool), ``modality`` (str, may be empty), ``articles`` (sorted list),
  ``evidence`` (list of dicts with ``article_id``, ``sentence``, ``start``, ``end``, ``date``,
  ``trigger``, sorted), ``date`` (earliest evidence date, ISO string, may be empty);
* ``G.graph["articles"]``: article id → ``{"title", "date", "url", "outlet"}``.

Merging is a union over keys with sorted, de-duplicated lists, so it is order independent:
``build_graph(A + B)`` equals ``merge_graphs(build_graph(A), build_graph(B))``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

import networkx as nx

from extract.dates_places.event_dates import choose_date
from extract.ingest.sanitise import sanitise_result
from extract.types import ArticleResult, Entity, EntityType, Relation
from graph.merge.resolve import annotate_merge_reasons, resolve_entities

Evidence = dict[str, Any]


def build_graph(results: Iterable[ArticleResult]) -> nx.MultiDiGraph:
    """Build the knowledge graph of a corpus from its per-article results.

    Entities that denote the same real-world thing across articles ("Trump" in one article,
    "Donald Trump" in another) are resolved to one node first (see ``graph.merge.resolve``).

    >>> from extract.types import Article, ArticleResult
    >>> g = build_graph([ArticleResult(Article(id="a1", text="..."))])
    >>> sorted(g.graph["articles"])
    ['a1']
    """
    # Text enters the graph here: one character rule for every export format.
    results = [sanitise_result(result) for result in results]
    resolution = resolve_entities(entity for result in results for entity in result.entities)
    mapping = resolution.mapping
    graph = nx.MultiDiGraph()
    graph.graph["articles"] = {}
    for result in results:
        _add_result(graph, result, mapping)
    annotate_merge_reasons(graph, resolution)
    return _in_canonical_order(graph)


def merge_graphs(*graphs: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Union of graphs built by ``build_graph``, merging provenance lists instead of overwriting.

    ``nx.compose`` would keep only one side's ``articles`` and ``evidence``; this keeps both,
    then resolves names across the parts as ``build_graph`` does across articles.
    """
    merged = nx.MultiDiGraph()
    merged.graph["articles"] = {}
    for graph in graphs:
        merged.graph["articles"].update(graph.graph.get("articles", {}))
        for node, data in graph.nodes(data=True):
            _merge_node(merged, node, data)
        for source, target, key, data in graph.edges(keys=True, data=True):
            _merge_edge(merged, source, target, key, data)
    merged.graph["articles"] = dict(sorted(merged.graph["articles"].items()))
    return _in_canonical_order(_resolve_across_parts(merged))


def _resolve_across_parts(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Run cross-article resolution again over the union: "Lavrov" from one part and "Sergei
    Lavrov" from another are one person, as they would be in a build of the whole corpus.

    Each node stands for the keys merged into it, named by its label and aliases; reasons
    recorded by the parts are kept beside the new ones.
    """
    entities = [
        Entity(node, data["label"], EntityType(data["type"]), tuple(data["aliases"]))
        for node, data in graph.nodes(data=True)
    ]
    resolution = resolve_entities(entities)
    mapping = resolution.mapping
    if not mapping:
        return graph
    earlier_reasons = {node: data.get("merge_reasons", []) for node, data in graph.nodes(data=True)}
    resolved = nx.MultiDiGraph()
    resolved.graph.update(graph.graph)
    for node, data in graph.nodes(data=True):
        _merge_node(resolved, mapping.get(node, node), data)
    for source, target, key, data in graph.edges(keys=True, data=True):
        source, target = mapping.get(source, source), mapping.get(target, target)
        if source != target:
            _merge_edge(resolved, source, target, key, data)
    annotate_merge_reasons(resolved, resolution)
    for _, data in resolved.nodes(data=True):
        kept = [r for member in data["merged_from"] for r in earlier_reasons.get(member, [])]
        # A merge a part already explained keeps that explanation: one line per "a → b".
        explained = {reason.split(":", 1)[0] for reason in kept}
        fresh = [r for r in data["merge_reasons"] if r.split(":", 1)[0] not in explained]
        data["merge_reasons"] = _union(fresh, kept)
    return resolved


def _in_canonical_order(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same graph with nodes and edges inserted in sorted order, so that every export of
    it is byte-identical however the articles were ordered or split."""
    ordered = nx.MultiDiGraph()
    ordered.graph.update(graph.graph)
    ordered.add_nodes_from(sorted(graph.nodes(data=True), key=lambda item: item[0]))
    edges = sorted(graph.edges(keys=True, data=True), key=lambda item: item[:3])
    ordered.add_edges_from(edges)
    return ordered


def _add_result(graph: nx.MultiDiGraph, result: ArticleResult, mapping: dict[str, str]) -> None:
    article = result.article
    graph.graph["articles"][article.id] = {
        "title": article.title,
        "date": article.date or "",
        "url": article.url or "",
        "outlet": article.outlet or "",
    }
    graph.graph["articles"] = dict(sorted(graph.graph["articles"].items()))
    for entity in result.entities:
        _merge_node(graph, mapping.get(entity.key, entity.key), _node_data(entity, article.id))
    for relation in result.relations:
        source = mapping.get(relation.subject, relation.subject)
        target = mapping.get(relation.object, relation.object)
        if source == target:
            continue
        for endpoint in (source, target):
            if endpoint not in graph:
                raise ValueError(
                    f"article {article.id!r}: relation refers to unknown entity {endpoint!r}"
                )
        _merge_edge(graph, source, target, _edge_key(relation), _edge_data(relation))


def _node_data(entity: Entity, article_id: str) -> dict[str, Any]:
    return {
        "label": entity.label,
        "type": entity.type.value,
        "aliases": sorted(set(entity.aliases) | {entity.label}),
        "articles": [article_id],
        "role": entity.role or "",
        "merged_from": [entity.key],
        "date": entity.date or "",
    }


def _edge_key(relation: Relation) -> str:
    return f"{relation.predicate}|negated" if relation.negated else relation.predicate


def _edge_data(relation: Relation) -> dict[str, Any]:
    evidence = asdict(relation.evidence)
    evidence["date"] = evidence["date"] or ""
    return {
        "predicate": relation.predicate,
        "cameo": relation.cameo,
        "negated": relation.negated,
        "modality": relation.modality or "",
        "articles": [relation.evidence.article_id],
        "evidence": [evidence],
        "date": evidence["date"],
    }


def _union(left: list[Any], right: list[Any]) -> list[Any]:
    return sorted(set(left) | set(right))


def _evidence_sort_key(item: Evidence) -> tuple[str, int, int, str, str]:
    return (item["article_id"], item["start"], item["end"], item["trigger"], item["sentence"])


def _merge_node(graph: nx.MultiDiGraph, node: str, data: dict[str, Any]) -> None:
    if node not in graph:
        graph.add_node(node, **{k: list(v) if isinstance(v, list) else v for k, v in data.items()})
        return
    current = graph.nodes[node]
    for name in ("aliases", "articles", "merged_from"):
        current[name] = _union(current[name], data[name])
    reasons = (current.get("merge_reasons", []), data.get("merge_reasons", []))
    current["merge_reasons"] = _union(*reasons)
    current["label"] = min((current["label"], data["label"]), key=_rank)
    current["role"] = min((r for r in (current["role"], data["role"]) if r), default="", key=_rank)
    current["date"] = _merged_date(current.get("date"), data.get("date"))


def _merged_date(kept: str | None, other: str | None) -> str:
    """The date a node keeps when two of its sources state one (``choose_date``; "" for none).
    Shared with ``graph.merge.streaming`` so the two builders cannot drift apart."""
    return choose_date((kept, other)) or ""


def _rank(text: str) -> tuple[int, str]:
    """Longer, then alphabetically first: a deterministic choice whatever the merge order."""
    return (-len(text), text)


def _merge_edge(
    graph: nx.MultiDiGraph, source: str, target: str, key: str, data: dict[str, Any]
) -> None:
    if not graph.has_edge(source, target, key):
        copied = dict(data)
        copied["articles"] = list(data["articles"])
        copied["evidence"] = sorted((dict(e) for e in data["evidence"]), key=_evidence_sort_key)
        graph.add_edge(source, target, key=key, **copied)
        return
    current = graph.edges[source, target, key]
    current["articles"] = _union(current["articles"], data["articles"])
    seen = {tuple(sorted(e.items())) for e in current["evidence"]}
    extra = [dict(e) for e in data["evidence"] if tuple(sorted(e.items())) not in seen]
    current["evidence"] = sorted(current["evidence"] + extra, key=_evidence_sort_key)
    dates = [d for d in (current["date"], data["date"]) if d]
    current["date"] = min(dates) if dates else ""
    # One article stating it as fact outweighs another hedging it; "" sorts first.
    current["modality"] = min(current["modality"], data["modality"])
