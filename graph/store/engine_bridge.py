"""Run Oxigraph in a private network namespace and relay a Unix socket to it.

Started by ``graph.store.serve_engine`` as ``unshare --net -- python engine_bridge.py SOCKET
-- oxigraph serve-read-only ... --bind 127.0.0.1:PORT``. Inside the new namespace only a
loopback interface exists, so the engine's TCP port is reachable by nothing but this bridge,
and the engine itself can reach no network at all (no ``SERVICE`` call gets out even if one
slipped past the front). The bridge accepts connections on ``SOCKET`` (a Unix socket in a
folder only this user can enter) and relays each to the engine's port. It ends when the
engine ends, with the engine's exit status, and stops the engine when it is told to stop or
when the front that started it is gone.

Standard library only, and run as a script: it must start without the ``graph`` package.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time

_CHUNK = 64 * 1024


def _pump(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(_CHUNK):
            target.sendall(data)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)


def _relay(client: socket.socket, port: int) -> None:
    try:
        engine = socket.create_connection(("127.0.0.1", port), timeout=10)
    except OSError:
        client.close()
        return
    engine.settimeout(None)
    back = threading.Thread(target=_pump, args=(engine, client), daemon=True)
    back.start()
    _pump(client, engine)
    back.join()
    client.close()
    engine.close()


def _bind_port(command: list[str]) -> int:
    bind = command[command.index("--bind") + 1]
    return int(bind.rsplit(":", 1)[1])


def main(argv: list[str]) -> int:
    """``engine_bridge.py SOCKET -- COMMAND...``: run COMMAND, relay SOCKET to its port."""
    if len(argv) < 3 or argv[1] != "--":
        print("usage: engine_bridge.py SOCKET -- COMMAND...", file=sys.stderr)
        return 2
    path, command = argv[0], argv[2:]
    lo = subprocess.run(["ip", "link", "set", "lo", "up"], capture_output=True, check=False)
    if lo.returncode != 0:
        print("Error: cannot bring up loopback in the private namespace", file=sys.stderr)
        return 3
    engine = subprocess.Popen(command, stdin=subprocess.DEVNULL)

    def stop(signum: int, frame: object) -> None:
        engine.terminate()
        try:
            engine.wait(timeout=5)
        except subprocess.TimeoutExpired:
            engine.kill()
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    os.chmod(path, 0o600)
    listener.listen(128)

    def watch() -> None:
        status = engine.wait()
        with contextlib.suppress(OSError):
            os.unlink(path)
        os._exit(status if status >= 0 else 128 - status)

    def orphaned() -> None:
        # A front killed with SIGKILL cannot stop us: notice being re-parented and stop the
        # engine, so no unreachable engine keeps the store marked as served.
        parent = os.getppid()
        while os.getppid() == parent:
            time.sleep(1.0)
        stop(signal.SIGTERM, None)

    threading.Thread(target=watch, daemon=True).start()
    threading.Thread(target=orphaned, daemon=True).start()
    port = _bind_port(command)
    while True:
        try:
            client, _ = listener.accept()
        except OSError:
            time.sleep(0.05)
            continue
        threading.Thread(target=_relay, args=(client, port), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
