"""Re-key stored article graphs when a later article resolves an older entity key elsewhere.

An article stored with only "Trump" holds ``person/trump``; when "Donald Trump" arrives later,
key resolution over the store maps ``person/trump`` to ``person/donald-trump``. The new
article is written under the fuller key, and the older article graphs that still say
``person/trump`` are rewritten here so the store matches what adding all articles at once
gives: the entity IRI and ``ng:key`` move to the new key (with ``ng:mergedFrom`` recording the
old one), and the statement and evidence nodes, whose IRIs are a function of the entity keys
(``graph.vocab.identity``), are re-minted.

The rewrite works on the stored RDF alone (the extraction results are not kept), reading each
statement's parts and each evidence node's fields back from the graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pyoxigraph as ox

from graph.vocab.identity import entity_iri, evidence_iri, statement_iri
from graph.vocab.namespace import NG

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_TYPE = ox.NamedNode(f"{_RDF}type")
_SUBJECT = ox.NamedNode(f"{_RDF}subject")
_PREDICATE = ox.NamedNode(f"{_RDF}predicate")
_OBJECT = ox.NamedNode(f"{_RDF}object")
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_DATE = ox.NamedNode("http://purl.org/dc/terms/date")
_IDENTIFIER = ox.NamedNode("http://purl.org/dc/terms/identifier")
_DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
_STATEMENT = ox.NamedNode(f"{NG}Statement")
_KEY = ox.NamedNode(f"{NG}key")
_MERGED_FROM = ox.NamedNode(f"{NG}mergedFrom")
_NEGATED = ox.NamedNode(f"{NG}negated")
_EVIDENCE = ox.NamedNode(f"{NG}evidence")
_SENTENCE = ox.NamedNode(f"{NG}sentence")
_START = ox.NamedNode(f"{NG}startOffset")
_END = ox.NamedNode(f"{NG}endOffset")
_TRIGGER = ox.NamedNode(f"{NG}trigger")

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def graphs_mentioning(store: ox.Store, keys: Iterable[str]) -> set[ox.NamedNode]:
    """The named graphs that describe an entity with one of ``keys``."""
    found = set()
    for key in keys:
        node = ox.NamedNode(str(entity_iri(key)))
        for quad in store.quads_for_pattern(node, _KEY, None, None):
            if isinstance(quad.graph_name, ox.NamedNode):
                found.add(quad.graph_name)
    return found


def rekeyed_triples(triples: set[ox.Triple], moved: Mapping[str, str]) -> set[ox.Triple]:
    """The triples of one article graph with the entity keys in ``moved`` replaced.

    >>> old = ox.NamedNode(str(entity_iri("person/trump")))
    >>> graph = {ox.Triple(old, _KEY, ox.Literal("person/trump"))}
    >>> sorted(str(t.object) for t in rekeyed_triples(graph, {"person/trump": "person/d-trump"}))
    ['"person/d-trump"', '"person/d-trump"', '"person/trump"']
    """
    renames: dict[object, ox.NamedNode] = {
        ox.NamedNode(str(entity_iri(old))): ox.NamedNode(str(entity_iri(new)))
        for old, new in moved.items()
    }
    rewritten: set[ox.Triple] = set()
    for triple in triples:
        subject, obj = renames.get(triple.subject, triple.subject), triple.object
        if triple.predicate == _KEY and isinstance(obj, ox.Literal) and obj.value in moved:
            # As build_graph records it: ``merged_from`` lists the old key and the node's own.
            rewritten.add(ox.Triple(subject, _MERGED_FROM, obj))
            obj = ox.Literal(moved[obj.value])
            rewritten.add(ox.Triple(subject, _MERGED_FROM, obj))
        rewritten.add(ox.Triple(subject, triple.predicate, renames.get(obj, obj)))
    return _remint_statements(rewritten, set(renames.values()))


def _values(triples: set[ox.Triple]) -> dict[tuple[Term, ox.NamedNode], Term]:
    return {(t.subject, t.predicate): t.object for t in triples}


def _remint_statements(triples: set[ox.Triple], moved_to: set[ox.NamedNode]) -> set[ox.Triple]:
    """Give the statement and evidence nodes about the entities ``moved_to`` the IRIs their
    re-keyed parts now call for (statements about other entities keep theirs)."""
    values = _values(triples)
    keys: dict[object, str] = {t.subject: _text(t.object) for t in triples if t.predicate == _KEY}
    articles: dict[object, str] = {
        t.subject: _text(t.object) for t in triples if t.predicate == _IDENTIFIER
    }
    statements = {t.subject for t in triples if t.predicate == _TYPE and t.object == _STATEMENT}
    renames: dict[object, ox.NamedNode] = {}
    labels: dict[object, ox.Literal] = {}
    for statement in statements:
        ends = (values.get((statement, _SUBJECT)), values.get((statement, _OBJECT)))
        if not any(end in moved_to for end in ends):
            continue
        source = keys.get(ends[0])
        target = keys.get(ends[1])
        predicate = values.get((statement, _PREDICATE))
        negated_term = values.get((statement, _NEGATED))
        if source is None or target is None or not isinstance(predicate, ox.NamedNode):
            continue
        name = predicate.value.removeprefix(str(NG))
        negated = isinstance(negated_term, ox.Literal) and negated_term.value == "true"
        fresh = ox.NamedNode(str(statement_iri(source, name, negated, target)))
        labels[fresh] = ox.Literal(f"{source} {'not ' if negated else ''}{name} {target}")
        renames[statement] = fresh
    for triple in triples:
        if triple.predicate == _EVIDENCE and triple.subject in renames:
            node = triple.object
            fields = {
                "article_id": articles.get(values.get((node, _DERIVED)), ""),
                "start": _text(values.get((node, _START))),
                "end": _text(values.get((node, _END))),
                "trigger": _text(values.get((node, _TRIGGER))),
                "date": _text(values.get((node, _DATE))),
                "sentence": _text(values.get((node, _SENTENCE))),
            }
            statement = renames[triple.subject]
            renames[node] = ox.NamedNode(str(evidence_iri(statement.value, fields)))
    result = set()
    for triple in triples:
        subject = renames.get(triple.subject, triple.subject)
        if triple.predicate == _LABEL and subject in labels:
            result.add(ox.Triple(subject, _LABEL, labels[subject]))
            continue
        obj = renames.get(triple.object, triple.object)
        result.add(ox.Triple(subject, triple.predicate, obj))
    return result


def _text(term: Term | None) -> str:
    return term.value if isinstance(term, ox.Literal) else ""


__all__ = ["graphs_mentioning", "rekeyed_triples"]
