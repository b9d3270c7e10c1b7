"""Split an over-long article into parts the parser can take, at paragraph boundaries.

The policy for huge inputs, in one place:

* a file or JSON text over ``extract.ingest.read.MAX_ARTICLE_BYTES`` (20 MiB) is refused by
  ingestion with a one-line ``InputError``;
* an article longer than ``MAX_PART_CHARS`` characters (but within that cap) is read as
  several articles, ``<id>#part-1``, ``<id>#part-2``, ... Each part is an exact slice of the
  cleaned text, cut at a paragraph break (failing that, a sentence end, a space, or -- for one
  giant word -- anywhere), so evidence offsets within a part are correct, and adding the
  part's start (``part_start``) gives the offset in the whole text.

Why parts instead of one big document: spaCy refuses texts over ``nlp.max_length`` and its
parser's memory grows with the document; 100,000 characters is several times the longest news
feature, so real articles are never split, while a pasted book or log still gets processed.
"""

from __future__ import annotations

import dataclasses
import re

from extract.types import Article

__all__ = [
    "MAX_PART_CHARS",
    "PART_SEPARATOR",
    "is_part_id",
    "part_bounds",
    "part_start",
    "split_long_article",
]

MAX_PART_CHARS = 100_000
PART_SEPARATOR = "#part-"

_PART_ID = re.compile(re.escape(PART_SEPARATOR) + r"[0-9]+\Z")

# Preferred cut points, best first: a paragraph break, a sentence end, any whitespace.
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"[.!?…][\"'”’)\]]*\s+"), re.compile(r"\s+"))


def _cut_point(text: str, start: int, limit: int) -> int:
    """The end of the next part starting at ``start``: the last good break within ``limit``."""
    window_end = start + limit
    if window_end >= len(text):
        return len(text)
    window = text[start:window_end]
    for pattern in _CUTS:
        ends = [found.end() for found in pattern.finditer(window)]
        # A break in the first quarter would make a tiny part and many more of them.
        usable = [end for end in ends if end > limit // 4]
        if usable:
            return start + usable[-1]
    return window_end


def is_part_id(article_id: str) -> bool:
    """True for an id of the form ``<id>#part-N``, which only ``split_long_article`` makes.

    Reading refuses such an id on an input article: next to a long article ``x`` it would
    collide with (and replace) one of ``x``'s parts.

    >>> is_part_id("x#part-2"), is_part_id("x#partial"), is_part_id("x")
    (True, False, False)
    """
    return _PART_ID.search(article_id) is not None


def part_bounds(text: str, limit: int = MAX_PART_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of each part of ``text``; one span when it fits in ``limit``.

    >>> part_bounds("One.\\n\\nTwo.\\n\\nThree.", limit=12)
    [(0, 12), (12, 18)]
    """
    if limit < 1:
        raise ValueError(f"part limit must be positive, got {limit}")
    bounds = []
    start = 0
    while start < len(text):
        end = _cut_point(text, start, limit)
        bounds.append((start, end))
        start = end
    return bounds or [(0, 0)]


def split_long_article(article: Article, limit: int = MAX_PART_CHARS) -> list[Article]:
    """The article itself when its text fits in ``limit`` characters, else its parts.

    Parts keep every field but ``id`` (``<id>#part-N``, numbered from 1) and ``text`` (the
    slice, with the whitespace at the cut trimmed off its end only, so offsets still line up
    with the slice's start).

    >>> long = Article(id="log", text="First paragraph.\\n\\nSecond one.")
    >>> [(part.id, part.text) for part in split_long_article(long, limit=20)]
    [('log#part-1', 'First paragraph.'), ('log#part-2', 'Second one.')]
    """
    if len(article.text) <= limit:
        return [article]
    parts = []
    for number, (start, end) in enumerate(part_bounds(article.text, limit), start=1):
        text = article.text[start:end].rstrip()
        if not text.strip():
            continue
        parts.append(
            dataclasses.replace(article, id=f"{article.id}{PART_SEPARATOR}{number}", text=text)
        )
    return parts


def part_start(article_text: str, part_number: int, limit: int = MAX_PART_CHARS) -> int:
    """Offset in the whole text where part ``part_number`` (from 1) begins.

    >>> part_start("First paragraph.\\n\\nSecond one.", 2, limit=20)
    18
    """
    return part_bounds(article_text, limit)[part_number - 1][0]
