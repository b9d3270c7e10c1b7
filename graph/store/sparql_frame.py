"""The glue between Python values and SPARQL: bindings in, readable DataFrames out.

* ``binding_term`` turns a Python value into the RDF term a query variable is bound to (an
  entity key such as ``"country/RU"`` becomes that entity's IRI), so a query is reused for
  different entities without editing its text;
* ``to_oxigraph_store`` puts whatever an analyst holds — the networkx graph from ``build``, an
  rdflib ``Graph`` or a ``pyoxigraph.Store`` — into a store ``graph.store.query`` can run on;
* ``compact_iri`` / ``compact_frame`` write IRIs as ``country:RU``, ``ng:proposed``.
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx
import pandas as pd
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from extract.types import EntityType
from graph.export.rdf import PREFIXES, to_rdf
from graph.vocab.identity import entity_iri

# "country/RU", "person/sergei-lavrov": a canonical key of one of our entity types.
_KEY = re.compile(rf"(?:{'|'.join(t.value.lower() for t in EntityType)})/\S+")


def binding_term(value: Any) -> URIRef | Literal | BNode:
    """The RDF term a keyword binding stands for.

    >>> binding_term("country/RU")
    rdflib.term.URIRef('https://newsgraph.dev/id/country/RU')
    >>> binding_term("Russia")
    rdflib.term.Literal('Russia')
    """
    if isinstance(value, URIRef | Literal | BNode):
        return value
    if isinstance(value, str) and _KEY.fullmatch(value):
        return entity_iri(value)
    if isinstance(value, str) and re.match(r"https?://\S+$", value):
        return URIRef(value)
    return Literal(value)


# Longest namespace first, so "person:" wins over a shorter prefix of the same IRI.
_NAMESPACES = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def compact_iri(iri: str) -> str:
    """``prefix:local`` for an IRI in one of newsgraph's namespaces, else the IRI unchanged.

    >>> compact_iri("https://newsgraph.dev/id/country/RU")
    'country:RU'
    >>> compact_iri("https://example.org/x")
    'https://example.org/x'
    """
    for prefix, namespace in _NAMESPACES:
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and local and "/" not in local and "#" not in local:
            return f"{prefix}:{local}"
    return iri


def to_oxigraph_store(source: Any) -> ox.Store:
    """An Oxigraph store holding ``source``: a graph from ``build``, an rdflib graph, or a store.

    A ``pyoxigraph.Store`` is returned as is; graphs are copied into a new in-memory store
    (through N-Triples, which both libraries write and read exactly).

    >>> len(to_oxigraph_store(nx.MultiDiGraph(articles={})))
    0
    """
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, nx.MultiDiGraph):
        source = to_rdf(source)
    if not isinstance(source, Graph):
        raise TypeError(
            f"cannot query a {type(source).__name__}: pass a graph from build(), an rdflib "
            "Graph, a pyoxigraph Store, a store folder or an RDF file"
        )
    store = ox.Store()
    store.load(source.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def compact_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every IRI cell written as ``prefix:local`` (see ``compact_iri``)."""
    return frame.map(lambda value: compact_iri(value) if isinstance(value, str) else value)


__all__ = ["binding_term", "compact_frame", "compact_iri", "to_oxigraph_store"]
