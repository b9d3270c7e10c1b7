"""Build the summary graph of a whole store (or RDF file) from scratch, in one transaction.

``graph.store.summaries`` keeps the summary graph up to date article by article; this module
says what it must hold as SPARQL over the default graph, and writes it in one update:

* ``rebuild_summaries`` drops the summary graph and computes it again (``newsgraph reindex``;
  an RDF file loaded for a query; the tests' reference for the incremental counts);
* ``ensure_summaries`` does that only when the store's version marker is missing or old, so
  opening a store made before summaries (or by an older newsgraph) for writing brings it up
  to date once;
* ``has_summaries`` tells a reader whether the marker is there (an empty store needs none).

>>> store = ox.Store()
>>> store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("o")))
>>> has_summaries(store)  # a store with data and no summary graph: made by an older newsgraph
False
>>> rebuild_summaries(store)
>>> has_summaries(store)
True
"""

from __future__ import annotations

import pyoxigraph as ox

from graph.store.summary_terms import (
    BACKING,
    DENIED,
    OPPOSING,
    PAIR_BASE,
    STRUCTURAL,
    SUMMARY_GRAPH,
    SUMMARY_VERSION,
    SUMMARY_VERSION_PREDICATE,
)


def _iris(nodes: frozenset[ox.NamedNode]) -> str:
    return ", ".join(sorted(str(node) for node in nodes))


