"""Download one web page for ingestion, politely and within limits.

Only ``http``/``https``; a clear User-Agent so site owners can see who is calling; a size cap
so a runaway response cannot fill memory; and every failure -- DNS, refused connection,
timeout, HTTP status, non-HTML content -- becomes one ``InputError`` line naming the URL.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from importlib import metadata
from urllib.parse import urlsplit

from extract.errors import InputError

__all__ = ["DEFAULT_MAX_BYTES", "USER_AGENT", "fetch_url", "is_url"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


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


def fetch_url(url: str, timeout: float, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """Download ``url`` and return ``(body, content_type)``.

    ``content_type`` is the full header value (``"text/html; charset=utf-8"``) so the caller
    can honour the declared charset. Raises ``InputError`` naming the URL when the request
    fails or times out, the status is not 2xx, the body exceeds ``max_bytes`` or is not HTML.

    >>> fetch_url("ftp://example.org/", 1.0)
    Traceback (most recent call last):
    ...
    extract.errors.InputError: ftp://example.org/: not an http(s) URL
    """
    if not is_url(url):
        raise InputError(url, "not an http(s) URL")
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
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
            body = response.read(max_bytes + 1)
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(url, f"HTTP error {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise InputError(url, f"timed out after {timeout:g} s") from None
        raise InputError(url, f"cannot fetch: {exc.reason}") from None
    except TimeoutError:
        raise InputError(url, f"timed out after {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:  # reset, bad URL, truncated
        raise InputError(url, f"cannot fetch: {exc}") from None
    if len(body) > max_bytes:
        raise InputError(url, f"page too large (more than {max_bytes} bytes)")
    return body, content_type
