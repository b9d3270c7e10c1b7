"""Rule 8 of the cleaning (``extract.ingest.cleaning``): short lines in another script.

A mostly Latin-script article scraped from a site whose parent is in another language carries
short chrome lines in that script (a Cyrillic "advertisement" label); they are dropped, a long
quotation in another script is kept.

>>> drop_foreign_script_lines(["Реклама", "The minister met his counterpart on Monday."])
['The minister met his counterpart on Monday.']
"""

from __future__ import annotations

import re
import unicodedata

from extract.ingest.line_shapes import count_words


def _latin_share(text: str) -> float:
    if text.isascii():  # a flag of the string, not a scan; every ASCII letter is Latin
        return 1.0 if _ASCII_LETTER.search(text) else 0.0
    # The ASCII letters (the only ASCII characters that are letters, all named "LATIN ...")
    # are counted in one pass; only the other characters are looked up one by one.
    ascii_letters = len(_ASCII_LETTER.findall(text))
    others = [ch for ch in _NON_ASCII.findall(text) if ch.isalpha()]
    letters = ascii_letters + len(others)
    if not letters:
        return 0.0
    latin = ascii_letters + sum(1 for ch in others if "LATIN" in unicodedata.name(ch, ""))
    return latin / letters


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def drop_foreign_script_lines(lines: list[str]) -> list[str]:
    """In a mostly Latin-script article, remove short lines written mostly in another script.

    Such lines are site chrome of a foreign-language parent site (a Cyrillic "advertisement"
    label); a long quote in another script is kept.
    """
    if _latin_share("".join(lines)) < 0.8:
        return lines
    return [
        line
        for line in lines
        if not (
            line
            and _latin_share(line) < 0.5  # cheapest first: most lines stop here
            and any(map(str.isalpha, line))
            and count_words(line) <= 4
        )
    ]
