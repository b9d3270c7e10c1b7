"""The real Oxigraph server over a store: SPARQL protocol queries, read-only guard, push."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.cli.main import app
from graph.export.rdf import write_turtle
from graph.merge.build import build_graph
from graph.store.push import PushError, graph_url, push_file, push_store
from graph.store.query import run_query
from graph.store.serve import ServerError, free_port, server_command, start_server
from graph.store.shipped import read_query
from graph.store.store import SERVE_MARKER, StoreBusyError, add_results, count_triples, open_store
from graph.store.summaries import SUMMARY_GRAPH

SPARQL_JSON = "application/sparql-results+json"
WHO_PROPOSED = (
    "PREFIX ng: <https://newsgraph.dev/ontology#> "
    "SELECT ?who ?what WHERE { ?who ng:proposed ?what } ORDER BY ?who ?what"
)


def _results() -> list[ArticleResult]:
    lavrov = Entity("person/sergei-lavrov", "Sergei Lavrov", EntityType.PERSON)
    borrell = Entity("person/josep-borrell", "Josep Borrell", EntityType.PERSON)
    group = Entity("agreement/joint-group", "joint group", EntityType.AGREEMENT)
    results = []
    for number, person in enumerate((lavrov, borrell)):
        text = f"{person.label} proposed a joint group."
        ev = Evidence(f"a{number}", text, 0, len(text), "2018-11-07", "propose")
        relation = Relation(person.key, "proposed", group.key, "030", False, ev)
        article = Article(f"a{number}", text, f"Article {number}", "2018-11-07")
        results.append(ArticleResult(article, (person, group), (relation,)))
    return results


@pytest.fixture()
def store_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    add_results(open_store(folder), _results())
    return folder


def _get(endpoint: str, query: str) -> dict:
    url = f"{endpoint}?{urllib.parse.urlencode({'query': query})}"
    request = urllib.request.Request(url, headers={"Accept": SPARQL_JSON})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def _post(endpoint: str, query: str) -> dict:
    request = urllib.request.Request(
        endpoint,
        data=query.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query", "Accept": SPARQL_JSON},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def _pairs(answer: dict) -> list[tuple[str, str]]:
    return [(b["who"]["value"], b["what"]["value"]) for b in answer["results"]["bindings"]]


def _count(endpoint: str, graph: str | None = None) -> int:
    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    answer = _get(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
    return int(answer["results"]["bindings"][0]["n"]["value"])


def test_read_only_server_answers_the_sparql_protocol(store_dir: Path) -> None:
    local = [tuple(t.value for t in row) for row in run_query(WHO_PROPOSED, store=store_dir).rows]
    with start_server(store_dir, port=0) as server:
        assert server.host == "127.0.0.1"
        assert _pairs(_get(server.endpoint, WHO_PROPOSED)) == local
        assert _pairs(_post(server.endpoint, WHO_PROPOSED)) == local
        assert _count(server.endpoint) == count_triples(open_store(store_dir, read_only=True))
        # No writes through a read-only server.
        update = urllib.request.Request(
            server.update_endpoint,
            data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            headers={"Content-Type": "application/sparql-update"},
        )
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(update, timeout=10)
        # While it serves, the store refuses writers, and says why.
        assert (store_dir / SERVE_MARKER).exists()
        with pytest.raises(StoreBusyError, match="stop the server"):
            open_store(store_dir)
        with pytest.raises(ServerError, match="already served"):
            start_server(store_dir, port=0)
    assert server.process.poll() is not None
    assert not (store_dir / SERVE_MARKER).exists()
    open_store(store_dir)  # writable again once stopped


def test_serving_defaults_are_safe() -> None:
    command = server_command(Path("s"), "127.0.0.1", 7878, writable=False, timeout_s=5)
    assert command[1] == "serve-read-only" and "127.0.0.1:7878" in command
    assert command[-2:] == ["--timeout-s", "5"]
    assert server_command(Path("s"), "::1", 1, writable=True, timeout_s=5)[1:2] == ["serve"]


def test_server_on_a_missing_store_or_a_taken_port_fails_clearly(
    tmp_path: Path, store_dir: Path
) -> None:
    with pytest.raises(ServerError, match="not a newsgraph store"):
        start_server(tmp_path / "none", port=0)
    with start_server(store_dir, port=0) as first:
        other = tmp_path / "other"
        add_results(open_store(other), _results()[:1])
        with pytest.raises(ServerError, match="port already in use"):
            start_server(other, port=first.port)


def test_push_store_and_file_into_a_writable_server(tmp_path: Path, store_dir: Path) -> None:
    target = tmp_path / "target"
    with start_server(target, port=0, writable=True) as server:
        with pytest.raises(StoreBusyError, match="locked"):
            open_store(target)
        reports = push_store(store_dir, server.graph_store_endpoint)
        assert [r.graph for r in reports] == [
            None,
            SUMMARY_GRAPH.value,
            "https://newsgraph.dev/id/article/a0",
            "https://newsgraph.dev/id/article/a1",
        ]
        source = open_store(store_dir, read_only=True)
        assert _count(server.endpoint) == count_triples(source)
        for article in ("a0", "a1"):
            graph = f"https://newsgraph.dev/id/article/{article}"
            assert _count(server.endpoint, graph) == count_triples(source, article)
        summary = set(source.quads_for_pattern(None, None, None, SUMMARY_GRAPH))
        assert _count(server.endpoint, SUMMARY_GRAPH.value) == len(summary) > 0
        assert sorted(_pairs(_get(server.endpoint, WHO_PROPOSED))) == sorted(
            tuple(t.value for t in row) for row in run_query(WHO_PROPOSED, store=store_dir).rows
        )
        # A shipped query that reads the summary graph answers on the server as it does here.
        most_active = read_query("06")
        local = run_query(most_active, store=store_dir)
        assert len(local.rows) == 2
        answer = _get(server.endpoint, most_active)["results"]["bindings"]
        served = [tuple(row[name]["value"] for name in local.columns) for row in answer]
        assert served == [tuple(term.value for term in row) for row in local.rows]
        # PUT replaces: pushing again leaves the same number of triples.
        push_store(store_dir, server.graph_store_endpoint)
        assert _count(server.endpoint) == count_triples(source)

        ttl = tmp_path / "graph.ttl"
        write_turtle(build_graph(_results()), ttl)
        report = push_file(ttl, server.graph_store_endpoint, graph="https://example.org/g")
        assert report.status in (200, 201, 204) and report.triples > 0
        assert _count(server.endpoint, "https://example.org/g") == report.triples

        with pytest.raises(PushError, match="HTTP 404"):
            push_file(ttl, f"{server.base_url}/nothing")
    with pytest.raises(PushError, match="cannot reach endpoint"):
        push_file(ttl, f"http://127.0.0.1:{free_port()}/store")
    with pytest.raises(PushError, match="not an http"):
        push_file(ttl, "ftp://example.org/store")
    assert list(ox.Store.read_only(str(target)).named_graphs())


def test_graph_url_keeps_existing_query_parameters() -> None:
    assert graph_url("http://h/ds?x=1", None) == "http://h/ds?x=1&default"


def test_cli_serve_runs_until_terminated(store_dir: Path) -> None:
    port = free_port()
    command = [sys.executable, "-m", "graph.cli.main", "serve", "--store", str(store_dir)]
    command += ["--port", str(port)]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    try:
        # Wait for the command to say it serves, as a user would: the engine may answer a
        # moment before `serve` has finished starting, and a SIGTERM then ends it silently.
        announced = proc.stderr.readline()
        assert "serving" in announced, announced
        answer = _get(f"http://127.0.0.1:{port}/query", WHO_PROPOSED)
        assert len(_pairs(answer)) == 2
        runner = CliRunner()
        result = runner.invoke(app, ["remove", "a0", "--store", str(store_dir)])
        assert result.exit_code == 1 and "stop the server" in result.output
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        _, rest = proc.communicate(timeout=20)
    err = announced + rest
    assert proc.returncode == 0, err
    assert "read-only" in err and f"127.0.0.1:{port}" in err
    assert not (store_dir / SERVE_MARKER).exists()


def test_cli_push(tmp_path: Path, store_dir: Path) -> None:
    with start_server(tmp_path / "target", port=0, writable=True) as server:
        runner = CliRunner()
        args = ["push", "--store", str(store_dir), "--endpoint", server.graph_store_endpoint]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert "the default graph, the summary graph and 2 article graphs sent" in result.output
        result = runner.invoke(app, [*args, "--append"])
        assert result.exit_code == 0, result.output
        assert "the default graph and 2 article graphs sent" in result.output
        result = runner.invoke(app, ["push", "--endpoint", server.graph_store_endpoint])
        assert result.exit_code == 1 and "exactly one of --store" in result.output
        result = runner.invoke(
            app,
            ["push", "--graph", str(tmp_path / "x.ttl"), "--endpoint", server.graph_store_endpoint],
        )
        assert result.exit_code == 1 and "x.ttl: no such file" in result.output


def test_push_to_a_read_only_server_says_it_is_read_only(store_dir: Path, tmp_path: Path) -> None:
    small = tmp_path / "small.nt"
    small.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    with (
        start_server(store_dir, port=0) as server,
        pytest.raises(PushError, match="read-only") as raised,
    ):
        push_file(small, server.graph_store_endpoint, replace=False)
    assert "\n" not in str(raised.value)


def test_http_queries_get_the_same_predeclared_prefixes_as_the_command_line(
    store_dir: Path,
) -> None:
    # No PREFIX lines: `newsgraph query` predeclares ng:, and so does the server now.
    bare = "SELECT ?who ?what WHERE { ?who ng:proposed ?what }"
    local = [tuple(t.value for t in row) for row in run_query(bare, store=store_dir).rows]
    assert local
    with start_server(store_dir, port=0) as server:
        assert sorted(_pairs(_get(server.endpoint, bare))) == sorted(local)
        assert sorted(_pairs(_post(server.endpoint, bare))) == sorted(local)
        # A prefix the query declares itself is its own.
        own = "PREFIX ng: <urn:nothing#> SELECT ?who ?what WHERE { ?who ng:proposed ?what }"
        assert _pairs(_get(server.endpoint, own)) == []
