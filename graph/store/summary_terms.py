"""The words of the summary graph (``graph.store.summaries``): its name, version, predicates,
and the small pieces every part of it is written with.

Kept apart from the code that computes the summaries so that each part (counts, statement
copies, name copies) can import them without importing the others.

>>> summary_quad(ox.NamedNode("urn:actor"), ACTIONS, count_literal(2)).graph_name.value
'https://newsgraph.dev/id/summary'
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from graph.vocab.namespace import ONTOLOGY_BASE

#: The named graph that holds every summary (see ``graph.store.summaries``).
SUMMARY_GRAPH = ox.NamedNode("https://newsgraph.dev/id/summary")
#: Bumped whenever what the summary graph holds changes; a store whose marker differs is
#: rebuilt (``graph.store.summary_rebuild.ensure_summaries``).
SUMMARY_VERSION = "3"


def ng(name: str) -> ox.NamedNode:
    """A term of newsgraph's ontology.

    >>> ng("actions").value
    'https://newsgraph.dev/ontology#actions'
    """
    return ox.NamedNode(f"{ONTOLOGY_BASE}{name}")


SUMMARY_VERSION_PREDICATE = ng("summaryVersion")
SUPPORTING_ARTICLES = ng("supportingArticles")
ACTIONS = ng("actions")
ACTION_ARTICLES = ng("actionArticles")
FIRST_COUNTRY = ng("firstCountry")
SECOND_COUNTRY = ng("secondCountry")
COOCCURRENCES = ng("cooccurrences")
BACKED_BY = ng("backedBy")
OPPOSED_BY = ng("opposedBy")
CONTESTED = ng("contested")
#: On a statement whose parts the summary graph copies: its verb, the text after the ``#`` of
#: its ``rdf:predicate`` (a short literal, which Oxigraph stores inline: no lookup to read it).
VERB = ng("verb")

#: Edges that describe rather than act: left out of an actor's actions.
STRUCTURAL = frozenset(ng(n) for n in ("affiliated_with", "party_to", "held_in", "located_in"))
#: Verbs that back their object when stated as fact (and oppose it when negated).
BACKING = frozenset(
    ng(n)
    for n in (
        "proposed", "offered", "agreed", "signed", "supported",
        "endorsed", "welcomed", "accepted", "pledged",
    )
)  # fmt: skip
#: Verbs that oppose their object when stated as fact.
OPPOSING = frozenset(
    ng(n) for n in ("rejected", "denied", "dismissed", "opposed", "vetoed", "condemned")
)
#: The verb whose statements are indexed as claims with their evidence, with the negated ones.
DENIED = ng("denied")

PAIR_BASE = "https://newsgraph.dev/id/summary/cooccurrence/"
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
TRUE = ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
TYPE = ox.NamedNode(f"{RDF}type")
SUBJECT = ox.NamedNode(f"{RDF}subject")
PREDICATE = ox.NamedNode(f"{RDF}predicate")
OBJECT = ox.NamedNode(f"{RDF}object")
NEGATED = ng("negated")
EVIDENCE = ng("evidence")
SENTENCE = ng("sentence")
COUNTRY = ng("Country")
DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
MENTIONS = ox.NamedNode("https://schema.org/mentions")
NAME = ox.NamedNode("https://schema.org/name")

#: The parts of a statement that the summary graph copies for a supported statement.
STATEMENT_PARTS = (SUBJECT, PREDICATE, OBJECT, NEGATED)

Node = ox.NamedNode | ox.BlankNode
Changes = tuple[set[ox.Quad], set[ox.Quad]]


def count_literal(value: int) -> ox.Literal:
    """An ``xsd:integer`` literal, as SPARQL's ``COUNT`` writes it.

    >>> count_literal(3).value
    '3'
    """
    return ox.Literal(str(value), datatype=XSD_INTEGER)


def summary_quad(
    subject: Node, predicate: ox.NamedNode, value: ox.NamedNode | ox.Literal
) -> ox.Quad:
    """One quad of the summary graph.

    >>> summary_quad(ox.NamedNode("urn:actor"), ACTIONS, count_literal(2)).predicate.value
    'https://newsgraph.dev/ontology#actions'
    """
    return ox.Quad(subject, predicate, value, SUMMARY_GRAPH)


@dataclass(frozen=True)
class ArticleWrite:
    """One article graph's write: the graph ``article``, its quads ``before`` and ``after``,
    and the quads ``entering`` and ``leaving`` the default graph (the union)."""

    article: ox.NamedNode
    before: set[ox.Quad]
    after: set[ox.Quad]
    entering: set[ox.Quad]
    leaving: set[ox.Quad]

    def statements(self, quads: Iterable[ox.Quad]) -> dict[Node, dict[ox.NamedNode, ox.Quad]]:
        """Statement parts (rdf:subject, rdf:predicate, rdf:object, ng:negated) by statement."""
        parts: dict[Node, dict[ox.NamedNode, ox.Quad]] = defaultdict(dict)
        for quad in quads:
            if quad.predicate in STATEMENT_PARTS:
                parts[quad.subject][quad.predicate] = quad  # type: ignore[index]
        return parts
