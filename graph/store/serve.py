"""Run the Oxigraph SPARQL server (the ``oxigraph`` PyPI package's binary) over a store.

Read-only by default (``oxigraph serve-read-only``), bound to 127.0.0.1 by default, with a
query timeout; ``writable=True`` runs ``oxigraph serve`` instead, which also accepts SPARQL
Update and the Graph Store Protocol (what ``newsgraph push`` speaks). Queries see the store's
default graph, the set union of the article graphs, as ``newsgraph query`` does.

The public port is served by a small threaded front (``graph.store.serve_proxy``) that forwards to
Oxigraph (``graph.store.serve_engine``: in a private network namespace behind a Unix socket where
the system allows it, else on an internal loopback port; memory-capped and restarted when it
dies): the front enforces the query timeout even where Oxigraph does not check it (a sort), by
answering 503 and restarting Oxigraph; it buffers answers so a cancelled query is never "200"
with a cut-off body; it bounds request size and concurrency; and it refuses SERVICE clauses
that are not allowed (``graph.store.sparql_guard``).

``add`` while serving: a read-only server takes no lock, and writing under a reader is
undefined behaviour in Oxigraph, so ``start_server`` writes a marker file
(``graph.store.store.SERVE_MARKER``) into the store folder and ``graph.store.store.open_store``
refuses to
write while it names a live process (this process, or the Oxigraph it started). A writable
server holds RocksDB's lock, which ``open_store`` also reports. Either way the user is told to
stop the server (or to ``push`` into a writable one) rather than risk the store.

>>> server = start_server("store/", port=0)  # doctest: +SKIP
>>> server.endpoint  # doctest: +SKIP
'http://127.0.0.1:41235/query'
>>> server.stop()  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

from graph.export.atomic import atomic_write
from graph.store.serve_engine import OxigraphProcess, ServerError, free_port
from graph.store.serve_proxy import FrontLimits, SparqlFront
from graph.store.store import SERVE_MARKER, open_store, serving_server

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 7878
#: Cap on the engine's data segment: a sort over a huge cross product stops here, not at 4 GB.
DEFAULT_MEMORY_MB = 2048
#: Request body bound of a writable server (``newsgraph push`` sends whole graphs).
WRITABLE_MAX_BODY = 1024 * 1024 * 1024


def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` executable: next to this Python first (the venv), then PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerError("the `oxigraph` server binary is not installed (pip install oxigraph)")
    return found


def port_is_free(host: str, port: int) -> bool:
    """True when nothing listens on ``host:port`` (so a server can bind it now)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # As the front binds: connections of a stopped server in TIME_WAIT do not count.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def is_loopback(host: str) -> bool:
    """True for hosts only this machine can reach (``127.x``, ``::1``, ``localhost``)."""
    return host in ("localhost", "::1") or host.startswith("127.")


