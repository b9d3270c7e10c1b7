"""Counts the shipped queries would otherwise compute over the whole store, kept up to date.

Some shipped questions aggregate over everything: how many articles support each statement
(07), how often each actor acts (06), how many articles mention each pair of countries (05),
which objects are both supported and opposed (08). Computed at query time, each reads every
statement or every mention. So the store keeps the answers in one named graph of their own,
``SUMMARY_GRAPH``, next to the article graphs (the default graph stays the union of the
article graphs, and a query that does not name this graph never sees it):

* ``?statement ng:supportingArticles n`` — only for a statement derived from two or more
  articles (``n`` of them), with a copy of its ``rdf:subject``, ``rdf:predicate``,
  ``rdf:object`` and ``ng:negated`` (so query 07 reads its rows from this small graph by
  index scans instead of four index seeks per statement in the default graph);
* ``?actor ng:actions n ; ng:actionArticles m`` — an entity that is the subject of ``n``
  statements that are acts (structural edges left out, negated ones in), from ``m`` articles;
* ``?pair ng:firstCountry ?c1 ; ng:secondCountry ?c2 ; ng:cooccurrences n`` — ``n`` articles
  mention both countries (``?c1`` before ``?c2`` in IRI order; ``pair_iri`` names the node);
* ``?object ng:backedBy ?statement`` for each statement that backs it (proposed, agreed,
  signed, … stated as fact), ``?object ng:opposedBy ?statement`` for each that opposes it
  (rejected, denied, … or a backing verb negated), and ``?object ng:contested true`` when it
  has both.

``summary_changes`` computes what one article's write changes, from that write alone plus a
few index lookups of the current counts, so ``graph.store.write`` applies it in the same
transaction as the article: a removed article takes its counts with it, and re-adding an
unchanged one changes nothing. ``graph.store.summary_rebuild`` computes the same graph from
scratch in SPARQL (for a store made before summaries, and for an RDF file); the tests check
the two agree after adds, removes and re-adds.

>>> pair_iri(ox.NamedNode("https://newsgraph.dev/id/country/RU"),
...          ox.NamedNode("https://newsgraph.dev/id/country/US")).value[-40:]
'0cee25b537bd8b758f48662cca61af1a71e5c401'
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

import pyoxigraph as ox

from graph.vocab.namespace import ONTOLOGY_BASE

#: The named graph that holds every summary (see the module docstring).
SUMMARY_GRAPH = ox.NamedNode("https://newsgraph.dev/id/summary")
#: Bumped whenever what the summary graph holds changes; a store whose marker differs is
#: rebuilt (``graph.store.summary_rebuild.ensure_summaries``).
SUMMARY_VERSION = "2"


def _ng(name: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ONTOLOGY_BASE}{name}")


SUMMARY_VERSION_PREDICATE = _ng("summaryVersion")
SUPPORTING_ARTICLES = _ng("supportingArticles")
ACTIONS = _ng("actions")
ACTION_ARTICLES = _ng("actionArticles")
FIRST_COUNTRY = _ng("firstCountry")
SECOND_COUNTRY = _ng("secondCountry")
COOCCURRENCES = _ng("cooccurrences")
BACKED_BY = _ng("backedBy")
OPPOSED_BY = _ng("opposedBy")
CONTESTED = _ng("contested")

#: Edges that describe rather than act: left out of an actor's actions.
STRUCTURAL = frozenset(_ng(n) for n in ("affiliated_with", "party_to", "held_in", "located_in"))
#: Verbs that back their object when stated as fact (and oppose it when negated).
BACKING = frozenset(
    _ng(n)
    for n in (
        "proposed", "offered", "agreed", "signed", "supported",
        "endorsed", "welcomed", "accepted", "pledged",
    )
)  # fmt: skip
#: Verbs that oppose their object when stated as fact.
OPPOSING = frozenset(
    _ng(n) for n in ("rejected", "denied", "dismissed", "opposed", "vetoed", "condemned")
)

PAIR_BASE = "https://newsgraph.dev/id/summary/cooccurrence/"
_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_TRUE = ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_TYPE = ox.NamedNode(f"{_RDF}type")
_SUBJECT = ox.NamedNode(f"{_RDF}subject")
_PREDICATE = ox.NamedNode(f"{_RDF}predicate")
_OBJECT = ox.NamedNode(f"{_RDF}object")
_NEGATED = _ng("negated")
_COUNTRY = _ng("Country")
_DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
_MENTIONS = ox.NamedNode("https://schema.org/mentions")

#: The parts of a statement that the summary graph copies for a supported statement.
STATEMENT_PARTS = (_SUBJECT, _PREDICATE, _OBJECT, _NEGATED)

Node = ox.NamedNode | ox.BlankNode
Changes = tuple[set[ox.Quad], set[ox.Quad]]


def pair_iri(first: ox.NamedNode, second: ox.NamedNode) -> ox.NamedNode:
    """The summary node of a pair of countries (``first`` before ``second`` in IRI order).

    The SHA-1 of the two IRIs, as ``graph.store.summary_rebuild`` mints it in SPARQL.
    """
    digest = hashlib.sha1(f"{first.value} {second.value}".encode()).hexdigest()
    return ox.NamedNode(f"{PAIR_BASE}{digest}")


def count_literal(value: int) -> ox.Literal:
    """An ``xsd:integer`` literal, as SPARQL's ``COUNT`` writes it.

    >>> count_literal(3).value
    '3'
    """
    return ox.Literal(str(value), datatype=_XSD_INTEGER)


def summary_quad(
    subject: Node, predicate: ox.NamedNode, value: ox.NamedNode | ox.Literal
) -> ox.Quad:
    """One quad of the summary graph.

    >>> summary_quad(ox.NamedNode("urn:actor"), ACTIONS, count_literal(2)).graph_name.value
    'https://newsgraph.dev/id/summary'
    """
    return ox.Quad(subject, predicate, value, SUMMARY_GRAPH)


def _stored_count(store: ox.Store, subject: Node, predicate: ox.NamedNode) -> int:
    for quad in store.quads_for_pattern(subject, predicate, None, SUMMARY_GRAPH):
        if isinstance(quad.object, ox.Literal):
            return int(quad.object.value)
    return 0


def _set_count(store: ox.Store, subject: Node, predicate: ox.NamedNode, value: int) -> Changes:
    """The quads that make ``subject predicate value`` the stored count (none when 0)."""
    current = set(store.quads_for_pattern(subject, predicate, None, SUMMARY_GRAPH))
    target = {summary_quad(subject, predicate, count_literal(value))} if value > 0 else set()
    return target - current, current - target


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
            if quad.predicate in (_SUBJECT, _PREDICATE, _OBJECT, _NEGATED):
                parts[quad.subject][quad.predicate] = quad  # type: ignore[index]
        return parts


def _support_changes(store: ox.Store, write: ArticleWrite) -> Changes:
    """``ng:supportingArticles`` of the statements whose sources this write changes."""
    touched = {q.subject for q in write.entering | write.leaving if q.predicate == _DERIVED}
    statements = {q.subject for q in write.before | write.after if q.predicate == _SUBJECT}
    inserts: set[ox.Quad] = set()
    deletes: set[ox.Quad] = set()
    for statement in touched & statements:
        sources = {
            q.object for q in store.quads_for_pattern(statement, _DERIVED, None, ox.DefaultGraph())
        }
        sources |= {
            q.object for q in write.entering if q.subject == statement and q.predicate == _DERIVED
        }
        sources -= {
            q.object for q in write.leaving if q.subject == statement and q.predicate == _DERIVED
        }
        count = len(sources) if len(sources) >= 2 else 0
        more, fewer = _set_count(store, statement, SUPPORTING_ARTICLES, count)  # type: ignore[arg-type]
        copied, dropped = _part_copies(store, write, statement, supported=count > 0)  # type: ignore[arg-type]
        inserts |= more | copied
        deletes |= fewer | dropped
    return inserts, deletes


def _part_copies(
    store: ox.Store, write: ArticleWrite, statement: Node, *, supported: bool
) -> Changes:
    """The summary graph's copy of a statement's parts: there while it is supported."""
    current = {
        quad
        for part in STATEMENT_PARTS
        for quad in store.quads_for_pattern(statement, part, None, SUMMARY_GRAPH)
    }
    if not supported:
        return set(), current
    # The parts in the default graph once this write is applied.
    parts = {
        (quad.predicate, quad.object)
        for part in STATEMENT_PARTS
        for quad in store.quads_for_pattern(statement, part, None, ox.DefaultGraph())
    }
    parts |= {(q.predicate, q.object) for q in write.entering if q.subject == statement}
    parts -= {(q.predicate, q.object) for q in write.leaving if q.subject == statement}
    target = {
        summary_quad(statement, predicate, value)  # type: ignore[arg-type]
        for predicate, value in parts
        if predicate in STATEMENT_PARTS
    }
    return target - current, current - target


def _acts_by_actor(parts: dict[Node, dict[ox.NamedNode, ox.Quad]]) -> dict[Node, set[Node]]:
    """Statements that are acts, by their subject (the actor)."""
    acts: dict[Node, set[Node]] = defaultdict(set)
    for statement, quads in parts.items():
        verb = quads.get(_PREDICATE)
        if _SUBJECT in quads and verb is not None and verb.object not in STRUCTURAL:
            acts[quads[_SUBJECT].object].add(statement)  # type: ignore[index]
    return acts


def _actor_changes(store: ox.Store, write: ArticleWrite) -> Changes:
    """``ng:actions`` and ``ng:actionArticles`` of the actors this write touches."""
    actions: Counter[Node] = Counter()
    for sign, quads in ((1, write.entering), (-1, write.leaving)):
        for actor, statements in _acts_by_actor(write.statements(quads)).items():
            actions[actor] += sign * len(statements)
    articles: Counter[Node] = Counter()
    for sign, quads in ((1, write.after), (-1, write.before)):
        derived = {
            q.subject for q in quads if q.predicate == _DERIVED and q.object == write.article
        }
        for actor, statements in _acts_by_actor(write.statements(quads)).items():
            articles[actor] += sign * bool(statements & derived)
    inserts: set[ox.Quad] = set()
    deletes: set[ox.Quad] = set()
    for actor in set(actions) | set(articles):
        if not actions[actor] and not articles[actor]:
            continue
        new_actions = _stored_count(store, actor, ACTIONS) + actions[actor]
        new_articles = _stored_count(store, actor, ACTION_ARTICLES) + articles[actor]
        for predicate, value in ((ACTIONS, new_actions), (ACTION_ARTICLES, new_articles)):
            more, fewer = _set_count(store, actor, predicate, value if new_actions > 0 else 0)
            inserts |= more
            deletes |= fewer
    return inserts, deletes


def _country_pairs(quads: set[ox.Quad], article: ox.NamedNode) -> set[tuple[ox.NamedNode, ...]]:
    countries = {q.subject for q in quads if q.predicate == _TYPE and q.object == _COUNTRY}
    mentioned = {
        q.object
        for q in quads
        if q.subject == article and q.predicate == _MENTIONS and q.object in countries
    }
    ordered = sorted((c for c in mentioned if isinstance(c, ox.NamedNode)), key=lambda c: c.value)
    return set(combinations(ordered, 2))


def _pair_changes(store: ox.Store, write: ArticleWrite) -> Changes:
    """``ng:cooccurrences`` of the country pairs the article mentions before or after."""
    before = _country_pairs(write.before, write.article)
    after = _country_pairs(write.after, write.article)
    inserts: set[ox.Quad] = set()
    deletes: set[ox.Quad] = set()
    for pair in before ^ after:
        first, second = pair
        node = pair_iri(first, second)
        count = _stored_count(store, node, COOCCURRENCES) + (1 if pair in after else -1)
        described = {
            summary_quad(node, FIRST_COUNTRY, first),
            summary_quad(node, SECOND_COUNTRY, second),
        }
        more, fewer = _set_count(store, node, COOCCURRENCES, count)
        inserts |= more | (described if count > 0 else set())
        deletes |= fewer | (described if count <= 0 else set())
    return inserts, deletes


def _stance(parts: dict[ox.NamedNode, ox.Quad]) -> ox.NamedNode | None:
    """How a statement stands to its object: ``BACKED_BY``, ``OPPOSED_BY`` or neither."""
    if _PREDICATE not in parts or _NEGATED not in parts:
        return None
    verb, negated = parts[_PREDICATE].object, parts[_NEGATED].object == _TRUE
    if verb in BACKING:
        return OPPOSED_BY if negated else BACKED_BY
    if verb in OPPOSING and not negated:
        return OPPOSED_BY
    return None


def _stances(
    quads: set[ox.Quad], statements: dict[Node, dict[ox.NamedNode, ox.Quad]]
) -> set[ox.Quad]:
    """``?object ng:backedBy|ng:opposedBy ?statement`` for the statements of ``quads``."""
    links = set()
    for statement, parts in statements.items():
        stance = _stance(parts)
        if stance is not None and _OBJECT in parts:
            links.add(summary_quad(parts[_OBJECT].object, stance, statement))  # type: ignore[arg-type]
    return links


def _contest_changes(store: ox.Store, write: ArticleWrite) -> Changes:
    """Backing and opposing links, and ``ng:contested``, of the objects this write touches."""
    inserts = _stances(write.entering, write.statements(write.entering))
    deletes = _stances(write.leaving, write.statements(write.leaving))
    for node in {q.subject for q in inserts | deletes if not isinstance(q.subject, ox.Triple)}:
        sides = []
        for stance in (BACKED_BY, OPPOSED_BY):
            links = set(store.quads_for_pattern(node, stance, None, SUMMARY_GRAPH))
            links |= {q for q in inserts if q.subject == node and q.predicate == stance}
            sides.append(links - deletes)
        contested = summary_quad(node, CONTESTED, _TRUE)
        if all(sides) and contested not in store:
            inserts.add(contested)
        elif not all(sides) and contested in store:
            deletes.add(contested)
    return inserts, deletes


def summary_changes(store: ox.Store, write: ArticleWrite) -> Changes:
    """Summary quads to insert and to delete when the article graph ``write.article`` goes
    from ``write.before`` to ``write.after``, and the default graph gains ``write.entering``
    and loses ``write.leaving``.

    Read against the store as it is before the write; apply in the same transaction.

    >>> article = ox.NamedNode("https://newsgraph.dev/id/article/a1")
    >>> ru, us = (ox.NamedNode(f"https://newsgraph.dev/id/country/{c}") for c in ("RU", "US"))
    >>> country = ox.NamedNode("https://newsgraph.dev/ontology#Country")
    >>> quads = {ox.Quad(article, _MENTIONS, c, article) for c in (ru, us)}
    >>> quads |= {ox.Quad(c, _TYPE, country, article) for c in (ru, us)}
    >>> write = ArticleWrite(article, set(), quads, set(), set())
    >>> inserts, deletes = summary_changes(ox.Store(), write)
    >>> sorted(q.object.value for q in inserts if q.predicate == COOCCURRENCES), deletes
    (['1'], set())
    """
    inserts: set[ox.Quad] = set()
    deletes: set[ox.Quad] = set()
    for part in (_support_changes, _actor_changes, _pair_changes, _contest_changes):
        more, fewer = part(store, write)
        inserts |= more
        deletes |= fewer
    # A quad both deleted and inserted (a count that comes back) stays as it is.
    return inserts - deletes, deletes - inserts


__all__ = [
    "ACTIONS",
    "ACTION_ARTICLES",
    "BACKED_BY",
    "BACKING",
    "CONTESTED",
    "COOCCURRENCES",
    "FIRST_COUNTRY",
    "OPPOSED_BY",
    "OPPOSING",
    "PAIR_BASE",
    "SECOND_COUNTRY",
    "STATEMENT_PARTS",
    "STRUCTURAL",
    "SUMMARY_GRAPH",
    "SUMMARY_VERSION",
    "SUMMARY_VERSION_PREDICATE",
    "SUPPORTING_ARTICLES",
    "ArticleWrite",
    "count_literal",
    "pair_iri",
    "summary_changes",
    "summary_quad",
]
