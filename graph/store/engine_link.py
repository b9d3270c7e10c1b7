"""How the front of ``newsgraph serve`` talks to its engine: a loopback port or a Unix socket.

>>> engine_connection(7878, timeout=1).port
7878
"""

from __future__ import annotations

import http.client
import socket

__all__ = ["EngineAddress", "engine_connection"]

#: A loopback TCP port, or the path of a Unix socket (an engine in a private namespace).
EngineAddress = int | str


class _UnixHTTPConnection(http.client.HTTPConnection):
    """HTTP over a Unix socket (the isolated engine's bridge)."""

    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self.socket_path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect(self.socket_path)
        except OSError:
            sock.close()
            raise
        self.sock = sock


def engine_connection(address: EngineAddress, timeout: float) -> http.client.HTTPConnection:
    """An HTTP connection to the engine at ``address`` (a loopback port or a socket path)."""
    if isinstance(address, str):
        return _UnixHTTPConnection(address, timeout)
    return http.client.HTTPConnection("127.0.0.1", address, timeout=timeout)
