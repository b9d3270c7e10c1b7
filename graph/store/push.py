"""Send the graph to any triple store that speaks the SPARQL 1.1 Graph Store Protocol.

Each article of a newsgraph store is its own named graph, so ``push_store`` sends them one by
one, after the default graph (their set union, which queries read) and the summary graph (the
counts and copies shipped queries 02 and 05-09 read, ``graph.store.summaries``):
``PUT <endpoint>?graph=<IRI>`` replaces that graph on the server (pushing twice leaves no
duplicates), ``POST`` (``replace=False``) merges into it. The summary graph goes only with
``PUT``: its counts are this store's, and merged into a server's other counts as triples they
would give a node two counts, neither right (after such a push, ``newsgraph reindex`` of a
store holding everything is the way to counts). An RDF file (``.ttl`` …) goes as one request
to the named graph you choose, or to the server's default graph.

Endpoints are the Graph Store Protocol URLs of the server, for example:

* Oxigraph (``newsgraph serve --writable``): ``http://127.0.0.1:7878/store``
* Apache Jena Fuseki: ``http://host:3030/DATASET/data``
* GraphDB: ``http://host:7200/repositories/REPO/rdf-graphs/service``
* Virtuoso: ``http://host:8890/sparql-graph-crud``

The payload is N-Triples (``application/n-triples``), which every one of them reads.

>>> graph_url("http://h/store", "https://newsgraph.dev/id/article/a1")
'http://h/store?graph=https%3A%2F%2Fnewsgraph.dev%2Fid%2Farticle%2Fa1'
>>> graph_url("http://h/store", None)
'http://h/store?default'
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox

from graph.store.query import QueryError, load_graph_file
from graph.store.store import StoreError, open_store
from graph.store.summaries import SUMMARY_GRAPH
from graph.vocab.identity import ARTICLE_BASE

N_TRIPLES = "application/n-triples"


class PushError(StoreError):
    """The endpoint refused a graph or could not be reached; the message names both."""


@dataclass(frozen=True)
class PushReport:
    """One graph sent: its name (``None`` for the default graph), triples, HTTP status."""

    graph: str | None
    triples: int
    status: int


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of a named graph (or of the default graph)."""
    separator = "&" if urlsplit(endpoint).query else "?"
    if graph is None:
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}{urlencode({'graph': graph})}"


#: What a refusal most likely means: `newsgraph serve` without --writable is read-only, and
#: its front answers a big write with 413 before the read-only engine can say 405.
_REFUSALS = {
    401: " (the server wants credentials)",
    403: " (the server refuses writes)",
    405: " (the server is read-only: `newsgraph serve --writable` accepts pushes)",
    413: " (the server refuses writes this big; a read-only `newsgraph serve` accepts none:"
    " start it with --writable)",
}


def send_graph(
    endpoint: str,
    graph: str | None,
    payload: bytes,
    *,
    replace: bool = True,
    timeout: float = 60.0,
) -> int:
    """PUT (``replace``) or POST N-Triples ``payload`` into ``graph``; return the HTTP status."""
    if urlsplit(endpoint).scheme not in ("http", "https"):
        raise PushError(f"{endpoint}: not an http(s) Graph Store Protocol endpoint")
    request = urllib.request.Request(
        graph_url(endpoint, graph),
        data=payload,
        method="PUT" if replace else "POST",
        headers={"Content-Type": N_TRIPLES},
    )
    where = graph or "default graph"
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", errors="replace").strip().splitlines()
        reason = detail[0] if detail else error.reason
        hint = _REFUSALS.get(error.code, "")
        raise PushError(f"{endpoint}: {where}: HTTP {error.code}: {reason}{hint}") from None
    except (urllib.error.URLError, OSError) as error:
        cause = error.reason if isinstance(error, urllib.error.URLError) else error
        raise PushError(f"{endpoint}: cannot reach endpoint: {cause}") from None


def _ntriples(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> tuple[bytes, int]:
    payload = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""
    return payload, payload.count(b"\n")


def push_store(
    store_dir: str | os.PathLike[str],
    endpoint: str,
    *,
    replace: bool = True,
    include_default: bool = True,
    include_summary: bool = True,
    timeout: float = 60.0,
    on_graph: Callable[[PushReport], None] | None = None,
) -> list[PushReport]:
    """Send every article graph of the store at ``store_dir`` to ``endpoint``.

    With ``include_default`` (the default) the store's default graph, the set union of the
    article graphs that queries read, is sent first; with ``include_summary`` (the default)
    and ``replace``, the summary graph next (a store made before summaries has none to send).

    The store is opened read-only, so pushing works while ``newsgraph serve`` reads it.
    """
    store = open_store(store_dir, read_only=True)
    names = sorted(
        name.value
        for name in store.named_graphs()
        if isinstance(name, ox.NamedNode) and name.value.startswith(ARTICLE_BASE)
    )
    graphs: list[ox.NamedNode | ox.DefaultGraph] = []
    if include_default:
        # The union the queries read; without it a store on the other side would have to
        # union the article graphs itself (Fuseki can, Oxigraph only as a bag).
        graphs.append(ox.DefaultGraph())
    if include_summary and replace and store.contains_named_graph(SUMMARY_GRAPH):
        graphs.append(SUMMARY_GRAPH)
    graphs.extend(ox.NamedNode(name) for name in names)
    reports = []
    for graph in graphs:
        name = graph.value if isinstance(graph, ox.NamedNode) else None
        payload, triples = _ntriples(store, graph)
        status = send_graph(endpoint, name, payload, replace=replace, timeout=timeout)
        reports.append(PushReport(name, triples, status))
        if on_graph:
            on_graph(reports[-1])
    return reports


def push_file(
    path: str | os.PathLike[str],
    endpoint: str,
    *,
    graph: str | None = None,
    replace: bool = True,
    timeout: float = 60.0,
) -> PushReport:
    """Send the triples of an RDF file to ``graph`` (default: the server's default graph)."""
    try:
        store = load_graph_file(path)
    except QueryError as error:
        raise PushError(str(error)) from None
    payload, triples = _ntriples(store, ox.DefaultGraph())
    status = send_graph(endpoint, graph, payload, replace=replace, timeout=timeout)
    return PushReport(graph, triples, status)


__all__ = ["PushError", "PushReport", "graph_url", "push_file", "push_store", "send_graph"]
