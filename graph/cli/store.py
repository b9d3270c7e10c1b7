"""``newsgraph add / remove / reindex / query / serve / push``: the persistent RDF store and SPARQL.

Examples::

    newsgraph add examples/articles --store store/
    newsgraph query --store store/ 'SELECT ?who ?what { ?who ng:proposed ?what }'
    newsgraph query --store store/ -q queries/04_actor_timeline.rq --bind actor=country/RU
    newsgraph serve --store store/            # http://127.0.0.1:7878/query, read-only
    newsgraph push --store store/ --endpoint http://localhost:3030/news/data
"""

from __future__ import annotations

import signal
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from extract.errors import ExtractionError, InputError
from extract.ingest.read import read_articles
from graph.cli.app import (
    AllowPrivateUrlsOption,
    SkipBadOption,
    app,
    fail,
    stderr,
    stdout,
)
from graph.cli.graph_paths import rdf_path
from graph.cli.terminal import safe_for_terminal
from graph.run.corpus import iter_results
from graph.run.options import BuildOptions
from graph.store.batches import DEFAULT_BATCH_SIZE, add_in_batches
from graph.store.push import PushReport, push_file, push_store
from graph.store.query import QueryError, QueryResult, format_result, plain_text, run_query
from graph.store.serve import (
    DEFAULT_MEMORY_MB,
    DEFAULT_PORT,
    LOOPBACK,
    is_loopback,
    start_server,
)
from graph.store.shipped import read_query
from graph.store.sparql_guard import ServiceRefused, check_services
from graph.store.store import StoreError, list_articles, open_store, remove_article
from graph.store.summaries import SUMMARY_GRAPH
from graph.store.summary_rebuild import has_summaries, rebuild_summaries

AllowServiceOption = Annotated[
    list[str] | None,
    typer.Option(
        "--allow-service",
        help="A SERVICE endpoint (exact IRI) queries may call; repeatable. None by default.",
    ),
]
StoreOption = Annotated[
    Path, typer.Option("--store", "-s", help="Folder of the on-disk Oxigraph store.")
]


class OutputFormat(StrEnum):
    """How ``newsgraph query`` prints its answer."""

    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


def _say(message: str) -> None:
    stderr.print(
        f"newsgraph: {safe_for_terminal(message)}", markup=False, highlight=False, soft_wrap=True
    )


@app.command()
def add(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files, folders (read recursively), .urls files or URLs."),
    ],
    store: StoreOption = Path("store"),
    skip_bad: SkipBadOption = False,
    allow_private_urls: AllowPrivateUrlsOption = False,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            "--cache", help="Folder of cached article results (read, and written for new ones)."
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Articles resolved and written per store batch.")
    ] = DEFAULT_BATCH_SIZE,
) -> None:
    """Add articles to the store, one named graph each; re-adding an article replaces it.

    Articles go in by batches (--batch-size), the store reopened after each to free its caches.

    Example: newsgraph add examples/articles --store store/
    """

    def warn(error: InputError) -> None:
        _say(f"skipped: {error}")

    try:
        # Open first: a busy store should fail before minutes of extraction, not after.
        # Closed again at once: add_in_batches opens it per batch, and RocksDB takes one writer.
        open_store(store)
        if not skip_bad:
            # A bad article stops the add before anything is written: read everything once.
            for _ in read_articles(paths, allow_private_urls=allow_private_urls):
                pass
        options = BuildOptions(
            skip_bad=skip_bad,
            on_skip=warn,
            allow_private_urls=allow_private_urls,
            cache_dir=cache_dir,
        )
        summary = add_in_batches(store, iter_results(paths, options), batch_size=batch_size)
        stored = len(list_articles(open_store(store)))
        if not summary.articles:
            raise fail(f"{', '.join(paths)}: no articles could be read")
    except (StoreError, InputError, ExtractionError) as error:
        raise fail(str(error)) from None
    except OSError as error:  # a full disk, a lost mount: each article is all or nothing
        detail = " ".join(str(error.strerror or error).split())
        where = f"{store}" + (f" or the cache {cache_dir}" if cache_dir else "")
        raise fail(f"{where}: cannot write the store: {detail}") from None
    _say(
        f"{store}: {summary.articles} articles ({summary.replaced} replaced), "
        f"+{summary.added} / -{summary.removed} triples; "
        f"{stored} articles stored"
    )


