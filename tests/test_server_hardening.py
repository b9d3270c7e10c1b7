"""``newsgraph serve`` hardening: read-only and loopback by default, writes only behind
``--writable``, queries time out, and a flood of requests leaves it answering.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.store.serve import Server, ServerError, free_port, oxigraph_binary, start_server
from graph.store.store import SERVE_MARKER, add_results, open_store

COUNT_QUERY = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
# Three unconstrained patterns: billions of solutions on a store of a few thousand triples.
ENDLESS_QUERY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
INSERT = "INSERT DATA { <https://example.org/x> <https://example.org/y> 'injected' }"


def _results(count: int) -> list[ArticleResult]:
    countries = [("country/RU", "Russia"), ("country/CN", "China"), ("country/FR", "France")]
    results = []
    for number in range(count):
        (sk, sl), (ok, ol) = countries[number % 3], countries[(number + 1) % 3]
        subject = Entity(sk, sl, EntityType.COUNTRY)
        obj = Entity(ok, ol, EntityType.COUNTRY)
        sentence = f"{sl} accused {ol} of spying, report {number} says."
        evidence = Evidence(f"a{number}", sentence, 0, len(sentence), "2024-01-02", "accuse")
        relation = Relation(sk, "accused", ok, "112", False, evidence)
        article = Article(f"a{number}", sentence, f"Report {number}", "2024-01-02")
        results.append(ArticleResult(article, (subject, obj), (relation,)))
    return results


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        oxigraph_binary()
    except ServerError as error:
        pytest.skip(str(error))
    folder = tmp_path_factory.mktemp("served") / "store"
    oxigraph = open_store(folder)
    add_results(oxigraph, _results(40))
    del oxigraph  # release the writer lock before a server opens the folder
    return folder


@pytest.fixture
def server(store: Path) -> Iterator[Server]:
    running = start_server(store, port=0, timeout_s=1)
    try:
        yield running
    finally:
        running.stop()


def _request(
    url: str, data: bytes | None = None, content_type: str | None = None, method: str = "GET"
) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, method=method)
    if content_type:
        request.add_header("Content-Type", content_type)
    request.add_header("Accept", "application/sparql-results+json")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _count(server: Server) -> int:
    query = urllib.parse.urlencode({"query": COUNT_QUERY})
    status, body = _request(f"{server.endpoint}?{query}")
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def _listening_addresses(port: int) -> set[str]:
    """Local IPv4 addresses (dotted) with a socket listening on ``port``, from /proc."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        address, port_hex = fields[1].split(":")
        if fields[3] == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
            found.add(".".join(str(int(address[i : i + 2], 16)) for i in (6, 4, 2, 0)))
    return found


# --------------------------------------------------------------------------- defaults


def test_default_server_is_loopback_only(server: Server) -> None:
    assert server.host == "127.0.0.1"
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp to inspect listening sockets")
    assert _listening_addresses(server.port) == {"127.0.0.1"}


def test_default_server_refuses_every_write(server: Server) -> None:
    before = _count(server)
    attempts = [
        _request(server.update_endpoint, INSERT.encode(), "application/sparql-update", "POST"),
        _request(
            server.graph_store_endpoint + "?default",
            b"<https://example.org/x> <https://example.org/y> 'put' .",
            "application/n-triples",
            "PUT",
        ),
        _request(
            server.graph_store_endpoint + "?default",
            b"<https://example.org/x> <https://example.org/y> 'post' .",
            "application/n-triples",
            "POST",
        ),
        _request(server.graph_store_endpoint + "?default", method="DELETE"),
        # An update smuggled into the query endpoint is a syntax error there, not a write.
        _request(server.endpoint, INSERT.encode(), "application/sparql-query", "POST"),
    ]
    assert all(status >= 400 for status, _ in attempts), [s for s, _ in attempts]
    assert _count(server) == before


def test_writes_need_the_writable_flag(tmp_path: Path) -> None:
    folder = tmp_path / "writable"
    oxigraph = open_store(folder)
    add_results(oxigraph, _results(3))
    del oxigraph
    with start_server(folder, port=0, writable=True) as writable:
        before = _count(writable)
        status, body = _request(
            writable.update_endpoint, INSERT.encode(), "application/sparql-update", "POST"
        )
        assert status in (200, 204), body
        assert _count(writable) == before + 1