_G = str(SUMMARY_GRAPH)
_REBUILD = f"""
PREFIX ng: <https://newsgraph.dev/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
DROP SILENT GRAPH {_G} ;
INSERT {{
  GRAPH {_G} {{
    ?statement ng:supportingArticles ?articles ;
               rdf:subject ?subject ; rdf:predicate ?relation ; rdf:object ?object ;
               ng:negated ?negated
  }}
}}
WHERE {{
  {{
    SELECT ?statement (COUNT(DISTINCT ?article) AS ?articles)
    WHERE {{ ?statement rdf:subject ?anySubject ; prov:wasDerivedFrom ?article }}
    GROUP BY ?statement
  }}
  FILTER(?articles >= 2)
  OPTIONAL {{ ?statement rdf:subject ?subject }}
  OPTIONAL {{ ?statement rdf:predicate ?relation }}
  OPTIONAL {{ ?statement rdf:object ?object }}
  OPTIONAL {{ ?statement ng:negated ?negated }}
}} ;
INSERT {{
  GRAPH {_G} {{
    ?statement rdf:subject ?subject ; rdf:predicate ?relation ; rdf:object ?object ;
               ng:negated ?negated ; ng:evidence ?evidence .
    ?evidence ng:sentence ?sentence ; prov:wasDerivedFrom ?article
  }}
}}
WHERE {{
  {{ ?statement ng:negated true }} UNION {{ ?statement rdf:predicate {DENIED} }}
  FILTER EXISTS {{ ?statement prov:wasDerivedFrom ?anyArticle }}
  OPTIONAL {{ ?statement rdf:subject ?subject }}
  OPTIONAL {{ ?statement rdf:predicate ?relation }}
  OPTIONAL {{ ?statement rdf:object ?object }}
  OPTIONAL {{ ?statement ng:negated ?negated }}
  OPTIONAL {{
    ?statement ng:evidence ?evidence .
    OPTIONAL {{ ?evidence ng:sentence ?sentence }}
    OPTIONAL {{ ?evidence prov:wasDerivedFrom ?article }}
  }}
}} ;
INSERT {{ GRAPH {_G} {{ ?statement ng:verb ?verb }} }}
WHERE {{
  GRAPH {_G} {{ ?statement rdf:predicate ?relation }}
  BIND(STRAFTER(STR(?relation), "#") AS ?verb)
}} ;
INSERT {{ GRAPH {_G} {{ ?entity schema:name ?name }} }}
WHERE {{
  {{
    SELECT DISTINCT ?entity
    WHERE {{
      GRAPH {_G} {{ {{ ?statement rdf:subject ?entity }} UNION {{ ?claim rdf:object ?entity }} }}
    }}
  }}
  ?entity schema:name ?name
}} ;
INSERT {{ GRAPH {_G} {{ ?actor ng:actions ?actions ; ng:actionArticles ?articles }} }}
WHERE {{
  SELECT ?actor (COUNT(DISTINCT ?statement) AS ?actions) (COUNT(DISTINCT ?article) AS ?articles)
  WHERE {{
    ?statement rdf:subject ?actor ; rdf:predicate ?relation .
    FILTER(?relation NOT IN ({_iris(STRUCTURAL)}))
    OPTIONAL {{ ?statement prov:wasDerivedFrom ?article }}
  }}
  GROUP BY ?actor
}} ;
INSERT {{
  GRAPH {_G} {{
    ?pair ng:firstCountry ?country1 ; ng:secondCountry ?country2 ; ng:cooccurrences ?articles
  }}
}}
WHERE {{
  {{
    SELECT ?country1 ?country2 (COUNT(DISTINCT ?article) AS ?articles)
    WHERE {{
      {{
        SELECT ?article ?country1
        WHERE {{ ?country1 a ng:Country . ?article schema:mentions ?country1 }}
      }}
      {{
        SELECT ?article ?country2
        WHERE {{ ?country2 a ng:Country . ?article schema:mentions ?country2 }}
      }}
      FILTER(!sameTerm(?country1, ?country2))
    }}
    GROUP BY ?country1 ?country2
  }}
  FILTER(STR(?country1) < STR(?country2))
  BIND(IRI(CONCAT("{PAIR_BASE}", SHA1(CONCAT(STR(?country1), " ", STR(?country2))))) AS ?pair)
}} ;
INSERT {{ GRAPH {_G} {{ ?object ng:backedBy ?statement }} }}
WHERE {{
  ?statement rdf:object ?object ; rdf:predicate ?relation ; ng:negated false .
  FILTER(?relation IN ({_iris(BACKING)}))
}} ;
INSERT {{ GRAPH {_G} {{ ?object ng:opposedBy ?statement }} }}
WHERE {{
  {{
    ?statement rdf:object ?object ; rdf:predicate ?relation ; ng:negated false .
    FILTER(?relation IN ({_iris(OPPOSING)}))
  }} UNION {{
    ?statement rdf:object ?object ; rdf:predicate ?relation ; ng:negated true .
    FILTER(?relation IN ({_iris(BACKING)}))
  }}
}} ;
INSERT {{ GRAPH {_G} {{ ?object ng:contested true }} }}
WHERE {{
  GRAPH {_G} {{
    ?object ng:backedBy ?for .
    FILTER EXISTS {{ ?object ng:opposedBy ?against }}
  }}
}} ;
INSERT DATA {{ GRAPH {_G} {{ {_G} {SUMMARY_VERSION_PREDICATE} "{SUMMARY_VERSION}" }} }}
"""


def rebuild_summaries(store: ox.Store) -> None:
    """Compute the summary graph of ``store`` from its default graph, replacing any there.

    One SPARQL update, so one transaction: a killed rebuild leaves the old summaries.
    """
    store.update(_REBUILD)


#: The quad that says the summary graph is there and of the current version.
VERSION_MARKER = ox.Quad(
    SUMMARY_GRAPH, SUMMARY_VERSION_PREDICATE, ox.Literal(SUMMARY_VERSION), SUMMARY_GRAPH
)


def has_summaries(store: ox.Store) -> bool:
    """True when the store's summary graph is current: its marker is there, or the store is
    empty (nothing to count; the first article written brings the marker)."""
    if VERSION_MARKER in store:
        return True
    return next(iter(store.quads_for_pattern(None, None, None, None)), None) is None


def ensure_summaries(store: ox.Store) -> bool:
    """Build the summary graph if the store lacks it (or has an old one); True if it did.

    >>> ensure_summaries(ox.Store())  # an empty store: nothing to count yet
    False
    """
    if has_summaries(store):
        return False
    rebuild_summaries(store)
    store.flush()
    return True


__all__ = ["VERSION_MARKER", "ensure_summaries", "has_summaries", "rebuild_summaries"]
