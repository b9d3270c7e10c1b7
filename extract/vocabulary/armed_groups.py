"""Names of armed non-state groups: ``data/armed_groups.txt``.

The table is derived from PETRARCH2's actor dictionaries by ``scripts/build_petrarch_tables.py``
(MIT, credited in NOTICE): some 1,000 names of militant groups and rebels ("Islamic State",
"Boko Haram", "Shining Path", "ISIS"), without the leaders the dictionaries list beside them.
Names are stored as :func:`extract.vocabulary.known_actors.normalise_name` writes them.

>>> is_armed_group("the Islamic State"), is_armed_group("Shining Path"), is_armed_group("Oslo")
(True, True, False)
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from extract.vocabulary.known_actors import normalise_name

TABLE = "data/armed_groups.txt"


@cache
def _names() -> frozenset[str]:
    text = resources.files("extract").joinpath(TABLE).read_text(encoding="utf-8")
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#"))


def is_armed_group(name: str) -> bool:
    """Whether ``name`` (any case, with or without "the") is an armed group's name."""
    return normalise_name(name) in _names()


def longest_group_words() -> int:
    """The most space-separated words an armed group's name has (to bound a search).

    >>> longest_group_words() > 3
    True
    """
    return max(len(name.split()) for name in _names())
