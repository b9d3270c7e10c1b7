"""Download one web page for ingestion, politely and within limits.

Only ``http``/``https``; a clear User-Agent so site owners can see who is calling; a size cap
so a runaway response cannot fill memory; a total deadline per download (not per read: a
server dripping one byte a second must not stall a build); redirects checked before they are
followed (http(s) only, at most ``MAX_REDIRECTS``, a loop reported as such); and, when asked
(``allow_private=False``, the default for ``.urls`` lists), no connection to a loopback,
private, link-local or otherwise non-public address, checked on the address actually connected
to, for the first request and every redirect. Every failure -- DNS, refused connection,
timeout, HTTP status, non-HTML content -- becomes one ``InputError`` line naming the URL.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import metadata
from typing import Any
from urllib.parse import urlsplit

from extract.errors import InputError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_REDIRECTS",
    "USER_AGENT",
    "FetchPolicy",
    "fetch_url",
    "is_public_address",
    "is_url",
]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 10
_CHUNK = 64 * 1024


def _version() -> str:
    try:
        return metadata.version("newsgraph")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "0"


USER_AGENT = f"newsgraph/{_version()} (+https://github.com/newsgraph)"

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_url(value: str) -> bool:
    """True when ``value`` is an absolute http(s) URL with a host."""
    parts = urlsplit(value.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def is_public_address(address: str) -> bool:
    """True for an IP address anyone on the internet could reach (not loopback, private,
    link-local, multicast, reserved or unspecified; IPv4-mapped IPv6 judged as IPv4).

    >>> is_public_address("93.184.216.34"), is_public_address("127.0.0.1")
    (True, False)
    >>> is_public_address("::ffff:10.0.0.1"), is_public_address("169.254.169.254")
    (False, False)
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class FetchPolicy:
    """How ingestion downloads: the total deadline per page and the address policy.

    ``allow_private_in_lists`` lets the URLs of a ``.urls`` list reach loopback and private
    addresses; URLs given directly always may (the user typed them).

    >>> FetchPolicy(5.0).for_list().allow_private
    False
    """

    timeout: float = 20.0
    allow_private_in_lists: bool = False
    allow_private: bool = True

    def for_list(self) -> FetchPolicy:
        """The policy for URLs read from a list file."""
        return replace(self, allow_private=self.allow_private_in_lists)


class _Refused(OSError):
    """A connection the address policy forbids (raised before any byte is sent)."""


class _Download:
    """State of one download: its deadline, its policy and the socket it reads from now."""

    def __init__(self, url: str, timeout: float, allow_private: bool) -> None:
        self.url = url
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.allow_private = allow_private
        self.sock: socket.socket | None = None
        self.timed_out = False

    def left(self) -> float:
        return max(0.01, self.deadline - time.monotonic())

    def connect(
        self, address: tuple[str, int], timeout: float, source: Any = None
    ) -> socket.socket:
        """``socket.create_connection`` that refuses non-public addresses when told to."""
        host, port = address
        if self.allow_private:
            sock = socket.create_connection(address, min(timeout, self.left()), source)
        else:
            sock = self._connect_public(host, port)
        self.sock = sock
        return sock

    def _connect_public(self, host: str, port: int) -> socket.socket:
        error: OSError | None = None
        for family, kind, proto, _, sockaddr in socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM
        ):
            if not is_public_address(str(sockaddr[0])):
                error = _Refused(
                    f"{host} is a private or loopback address ({sockaddr[0]}); "
                    "--allow-private-urls to fetch it"
                )
                continue
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(self.left())
                # Connect to the very address checked, so a second DNS answer cannot swap it.
                sock.connect(sockaddr)
            except OSError as exc:
                sock.close()
                error = exc
                continue
            return sock
        raise error or OSError(f"cannot resolve {host}")

    def watch(self) -> threading.Timer:
        """A timer that cuts the connection at the deadline, whatever the server trickles."""

        def cut() -> None:
            self.timed_out = True
            if self.sock is not None:
                with contextlib.suppress(OSError):
                    self.sock.shutdown(socket.SHUT_RDWR)

        timer = threading.Timer(self.timeout, cut)
        timer.daemon = True
        timer.start()
        return timer


