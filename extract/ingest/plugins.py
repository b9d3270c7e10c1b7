"""Plugins other distributions declare under a newsgraph entry-point group.

Both registries use it: the readers of ``extract.ingest.read`` (group ``newsgraph.readers``)
and the writers of ``graph.export.registry`` (group ``newsgraph.writers``). It lives here, at
the bottom, because ``extract`` never imports ``graph``.

>>> add_plugins({}, "newsgraph.no-such-group", object)
{}
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Protocol, TypeVar

log = logging.getLogger(__name__)


class Named(Protocol):
    """What a registry entry has: the name it is registered under."""

    @property
    def name(self) -> str:
        """The entry's name, e.g. ``"ttl"`` or ``"jsonl"``."""
        ...


Entry = TypeVar("Entry", bound=Named)


def add_plugins(
    registry: dict[str, Entry],
    group: str,
    kind: type[Entry],
    clash: Callable[[Entry, dict[str, Entry]], str] | None = None,
) -> dict[str, Entry]:
    """Add to ``registry`` (name → entry) each entry point of ``group``, in name order, and
    return it.

    An entry point is left out, with a warning naming it, when it fails to load, is not a
    ``kind``, is named otherwise than its entry point, takes a name already registered, or
    ``clash(entry, registry)`` names a conflict (e.g. a file suffix another reader reads):
    one broken plugin never stops a build.
    """
    for point in sorted(entry_points(group=group), key=lambda point: point.name):
        where = f"{group} entry point {point.name} ({point.value})"
        try:
            loaded = point.load()
        except Exception as error:  # a plugin's import can fail in any way
            log.warning("%s not loaded: %s", where, error)
            continue
        if not isinstance(loaded, kind):
            problem = f"expected {kind.__name__}, got {type(loaded).__name__}"
        elif loaded.name != point.name:
            problem = f"its name is {loaded.name!r}, not the entry point's"
        elif point.name in registry:
            problem = "that name is taken already"
        else:
            problem = clash(loaded, registry) if clash else ""
        if problem:
            log.warning("%s left out: %s", where, problem)
            continue
        registry[point.name] = loaded
    return registry
