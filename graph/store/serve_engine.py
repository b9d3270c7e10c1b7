"""The Oxigraph process behind ``newsgraph serve``: isolated, bounded and supervised.

* **Isolated.** Where the system allows it (``unshare --net``: root, or unprivileged user
  namespaces), Oxigraph runs in a private network namespace and is reached through a Unix
  socket in a folder only this user can enter (``graph.store.engine_bridge``): nothing else on
  the machine can talk to it around the front's limits, and it can reach no network itself.
  Elsewhere it listens on a free loopback port, as before, and ``isolated`` is ``False``.
* **Bounded.** Its data segment is capped (``RLIMIT_DATA``, ``memory_mb``): a query that would
  sort a huge cross product makes the engine fail an allocation and stop, instead of taking
  the machine's memory; the supervisor then starts a fresh one.
* **Supervised.** A watcher thread notices when the engine dies (killed, out of memory) and
  starts a new one; meanwhile ``current`` raises ``BackendUnavailable`` and the front answers
  ``503`` with ``Retry-After``. A runaway query is cut by ``restart``.
"""

from __future__ import annotations

import contextlib
import functools
import http.client
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from graph.store.engine_link import EngineAddress, engine_connection
from graph.store.serve_proxy import Backend, BackendUnavailable
from graph.store.store import StoreError

LOOPBACK = "127.0.0.1"
#: The engine's port inside its private namespace (nothing else lives there).
_PRIVATE_PORT = 7878
#: Seconds a client is told to wait while the engine restarts.
RETRY_AFTER_S = 2
#: More engine deaths than this within ``_CRASH_WINDOW_S`` and the server gives up.
_MAX_CRASHES = 5
_CRASH_WINDOW_S = 60.0
#: How long a request waits for a restarting engine before it is answered 503.
_RESTART_WAIT_S = 1.0


class ServerError(StoreError):
    """The server binary is missing, cannot bind, or did not come up."""


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port on ``host`` that nothing listens on right now (for tests and ``--port 0``)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


@functools.cache
def can_isolate() -> bool:
    """True when ``unshare --net`` works here (root, or unprivileged user namespaces)."""
    unshare, ip = shutil.which("unshare"), shutil.which("ip")
    if unshare is None or ip is None:
        return False
    probe = subprocess.run(
        [unshare, "--net", "--", ip, "link", "set", "lo", "up"], capture_output=True, check=False
    )
    return probe.returncode == 0


def _limit_memory(megabytes: int | None) -> Callable[[], None] | None:
    if not megabytes:
        return None
    limit = megabytes * 1024 * 1024

    def apply() -> None:  # runs in the child, between fork and exec
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))

    return apply


