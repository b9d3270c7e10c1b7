"""Make sure ``extract`` and ``graph`` are newsgraph's own packages, not a user's files.

A notebook's folder comes first on ``sys.path``, so a user's own ``graph.py`` or
``extract.py`` next to it would be imported in place of newsgraph's packages and fail far from
the cause. ``ensure_own_packages`` puts newsgraph's folder first while the packages are
imported, and refuses with one clear line when another module of the same name was imported
before.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

OWN_PACKAGES = ("extract", "graph")
_HOME = Path(__file__).resolve().parent.parent


def _is_own(module_file: str | None) -> bool:
    return module_file is not None and Path(module_file).resolve().parent.parent == _HOME


def ensure_own_packages() -> None:
    """Import newsgraph's ``extract`` and ``graph``, whatever else is on ``sys.path``.

    Raises ``ImportError`` naming the file when a different ``graph`` or ``extract`` module
    was imported before newsgraph.

    >>> ensure_own_packages()
    >>> import graph
    >>> Path(graph.__file__).parent.name
    'graph'
    """
    for name in OWN_PACKAGES:
        loaded = sys.modules.get(name)
        if loaded is not None:
            if not _is_own(getattr(loaded, "__file__", None)):
                raise ImportError(
                    f"newsgraph: the module {name!r} already imported from "
                    f"{getattr(loaded, '__file__', '?')} is not newsgraph's; rename that file"
                )
            continue
        sys.path.insert(0, str(_HOME))
        try:
            module = importlib.import_module(name)
        finally:
            sys.path.remove(str(_HOME))
        if not _is_own(module.__file__):  # pragma: no cover - only with a broken install
            raise ImportError(f"newsgraph: {name!r} resolved to {module.__file__}")