@app.command()
def remove(
    article_ids: Annotated[list[str], typer.Argument(help="Ids of the articles to remove.")],
    store: StoreOption = Path("store"),
) -> None:
    """Remove articles (their named graphs) from the store; shared entities stay.

    Example: newsgraph remove 03_inf_treaty_withdrawal --store store/
    """
    if not (store / "CURRENT").exists():
        raise fail(f"{store}: not a newsgraph store")
    try:
        oxigraph = open_store(store)
        for article_id in article_ids:
            removed = remove_article(oxigraph, article_id)
            _say(f"{store}: removed {article_id} ({removed} triples)")
    except StoreError as error:
        raise fail(str(error)) from None


@app.command()
def reindex(store: StoreOption = Path("store")) -> None:
    """Build the store's summary graph again from its articles (the counts and copies that
    queries 02 and 05-09 read).

    Adding to or removing from a store made by an older newsgraph builds it once by itself;
    this does it on demand, in one transaction.

    Example: newsgraph reindex --store store/
    """
    if not (store / "CURRENT").exists():
        raise fail(f"{store}: not a newsgraph store")
    began = time.perf_counter()
    try:
        oxigraph = open_store(store)
        rebuild_summaries(oxigraph)
        oxigraph.flush()
    except StoreError as error:
        raise fail(str(error)) from None
    except OSError as error:
        raise fail(f"{store}: cannot write the store: {error.strerror or error}") from None
    _say(f"{store}: summary graph rebuilt in {time.perf_counter() - began:.1f} s")


def _print_table(result: QueryResult) -> None:
    table = Table(show_lines=False)
    for column in result.columns:
        table.add_column(column, overflow="fold")
    for row in result.rows:
        table.add_row(*(safe_for_terminal(plain_text(term)) for term in row))
    stdout.print(table)
    stdout.print(f"{len(result.rows)} rows", highlight=False)


def _parse_bindings(values: list[str]) -> dict[str, str]:
    bindings = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"{value!r}: use NAME=VALUE, e.g. actor=country/RU")
        bindings[name.strip().lstrip("?")] = text
    return bindings


@app.command()
def query(
    sparql: Annotated[
        str | None, typer.Argument(help="The SPARQL query (or use --file / --shipped).")
    ] = None,
    store: Annotated[
        Path | None, typer.Option("--store", "-s", help="Store folder to query.")
    ] = None,
    graph_file: Annotated[
        Path | None,
        typer.Option(
            "--graph", "-g", help="RDF file to query (.ttl, .nt, …), or a `build` output folder."
        ),
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option("--file", "--query-file", "-q", help="Read the query from a .rq file."),
    ] = None,
    shipped: Annotated[
        str | None,
        typer.Option("--shipped", help="Run a shipped query by name or number, e.g. 04."),
    ] = None,
    bind: Annotated[
        list[str] | None,
        typer.Option(
            "--bind", "-b", help="NAME=VALUE binding (repeatable); keys and URLs become IRIs."
        ),
    ] = None,
    output: Annotated[
        OutputFormat, typer.Option("--result-format", "-r", help="How to print the answer.")
    ] = OutputFormat.table,
    allow_service: AllowServiceOption = None,
) -> None:
    """Run a SPARQL query against a store or an RDF file and print the answer.

    Example: newsgraph query --graph out/graph.ttl 'SELECT ?s ?o { ?s ng:proposed ?o }'
    """
    sources = [text for text in (sparql, file, shipped) if text is not None]
    if len(sources) != 1:
        raise fail("give exactly one query: as an argument, with --file, or with --shipped")
    if (store is None) == (graph_file is None):
        raise fail("give exactly one of --store DIR or --graph FILE")
    bindings = _parse_bindings(bind or [])
    try:
        if file is not None:
            text = file.read_text(encoding="utf-8")
        elif shipped is not None:
            text = read_query(shipped)
        else:
            text = str(sparql)
    except OSError as error:
        raise fail(f"{file}: cannot read query: {error.strerror or error}") from None
    except KeyError as error:
        raise fail(str(error.args[0])) from None
    if graph_file is not None:
        graph_file = rdf_path(graph_file)
    try:
        check_services(text, allow_service or ())
        result = run_query(text, store=store, graph_file=graph_file, bindings=bindings)
    except QueryError as error:
        origin = f"{file}: " if file is not None and "invalid SPARQL" in str(error) else ""
        raise fail(f"{origin}{error}") from None
    except ServiceRefused as error:
        raise fail(str(error)) from None
    except (OSError, RuntimeError, ValueError) as error:  # e.g. an allowed endpoint failing
        raise fail(f"query failed: {' '.join(str(error).split())[:300]}") from None
    if output is OutputFormat.table:
        _print_table(result)
    else:
        sys.stdout.write(safe_for_terminal(format_result(result, output.value)))


