"""What a line of scraped text looks like: prose, a label, a sentence end.

The cleaning rules (``extract.ingest.cleaning``, ``extract.ingest.article_head``) decide by these
shapes
rather than by exact strings from one site.

>>> is_prose("The two governments signed a water-sharing treaty on Monday."), is_menu_like("World")
(True, True)
"""

from __future__ import annotations

import re

__all__ = ["SENTENCE_END", "WORD", "count_words", "is_menu_like", "is_prose", "line_key"]

# A sentence end, allowing closing quotes and brackets after the punctuation.
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# A word, keeping "U.S.", "Kremlin-backed" and "O'Brien" whole.
WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


def count_words(line: str) -> int:
    """Number of words in ``line`` (see ``WORD``)."""
    return len(WORD.findall(line))


def is_prose(line: str) -> bool:
    """A line that reads like body text: a real sentence, not a label or a headline teaser."""
    return count_words(line) >= 8 and bool(SENTENCE_END.search(line))


def is_menu_like(line: str) -> bool:
    """Short label-shaped line: a menu entry, section name, counter or button text."""
    if len(line) > 40:
        return False
    words = count_words(line)
    if words > 6:
        return False
    # "sections." is a wrapped fragment of a menu blurb; a 4-word sentence is not a label.
    return not (words >= 4 and SENTENCE_END.search(line))


def line_key(line: str) -> str:
    """Comparison key for "the same line": case, punctuation and spacing ignored."""
    return " ".join(WORD.findall(line.casefold()))
