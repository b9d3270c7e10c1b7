"""The HTTP front of ``newsgraph serve``: deadlines, size and concurrency bounds for Oxigraph.

Oxigraph's ``--timeout-s`` is cooperative and unchecked while it sorts, and it streams results
(a cancelled query may already have sent "200 OK"). So this small threaded front serves the
public port, forwards each request to Oxigraph and:

* gives every read a deadline: an answer not complete in time gets ``503`` with one clear line
  and Oxigraph is restarted (the only way to stop a runaway query); writes get a longer
  deadline and never cause a restart;
* buffers an answer up to ``max_result_bytes`` (never "200" with a cut body) and bounds request
  bodies (``413``), open connections and requests forwarded at once (``503``);
* refuses ``SERVICE`` unless its endpoint is allowed (``FrontLimits.allowed_services``), gives
  queries the CLI's prefixes and a ``BASE`` of the public address; ``503`` + ``Retry-After``
  while the engine restarts.

>>> limits = FrontLimits(timeout_s=5)
>>> limits.read_deadline_s
6.0
"""

from __future__ import annotations

import contextlib
import http.client
import io
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlencode

from graph.store.engine_link import EngineAddress, engine_connection
from graph.store.http_prefixes import prefixed_request
from graph.store.sparql_guard import ServiceRefused, check_services, request_sparql, with_base

#: Headers a client may send that Oxigraph needs to answer (the rest stay at the front).
_FORWARDED_REQUEST_HEADERS = ("Content-Type", "Accept")
_FORWARDED_RESPONSE_HEADERS = ("Content-Type", "Location")
_CHUNK = 64 * 1024
_DISCARD_LIMIT = 16 * 1024 * 1024  # most of an oversized body read (and dropped) to answer 413
_OXIGRAPH_CANCELLED = b"The SPARQL operation has been cancelled"


@dataclass(frozen=True)
class FrontLimits:
    """Bounds the front enforces; ``timeout_s`` is the per-query timeout."""

    timeout_s: float = 30.0
    grace_s: float = 1.0  # time Oxigraph gets to cancel a query itself before a restart
    max_body_bytes: int = 1024 * 1024
    max_result_bytes: int = 64 * 1024 * 1024
    max_concurrent: int = 8
    max_connections: int = 64
    #: Deadline of a write, which is never cancelled by a restart.
    write_deadline_s: float = 600.0
    #: How long an idle client may take to send its request (slow clients hold a thread).
    client_timeout_s: float = 10.0
    #: SERVICE endpoints (exact IRIs) a query may call; none by default.
    allowed_services: tuple[str, ...] = ()
    #: Seconds a client is told to wait (``Retry-After``) when the engine is restarting.
    retry_after_s: int = 2

    @property
    def read_deadline_s(self) -> float:
        """Seconds a read may take in all before the front answers 503 and restarts."""
        return self.timeout_s + self.grace_s


class BackendUnavailable(Exception):
    """Oxigraph is restarting (or did not come back) and cannot take the request now."""

    def __init__(self, message: str, retry_after_s: int = 2) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class Backend:
    """What the front forwards to: the address of the current Oxigraph and a way to restart it.

    ``current(wait)`` returns ``(generation, address)`` (a loopback port or a Unix socket);
    ``restart(generation)`` replaces the process unless another request already replaced that
    generation. Implemented in ``graph.store.serve_engine``.
    """

    def current(self, wait: float) -> tuple[int, EngineAddress]:  # pragma: no cover
        """The generation and address of the running Oxigraph; waits out a restart."""
        raise NotImplementedError

    def restart(self, generation: int) -> None:  # pragma: no cover - interface
        """Kill and restart Oxigraph if it is still the process of ``generation``."""
        raise NotImplementedError


class _DeadlineExceeded(Exception):
    pass


class _ResultTooLarge(Exception):
    pass


class _BoundedBody:
    """A file-like view of exactly ``length`` bytes of the request, for http.client to send."""

    def __init__(self, stream: io.BufferedIOBase, length: int) -> None:
        self._stream = stream
        self._left = length

    @property
    def remaining(self) -> int:
        """Bytes not read yet."""
        return self._left

    def read(self, size: int = -1) -> bytes:
        if self._left <= 0:
            return b""
        wanted = self._left if size < 0 else min(size, self._left)
        data = self._stream.read(wanted)
        self._left -= len(data)
        return data

    def drain(self) -> None:
        """Read and drop what is left."""
        while self.read(_CHUNK):
            pass


