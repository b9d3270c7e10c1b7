"""Copies of names in the summary graph: the name of each subject and object of a statement
the summary graph copies (``graph.store.summary_statements``).

The queries that read their statements from the summary graph (02, 07, 09) name both ends of
each row. Joining every name of the store by hash reads all of them (18,000 on the
replicated benchmark graph, for 2,200 rows); a lookup per row is an index seek per name. A
copy of just the names those statements need is one small scan.

A copy follows two things, so it is computed after both are known for a write: the
statement copies that reference the entity (``summary``) and the entity's merged name in the
default graph (``names``, ``graph.store.names``). Exactly the default graph's
``schema:name`` of the entity, while some copied statement has it as subject or object.

>>> store = ox.Store()
>>> actor = ox.NamedNode("https://newsgraph.dev/id/country/RU")
>>> named = ox.Quad(actor, NAME, ox.Literal("Russia"))
>>> copy = summary_quad(ox.NamedNode("urn:statement"), SUBJECT, actor)
>>> inserts, deletes = name_copy_changes(store, ({copy}, set()), ({named}, set()))
>>> [q.object.value for q in inserts], deletes
(['Russia'], set())
"""

from __future__ import annotations

import pyoxigraph as ox

from graph.store.summary_terms import NAME, OBJECT, SUBJECT, SUMMARY_GRAPH, Changes, summary_quad

_ENDS = (SUBJECT, OBJECT)


def _referenced(store: ox.Store, entity: ox.NamedNode, summary: Changes) -> bool:
    """True when a statement copy still has ``entity`` as subject or object after the write."""
    inserts, deletes = summary
    if any(q.predicate in _ENDS and q.object == entity for q in inserts):
        return True
    return any(
        quad not in deletes
        for end in _ENDS
        for quad in store.quads_for_pattern(None, end, entity, SUMMARY_GRAPH)
    )


def _names_after(store: ox.Store, entity: ox.NamedNode, names: Changes) -> set[ox.Literal]:
    inserts, deletes = names
    current = {q.object for q in store.quads_for_pattern(entity, NAME, None, ox.DefaultGraph())}
    current -= {q.object for q in deletes if q.subject == entity and q.predicate == NAME}
    current |= {q.object for q in inserts if q.subject == entity and q.predicate == NAME}
    return {name for name in current if isinstance(name, ox.Literal)}


def name_copy_changes(store: ox.Store, summary: Changes, names: Changes) -> Changes:
    """Name copies to insert and delete, given the summary quads a write inserts and deletes
    (``summary``) and the default graph's name quads it inserts and deletes (``names``)."""
    touched = {q.object for q in summary[0] | summary[1] if q.predicate in _ENDS}
    touched |= {q.subject for q in names[0] | names[1] if q.predicate == NAME}
    inserts: set[ox.Quad] = set()
    deletes: set[ox.Quad] = set()
    for entity in touched:
        if not isinstance(entity, ox.NamedNode):
            continue
        current = set(store.quads_for_pattern(entity, NAME, None, SUMMARY_GRAPH))
        target = set()
        if _referenced(store, entity, summary):
            target = {summary_quad(entity, NAME, n) for n in _names_after(store, entity, names)}
        inserts |= target - current
        deletes |= current - target
    return inserts, deletes


__all__ = ["name_copy_changes"]
