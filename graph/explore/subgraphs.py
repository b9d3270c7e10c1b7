"""Subgraphs worth drawing: the neighbourhood of one entity, or what a SPARQL query returns.

Both give an ordinary ``graph.merge.build``-shaped ``MultiDiGraph`` (attributes copied, the
article table cut down to the articles still referenced), so any exporter can write them;
``write_html`` turns them into a view.

>>> from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
>>> from graph.merge.build import build_graph
>>> a = Entity("person/sergei-lavrov", "Sergei Lavrov", EntityType.PERSON, ("Lavrov",))
>>> b = Entity("country/ES", "Spain", EntityType.COUNTRY)
>>> r = Relation(a.key, "dismissed", b.key, "120", False, Evidence("a1", "Lavrov dismissed.", 0, 6))
>>> g = build_graph([ArticleResult(Article("a1", "Lavrov dismissed."), (a, b), (r,))])
>>> sorted(around(g, "lavrov", hops=1))
['country/ES', 'person/sergei-lavrov']
>>> sorted(query_subgraph(g, "SELECT ?who WHERE { ?who ng:dismissed ?x }"))
['person/sergei-lavrov']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx
import pyoxigraph as ox

from graph.explore.names import EntityNameError, resolve_entity
from graph.export.rdf import PREFIXES, to_ntriples
from graph.vocab.identity import entity_iri, statement_iri
from graph.vocab.namespace import ONTOLOGY_BASE

EdgeRef = tuple[str, str, str]  # (source, target, key) of a graph.merge.build edge


#: Raised for a name that designates no entity or several (``graph.explore.names``).
NodeNotFoundError = EntityNameError


def find_node(graph: nx.MultiDiGraph, name: str) -> str:
    """The node ``name`` designates (``graph.explore.names.resolve_entity``: key, label, alias).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("person/sergei-lavrov", label="Sergei Lavrov", aliases=["Lavrov"])
    >>> find_node(g, "LAVROV"), find_node(g, "person/sergei-lavrov")
    ('person/sergei-lavrov', 'person/sergei-lavrov')
    """
    return resolve_entity(graph, name)


def _subgraph(
    graph: nx.MultiDiGraph, nodes: Iterable[str], edges: Iterable[EdgeRef] | None = None
) -> nx.MultiDiGraph:
    """A copy of ``graph`` with ``nodes`` and, if given, only ``edges`` (else all among them)."""
    keep = set(nodes)
    result = nx.MultiDiGraph()
    result.add_nodes_from((n, _copied(graph.nodes[n])) for n in sorted(keep))
    if edges is None:
        chosen = [(u, v, k) for u, v, k in graph.edges(keys=True) if u in keep and v in keep]
    else:
        chosen = sorted(set(edges))
    for source, target, key in chosen:
        result.add_node(source, **_copied(graph.nodes[source]))
        result.add_node(target, **_copied(graph.nodes[target]))
        result.add_edge(source, target, key=key, **_copied(graph.edges[source, target, key]))
    used = {a for _, d in result.nodes(data=True) for a in d.get("articles", ())}
    used |= {a for _, _, d in result.edges(data=True) for a in d.get("articles", ())}
    articles = graph.graph.get("articles", {})
    result.graph["articles"] = {a: dict(articles[a]) for a in sorted(used) if a in articles}
    return result


def _copied(data: dict[str, Any]) -> dict[str, Any]:
    # Lists (aliases, evidence) are copied so editing the subgraph never edits the original.
    return {
        k: [dict(x) if isinstance(x, dict) else x for x in v] if isinstance(v, list) else v
        for k, v in data.items()
    }


def around(graph: nx.MultiDiGraph, node_or_alias: str, hops: int = 1) -> nx.MultiDiGraph:
    """The entities within ``hops`` edges of one entity (either direction), and their edges.

    ``node_or_alias`` is a key, label or alias (see ``graph.explore.names``); a name that
    designates no entity or several raises ``EntityNameError`` listing the candidates.

    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d")], articles={})
    >>> sorted(around(g, "b", hops=1)), sorted(around(g, "b", hops=2))
    (['a', 'b', 'c'], ['a', 'b', 'c', 'd'])
    """
    if hops < 0:
        raise ValueError(f"hops must be 0 or more, not {hops}")
    centre = find_node(graph, node_or_alias)
    reached = nx.single_source_shortest_path_length(
        graph.to_undirected(as_view=True), centre, cutoff=hops
    )
    return _subgraph(graph, reached)


def _term_maps(graph: nx.MultiDiGraph) -> tuple[dict[str, str], dict[str, EdgeRef]]:
    """IRI → node key and statement IRI → edge, from the same functions the RDF export uses."""
    entities = {str(entity_iri(node)): node for node in graph.nodes}
    statements = {
        str(statement_iri(u, str(d.get("predicate", "")), bool(d.get("negated")), v)): (u, v, k)
        for u, v, k, d in graph.edges(keys=True, data=True)
    }
    return entities, statements


def query_subgraph(
    graph: nx.MultiDiGraph, query: str, *, rdf_store: ox.Store | None = None
) -> nx.MultiDiGraph:
    """The part of ``graph`` a SPARQL SELECT or CONSTRUCT query returns, ready to draw.

    The query runs on Oxigraph over the graph's RDF (``rdf_store``, if given, must hold
    exactly that RDF); newsgraph's prefixes (``ng:``, ``schema:``, ``person:`` …) are
    predeclared. What is drawn:

    * every entity IRI in the answer (any variable of any row, any triple term);
    * every statement IRI (``ng:Statement``) in the answer, as its edge;
    * for CONSTRUCT, each triple ``entity ng:<predicate> entity`` as that edge;
    * for SELECT, when a row names no statement, the edges among that row's entities.

    Raises ``ValueError`` for a query that does not parse or is an ASK query.
    """
    if rdf_store is None:
        rdf_store = ox.Store()
        rdf_store.load(to_ntriples(graph).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    try:
        answer = rdf_store.query(query, prefixes=dict(PREFIXES))
    except SyntaxError as error:
        raise ValueError(f"SPARQL syntax error: {error}") from None
    if isinstance(answer, ox.QueryBoolean):
        raise ValueError("an ASK query answers yes or no; use SELECT or CONSTRUCT to draw")
    entities, statements = _term_maps(graph)
    nodes: set[str] = set()
    edges: set[EdgeRef] = set()
    if isinstance(answer, ox.QuerySolutions):
        for row in answer:
            found = [row[v] for v in answer.variables]
            row_nodes = {entities[t.value] for t in found if _named(t) and t.value in entities}
            row_edges = {statements[t.value] for t in found if _named(t) and t.value in statements}
            nodes |= row_nodes
            edges |= row_edges
            if not row_edges and len(row_nodes) > 1:
                edges |= {
                    (u, v, k)
                    for u in row_nodes
                    for v in row_nodes
                    if graph.has_edge(u, v)
                    for k in graph[u][v]
                }
    else:
        for triple in answer:
            terms = [t for t in (triple.subject, triple.object) if _named(t)]
            nodes |= {entities[t.value] for t in terms if t.value in entities}
            edges |= {statements[t.value] for t in terms if t.value in statements}
            source = entities.get(getattr(triple.subject, "value", ""))
            target = entities.get(getattr(triple.object, "value", ""))
            # Only non-negated edges are direct triples, and their key is the predicate name.
            name = triple.predicate.value.removeprefix(ONTOLOGY_BASE)
            if source and target and graph.has_edge(source, target, name):
                edges.add((source, target, name))
    return _subgraph(graph, nodes, edges)


def _named(term: object) -> bool:
    return isinstance(term, ox.NamedNode)
