"""Run SPARQL against a newsgraph store folder or an RDF file, and format the answer.

The query runs on Oxigraph in both cases: a store folder is opened read-only (so a query can
run while ``newsgraph serve`` reads the same store), an RDF file (``.ttl``, ``.nt``, ``.nq``,
``.trig``, ``.jsonld``) is loaded into an in-memory store. A store's default graph is the set
union of its article graphs (see ``graph.store.store``), so a query written for ``graph.ttl`` gives
the same answer on a store where every article is its own graph.

Values come into a query only as **bindings** (Oxigraph substitutions, SEP-0007), never by
editing the query text: ``bindings={"actor": "person/sergei-lavrov"}`` binds ``?actor`` to the
entity's IRI (keys and ``http(s)://`` strings become IRIs, anything else a literal; see
``graph.store.sparql_frame.binding_term``). As SEP-0007 specifies, a bound variable must be one the
query projects (``SELECT ?actor …`` or ``SELECT *``). newsgraph's prefixes (``ng:``,
``schema:``, ``person:``, …) are predeclared.

>>> result = run_query("ASK { ?s ?p ?o }", source=ox.Store())
>>> result.columns, result.rows
(['ask'], [(False,)])
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyoxigraph as ox
from rdflib import Literal as RdfLiteral
from rdflib import URIRef

from graph.export.rdf import PREFIXES
from graph.store.sparql_errors import syntax_error_message
from graph.store.sparql_frame import binding_term
from graph.store.store import open_store, oxigraph_term
from graph.store.summaries import SUMMARY_GRAPH
from graph.store.summary_rebuild import has_summaries, rebuild_summaries

#: Output formats of ``format_result`` (``table`` is rendered by the CLI with rich).
FORMATS = ("table", "csv", "tsv", "json")

_RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
}

Term = ox.NamedNode | ox.BlankNode | ox.Literal | bool | None


class QueryError(ValueError):
    """A query or its source cannot be used; the message names which and why."""


@dataclass(frozen=True)
class QueryResult:
    """A SPARQL answer: column names and rows of Oxigraph terms (``None`` when unbound).

    ASK answers have the single column ``ask`` holding a bool; CONSTRUCT/DESCRIBE answers
    the columns ``subject``, ``predicate``, ``object``.
    """

    columns: list[str]
    rows: list[tuple[Term, ...]]


def load_graph_file(path: str | os.PathLike[str]) -> ox.Store:
    """An in-memory Oxigraph store holding the triples of an RDF file, and the summary graph
    a store would keep for them (``graph.store.summaries``), so the shipped queries answer
    the same from a file as from a store.

    Raises ``QueryError`` for a missing file, an unknown extension or a file that does not
    parse.
    """
    file = Path(path)
    rdf_format = _RDF_FORMATS.get(file.suffix.lower())
    if rdf_format is None:
        known = ", ".join(sorted(_RDF_FORMATS))
        raise QueryError(f"{file}: unknown RDF file type {file.suffix!r} (use one of {known})")
    if not file.is_file():
        raise QueryError(f"{file}: no such file")
    store = ox.Store()
    try:
        store.load(path=str(file), format=rdf_format)
    except (SyntaxError, ValueError) as error:
        raise QueryError(f"{file}: not valid {file.suffix[1:]}: {error}") from None
    except OSError as error:
        raise QueryError(f"{file}: cannot read: {error.strerror or error}") from None
    rebuild_summaries(store)
    return store


def open_source(
    store: str | os.PathLike[str] | None = None, graph_file: str | os.PathLike[str] | None = None
) -> ox.Store:
    """The Oxigraph store to query: a store folder (read-only) or an RDF file (in memory)."""
    if (store is None) == (graph_file is None):
        raise QueryError("give exactly one of a store folder or a graph file")
    if graph_file is not None:
        return load_graph_file(graph_file)
    try:
        return open_store(store, read_only=True)  # type: ignore[arg-type]
    except Exception as error:  # StoreError: the message already names the folder
        raise QueryError(str(error)) from None


def _substitutions(bindings: Mapping[str, Any]) -> dict[ox.Variable, Any]:
    subs = {}
    for name, value in bindings.items():
        if not name.isidentifier():
            raise QueryError(f"binding name {name!r} is not a SPARQL variable name")
        subs[ox.Variable(name)] = oxigraph_term(binding_term(value))
    return subs


def run_query(
    sparql: str,
    *,
    store: str | os.PathLike[str] | None = None,
    graph_file: str | os.PathLike[str] | None = None,
    source: ox.Store | None = None,
    bindings: Mapping[str, Any] | None = None,
) -> QueryResult:
    """Run a SPARQL query over a store folder, an RDF file or an open Oxigraph store.

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("https://newsgraph.dev/id/country/RU"),
    ...     ox.NamedNode("https://schema.org/name"), ox.Literal("Russia")))
    >>> r = run_query("SELECT ?c ?name { ?c schema:name ?name }", source=store,
    ...               bindings={"c": "country/RU"})
    >>> [row[1].value for row in r.rows]
    ['Russia']
    """
    target = source if source is not None else open_source(store, graph_file)
    if SUMMARY_GRAPH.value in sparql and not has_summaries(target):
        where = f"{store}: the store" if store is not None else "the store"
        raise QueryError(
            f"{where} has no summary graph, which this query reads (made by an older "
            f"newsgraph): run `newsgraph reindex --store {store or 'DIR'}` once"
        )
    try:
        answer = target.query(
            sparql,
            prefixes=dict(PREFIXES),
            substitutions=_substitutions(bindings or {}),
        )
    except SyntaxError as error:
        message = syntax_error_message(str(error), sparql, dict(PREFIXES))
        raise QueryError(f"invalid SPARQL query at {message}") from None
    except RuntimeError as error:
        # SEP-0007 substitution: a bound variable must be one the SELECT projects.
        raise QueryError(f"cannot run query: {error}") from None
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(["ask"], [(bool(answer),)])
    if isinstance(answer, ox.QueryTriples):
        rows: list[tuple[Term, ...]] = [(t.subject, t.predicate, t.object) for t in answer]
        return QueryResult(["subject", "predicate", "object"], rows)
    columns = [variable.value for variable in answer.variables]
    # A solution iterates over its values in the order of ``variables`` (None when unbound):
    # half the cost of looking each one up by name, which shows on answers of thousands of rows.
    return QueryResult(columns, [tuple(solution) for solution in answer])


def python_value(term: Term) -> Any:
    """A term as a plain Python value: IRIs as strings, typed literals as int/bool/date/….

    >>> python_value(ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    3
    """
    if term is None or isinstance(term, bool):
        return term
    if isinstance(term, ox.Literal):
        datatype = None if term.language else URIRef(term.datatype.value)
        value = RdfLiteral(term.value, lang=term.language, datatype=datatype).toPython()
        # rdflib hands back the Literal itself for a datatype it cannot map.
        return term.value if isinstance(value, RdfLiteral) else value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def to_dataframe(result: QueryResult) -> pd.DataFrame:
    """The answer as a DataFrame with one column per variable and Python cell values."""
    return pd.DataFrame(
        [[python_value(t) for t in row] for row in result.rows], columns=result.columns
    )


def query_dataframe(
    sparql: str,
    *,
    store: str | os.PathLike[str] | None = None,
    graph_file: str | os.PathLike[str] | None = None,
    source: ox.Store | None = None,
    bindings: Mapping[str, Any] | None = None,
) -> pd.DataFrame:
    """Run a query (see ``run_query``) and return the answer as a pandas DataFrame.

    >>> query_dataframe("SELECT ?x { VALUES ?x { 1 2 } }", source=ox.Store())["x"].tolist()
    [1, 2]
    """
    result = run_query(sparql, store=store, graph_file=graph_file, source=source, bindings=bindings)
    return to_dataframe(result)


def plain_text(term: Term) -> str:
    """A term as the text a table or CSV cell shows: the IRI or the literal's lexical form."""
    if term is None:
        return ""
    if isinstance(term, bool):
        return "true" if term else "false"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _json_term(term: Term) -> dict[str, str] | bool:
    if isinstance(term, bool):
        return term
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    assert isinstance(term, ox.Literal)
    cell = {"type": "literal", "value": term.value}
    if term.language:
        cell["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        cell["datatype"] = term.datatype.value
    return cell


def _tsv_term(term: Term) -> str:
    # SPARQL 1.1 TSV results: terms in N-Triples/Turtle syntax, which escapes tabs and newlines.
    if term is None:
        return ""
    if isinstance(term, bool):
        return "true" if term else "false"
    return str(term)


def format_result(result: QueryResult, fmt: str) -> str:
    """The answer in ``csv`` / ``tsv`` / ``json`` (the SPARQL 1.1 results formats).

    >>> print(format_result(QueryResult(["x"], [(ox.Literal("a,b"),)]), "csv"), end="")
    x
    "a,b"
    """
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([plain_text(t) for t in row] for row in result.rows)
        return buffer.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{c}" for c in result.columns)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    if fmt == "json":
        if result.columns == ["ask"] and result.rows and isinstance(result.rows[0][0], bool):
            document: dict[str, Any] = {"head": {}, "boolean": result.rows[0][0]}
        else:
            bindings = [
                {
                    c: _json_term(t)
                    for c, t in zip(result.columns, row, strict=True)
                    if t is not None
                }
                for row in result.rows
            ]
            document = {"head": {"vars": result.columns}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    raise QueryError(f"unknown output format {fmt!r}; choose from {', '.join(FORMATS)}")


__all__ = [
    "FORMATS",
    "QueryError",
    "QueryResult",
    "format_result",
    "load_graph_file",
    "open_source",
    "plain_text",
    "python_value",
    "query_dataframe",
    "run_query",
    "to_dataframe",
]
