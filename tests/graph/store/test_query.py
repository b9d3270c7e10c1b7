"""graph.store.query: SPARQL over a store or a file, bindings instead of string building,
formats.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.cli.main import app
from graph.export.rdf import write_ntriples, write_turtle
from graph.merge.build import build_graph
from graph.store.query import (
    QueryError,
    format_result,
    load_graph_file,
    query_dataframe,
    run_query,
)
from graph.store.store import add_results, open_store

LAVROV = "person/sergei-lavrov"
GROUP = "agreement/joint-cybersecurity-group"
WHO_PROPOSED = "SELECT ?who ?what WHERE { ?who ng:proposed ?what } ORDER BY ?who"


def _results() -> list[ArticleResult]:
    lavrov = Entity(LAVROV, "Sergei Lavrov", EntityType.PERSON, ("Lavrov",))
    spain = Entity("country/ES", "Spain", EntityType.COUNTRY)
    group = Entity(GROUP, "joint cybersecurity group", EntityType.AGREEMENT)
    text = 'Lavrov proposed a joint cybersecurity group, "with a tab\there".'
    ev = Evidence("a1", text, 0, len(text), "2018-11-07", "propose")
    proposed = Relation(LAVROV, "proposed", GROUP, "030", False, ev)
    denial = Evidence("a2", "Spain did not agree.", 0, 20, None, "agree")
    agreed = Relation("country/ES", "agreed", GROUP, "030", True, denial)
    return [
        ArticleResult(Article("a1", text, "Talks", "2018-11-07"), (lavrov, group), (proposed,)),
        ArticleResult(Article("a2", denial.sentence, "No"), (spain, group), (agreed,)),
    ]


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return build_graph(_results())


@pytest.fixture()
def ttl(tmp_path: Path, graph: nx.MultiDiGraph) -> Path:
    path = tmp_path / "graph.ttl"
    write_turtle(graph, path)
    return path


@pytest.fixture()
def store_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    add_results(open_store(folder), _results())
    return folder


def test_same_answer_from_turtle_ntriples_and_store(
    tmp_path: Path, graph: nx.MultiDiGraph, ttl: Path, store_dir: Path
) -> None:
    nt = tmp_path / "graph.nt"
    write_ntriples(graph, nt)
    expected = [(f"https://newsgraph.dev/id/{LAVROV}", f"https://newsgraph.dev/id/{GROUP}")]
    for source in ({"graph_file": ttl}, {"graph_file": nt}, {"store": store_dir}):
        rows = run_query(WHO_PROPOSED, **source).rows  # type: ignore[arg-type]
        assert [tuple(t.value for t in row) for row in rows] == expected


def test_negated_edges_are_not_direct_triples(ttl: Path) -> None:
    assert run_query("ASK { ?s ng:agreed ?o }", graph_file=ttl).rows == [(False,)]
    ask = "ASK { ?st rdf:predicate ng:agreed ; ng:negated true }"
    assert run_query(ask, graph_file=ttl).rows == [(True,)]


def test_bindings_become_terms_not_query_text(store_dir: Path) -> None:
    text = "SELECT ?who ?what WHERE { ?who ng:proposed ?what }"
    rows = run_query(text, store=store_dir, bindings={"who": LAVROV}).rows
    assert len(rows) == 1
    # A value that would break out of the query if pasted into it is just a literal here.
    hostile = 'x" } ; DROP ALL ; SELECT * { "'
    assert run_query(text, store=store_dir, bindings={"who": hostile}).rows == []
    name_query = "SELECT ?name ?e WHERE { ?e schema:name ?name }"
    rows = run_query(name_query, store=store_dir, bindings={"name": "Spain"}).rows
    assert [row[1].value for row in rows] == ["https://newsgraph.dev/id/country/ES"]
    assert sum(1 for _ in open_store(store_dir, read_only=True)) > 0


def test_binding_must_be_projected_and_named_like_a_variable(ttl: Path) -> None:
    with pytest.raises(QueryError, match="projection"):
        run_query("SELECT ?what { ?who ng:proposed ?what }", graph_file=ttl, bindings={"who": "x"})
    with pytest.raises(QueryError, match="not a SPARQL variable"):
        run_query(WHO_PROPOSED, graph_file=ttl, bindings={"a b": "x"})


def test_dataframe_has_python_values(ttl: Path) -> None:
    frame = query_dataframe(
        "SELECT ?date (COUNT(?e) AS ?n) { ?a dcterms:date ?date . ?a schema:mentions ?e }"
        " GROUP BY ?date",
        graph_file=ttl,
    )
    assert list(frame.columns) == ["date", "n"]
    assert frame.iloc[0]["date"] == date(2018, 11, 7)
    assert frame.iloc[0]["n"] == 2


def test_construct_and_ask_answers(ttl: Path) -> None:
    built = run_query("CONSTRUCT { ?s ng:proposed ?o } WHERE { ?s ng:proposed ?o }", graph_file=ttl)
    assert built.columns == ["subject", "predicate", "object"] and len(built.rows) == 1
    assert format_result(run_query("ASK {}", graph_file=ttl), "json").count('"boolean": true')


def test_csv_tsv_json_round_trip(ttl: Path) -> None:
    text = "SELECT ?sentence ?start { ?e ng:sentence ?sentence ; ng:startOffset ?start }"
    text += " ORDER BY DESC(STRLEN(?sentence))"  # the Lavrov sentence, with its tab, first
    result = run_query(text, graph_file=ttl)
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows[0] == ["sentence", "start"]
    assert rows[1][0].startswith("Lavrov proposed") and "\t" in rows[1][0]
    tsv = format_result(result, "tsv").splitlines()
    assert tsv[0] == "?sentence\t?start"
    assert len(tsv) == len(result.rows) + 1  # the tab inside the sentence is escaped
    assert tsv[1].split("\t")[1] == '"0"^^<http://www.w3.org/2001/XMLSchema#integer>'
    document = json.loads(format_result(result, "json"))
    assert document["head"]["vars"] == ["sentence", "start"]
    first = document["results"]["bindings"][0]
    assert (
        first["start"]["datatype"].endswith("#integer") and first["sentence"]["type"] == "literal"
    )
    with pytest.raises(QueryError, match="unknown output format"):
        format_result(result, "xml")


def test_bad_sources_and_queries_name_the_problem(tmp_path: Path, ttl: Path) -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        run_query("SELEC ?x", graph_file=ttl)
    with pytest.raises(QueryError, match="no such file"):
        load_graph_file(tmp_path / "missing.ttl")
    with pytest.raises(QueryError, match="unknown RDF file type"):
        load_graph_file(tmp_path / "graph.csv")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .")
    with pytest.raises(QueryError, match=r"broken\.ttl: not valid ttl"):
        load_graph_file(broken)
    with pytest.raises(QueryError, match="not a newsgraph store"):
        run_query("ASK {}", store=tmp_path / "nostore")
    with pytest.raises(QueryError, match="exactly one"):
        run_query("ASK {}", store=tmp_path, graph_file=ttl)
    with pytest.raises(QueryError, match=r"cannot run query|invalid SPARQL"):
        run_query("INSERT DATA { <a:a> <a:b> <a:c> }", source=ox.Store())


def test_cli_query_formats_and_sources(ttl: Path, store_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app, ["query", "--graph", str(ttl), WHO_PROPOSED, "--result-format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "who,what"
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?who ?what { ?who ng:proposed ?what }")
    args = ["query", "--store", str(store_dir), "--file", str(rq), "--bind", f"who={LAVROV}"]
    result = runner.invoke(app, [*args, "--result-format", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["results"]["bindings"]) == 1
    result = runner.invoke(app, ["query", "--store", str(store_dir), "--shipped", "09"])
    assert result.exit_code == 0, result.output
    assert "Spain" in result.stdout and "1 rows" in result.stdout
    result = runner.invoke(app, ["query", "--graph", str(ttl), WHO_PROPOSED, "-r", "tsv"])
    assert result.stdout.startswith("?who\t?what\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ASK {}"], "exactly one of --store DIR or --graph FILE"),
        (["--shipped", "01", "ASK {}", "--graph", "x.ttl"], "exactly one query"),
        (["--graph", "missing.ttl", "ASK {}"], "missing.ttl: no such file"),
        (["--graph", "GRAPH", "SELEC"], "invalid SPARQL query"),
        (["--graph", "GRAPH", "--file", "nope.rq"], "nope.rq: cannot read query"),
        (["--graph", "GRAPH", "--shipped", "99"], "no shipped query named '99'"),
    ],
)
def test_cli_query_errors_are_one_line(ttl: Path, args: list[str], message: str) -> None:
    args = [str(ttl) if a == "GRAPH" else a for a in args]
    result = CliRunner().invoke(app, ["query", *args])
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_cli_bad_binding_is_a_usage_error(ttl: Path) -> None:
    result = CliRunner().invoke(app, ["query", "--graph", str(ttl), "ASK {}", "--bind", "novalue"])
    assert result.exit_code == 2
    assert "NAME=VALUE" in result.output


def test_syntax_errors_are_one_line_naming_the_file_line_and_column(
    tmp_path: Path, ttl: Path
) -> None:
    query_file = tmp_path / "bad.rq"
    query_file.write_text("SELECT ?x\nWHERE { ?x foo:bar ?y }\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["query", "-g", str(ttl.parent), "-q", str(query_file)])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert "\n" not in line and "\\u{" not in line
    assert f"{query_file}: invalid SPARQL query at line 2, column" in line
    assert "unknown prefix 'foo:'" in line and "ng" in line