class SparqlFront(ThreadingHTTPServer):
    """A threaded HTTP server that forwards to a ``Backend`` within ``FrontLimits``."""

    daemon_threads = True
    # Oxigraph serves IPv4 loopback internally; the public side may be IPv6.
    address_family = socket.AF_INET

    def __init__(
        self,
        address: tuple[str, int],
        backend: Backend,
        limits: FrontLimits,
        *,
        on_restart: Callable[[str], None] | None = None,
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.backend = backend
        self.limits = limits
        self.on_restart = on_restart
        self.forwarding = threading.BoundedSemaphore(limits.max_concurrent)
        self._connections = threading.BoundedSemaphore(limits.max_connections)
        super().__init__(address, _ForwardingHandler)

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        # Bounded connections: one thread each, so a flood cannot spawn threads without end.
        if not self._connections.acquire(blocking=False):
            with contextlib.suppress(OSError):
                request.sendall(
                    b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                    b"Content-Length: 29\r\n\r\ntoo many connections, retry\n"
                )
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._connections.release()


class _ForwardingHandler(BaseHTTPRequestHandler):
    server: SparqlFront
    server_version = "newsgraph-serve"
    # HTTP/1.0: one request per connection, so an idle keep-alive client holds no thread.
    protocol_version = "HTTP/1.0"

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.limits.client_timeout_s)

    def log_message(self, format: str, *args: object) -> None:
        pass  # the CLI prints its own lines; a request log would flood stderr under load

    def do_GET(self) -> None:
        self._forward()

    do_POST = do_PUT = do_DELETE = do_HEAD = do_GET

    def _answer(self, status: int, message: str, retry_after: int | None = None) -> None:
        body = (message + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if retry_after is not None:
            self.send_header("Retry-After", str(retry_after))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _is_read(self) -> bool:
        path = self.path.split("?", 1)[0].rstrip("/")
        return path == "/query" or self.command in ("GET", "HEAD")

    def _is_sparql(self) -> bool:
        return self.path.split("?", 1)[0].rstrip("/") in ("/query", "/update")

    def _guarded(self, body: bytes) -> tuple[str, bytes, dict[str, str]] | None:
        """The request as forwarded (path, body, extra headers) after the SERVICE check and
        with the public BASE; ``None`` when it was refused (and answered)."""
        try:
            found = request_sparql(self.path, self.headers.get("Content-Type", ""), body)
            if found is None:
                return self.path, body, {}
            kind, text, others = found
            check_services(text, self.server.limits.allowed_services)
        except ServiceRefused as error:
            self._answer(403, str(error))
            return None
        if kind == "update" or not text:
            return self.path, body, {}
        host, port = (str(part) for part in self.server.server_address[:2])
        shown = f"[{host}]" if ":" in host else host
        query = with_base(text, f"http://{shown}:{port}/query").encode("utf-8")
        path = "/query" + (f"?{urlencode(others)}" if others else "")
        self.command = "POST" if self.command == "GET" else self.command
        return path, query, {"Content-Type": "application/sparql-query; charset=utf-8"}

    def _forward(self) -> None:
        limits = self.server.limits
        if self.headers.get("Transfer-Encoding"):
            self._answer(411, "send the request body with a Content-Length")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self._answer(400, "bad Content-Length")
            return
        if length < 0 or length > limits.max_body_bytes:
            # Read (and drop) a moderately oversized body first: a client still sending when
            # the socket closes sees a reset instead of the 413 that explains it.
            with contextlib.suppress(OSError):
                _BoundedBody(self.rfile, min(length, _DISCARD_LIMIT)).drain()
            self._answer(413, f"request body over {limits.max_body_bytes} bytes")
            self.close_connection = True
            return
        is_read = self._is_read()
        body: bytes | _BoundedBody | None = None
        if (is_read or self._is_sparql()) and length:
            # Read a query's (small) body before the clock starts: a slow client must not
            # count against the engine's deadline and get it restarted.
            try:
                body = self.rfile.read(length)
            except OSError:
                body = b""
            if len(body) != length:
                self._answer(408, "request body not received in time")
                self.close_connection = True
                return
        elif length:
            body = _BoundedBody(self.rfile, length)  # writes can be large: streamed
        if self.path.split("?", 1)[0].rstrip("/") == "/query" and not isinstance(
            body, _BoundedBody
        ):
            # The same predeclared prefixes as `newsgraph query` (graph.store.http_prefixes).
            self.path, body = prefixed_request(
                self.path, self.headers.get("Content-Type", ""), body
            )
            length = len(body) if body is not None else 0
        path, extra = self.path, dict[str, str]()
        if self._is_sparql():
            guarded = self._guarded(body if isinstance(body, bytes) else b"")
            if guarded is None:
                return
            path, body, extra = guarded
            length = len(body)
        deadline_s = limits.read_deadline_s if is_read else limits.write_deadline_s
        if not self.server.forwarding.acquire(timeout=deadline_s):
            self._answer(503, "server busy: too many requests at once, retry later")
            return
        try:
            # The deadline starts once forwarded: time queued here is no fault of the engine.
            self._relay(path, body, extra, time.monotonic() + deadline_s, is_read)
        finally:
            self.server.forwarding.release()

    def _relay(
        self,
        path: str,
        body: bytes | _BoundedBody | None,
        extra: dict[str, str],
        deadline: float,
        is_read: bool,
    ) -> None:
        limits = self.server.limits
        try:
            generation, address = self.server.backend.current(
                wait=max(0.0, deadline - time.monotonic())
            )
        except BackendUnavailable as error:
            self._answer(503, str(error), retry_after=error.retry_after_s)
            return
        headers = {
            name: value for name in _FORWARDED_REQUEST_HEADERS if (value := self.headers.get(name))
        }
        headers.update(extra)
        headers["Content-Length"] = str(len(body) if isinstance(body, bytes) else length_of(body))
        connection = engine_connection(address, timeout=_left(deadline))
        try:
            connection.request(self.command, path, body=body, headers=headers)
            # Kept: getresponse hands the socket to the response and forgets it.
            sock = connection.sock
            response = connection.getresponse()
            payload = _read_within(sock, response, deadline, limits.max_result_bytes)
        except (_DeadlineExceeded, TimeoutError):
            if is_read:
                self._answer(
                    503,
                    f"query cancelled: it ran over the {limits.timeout_s:g} s timeout "
                    "(the SPARQL engine is restarted; retry a narrower query)",
                    retry_after=limits.retry_after_s,
                )
                self._restart_in_background(generation)
            else:
                self._answer(504, f"write did not finish within {limits.write_deadline_s:g} s")
            return
        except _ResultTooLarge:
            self._answer(503, f"answer larger than {limits.max_result_bytes} bytes: add a LIMIT")
            return
        except (http.client.HTTPException, OSError):
            # Oxigraph cancelled the query mid-answer (its own timeout), died or was restarted.
            self._answer(
                503,
                "query cancelled (timeout or engine restart); retry later",
                retry_after=limits.retry_after_s,
            )
            return
        finally:
            connection.close()
        if response.status == 200 and payload.rstrip().endswith(_OXIGRAPH_CANCELLED):
            # Oxigraph hit its own timeout after sending "200": it ends the stream cleanly with
            # its error text as the last chunk. The client gets the error, not a cut-off body.
            self._answer(503, f"query cancelled: it ran over the {limits.timeout_s:g} s timeout")
            return
        self.send_response(response.status, response.reason)
        for name in _FORWARDED_RESPONSE_HEADERS:
            if value := response.getheader(name):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def _restart_in_background(self, generation: int) -> None:
        def restart() -> None:
            try:
                self.server.backend.restart(generation)
            except Exception as error:  # reported, not raised: the front keeps serving 503s
                if self.server.on_restart is not None:
                    self.server.on_restart(f"restart failed: {error}")

        threading.Thread(target=restart, name="oxigraph-restart", daemon=True).start()


def length_of(body: _BoundedBody | None) -> int:
    """Bytes still to come of a streamed request body (0 for none)."""
    return 0 if body is None else body.remaining


def _left(deadline: float) -> float:
    return max(0.05, deadline - time.monotonic())


def _read_within(
    sock: socket.socket | None,
    response: http.client.HTTPResponse,
    deadline: float,
    limit: int,
) -> bytes:
    """The whole response body, read before ``deadline`` and no longer than ``limit`` bytes."""
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() >= deadline:
            raise _DeadlineExceeded
        if sock is not None:
            sock.settimeout(_left(deadline))
        chunk = response.read1(_CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > limit:
            raise _ResultTooLarge
        parts.append(chunk)
    return b"".join(parts)


__all__ = ["Backend", "BackendUnavailable", "FrontLimits", "SparqlFront"]