class OxigraphProcess(Backend):
    """The Oxigraph server process behind the front (see the module docstring).

    ``command_for(bind)`` gives the Oxigraph command line for an address; ``on_start`` is told
    each new pid, so the serve marker names it.
    """

    def __init__(
        self,
        store: Path,
        command_for: Callable[[str], list[str]],
        *,
        startup_timeout: float,
        memory_mb: int | None = None,
        isolate: bool | None = None,
        on_start: Callable[[int], None] | None = None,
    ) -> None:
        self.store = store
        self.command_for = command_for
        self.startup_timeout = startup_timeout
        self.memory_mb = memory_mb
        self.isolated = can_isolate() if isolate is None else isolate
        self.on_start = on_start
        # A file, not a pipe: nobody drains a pipe while the server runs, and a full one blocks it.
        self.log: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115  (closed by stop)
        self.process: subprocess.Popen[bytes] | None = None
        self.address: EngineAddress = 0
        self.generation = 0
        self.restarts = 0
        self.failed: str | None = None
        self._socket_dir = Path(tempfile.mkdtemp(prefix="newsgraph-engine-"))  # mode 0700
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._stopped = False
        self._crashes: list[float] = []
        self._watcher: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The engine's loopback port (0 when it is reached through a Unix socket)."""
        return self.address if isinstance(self.address, int) else 0

    def start(self) -> None:
        """Start Oxigraph and return once it answers; ``ServerError`` when it cannot."""
        with self._lock:
            self._spawn()
        self._watcher = threading.Thread(target=self._watch, name="oxigraph-watch", daemon=True)
        self._watcher.start()

    def _spawn(self) -> None:
        if self.isolated:
            socket_path = str(self._socket_dir / f"engine-{self.generation}.sock")
            bridge = Path(__file__).with_name("engine_bridge.py")
            command = [
                "unshare",
                "--net",
                "--",
                sys.executable,
                str(bridge),
                socket_path,
                "--",
                *self.command_for(f"{LOOPBACK}:{_PRIVATE_PORT}"),
            ]
            self.address = socket_path
        else:
            port = free_port(LOOPBACK)
            command = self.command_for(f"{LOOPBACK}:{port}")
            self.address = port
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # one process group: the bridge and Oxigraph end together
            preexec_fn=_limit_memory(self.memory_mb),
        )
        if self.on_start is not None:
            self.on_start(self.process.pid)
        self._wait_until_ready(time.monotonic() + self.startup_timeout)
        self._ready.set()

    def _wait_until_ready(self, deadline: float) -> None:
        process = self.process
        assert process is not None
        while time.monotonic() < deadline:
            if process.poll() is not None:
                lines = self.log_text().strip().splitlines()
                errors = [line for line in lines if line.startswith("Error")]
                last = (errors or lines or [f"exit status {process.returncode}"])[-1]
                raise ServerError(f"{self.store}: oxigraph server stopped at start: {last}")
            with contextlib.suppress(OSError, http.client.HTTPException):
                connection = engine_connection(self.address, timeout=1)
                try:
                    connection.request("GET", "/query?query=ASK%7B%7D")
                    if connection.getresponse().status == 200:
                        return
                finally:
                    connection.close()
            time.sleep(0.1)
        raise ServerError(f"{self.store}: oxigraph server did not answer on {self.address}")

    def current(self, wait: float) -> tuple[int, EngineAddress]:
        """The generation and address of the running Oxigraph, waiting up to ``wait`` s."""
        # A short wait only: during a restart, a client is better told when to come back.
        if not self._ready.wait(timeout=min(wait, _RESTART_WAIT_S)):
            raise BackendUnavailable(
                self.failed or "the SPARQL engine is restarting; retry shortly", RETRY_AFTER_S
            )
        return self.generation, self.address

    def restart(self, generation: int) -> None:
        """Kill Oxigraph and start it again, unless ``generation`` was already replaced."""
        with self._lock:
            if self._stopped or generation != self.generation:
                return
            self._ready.clear()
            self._kill()
            self.generation += 1
            self.restarts += 1
            try:
                self._spawn()
            except ServerError as error:
                self.failed = str(error)
                raise

    def _watch(self) -> None:
        """Restart the engine when it dies on its own (killed, out of memory)."""
        while not self._stopped:
            time.sleep(0.2)
            process = self.process
            if self._stopped or process is None or process.poll() is None:
                continue
            if not self._ready.is_set() or self.failed:
                continue  # a restart is under way, or it is hopeless
            now = time.monotonic()
            self._crashes = [t for t in self._crashes if now - t < _CRASH_WINDOW_S] + [now]
            if len(self._crashes) > _MAX_CRASHES:
                self.failed = (
                    f"{self.store}: the SPARQL engine died {len(self._crashes)} times within "
                    f"{_CRASH_WINDOW_S:g} s; stopped"
                )
                self._ready.clear()
                return
            with contextlib.suppress(ServerError):
                self.restart(self.generation)

    def _kill(self) -> None:
        process = self.process
        if process is None or process.poll() is not None:
            self._reap_group(process)
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        self._reap_group(process)

    @staticmethod
    def _reap_group(process: subprocess.Popen[bytes] | None) -> None:
        # The group may outlive its leader (an engine whose bridge was killed): end it too.
        if process is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)

    def stop(self) -> None:
        """Stop Oxigraph for good."""
        self._stopped = True
        self._ready.clear()
        with self._lock:
            self._kill()
        self.log.close()
        shutil.rmtree(self._socket_dir, ignore_errors=True)

    def log_text(self) -> str:
        """What Oxigraph wrote on stderr so far (all its runs)."""
        if self.log.closed:
            return ""
        self.log.seek(0)
        return self.log.read().decode("utf-8", errors="replace")


__all__ = [
    "RETRY_AFTER_S",
    "OxigraphProcess",
    "ServerError",
    "can_isolate",
    "free_port",
]