def _connection_class(
    base: type[http.client.HTTPConnection], download: _Download
) -> Callable[..., http.client.HTTPConnection]:
    def make(*args: Any, **kwargs: Any) -> http.client.HTTPConnection:
        connection = base(*args, **kwargs)
        connection._create_connection = download.connect  # type: ignore[attr-defined]
        return connection

    return make


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, download: _Download) -> None:
        super().__init__()
        self.download = download

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_connection_class(http.client.HTTPConnection, self.download), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, download: _Download) -> None:
        super().__init__()
        self.download = download

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            _connection_class(http.client.HTTPSConnection, self.download),
            req,
            context=self._context,  # type: ignore[attr-defined]
        )


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Checks each redirect before it is followed: scheme, count, loop."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, download: _Download) -> None:
        super().__init__()
        self.download = download
        self.seen: list[str] = [download.url]

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        url = self.download.url
        if not is_url(newurl):
            raise InputError(url, f"redirected to a non-http(s) URL: {newurl[:200]}")
        if newurl in self.seen:
            raise InputError(url, f"redirect loop (back to {newurl[:200]})")
        if len(self.seen) > MAX_REDIRECTS:
            raise InputError(url, f"more than {MAX_REDIRECTS} redirects")
        self.seen.append(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(
    url: str,
    timeout: float,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private: bool = True,
) -> tuple[bytes, str]:
    """Download ``url`` and return ``(body, content_type)``.

    ``timeout`` bounds the whole download (connection, redirects, headers and body), in
    seconds. ``content_type`` is the full header value (``"text/html; charset=utf-8"``) so the
    caller can honour the declared charset. ``allow_private=False`` refuses to connect to a
    loopback, private or link-local address. Raises ``InputError`` naming the URL when the
    request fails or times out, the status is not 2xx, the body exceeds ``max_bytes`` or is not
    HTML.

    >>> fetch_url("ftp://example.org/", 1.0)
    Traceback (most recent call last):
    ...
    extract.errors.InputError: ftp://example.org/: not an http(s) URL
    >>> fetch_url("http://127.0.0.1:9/", 1.0, allow_private=False)
    Traceback (most recent call last):
    ...
    extract.errors.InputError: http://127.0.0.1:9/: refused: 127.0.0.1 is a private or ...
    """
    if not is_url(url):
        raise InputError(url, "not an http(s) URL")
    download = _Download(url, timeout, allow_private)
    opener = urllib.request.build_opener(
        _HTTPHandler(download), _HTTPSHandler(download), _RedirectHandler(download)
    )
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"}
    )
    timer = download.watch()
    try:
        body, content_type = _download(opener, request, download, max_bytes)
    except InputError:
        raise
    except _Refused as exc:
        raise InputError(url, f"refused: {exc}") from None
    except urllib.error.HTTPError as exc:
        raise InputError(url, _one_line(f"HTTP error {exc.code} {exc.reason}")) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, _Refused):
            raise InputError(url, f"refused: {exc.reason}") from None
        if isinstance(exc.reason, TimeoutError) or download.timed_out:
            raise InputError(url, f"timed out after {timeout:g} s") from None
        raise InputError(url, _one_line(f"cannot fetch: {exc.reason}")) from None
    except TimeoutError:
        raise InputError(url, f"timed out after {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:  # reset, bad URL, truncated
        if download.timed_out:
            raise InputError(url, f"timed out after {timeout:g} s") from None
        raise InputError(url, _one_line(f"cannot fetch: {exc}")) from None
    finally:
        timer.cancel()
    if download.timed_out:
        raise InputError(url, f"timed out after {timeout:g} s")
    return body, content_type


def _download(
    opener: urllib.request.OpenerDirector,
    request: urllib.request.Request,
    download: _Download,
    max_bytes: int,
) -> tuple[bytes, str]:
    url = download.url
    with opener.open(request, timeout=download.timeout) as response:
        final_url = response.geturl()
        if not is_url(final_url):  # a redirect to file:// or ftp:// is not followed
            raise InputError(url, f"redirected to a non-http(s) URL: {final_url}")
        content_type = response.headers.get("Content-Type", "")
        media_type = content_type.split(";", 1)[0].strip().lower()
        if media_type not in _HTML_TYPES:
            raise InputError(url, f"not an HTML page (Content-Type: {media_type or 'none'})")
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise InputError(url, f"page too large ({int(declared)} bytes > {max_bytes})")
        parts: list[bytes] = []
        size = 0
        while size <= max_bytes and (chunk := response.read1(_CHUNK)):
            if download.timed_out:
                break
            parts.append(chunk)
            size += len(chunk)
    if size > max_bytes:
        raise InputError(url, f"page too large (more than {max_bytes} bytes)")
    return b"".join(parts), content_type


def _one_line(message: str) -> str:
    return " ".join(message.split())[:300]