def test_cli_serve_defaults_to_read_only_loopback(store: Path) -> None:
    port = free_port()
    script = Path(sys.executable).with_name("newsgraph")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "graph.cli.main"]
    process = subprocess.Popen(
        [*command, "serve", "--store", str(store), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        endpoint = f"http://127.0.0.1:{port}"
        assert process.stderr is not None
        announced = process.stderr.readline()  # printed once the server answers
        assert "read-only" in announced and f"127.0.0.1:{port}" in announced, announced
        status, _ = _request(f"{endpoint}/query?query=ASK%7B%7D")
        assert status == 200
        if Path("/proc/net/tcp").exists():
            assert _listening_addresses(port) == {"127.0.0.1"}
        status, _ = _request(
            f"{endpoint}/update", INSERT.encode(), "application/sparql-update", "POST"
        )
        assert status >= 400
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    assert process.returncode == 0
    assert not (store / SERVE_MARKER).exists()  # stopped cleanly: add may write again


# --------------------------------------------------------------------------- limits


def test_endless_query_times_out_and_server_keeps_answering(server: Server) -> None:
    query = urllib.parse.urlencode({"query": ENDLESS_QUERY})
    started = time.monotonic()
    status, body = _request(f"{server.endpoint}?{query}")
    # The front buffers answers: a cancelled query is an error status, never a cut-off "200".
    assert status == 503, body
    assert b"timeout" in body or b"cancelled" in body
    assert time.monotonic() - started < 10
    assert _eventually_counts(server) > 0


def _eventually_counts(server: Server, within: float = 30.0) -> int:
    """The triple count, once the server answers again (it may be restarting an engine)."""
    deadline = time.monotonic() + within
    while True:
        query = urllib.parse.urlencode({"query": COUNT_QUERY})
        status, body = _request(f"{server.endpoint}?{query}")
        if status == 200 or time.monotonic() > deadline:
            assert status == 200, body
            return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
        time.sleep(0.2)


def test_oversized_and_chunked_requests_are_refused(server: Server) -> None:
    big = b"x" * (2 * 1024 * 1024)
    status, body = _request(server.endpoint, big, "application/sparql-query", "POST")
    assert status == 413, body
    # A body of unknown length cannot be bounded before reading it: refused up front.
    request = (
        b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n6\r\nASK {}\r\n0\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as connection:
        connection.sendall(request)
        answer = connection.makefile("rb").read()
    assert answer.split(b"\r\n", 1)[0].split()[1] == b"411", answer
    assert _count(server) > 0


def _flood_request(server: Server, number: int) -> int:
    """One of several request shapes, all bounded in size."""
    kind = number % 5
    try:
        if kind == 0:
            return _request(f"{server.endpoint}?{urllib.parse.urlencode({'query': COUNT_QUERY})}")[
                0
            ]
        if kind == 1:  # malformed SPARQL
            return _request(f"{server.endpoint}?query=SELECT%20%7B%7B%7B")[0]
        if kind == 2:  # a 64 KiB query body of nonsense
            return _request(server.endpoint, b"x" * 65536, "application/sparql-query", "POST")[0]
        if kind == 3:  # an update against the read-only server
            return _request(
                server.update_endpoint, INSERT.encode(), "application/sparql-update", "POST"
            )[0]
        return _request(f"{server.base_url}/no/such/path")[0]
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0  # the server may shed load; what matters is that it survives


def test_flood_of_a_thousand_requests_leaves_it_answering(server: Server) -> None:
    before = _count(server)
    with ThreadPoolExecutor(max_workers=32) as pool:
        statuses = Counter(pool.map(lambda n: _flood_request(server, n), range(1000)))
    assert sum(statuses.values()) == 1000
    assert statuses[200] >= 150, statuses  # the valid queries were answered
    assert server.process.poll() is None, server.log_text()
    assert _count(server) == before  # nothing got written
    assert os.path.exists(server.store / "CURRENT")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _oxigraph_cpu_seconds() -> float:
    """CPU time of every `oxigraph serve` process of this user, alive now."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            cmdline = (stat.parent / "cmdline").read_bytes()
            if b"oxigraph" in cmdline and b"serve" in cmdline:
                total += _cpu_seconds(int(stat.parent.name))
    return total


@pytest.mark.slow
def test_sorting_query_is_cancelled_by_the_timeout(store: Path) -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to read the server's CPU time")
    query = "SELECT ?a ?d ?g { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g LIMIT 1"
    url = f"{{}}?{urllib.parse.urlencode({'query': query})}"
    with start_server(store, port=0, timeout_s=1) as server:
        first_engine = server.process.pid
        started = time.monotonic()
        status, body = _request(url.format(server.endpoint))
        assert status == 503 and b"timeout" in body, (status, body)
        assert time.monotonic() - started < 6  # 1 s timeout + grace, not minutes of sorting
        # The runaway engine is gone; a fresh one answers, and nothing keeps a core busy.
        assert _eventually_counts(server) > 0
        assert server.process.pid != first_engine
        with contextlib.suppress(ProcessLookupError):
            os.kill(first_engine, 0)
            pytest.fail("the engine running the sorting query is still alive")
        time.sleep(1)
        before = _oxigraph_cpu_seconds()
        time.sleep(2)
        still_working = _oxigraph_cpu_seconds() - before
    assert still_working < 0.2, f"the server used {still_working:.1f} s of CPU after the timeout"


def test_other_requests_are_answered_while_a_runaway_query_is_cancelled(store: Path) -> None:
    query = "SELECT ?a ?d ?g { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g LIMIT 1"
    with start_server(store, port=0, timeout_s=1) as server:
        runaway = f"{server.endpoint}?{urllib.parse.urlencode({'query': query})}"
        count = f"{server.endpoint}?{urllib.parse.urlencode({'query': COUNT_QUERY})}"
        with ThreadPoolExecutor(max_workers=4) as pool:
            slow = pool.submit(_request, runaway)
            time.sleep(0.2)
            quick = [pool.submit(_request, count) for _ in range(3)]
            # Answered while the sort runs (or 503 if the restart caught them in flight).
            assert all(f.result()[0] in (200, 503) for f in quick)
            assert any(f.result()[0] == 200 for f in quick)
            assert slow.result()[0] == 503
        assert _eventually_counts(server) > 0
        # Oxigraph's own timeout and the front's deadline are the same second: whichever fires
        # first cancels the runaway (Oxigraph's leaves the engine running, the front's restarts
        # it once; on a loaded machine either may win), never more than one restart.
        assert server.backend.restarts in (0, 1)
