"""English words only ever written in lower case: ``data/common_words.txt``.

The table is derived by ``scripts/build_common_words.py`` from Debian's wamerican word list
(SCOWL, credited in NOTICE). It is some 60,000 words, so it is read on first use rather than
with the hand-written word lists, which every process loads at start.

>>> is_common_word("laws"), is_common_word("senate"), is_common_word("reagan")
(True, False, False)
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _words() -> frozenset[str]:
    source = resources.files("extract").joinpath("data/common_words.txt")
    text = source.read_text(encoding="utf-8")
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#"))


def is_common_word(word: str) -> bool:
    """Whether English writes ``word`` (given in lower case) only in lower case."""
    return word in _words()
