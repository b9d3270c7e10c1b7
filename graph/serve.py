"""Run the Oxigraph SPARQL server (the ``oxigraph`` PyPI package's binary) over a store.

Read-only by default (``oxigraph serve-read-only``), bound to 127.0.0.1 by default, with a
query timeout; ``writable=True`` runs ``oxigraph serve`` instead, which also accepts SPARQL
Update and the Graph Store Protocol (what ``newsgraph push`` speaks). Queries see the store's
default graph, the set union of the article graphs, as ``newsgraph query`` does.

``add`` while serving: a read-only server takes no lock, and writing under a reader is
undefined behaviour in Oxigraph, so ``start_server`` writes a marker file
(``graph.store.SERVE_MARKER``) into the store folder and ``graph.store.open_store`` refuses to
write while it names a live process. A writable server holds RocksDB's lock, which
``open_store`` also reports. Either way the user is told to stop the server (or to ``push`` into
a writable one) rather than risk the store.

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
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from graph.store import SERVE_MARKER, StoreError, open_store, serving_server

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 7878


class ServerError(StoreError):
    """The server binary is missing, cannot bind, or did not come up."""


def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` executable: next to this Python first (the venv), then PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerError("the `oxigraph` server binary is not installed (pip install oxigraph)")
    return found


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port on ``host`` that nothing listens on right now (for tests and ``--port 0``)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def port_is_free(host: str, port: int) -> bool:
    """True when nothing listens on ``host:port`` (so a server can bind it now)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
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
    """A running Oxigraph server; ``stop()`` ends it and removes the store's serve marker."""

    process: subprocess.Popen[bytes]
    log: IO[bytes]
    store: Path
    host: str
    port: int
    writable: bool
    marker: Path | None = field(default=None)

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

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate the server (SIGTERM, then SIGKILL after ``timeout`` s) and clean up."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.marker is not None:
            with contextlib.suppress(FileNotFoundError):
                self.marker.unlink()
            self.marker = None
        self.log.close()

    def log_text(self) -> str:
        """What the server wrote on stderr so far."""
        self.log.seek(0)
        return self.log.read().decode("utf-8", errors="replace")

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def server_command(
    store: Path, host: str, port: int, *, writable: bool, timeout_s: int
) -> list[str]:
    """The ``oxigraph`` command line ``start_server`` runs.

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


def _wait_until_ready(server: Server, deadline: float) -> None:
    probe = f"{server.endpoint}?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            lines = server.log_text().strip().splitlines()
            errors = [line for line in lines if line.startswith("Error")]
            last = (errors or lines or [f"exit status {server.process.returncode}"])[-1]
            raise ServerError(f"{server.store}: oxigraph server stopped at start: {last}")
        try:
            with urllib.request.urlopen(probe, timeout=1) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise ServerError(f"{server.store}: oxigraph server did not answer on {server.base_url}")


def start_server(
    store: str | os.PathLike[str],
    *,
    host: str = LOOPBACK,
    port: int = DEFAULT_PORT,
    writable: bool = False,
    timeout_s: int = 30,
    startup_timeout: float = 20.0,
) -> Server:
    """Start Oxigraph over the store folder ``store`` and return once it answers queries.

    ``port=0`` picks a free port. A read-only server needs an existing store; a writable one
    creates it. Raises ``ServerError`` (one line naming the store) when it cannot start.
    """
    folder = Path(store)
    if writable:
        open_store(folder)  # creates the store, and fails clearly if something holds it
    elif not (folder / "CURRENT").exists():
        raise ServerError(f"{folder}: not a newsgraph store (run `newsgraph add` first)")
    elif running := serving_server(folder):
        raise ServerError(f"{folder}: already served by pid {running.get('pid')}")
    chosen_port = port or free_port(host)
    # Probe first: the readiness check would otherwise be answered by whoever holds the port.
    if not port_is_free(host, chosen_port):
        raise ServerError(f"{folder}: cannot serve on {host}:{chosen_port}: port already in use")
    command = server_command(folder, host, chosen_port, writable=writable, timeout_s=timeout_s)
    # A file, not a pipe: nobody drains a pipe while the server runs, and a full one blocks it.
    log = tempfile.TemporaryFile()  # noqa: SIM115  (closed by Server.stop)
    process = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
    )
    server = Server(process, log, folder, host, chosen_port, writable)
    if not writable:
        server.marker = folder / SERVE_MARKER
        info = {"pid": process.pid, "bind": f"{host}:{chosen_port}", "writable": writable}
        server.marker.write_text(json.dumps(info), encoding="utf-8")
    try:
        _wait_until_ready(server, time.monotonic() + startup_timeout)
    except BaseException:
        server.stop()
        raise
    return server


__all__ = [
    "DEFAULT_PORT",
    "LOOPBACK",
    "Server",
    "ServerError",
    "free_port",
    "is_loopback",
    "oxigraph_binary",
    "port_is_free",
    "server_command",
    "start_server",
]
