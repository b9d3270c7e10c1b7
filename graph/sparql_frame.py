"""SPARQL answers as pandas DataFrames, over an rdflib graph or a pyoxigraph store.

``run_sparql`` is what ``graph.api.query`` calls. It accepts the three things an analyst
holds — the networkx graph from ``build`` (converted with ``to_rdf``), an rdflib ``Graph``,
or a ``pyoxigraph.Store`` — predeclares newsgraph's prefixes, and turns keyword bindings into
RDF terms so a query can be reused for different entities without string formatting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
import pandas as pd
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable

from extract.types import EntityType
from graph.export.rdf import PREFIXES, to_rdf
from graph.identity import entity_iri

# "country/RU", "person/sergei-lavrov": a canonical key of one of our entity types.
_KEY = re.compile(rf"(?:{'|'.join(t.value.lower() for t in EntityType)})/\S+")
_TRIPLE_COLUMNS = ["subject", "predicate", "object"]


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


def _compact_frame(frame: pd.DataFrame) -> pd.DataFrame:
    iris = frame.columns[frame.map(lambda v: isinstance(v, str) and "://" in v).any()]
    return frame.assign(**{c: frame[c].map(_compact_cell) for c in iris})


def _compact_cell(value: Any) -> Any:
    return compact_iri(value) if isinstance(value, str) else value


def _python_value(term: Any) -> Any:
    """An rdflib term as the plain Python value a DataFrame cell should hold."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        # rdflib returns the Literal itself for datatypes it cannot map (e.g. an odd date).
        return str(term) if isinstance(value, Literal) else value
    return str(term)


def _oxigraph_value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _python_value(Literal(term.value, lang=term.language, datatype=_datatype(term)))
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _datatype(term: ox.Literal) -> URIRef | None:
    return None if term.language else URIRef(term.datatype.value)


def _to_oxigraph(term: URIRef | Literal | BNode) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def _frame(columns: list[str], rows: Iterable[list[Any]]) -> pd.DataFrame:
    # Cells keep their Python types (a date stays a ``datetime.date``, not a Timestamp), so a
    # value compares equal to what the RDF says.
    return pd.DataFrame(list(rows), columns=columns)


def _rdflib_answer(rdf: Graph, sparql: str, bindings: Mapping[str, Any]) -> pd.DataFrame:
    result = rdf.query(
        sparql,
        initNs=PREFIXES,
        initBindings={Variable(k): binding_term(v) for k, v in bindings.items()},
    )
    if result.type == "ASK":
        return _frame(["ask"], [[bool(result.askAnswer)]])
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        triples = result.graph or Graph()
        return _frame(_TRIPLE_COLUMNS, ([str(s), str(p), _python_value(o)] for s, p, o in triples))
    columns = [str(v) for v in (result.vars or [])]
    return _frame(columns, ([_python_value(t) for t in row] for row in result))


def _oxigraph_answer(store: ox.Store, sparql: str, bindings: Mapping[str, Any]) -> pd.DataFrame:
    answer = store.query(
        sparql,
        prefixes=PREFIXES,
        substitutions={ox.Variable(k): _to_oxigraph(binding_term(v)) for k, v in bindings.items()},
    )
    if isinstance(answer, ox.QueryBoolean):
        return _frame(["ask"], [[bool(answer)]])
    if isinstance(answer, ox.QueryTriples):
        return _frame(
            _TRIPLE_COLUMNS,
            ([t.subject.value, t.predicate.value, _oxigraph_value(t.object)] for t in answer),
        )
    columns = [v.value for v in answer.variables]
    return _frame(columns, ([_oxigraph_value(solution[c]) for c in columns] for solution in answer))


def run_sparql(
    source: Any,
    sparql: str,
    bindings: Mapping[str, Any] | None = None,
    *,
    compact: bool = False,
) -> pd.DataFrame:
    """Answer ``sparql`` over ``source`` (networkx graph, rdflib graph or pyoxigraph store).

    ``compact=True`` writes IRIs in newsgraph's namespaces as ``prefix:local``
    (``country:RU``, ``ng:proposed``), which reads better in a notebook.

    Raises ``ValueError`` with the parser's message for a malformed query and ``TypeError``
    for a source it cannot query.

    >>> g = nx.MultiDiGraph(articles={})
    >>> run_sparql(g, "ASK { ?s ?p ?o }")["ask"].tolist()
    [False]
    """
    frame = _answer(source, sparql, dict(bindings or {}))
    return _compact_frame(frame) if compact else frame


def _answer(source: Any, sparql: str, bindings: dict[str, Any]) -> pd.DataFrame:
    if isinstance(source, nx.MultiDiGraph):
        source = to_rdf(source)
    try:
        if isinstance(source, Graph):
            return _rdflib_answer(source, sparql, bindings)
        if isinstance(source, ox.Store):
            return _oxigraph_answer(source, sparql, bindings)
    except SyntaxError as error:  # pyoxigraph's parse errors
        raise ValueError(f"invalid SPARQL query: {error}") from None
    except Exception as error:
        # rdflib reports parse errors as pyparsing exceptions; name them without a traceback.
        if type(error).__module__.startswith("pyparsing"):
            raise ValueError(f"invalid SPARQL query: {error}") from None
        raise
    raise TypeError(
        f"cannot query a {type(source).__name__}: pass a graph from build(), an rdflib Graph "
        "or a pyoxigraph Store"
    )


__all__ = ["binding_term", "compact_iri", "run_sparql"]