def _interrupt(signum: int, frame: object) -> None:
    # SIGTERM (from a supervisor or `kill`) should stop the server as cleanly as Ctrl-C.
    raise KeyboardInterrupt


@app.command()
def serve(
    store: StoreOption = Path("store"),
    host: Annotated[str, typer.Option(help="Address to bind; loopback by default.")] = LOOPBACK,
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free one).")] = (
        DEFAULT_PORT
    ),
    writable: Annotated[
        bool,
        typer.Option("--writable", help="Also accept SPARQL Update and Graph Store writes."),
    ] = False,
    timeout: Annotated[
        int, typer.Option("--timeout", min=1, help="Per-query timeout in seconds.")
    ] = 30,
    allow_service: AllowServiceOption = None,
    memory_limit: Annotated[
        int,
        typer.Option(
            "--memory-limit",
            min=0,
            help="Cap on the engine's memory in MiB (0: none); a query over it gets 503.",
        ),
    ] = DEFAULT_MEMORY_MB,
) -> None:
    """Serve the store over the SPARQL protocol (Oxigraph) until Ctrl-C.

    Read-only unless --writable. A query over --timeout gets HTTP 503 and the engine is
    restarted, so a runaway query cannot keep the machine busy. While it runs, `newsgraph add`
    and `remove` refuse to write to the store: stop the server first.

    Example: newsgraph serve --store store/ --port 7878
    """
    if not is_loopback(host):
        _say(f"warning: binding {host}: the store is reachable from other machines")
    if (store / "CURRENT").exists() and not has_summaries(open_store(store, read_only=True)):
        _say(
            f"warning: {store} has no summary graph, so queries 02 and 05-09 answer nothing: "
            f"stop the server and run `newsgraph reindex --store {store}`"
        )
    # Before the server starts: a SIGTERM while it comes up must still stop it (start_server
    # cleans up on any exception) instead of orphaning oxigraph and its serve marker.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server = start_server(
            store,
            host=host,
            port=port,
            writable=writable,
            timeout_s=timeout,
            allowed_services=tuple(allow_service or ()),
            memory_mb=memory_limit or None,
        )
    except StoreError as error:
        raise fail(str(error)) from None
    except KeyboardInterrupt:
        return  # stopped while starting: start_server has already cleaned up
    try:
        mode = "read-write" if writable else "read-only"
        _say(f"serving {store} ({mode}) at {server.endpoint}; Ctrl-C to stop")
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        # A second signal must not cut the clean-up short and leave the serve marker behind.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        server.stop()
    if server.backend.failed:
        raise fail(server.backend.failed)


@app.command()
def push(
    endpoint: Annotated[
        str, typer.Option("--endpoint", "-e", help="Graph Store Protocol URL of the server.")
    ],
    store: Annotated[
        Path | None, typer.Option("--store", "-s", help="Store folder to push.")
    ] = None,
    graph_file: Annotated[
        Path | None,
        typer.Option(
            "--graph", "-g", help="RDF file (or `build` output folder) to push instead of a store."
        ),
    ] = None,
    graph_iri: Annotated[
        str | None,
        typer.Option("--graph-iri", help="Named graph for --graph (default: the default graph)."),
    ] = None,
    append: Annotated[
        bool, typer.Option("--append", help="POST (merge) instead of PUT (replace).")
    ] = False,
) -> None:
    """Send the store's graphs (or an RDF file) to a SPARQL Graph Store endpoint.

    A store's default graph, summary graph (not with --append) and article graphs are sent.

    Example: newsgraph push --store store/ --endpoint http://localhost:3030/news/data
    """
    if (store is None) == (graph_file is None):
        raise fail("give exactly one of --store DIR or --graph FILE")

    def report(sent: PushReport) -> None:
        _say(f"pushed {sent.graph or 'default graph'}: {sent.triples} triples (HTTP {sent.status})")

    try:
        if store is not None:
            reports = push_store(store, endpoint, replace=not append, on_graph=report)
            summary = any(sent.graph == SUMMARY_GRAPH.value for sent in reports)
            articles = len(reports) - 1 - summary  # less the default graph and the summary
            graphs = "the default graph" + (", the summary graph" if summary else "")
            _say(f"{store}: {graphs} and {articles} article graphs sent to {endpoint}")
        else:
            assert graph_file is not None
            report(push_file(rdf_path(graph_file), endpoint, graph=graph_iri, replace=not append))
    except StoreError as error:
        raise fail(str(error)) from None
