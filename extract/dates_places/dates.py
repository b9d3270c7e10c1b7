"""Recognise and normalise the dates that scraped articles carry.

``is_date_line`` tells whether a whole line is a date stamp ("November 07, 2018",
"July 08, 13:54 UTC+3"); ``normalise_date`` turns the common spellings into ISO
``YYYY-MM-DD`` and refuses anything without a full day, month and year rather than guess.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from types import ModuleType

from extract.vocabulary.word_lists import WORDS

__all__ = ["is_date_line", "normalise_date"]


_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:[ap]m)?$")
_ZONE = re.compile(
    r"^(?:utc|gmt|z|[ecmp][sd]t|cet|cest|eet|eest|msk|bst|ist|jst)(?:[+-]\d{1,2}(?::?\d{2})?)?$"
)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[t ]\d{2}:\d{2}.*)?$", re.IGNORECASE)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$|^\d{4}$")


def is_date_line(line: str) -> bool:
    """True when a whole line is a date stamp, e.g. "November 07, 2018" or
    "July 08, 13:54 UTC+3" or "2015-07-14" (every token a date part, one naming a month)."""
    tokens = [t.strip(",.;|") for t in line.casefold().split()]
    tokens = [t for t in tokens if t and t not in {"-", "–", "—", "/"}]
    if not tokens or len(tokens) > 8:
        return False
    has_date = False
    for token in tokens:
        if token in WORDS.month_numbers or _ISO.match(token) or _COMPACT.match(token):
            has_date = True
        elif not (
            _NUMERIC.match(token)
            or _TIME.match(token)
            or _ZONE.match(token)
            or token in WORDS.weekday_numbers
            or token in WORDS.date_line_filler
        ):
            return False
    return has_date


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@cache
def _dateutil_parser() -> ModuleType | None:
    """dateutil's parser module, imported once (an import statement in ``normalise_date`` ran
    the import machinery for every article); ``None`` where dateutil is not installed."""
    try:
        from dateutil import parser
    except ImportError:
        return None
    return parser


def normalise_date(value: str | None) -> str | None:
    """Return ``value`` as ISO ``YYYY-MM-DD``, or ``None`` when it has no full date.

    >>> normalise_date("November 07, 2018"), normalise_date("20080801")
    ('2018-11-07', '2008-08-01')
    """
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    found = _ISO.match(value) or _COMPACT.match(value)
    if found:
        return _ymd(*(int(part) for part in found.groups()))
    # Without a four-digit year, parsers silently fill in the current one: refuse instead.
    if not re.search(r"\b\d{4}\b", value):
        return None
    date_parser = _dateutil_parser()
    try:
        if date_parser is not None:
            return date_parser.parse(value, fuzzy=False).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        pass
    try:  # slower, but reads other languages ("8 июля 2017")
        import dateparser

        found_date = dateparser.parse(value, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    except Exception:  # dateparser raises a variety of errors on odd input
        return None
    return found_date.date().isoformat() if found_date else None
