"""Run one job in a forked child process while this one goes on; its failure is raised here.

The child is forked, so it sees the caller's objects (a large graph) without pickling them;
only a one-line error, if any, comes back through a pipe. Where ``fork`` is not available
(not Linux), the job simply runs in this process when ``wait`` is called.

>>> ForkedJob(len, "abc").wait()
>>> ForkedJob(int, "x").wait()
Traceback (most recent call last):
...
RuntimeError: int: ValueError: invalid literal for int() with base 10: 'x'
>>> ForkedJob(open, "/no/such/folder/file").wait()
Traceback (most recent call last):
...
FileNotFoundError: [Errno 2] No such file or directory: '/no/such/folder/file'
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable
from typing import Any


class ForkedJob:
    """``function(*args)`` started in a forked child at once; ``wait()`` joins it."""

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        self._function = function
        self._args = args
        self._process: Any = None
        if sys.platform != "linux":
            return
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_run_child, args=(send, function, args))
        self._process.start()
        send.close()

    def wait(self) -> None:
        """Wait for the job; raise ``RuntimeError`` with the child's error if it failed."""
        if self._process is None:
            self._function(*self._args)
            return
        try:
            message = self._receive.recv() if self._receive.poll(None) else None
        except EOFError:  # the child died before it could say anything
            message = None
        self._process.join()
        if message == ("ok",) and self._process.exitcode == 0:
            return
        if message and message[0] == "os":  # keep OSError an OSError: callers report it as such
            raise OSError(*message[1:])
        reason = message[1] if message else f"exited with code {self._process.exitcode}"
        raise RuntimeError(f"{getattr(self._function, '__name__', 'job')}: {reason}")


def _run_child(send: Any, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        function(*args)
    except OSError as error:
        send.send(("os", error.errno, error.strerror or str(error), error.filename))
    except BaseException as error:  # report everything, a KeyboardInterrupt included
        send.send(("error", f"{type(error).__name__}: {error}"))
    else:
        send.send(("ok",))
        send.close()
        return
    send.close()
    os._exit(1)
