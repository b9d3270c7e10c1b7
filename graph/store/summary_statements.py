"""The statements the summary graph copies, kept up to date with each article's write.

Three kinds of statement are read by the shipped queries from the summary graph rather than
by index seeks in the default graph:

* a *supported* statement, one that two or more articles state: ``ng:supportingArticles n``
  and a copy of its parts (07);
* a *claim*, a statement that is negated (09) or whose verb is ``ng:denied`` (02): a copy of
  its parts and of its evidence, ``?statement ng:evidence ?evidence``, with each evidence's
  ``ng:sentence`` and ``prov:wasDerivedFrom`` (its article);
* either: ``ng:verb``, the verb's name as a literal (the text after the ``#`` of its
  ``rdf:predicate``), so a query does not read the predicate's IRI to name it.

The parts of a statement are the same in every article that states it (its IRI is a hash of
them), so a copy is there while the statement is supported or a claim and in the store. Its
evidence belongs to one article (the evidence IRI hashes the article too), so the evidence
copies of an article's claims come and go with that article's graph.

>>> verb_literal(ox.NamedNode("https://newsgraph.dev/ontology#denied")).value
'denied'
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from graph.store.summary_terms import (
    DENIED,
    DERIVED,
    EVIDENCE,
    NEGATED,
    PREDICATE,
    SENTENCE,
    STATEMENT_PARTS,
    SUBJECT,
    SUMMARY_GRAPH,
    SUPPORTING_ARTICLES,
    TRUE,
    VERB,
    ArticleWrite,
    Changes,
    Node,
    count_literal,
    summary_quad,
)

#: What the summary graph copies of a statement: its parts and its verb's name.
COPIED = (*STATEMENT_PARTS, VERB)


def verb_literal(relation: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> ox.Literal:
    """The verb's name of a statement's ``rdf:predicate``, as SPARQL's
    ``STRAFTER(STR(?relation), "#")`` gives it (empty when there is no ``#``)."""
    text = relation.value if isinstance(relation, ox.NamedNode | ox.Literal) else ""
    return ox.Literal(text.partition("#")[2])


def is_claim(parts: Iterable[tuple[ox.NamedNode, object]]) -> bool:
    """True for the parts of a negated statement or of a denial.

    >>> is_claim([(PREDICATE, DENIED), (NEGATED, ox.Literal("false"))])
    True
    """
    found = set(parts)
    return (NEGATED, TRUE) in found or (PREDICATE, DENIED) in found


def set_count(store: ox.Store, subject: Node, predicate: ox.NamedNode, value: int) -> Changes:
    """The quads that make ``subject predicate value`` the stored count (none when 0)."""
    current = set(store.quads_for_pattern(subject, predicate, None, SUMMARY_GRAPH))
    target = {summary_quad(subject, predicate, count_literal(value))} if value > 0 else set()
    return target - current, current - target


def stored_count(store: ox.Store, subject: Node, predicate: ox.NamedNode) -> int:
    """The count ``subject predicate n`` of the summary graph, 0 when there is none."""
    for quad in store.quads_for_pattern(subject, predicate, None, SUMMARY_GRAPH):
        if isinstance(quad.object, ox.Literal):
            return int(quad.object.value)
    return 0


def _parts_after(store: ox.Store, write: ArticleWrite, statement: Node) -> set[tuple]:
    """(predicate, value) of the statement's parts in the default graph once ``write`` is
    applied."""
    parts = {
        (quad.predicate, quad.object)
        for part in STATEMENT_PARTS
        for quad in store.quads_for_pattern(statement, part, None, ox.DefaultGraph())
    }
    parts |= {(q.predicate, q.object) for q in write.entering if q.subject == statement}
    parts -= {(q.predicate, q.object) for q in write.leaving if q.subject == statement}
    return {(predicate, value) for predicate, value in parts if predicate in STATEMENT_PARTS}


def _copies(store: ox.Store, write: ArticleWrite, statement: Node, *, supported: bool) -> Changes:
    """The summary graph's copy of a statement's parts and verb: there while the statement is
    supported or a claim."""
    current = {
        quad
        for part in COPIED
        for quad in store.quads_for_pattern(statement, part, None, SUMMARY_GRAPH)
    }
    parts = _parts_after(store, write, statement)
    if not (supported or (parts and is_claim(parts))):
        return set(), current
    target = {summary_quad(statement, predicate, value) for predicate, value in parts}
    target |= {summary_quad(statement, VERB, verb_literal(v)) for p, v in parts if p == PREDICATE}
    return target - current, current - target


def _support_changes(store: ox.Store, write: ArticleWrite) -> Changes:
    """``ng:supportingArticles`` and the copies of the statements whose sources this write
    changes."""
    touched = {q.subject for q in write.entering | write.leaving if q.predicate == DERIVED}
    statements = {q.subject for q in write.before | write.after if q.predicate == SUBJECT}
    inserts: set[ox.Quad] = set()
    deletes: set[ox.Quad] = set()
    for statement in touched & statements:
        sources = {
            q.object for q in store.quads_for_pattern(statement, DERIVED, None, ox.DefaultGraph())
        }
        sources |= {
            q.object for q in write.entering if q.subject == statement and q.predicate == DERIVED
        }
        sources -= {
            q.object for q in write.leaving if q.subject == statement and q.predicate == DERIVED
        }
        count = len(sources) if len(sources) >= 2 else 0
        more, fewer = set_count(store, statement, SUPPORTING_ARTICLES, count)  # type: ignore[arg-type]
        copied, dropped = _copies(store, write, statement, supported=count > 0)  # type: ignore[arg-type]
        inserts |= more | copied
        deletes |= fewer | dropped
    return inserts, deletes


def _claim_evidence(write: ArticleWrite, quads: set[ox.Quad]) -> set[ox.Quad]:
    """Summary copies of the evidence of the claims in one article graph's ``quads``."""
    claims = {
        statement
        for statement, parts in write.statements(quads).items()
        if is_claim((quad.predicate, quad.object) for quad in parts.values())
    }
    links = {q for q in quads if q.predicate == EVIDENCE and q.subject in claims}
    evidence = {q.object for q in links}
    details = {q for q in quads if q.subject in evidence and q.predicate in (SENTENCE, DERIVED)}
    return {summary_quad(q.subject, q.predicate, q.object) for q in links | details}  # type: ignore[arg-type]


def statement_changes(store: ox.Store, write: ArticleWrite) -> Changes:
    """Summary quads to insert and delete for the statements of one article's write: support
    counts, copies of supported statements and claims, and the evidence of claims."""
    inserts, deletes = _support_changes(store, write)
    before = _claim_evidence(write, write.before)
    after = _claim_evidence(write, write.after)
    return inserts | (after - before), deletes | (before - after)


__all__ = [
    "COPIED",
    "is_claim",
    "set_count",
    "statement_changes",
    "stored_count",
    "verb_literal",
]
