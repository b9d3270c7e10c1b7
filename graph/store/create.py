"""Create an empty store so that a kill at any moment leaves either no store or a whole one.

RocksDB writes a new database as several files (``CURRENT``, a manifest, ``OPTIONS``, one
column family after another). A process killed in the first second of ``newsgraph add`` once
left a folder that looked like a store but lacked a column family ("Column family not found:
dspo") until the next add repaired it. So a new store is made in a hidden sibling folder,
closed, and renamed into place: rename is atomic, and what is under the final name is always
complete. Leftovers of a killed creation (``.<name>.creating-*``) are removed on the next try.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp()) / "store"
>>> create_store_atomically(folder)
>>> (folder / "CURRENT").exists(), sorted(p.name for p in folder.parent.iterdir())
(True, ['store'])
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

__all__ = ["create_store_atomically"]

_CREATING = ".creating-"


def _remove_leftovers(folder: Path) -> None:
    prefix = f".{folder.name}{_CREATING}"
    with contextlib.suppress(OSError):
        for entry in folder.parent.iterdir():
            if entry.name.startswith(prefix) and not _owner_alive(entry):
                shutil.rmtree(entry, ignore_errors=True)


def _owner_alive(entry: Path) -> bool:
    """True when the process that is creating ``entry`` still runs (its pid ends the name)."""
    pid = entry.name.rsplit("-", 1)[-1]
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return int(pid) != os.getpid()


def create_store_atomically(folder: Path) -> None:
    """Make an empty Oxigraph store at ``folder`` (absent or an empty folder) in one rename.

    When another process created the store meanwhile, its store is kept. Raises ``OSError``
    (a full disk, no permission) with nothing left under ``folder``'s name.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(folder)
    scratch = Path(
        tempfile.mkdtemp(
            prefix=f".{folder.name}{_CREATING}", suffix=f"-{os.getpid()}", dir=folder.parent
        )
    )
    try:
        store = ox.Store(str(scratch))
        store.flush()
        del store
        gc.collect()  # the store is closed (its lock released) only when the object is freed
        try:
            os.rename(scratch, folder)  # replaces an empty folder; fails on a non-empty one
        except OSError:
            if not (folder / "CURRENT").exists():
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
