"""URL fetching against a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from extract.errors import InputError
from extract.ingest.fetch import USER_AGENT, fetch_url

PAGE = b"<html><head><title>Hi</title></head><body><p>Hello there.</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    seen_agents: list[str] = []  # noqa: RUF012 - shared on purpose: the test reads it back

    def do_GET(self) -> None:
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/page":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
        elif self.path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.7")
        elif self.path == "/big":
            self._send(200, "text/html", b"<p>" + b"x" * 5000 + b"</p>")
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", PAGE)
        else:
            self._send(404, "text/html", b"not here")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the timeout test hangs up on purpose; the broken pipe is expected


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_fetch_html_page_with_user_agent(server: str) -> None:
    body, content_type = fetch_url(f"{server}/page", timeout=5)
    assert body == PAGE
    assert content_type == "text/html; charset=utf-8"
    assert _Handler.seen_agents[-1] == USER_AGENT
    assert USER_AGENT.startswith("newsgraph/")


def test_redirect_followed(server: str) -> None:
    body, _ = fetch_url(f"{server}/redirect", timeout=5)
    assert body == PAGE


def test_http_error_names_url(server: str) -> None:
    url = f"{server}/missing"
    with pytest.raises(InputError, match="404") as caught:
        fetch_url(url, timeout=5)
    assert caught.value.source == url


def test_non_html_refused(server: str) -> None:
    with pytest.raises(InputError, match="not an HTML page"):
        fetch_url(f"{server}/pdf", timeout=5)


def test_size_limit(server: str) -> None:
    with pytest.raises(InputError, match="too large"):
        fetch_url(f"{server}/big", timeout=5, max_bytes=1000)


def test_timeout(server: str) -> None:
    with pytest.raises(InputError, match="timed out"):
        fetch_url(f"{server}/slow", timeout=0.3)


def test_connection_refused() -> None:
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match="cannot fetch"):
        fetch_url(f"http://127.0.0.1:{port}/", timeout=2)


def test_non_http_scheme_refused() -> None:
    with pytest.raises(InputError, match="not an http"):
        fetch_url("file:///etc/passwd", timeout=1)
