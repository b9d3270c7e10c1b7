"""Export the knowledge graph as RDF (Turtle, N-Triples, JSON-LD) or as an rdflib ``Graph``.

The modelling (which triples an entity, an edge, a piece of evidence and an article give) is
written once, in ``graph.export.rdf_model``, as plain data. The file writers format those plain
triples directly (``graph.export.rdf_text``); ``rdf_triples`` and ``to_rdf`` give the same
triples as rdflib terms, for the store and for SPARQL over rdflib.

The RDF graph uses no blank nodes, so the same networkx graph always gives the same triples;
the writers sort their output so the files are byte-for-byte reproducible as well.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

import networkx as nx
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO, Namespace

from graph.export.atomic import write_bytes_atomic, write_text_atomic
from graph.export.jsonld_text import to_jsonld_text
from graph.export.rdf_model import DIRECT_MODALITIES, TYPE_CLASSES, plain_triples
from graph.export.rdf_text import (
    PlainLiteral,
    PlainTriple,
    Triple,
    to_ntriples_text,
    to_turtle_text,
)
from graph.vocab.identity import ARTICLE_BASE, EVIDENCE_BASE, ID_BASE, STATEMENT_BASE
from graph.vocab.namespace import ONTOLOGY_BASE

#: Prefixes bound on every exported graph, so Turtle reads ``person:sergei-lavrov``.
PREFIXES: dict[str, str] = {
    "ng": ONTOLOGY_BASE,
    "schema": str(SDO),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "article": ARTICLE_BASE,
    "statement": STATEMENT_BASE,
    "evidence": EVIDENCE_BASE,
    **{t.lower(): f"{ID_BASE}{t.lower()}/" for t in TYPE_CLASSES},
}


def new_rdf_graph() -> Graph:
    """An empty rdflib graph with newsgraph's prefixes bound (and rdflib's extras not).

    >>> g = new_rdf_graph()
    >>> dict(g.namespaces())["ng"]
    rdflib.term.URIRef('https://newsgraph.dev/ontology#')
    """
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, Namespace(namespace), override=True, replace=True)
    return graph


def rdf_triples(graph: nx.MultiDiGraph, *, counts: bool = True) -> set[Triple]:
    """The RDF triples of a ``graph.merge.build`` knowledge graph, as a set of rdflib terms.

    The triples of ``graph.export.rdf_model.plain_triples``, each distinct term made once.
    ``counts=False`` leaves out the ``ng:articleCount`` triples (see ``to_rdf``).

    >>> import networkx as nx
    >>> len(rdf_triples(nx.MultiDiGraph(articles={"a1": {"title": "T"}})))
    5
    """
    iris: dict[str, URIRef] = {}
    literals: dict[PlainLiteral, Literal] = {}

    def iri(text: str) -> URIRef:
        made = iris.get(text)
        if made is None:
            made = iris[text] = URIRef(text)
        return made

    def literal(plain: PlainLiteral) -> Literal:
        made = literals.get(plain)
        if made is None:
            lexical, datatype = plain
            made = literals[plain] = Literal(lexical, datatype=iri(datatype) if datatype else None)
        return made

    triples: set[Triple] = set()
    for s, p, o in plain_triples(graph, counts=counts):
        triples.add((iri(s), iri(p), iri(o) if isinstance(o, str) else literal(o)))
    return triples


def to_rdf(graph: nx.MultiDiGraph, *, counts: bool = True) -> Graph:
    """Convert a ``graph.merge.build`` knowledge graph into an rdflib ``Graph``.

    ``counts=False`` leaves out the ``ng:articleCount`` triples: the store writes each article
    as its own named graph, and a per-article count of 1 in every graph would read as a wrong
    total in their union (there the count is a ``COUNT(DISTINCT ?article)`` query).

    >>> from extract.types import Article, ArticleResult, Entity, EntityType
    >>> from graph.merge.build import build_graph
    >>> from graph.vocab.identity import entity_iri
    >>> ru = Entity("country/RU", "Russia", EntityType.COUNTRY)
    >>> g = to_rdf(build_graph([ArticleResult(Article(id="a1", text="..."), (ru,))]))
    >>> (entity_iri("country/RU"), SDO.name, Literal("Russia")) in g
    True
    """
    rdf = new_rdf_graph()
    for triple in rdf_triples(graph, counts=counts):
        rdf.add(triple)
    return rdf


def to_turtle(graph: nx.MultiDiGraph) -> str:
    """The graph as Turtle text: subjects sorted, each with its types and sorted predicates."""
    return to_turtle_text(plain_triples(graph), PREFIXES)


def to_ntriples(graph: nx.MultiDiGraph) -> str:
    """The graph as N-Triples, one triple per line, lines sorted for reproducible files."""
    return to_ntriples_text(plain_triples(graph))


def to_jsonld(graph: nx.MultiDiGraph) -> str:
    """The graph as compact JSON-LD with an inline ``@context`` (no remote context to fetch)."""
    return to_jsonld_text(plain_triples(graph), PREFIXES)


def write_turtle(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write the graph as Turtle to ``path`` atomically.

    >>> import tempfile, pathlib, networkx as nx
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "graph.ttl"
    >>> write_turtle(nx.MultiDiGraph(articles={}), target)
    >>> target.exists()
    True
    """
    write_bytes_atomic(path, to_turtle(graph).encode("utf-8"))


def write_ntriples(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write the graph as N-Triples to ``path`` atomically (see ``to_ntriples``)."""
    write_bytes_atomic(path, to_ntriples(graph).encode("utf-8"))


def write_jsonld(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write the graph as JSON-LD to ``path`` atomically (see ``to_jsonld``)."""
    write_text_atomic(path, to_jsonld(graph))


#: RDF format name → how its text is formatted from the triples.
RDF_FORMATTERS: dict[str, Callable[[set[PlainTriple]], str]] = {
    "ttl": lambda triples: to_turtle_text(triples, PREFIXES),
    "nt": to_ntriples_text,
    "jsonld": lambda triples: to_jsonld_text(triples, PREFIXES),
}


def write_rdf_files(graph: nx.MultiDiGraph, paths: Mapping[str, str | os.PathLike[str]]) -> None:
    """Write several RDF formats (``"ttl"``, ``"nt"``, ``"jsonld"`` → path) from one set of
    triples, so a build that writes all three builds the RDF model once, not three times.

    Each file is byte-identical to what ``write_turtle``/``write_ntriples``/``write_jsonld``
    write, and atomic.
    """
    unknown = sorted(set(paths) - set(RDF_FORMATTERS))
    if unknown:
        raise ValueError(f"not RDF formats: {unknown}")
    if not paths:
        return
    triples = plain_triples(graph)
    for name, path in paths.items():
        write_bytes_atomic(path, RDF_FORMATTERS[name](triples).encode("utf-8"))


__all__ = [
    "DIRECT_MODALITIES",
    "PREFIXES",
    "RDF_FORMATTERS",
    "TYPE_CLASSES",
    "new_rdf_graph",
    "rdf_triples",
    "to_jsonld",
    "to_ntriples",
    "to_rdf",
    "to_turtle",
    "write_jsonld",
    "write_ntriples",
    "write_rdf_files",
    "write_turtle",
]