@dataclass
class Server:
    """A running ``newsgraph serve``: the HTTP front on ``host:port`` and Oxigraph behind it.

    ``stop()`` ends both and removes the store's serve marker.
    """

    backend: OxigraphProcess
    front: SparqlFront
    store: Path
    host: str
    port: int
    writable: bool
    marker: Path | None = field(default=None)
    thread: threading.Thread | None = field(default=None)

    @property
    def process(self) -> subprocess.Popen[bytes]:
        """The current Oxigraph process (a new one after each timeout restart)."""
        assert self.backend.process is not None
        return self.backend.process

    @property
    def base_url(self) -> str:
        """``http://host:port`` of the server."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def endpoint(self) -> str:
        """The SPARQL query endpoint (``/query``)."""
        return f"{self.base_url}/query"

    @property
    def update_endpoint(self) -> str:
        """The SPARQL update endpoint (``/update``; writable servers only)."""
        return f"{self.base_url}/update"

    @property
    def graph_store_endpoint(self) -> str:
        """The SPARQL 1.1 Graph Store Protocol endpoint (``/store``)."""
        return f"{self.base_url}/store"

    def wait(self) -> None:
        """Block until the server stops or its engine cannot be restarted (Ctrl-C ends it)."""
        while self.thread is not None and self.thread.is_alive() and not self.backend.failed:
            self.thread.join(timeout=0.5)

    def stop(self) -> None:
        """Stop the front, then Oxigraph, and remove the serve marker."""
        if self.thread is not None:
            self.front.shutdown()
            self.thread.join()
            self.thread = None
        self.front.server_close()
        self.backend.stop()
        if self.marker is not None:
            with contextlib.suppress(FileNotFoundError):
                self.marker.unlink()
            self.marker = None

    def log_text(self) -> str:
        """What Oxigraph wrote on stderr so far."""
        return self.backend.log_text()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def server_command(
    store: Path, host: str, port: int | str, *, writable: bool, timeout_s: int
) -> list[str]:
    """The ``oxigraph`` command line the server runs behind its front.

    >>> " ".join(server_command(Path("s"), "127.0.0.1", 7878, writable=False, timeout_s=30)[1:])
    'serve-read-only --location s --bind 127.0.0.1:7878 --timeout-s 30'
    """
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    mode = "serve" if writable else "serve-read-only"
    return [
        oxigraph_binary(),
        mode,
        "--location",
        str(store),
        "--bind",
        bind,
        "--timeout-s",
        str(timeout_s),
    ]


def _write_marker(marker: Path, info: dict[str, object]) -> None:
    with atomic_write(marker) as handle:
        handle.write(json.dumps(info))


def start_server(
    store: str | os.PathLike[str],
    *,
    host: str = LOOPBACK,
    port: int = DEFAULT_PORT,
    writable: bool = False,
    timeout_s: int = 30,
    startup_timeout: float = 20.0,
    limits: FrontLimits | None = None,
    allowed_services: tuple[str, ...] = (),
    memory_mb: int | None = DEFAULT_MEMORY_MB,
    isolate: bool | None = None,
) -> Server:
    """Serve the store folder ``store`` and return once it answers queries.

    ``port=0`` picks a free port. A read-only server needs an existing store; a writable one
    creates it. ``limits`` overrides the front's bounds (its ``timeout_s`` is ``timeout_s``).
    ``allowed_services`` lists the SERVICE endpoints queries may call (none by default);
    ``memory_mb`` caps the engine's data segment; ``isolate`` runs the engine in a private
    network namespace (default: when the system allows it). Raises ``ServerError`` (one line
    naming the store) when it cannot start.
    """
    folder = Path(store)
    if writable:
        open_store(folder)  # creates the store, and fails clearly if something holds it
    elif not (folder / "CURRENT").exists():
        raise ServerError(f"{folder}: not a newsgraph store (run `newsgraph add` first)")
    elif running := serving_server(folder):
        raise ServerError(f"{folder}: already served by pid {running.get('pid')}")
    chosen_port = port or free_port(host)
    if not port_is_free(host, chosen_port):
        raise ServerError(f"{folder}: cannot serve on {host}:{chosen_port}: port already in use")
    bounds = limits or FrontLimits()
    bounds = replace(bounds, timeout_s=float(timeout_s))
    if allowed_services:
        bounds = replace(bounds, allowed_services=tuple(allowed_services))
    if allowed_services and isolate is None:
        isolate = False  # an engine in a private namespace could not reach the endpoints
    if writable and limits is None:
        bounds = replace(bounds, max_body_bytes=WRITABLE_MAX_BODY)  # pushes send whole graphs
    marker = None if writable else folder / SERVE_MARKER
    info: dict[str, object] = {"pid": os.getpid(), "bind": f"{host}:{chosen_port}"}

    def record(pid: int) -> None:
        # The marker names the engine too: if this process dies, the orphan still reads.
        if marker is not None:
            _write_marker(marker, {**info, "server_pid": pid, "writable": writable})

    backend = OxigraphProcess(
        folder,
        lambda bind: server_command(
            folder, *bind.rsplit(":", 1), writable=writable, timeout_s=timeout_s
        ),
        startup_timeout=startup_timeout,
        memory_mb=memory_mb,
        isolate=isolate,
        on_start=record,
    )
    try:
        backend.start()
        front = SparqlFront((host, chosen_port), backend, bounds)
    except BaseException as error:
        backend.stop()
        if marker is not None:
            with contextlib.suppress(FileNotFoundError):
                marker.unlink()
        if isinstance(error, OSError):
            raise ServerError(f"{folder}: cannot serve on {host}:{chosen_port}: {error}") from None
        raise
    server = Server(backend, front, folder, host, chosen_port, writable, marker)
    server.thread = threading.Thread(target=front.serve_forever, name="sparql-front", daemon=True)
    server.thread.start()
    return server


__all__ = [
    "DEFAULT_PORT",
    "LOOPBACK",
    "FrontLimits",
    "OxigraphProcess",
    "Server",
    "ServerError",
    "free_port",
    "is_loopback",
    "oxigraph_binary",
    "port_is_free",
    "server_command",
    "start_server",
]
