"""Atomic file writes: readers see the old file or the new one, never half of one.

Every exporter writes through ``atomic_write``: the bytes go to a temporary file in the
target's own directory (so ``os.replace`` is a rename within one file system, which POSIX
and Windows make atomic) and only a writer that finishes replaces the target.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Literal, overload


def _open_temp(target: Path) -> tuple[Path, int]:
    """Create a fresh hidden temp file next to ``target`` and return its path and descriptor."""
    while True:
        temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            # 0o666 lets the kernel apply the umask, so the result has the permissions an
            # ordinary ``open(path, "w")`` would give (tempfile.mkstemp would force 0o600).
            return temp, os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:  # pragma: no cover - 48 random bits collided
            continue


@overload
def atomic_write(
    path: str | os.PathLike[str], mode: Literal["w"] = "w", *, encoding: str = "utf-8"
) -> contextlib.AbstractContextManager[IO[str]]: ...
@overload
def atomic_write(
    path: str | os.PathLike[str], mode: Literal["wb"], *, encoding: str = "utf-8"
) -> contextlib.AbstractContextManager[IO[bytes]]: ...
def atomic_write(
    path: str | os.PathLike[str], mode: str = "w", *, encoding: str = "utf-8"
) -> contextlib.AbstractContextManager[IO[str]] | contextlib.AbstractContextManager[IO[bytes]]:
    """Open a temp file for writing that replaces ``path`` when the ``with`` block succeeds.

    If the block raises, the temp file is removed and an existing ``path`` is left untouched.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_write(target) as handle:
    ...     _ = handle.write("hello")
    >>> target.read_text()
    'hello'
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write supports modes 'w' and 'wb', not {mode!r}")
    return _atomic(Path(path), mode, encoding)


@contextlib.contextmanager
def _atomic(target: Path, mode: str, encoding: str) -> Iterator[IO]:
    temp, descriptor = _open_temp(target)
    try:
        if mode == "wb":
            handle: IO = os.fdopen(descriptor, "wb")
        else:
            handle = os.fdopen(descriptor, "w", encoding=encoding, newline="")
        with handle:
            yield handle
            handle.flush()
            # Without fsync a crash after the rename can leave an empty file on some file systems.
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


def write_text_atomic(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically (see ``atomic_write``).

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> write_text_atomic(target, "hi")
    >>> target.read_text()
    'hi'
    """
    with atomic_write(path, "w", encoding=encoding) as handle:
        handle.write(text)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see ``atomic_write``)."""
    with atomic_write(path, "wb") as handle:
        handle.write(data)
