"""Write one article graph and keep the default graph in step, in a single transaction.

Replacing an article's graph touches four things: the named graph itself, the default graph
(the set union of the article graphs: a triple enters when the first article states it and
leaves when the last one does), the default graph's merged names (``graph.store.names``) and
the counts of the summary graph (``graph.store.summaries``).
``write_graph`` reads what is stored, computes every quad to insert and to delete, and applies
them as one SPARQL update, which Oxigraph runs as one transaction: a process killed at any
point leaves the store as it was before the article or as it is after, never in between.

>>> store = ox.Store()
>>> g = ox.NamedNode("https://newsgraph.dev/id/article/a1")
>>> q = ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("o"), g)
>>> write_graph(store, g, {q})
(1, 0, False)
>>> len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph())))
1
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from graph.store.names import NAME_PREDICATES, default_names, is_name
from graph.store.summaries import SUMMARY_GRAPH, ArticleWrite, summary_changes
from graph.store.summary_names import name_copy_changes
from graph.store.summary_rebuild import VERSION_MARKER, ensure_summaries


def in_default(quad: ox.Quad) -> ox.Quad:
    """The same triple in the default graph."""
    return ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph())


def _stated_elsewhere(store: ox.Store, quad: ox.Quad, name: ox.NamedNode) -> bool:
    """True when an article graph other than ``name`` states the triple of ``quad``.

    The summary graph is no article: it copies some statements, evidence and names while
    articles state them, and its copy must not keep them in the default graph.
    """
    for found in store.quads_for_pattern(quad.subject, quad.predicate, quad.object, None):
        if isinstance(found.graph_name, ox.NamedNode) and found.graph_name not in (
            name,
            SUMMARY_GRAPH,
        ):
            return True
    return False


def _name_changes(
    store: ox.Store, name: ox.NamedNode, extra: set[ox.Quad], stale: set[ox.Quad]
) -> tuple[set[ox.Quad], set[ox.Quad]]:
    """Default-graph name quads to insert and to delete once ``name`` gains ``extra`` and
    loses ``stale``.

    A node that only gains names is merged incrementally: its current default-graph names (one
    preferred label, the rest aliases) plus the new ones give the same result as merging every
    article's names again, without reading every article that names it (a country may be named
    in thousands). A node that loses a name is merged again from every article graph.
    """
    added: dict[ox.NamedNode | ox.BlankNode | ox.Triple, list[ox.Triple]] = {}
    for quad in extra:
        if is_name(quad):
            added.setdefault(quad.subject, []).append(quad.triple)
    losing = {quad.subject for quad in stale if is_name(quad)}
    inserts: set[ox.Quad] = set()
    deletes: set[ox.Quad] = set()
    for subject in set(added) | losing:
        current: set[ox.Quad] = set()
        stated: list[ox.Triple] = []
        for predicate in NAME_PREDICATES:
            graph = None if subject in losing else ox.DefaultGraph()
            for quad in store.quads_for_pattern(subject, predicate, None, graph):
                if isinstance(quad.graph_name, ox.DefaultGraph):
                    current.add(quad)
                elif quad.graph_name not in (name, SUMMARY_GRAPH):  # the summary's copy
                    stated.append(quad.triple)
        if subject in losing:
            stated.extend(quad.triple for quad in (extra - stale) if quad.subject == subject)
            stated.extend(
                quad.triple
                for quad in store.quads_for_pattern(subject, None, None, name)
                if is_name(quad) and quad not in stale
            )
        else:
            stated.extend(quad.triple for quad in current)
            stated.extend(added[subject])
        merged = default_names(stated)
        target = {in_default(ox.Quad(t.subject, t.predicate, t.object)) for t in merged}
        inserts |= target - current
        deletes |= current - target
    return inserts, deletes


def _data_block(quads: Iterable[ox.Quad]) -> str:
    lines = []
    for quad in quads:
        triple = f"{quad.subject} {quad.predicate} {quad.object} ."
        if isinstance(quad.graph_name, ox.DefaultGraph):
            lines.append(triple)
        else:
            lines.append(f"GRAPH {quad.graph_name} {{ {triple} }}")
    return "\n".join(lines)


def write_graph(store: ox.Store, name: ox.NamedNode, wanted: set[ox.Quad]) -> tuple[int, int, bool]:
    """Make the named graph ``name`` hold exactly ``wanted`` (nothing: drop it), in one
    transaction that also updates the default graph's union and merged names and the
    summary graph.

    Returns (quads added to ``name``, quads removed from it, whether it held any before).
    """
    # The counts below are changes to the stored ones: a store without them counts first.
    ensure_summaries(store)
    present = set(store.quads_for_pattern(None, None, None, name))
    extra = wanted - present
    stale = present - wanted
    # The default graph is a set: a triple another article already stated is not doubled,
    # and one leaves only when no other article states it. Names are merged separately.
    entering = {in_default(q) for q in extra if not is_name(q)}
    entering = {q for q in entering if q not in store}
    leaving = {
        in_default(q) for q in stale if not is_name(q) and not _stated_elsewhere(store, q, name)
    }
    inserts = extra | entering
    deletes = stale | leaving
    name_inserts, name_deletes = _name_changes(store, name, extra, stale)
    summary_inserts, summary_deletes = summary_changes(
        store, ArticleWrite(name, present, wanted, entering, leaving)
    )
    copy_inserts, copy_deletes = name_copy_changes(
        store, (summary_inserts, summary_deletes), (name_inserts, name_deletes)
    )
    inserts |= name_inserts | summary_inserts | copy_inserts
    deletes |= name_deletes | summary_deletes | copy_deletes
    if VERSION_MARKER not in store:  # the first write to an empty store
        inserts.add(VERSION_MARKER)
    if not deletes and wanted:
        # Insertions only (a new article, most often): extend is one transaction too, and it
        # skips writing and parsing a SPARQL update.
        if inserts:
            store.extend(inserts)
        return len(extra), len(stale), bool(present)
    if any(isinstance(term, ox.BlankNode) for q in inserts | deletes for term in q):
        raise ValueError("blank nodes cannot be written in one update")  # to_rdf writes none
    operations = []
    if deletes:
        operations.append(f"DELETE DATA {{\n{_data_block(deletes)}\n}}")
    if inserts:
        operations.append(f"INSERT DATA {{\n{_data_block(inserts)}\n}}")
    if not wanted and store.contains_named_graph(name):
        operations.append(f"DROP SILENT GRAPH {name}")
    if operations:
        store.update(" ;\n".join(operations))
    return len(extra), len(stale), bool(present)


__all__ = ["in_default", "write_graph"]
