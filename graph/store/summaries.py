"""Counts the shipped queries would otherwise compute over the whole store, kept up to date.

Some shipped questions aggregate over everything: how many articles support each statement
(07), how often each actor acts (06), how many articles mention each pair of countries (05),
which objects are both supported and opposed (08). Computed at query time, each reads every
statement or every mention. So the store keeps the answers in one named graph of their own,
``SUMMARY_GRAPH``, next to the article graphs (the default graph stays the union of the
article graphs, and a query that does not name this graph never sees it):

* ``?statement ng:supportingArticles n`` — only for a statement derived from two or more
  articles (``n`` of them), with a copy of its ``rdf:subject``, ``rdf:predicate``,
  ``rdf:object`` and ``ng:negated`` and its verb's name (``ng:verb``), so query 07 reads its
  rows from this small graph by index scans instead of four index seeks per statement in the
  default graph; negated statements and denials (*claims*, 09 and 02) get the same copy and
  one of their evidence (``graph.store.summary_statements``);
* ``?entity schema:name ?name`` — a copy of the name of every subject and object of the
  statements copied (``graph.store.summary_names``), so those queries name their rows from
  this graph too;
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

The words of the graph are in ``graph.store.summary_terms``.

>>> pair_iri(ox.NamedNode("https://newsgraph.dev/id/country/RU"),
...          ox.NamedNode("https://newsgraph.dev/id/country/US")).value[-40:]
'0cee25b537bd8b758f48662cca61af1a71e5c401'
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from itertools import combinations

import pyoxigraph as ox

from graph.store.summary_statements import set_count, statement_changes, stored_count
from graph.store.summary_terms import (
    ACTION_ARTICLES,
    ACTIONS,
    BACKED_BY,
    BACKING,
    CONTESTED,
    COOCCURRENCES,
    COUNTRY,
    DERIVED,
    FIRST_COUNTRY,
    MENTIONS,
    NEGATED,
    OBJECT,
    OPPOSED_BY,
    OPPOSING,
    PAIR_BASE,
    PREDICATE,
    SECOND_COUNTRY,
    STATEMENT_PARTS,
    STRUCTURAL,
    SUBJECT,
    SUMMARY_GRAPH,
    SUMMARY_VERSION,
    SUMMARY_VERSION_PREDICATE,
    SUPPORTING_ARTICLES,
    TRUE,
    TYPE,
    VERB,
    ArticleWrite,
    Changes,
    Node,
    count_literal,
    summary_quad,
)


def pair_iri(first: ox.NamedNode, second: ox.NamedNode) -> ox.NamedNode:
    """The summary node of a pair of countries (``first`` before ``second`` in IRI order).

    The SHA-1 of the two IRIs, as ``graph.store.summary_rebuild`` mints it in SPARQL.
    """
    digest = hashlib.sha1(f"{first.value} {second.value}".encode()).hexdigest()
    return ox.NamedNode(f"{PAIR_BASE}{digest}")


def _acts_by_actor(parts: dict[Node, dict[ox.NamedNode, ox.Quad]]) -> dict[Node, set[Node]]:
    """Statements that are acts, by their subject (the actor)."""
    acts: dict[Node, set[Node]] = defaultdict(set)
    for statement, quads in parts.items():
        verb = quads.get(PREDICATE)
        if SUBJECT in quads and verb is not None and verb.object not in STRUCTURAL:
            acts[quads[SUBJECT].object].add(statement)  # type: ignore[index]
    return acts


def _actor_changes(store: ox.Store, write: ArticleWrite) -> Changes:
    """``ng:actions`` and ``ng:actionArticles`` of the actors this write touches."""
    actions: Counter[Node] = Counter()
    for sign, quads in ((1, write.entering), (-1, write.leaving)):
        for actor, statements in _acts_by_actor(write.statements(quads)).items():
            actions[actor] += sign * len(statements)
    articles: Counter[Node] = Counter()
    for sign, quads in ((1, write.after), (-1, write.before)):
        derived = {q.subject for q in quads if q.predicate == DERIVED and q.object == write.article}
        for actor, statements in _acts_by_actor(write.statements(quads)).items():
            articles[actor] += sign * bool(statements & derived)
    inserts: set[ox.Quad] = set()
    deletes: set[ox.Quad] = set()
    for actor in set(actions) | set(articles):
        if not actions[actor] and not articles[actor]:
            continue
        new_actions = stored_count(store, actor, ACTIONS) + actions[actor]
        new_articles = stored_count(store, actor, ACTION_ARTICLES) + articles[actor]
        for predicate, value in ((ACTIONS, new_actions), (ACTION_ARTICLES, new_articles)):
            more, fewer = set_count(store, actor, predicate, value if new_actions > 0 else 0)
            inserts |= more
            deletes |= fewer
    return inserts, deletes


def _country_pairs(quads: set[ox.Quad], article: ox.NamedNode) -> set[tuple[ox.NamedNode, ...]]:
    countries = {q.subject for q in quads if q.predicate == TYPE and q.object == COUNTRY}
    mentioned = {
        q.object
        for q in quads
        if q.subject == article and q.predicate == MENTIONS and q.object in countries
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
        count = stored_count(store, node, COOCCURRENCES) + (1 if pair in after else -1)
        described = {
            summary_quad(node, FIRST_COUNTRY, first),
            summary_quad(node, SECOND_COUNTRY, second),
        }
        more, fewer = set_count(store, node, COOCCURRENCES, count)
        inserts |= more | (described if count > 0 else set())
        deletes |= fewer | (described if count <= 0 else set())
    return inserts, deletes


def _stance(parts: dict[ox.NamedNode, ox.Quad]) -> ox.NamedNode | None:
    """How a statement stands to its object: ``BACKED_BY``, ``OPPOSED_BY`` or neither."""
    if PREDICATE not in parts or NEGATED not in parts:
        return None
    verb, negated = parts[PREDICATE].object, parts[NEGATED].object == TRUE
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
        if stance is not None and OBJECT in parts:
            links.add(summary_quad(parts[OBJECT].object, stance, statement))  # type: ignore[arg-type]
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
        contested = summary_quad(node, CONTESTED, TRUE)
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
    >>> quads = {ox.Quad(article, MENTIONS, c, article) for c in (ru, us)}
    >>> quads |= {ox.Quad(c, TYPE, country, article) for c in (ru, us)}
    >>> write = ArticleWrite(article, set(), quads, set(), set())
    >>> inserts, deletes = summary_changes(ox.Store(), write)
    >>> sorted(q.object.value for q in inserts if q.predicate == COOCCURRENCES), deletes
    (['1'], set())
    """
    inserts: set[ox.Quad] = set()
    deletes: set[ox.Quad] = set()
    for part in (statement_changes, _actor_changes, _pair_changes, _contest_changes):
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
    "VERB",
    "ArticleWrite",
    "count_literal",
    "pair_iri",
    "summary_changes",
    "summary_quad",
]
