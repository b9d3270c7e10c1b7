"""Hand the memory a batch of ``add`` freed back to the operating system.

A batch of ``add`` allocates and frees a great deal outside Python's objects: Oxigraph's
transactions, the answers of its queries, RocksDB's memtables until ``flush`` writes them to
disk. glibc's ``malloc`` keeps what was freed for reuse, in the main heap and in one arena per
thread that allocated, and returns it to the system only when the top of a heap is free, so
free pieces left between live ones stay in the resident set. ``malloc_trim(0)`` walks every
arena and gives back each whole free page. Measured on ``add`` (docs/sparql.md, "Adding a
whole corpus"): trimming after each batch lowers the resident set by some 40 MB, but not its
growth, which was RocksDB's caches; reopening the store after each batch is what stops that.

On a C library without ``malloc_trim`` (musl, macOS, Windows) this does nothing: those
allocators return memory by their own rules.

>>> release_free_memory() in (True, False)
True
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or ``None`` where the C library has none."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Return the C heap's free pages to the system; True when any were returned.

    Costs a walk over the heap (milliseconds for a few hundred MB), so call it between
    batches, not per article.
    """
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False


__all__ = ["release_free_memory"]
