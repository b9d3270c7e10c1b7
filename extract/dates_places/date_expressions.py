"""Date expressions normalised to ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, and the choice
between dates that disagree. Pure functions of strings (no spaCy): the graph builders use
``choose_date`` too; ``extract.dates_places.event_dates`` finds the expressions in a parse.

**How a date is normalised** (``normalise_event_date``), ``article_date`` being the article's
ISO date:

* absolute dates as written: "July 14, 2015" / "14 July 2015" → ``2015-07-14``, "July 2015" →
  ``2015-07``, "2015", "early 2015", "the summer of 2015" → ``2015``; a range or two years
  ("between 2014 and 2016") → ``None``;
* a day and month without a year ("July 7") and a bare month ("in March") take the year that
  puts them nearest the article date;
* a bare weekday is the latest such day on or before the article date ("Tuesday" in an
  article of Wednesday 2018-11-07 → ``2018-11-06``), or the first on or after it when the verb
  is future ("will meet on Monday", "is due to meet on Monday"); "last"/"next" + weekday
  exclude the article's own day;
* "yesterday", "last night", "today", "tonight", "tomorrow" → that day; "N days/months/years
  ago" → that day, month or year;
* "last/this/next week" → the month of that Monday-to-Sunday week when it lies in one month,
  else ``None``; "last/this/next month" and "earlier/later this month" → ``YYYY-MM``;
  "last/this/next year" → ``YYYY``; "last November" → the latest November before the article's
  month;
* without an article date, only dates with their own year are kept.

**When dates disagree** (mentions of one entity, or one node across articles), ``choose_date``
keeps the most precise one, and among those the earliest: deterministic and independent of
order. ``dates_agree`` tells whether two dates can be the same day (equal, or one is the
other's year or month).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from extract.dates_places.dates import normalise_date
from extract.vocabulary.word_lists import WORDS

__all__ = ["choose_date", "dates_agree", "is_year", "normalise_event_date", "precision"]

_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_DAY = re.compile(r"^([012]?\d|3[01])(st|nd|rd|th)?$")
_ISO_PARTIAL = re.compile(r"^\d{4}(-\d{2}){0,2}$")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")


def is_year(word: str) -> bool:
    """Whether a word is a four-digit year of the 19th to 21st centuries.

    >>> is_year("2016"), is_year("1492")
    (True, False)
    """
    return bool(_YEAR.match(word))


def _month_shift(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _month_text(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _week_month(monday: dt.date) -> str | None:
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) != (sunday.year, sunday.month):
        return None
    return _month_text(monday.year, monday.month)


def _nearest_year(article: dt.date, month: int, day: int | None) -> int:
    """The year that puts ``month`` (and ``day``) nearest the article date."""
    best: tuple[int, int] | None = None
    for year in (article.year - 1, article.year, article.year + 1):
        try:
            when = dt.date(year, month, day or 15)
        except ValueError:
            continue
        distance = abs((when - article).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else article.year


def _words(text: str) -> list[str]:
    text = text.casefold().replace("’", "'").replace("'s", " ")
    return [w for w in re.split(r"[\s,.'\-–—/]+", text) if w]


def _relative(words: list[str], article: dt.date, future: bool) -> str | None:
    """The relative expressions of the module docstring; ``None`` for anything else."""
    content = [w for w in words if w not in WORDS.date_filler]
    if len(content) == 1 and content[0] in WORDS.day_offsets:
        return (article + dt.timedelta(days=WORDS.day_offsets[content[0]])).isoformat()
    if words == ["last", "night"]:  # "night" is filler, so only the words tell it
        return (article - dt.timedelta(days=1)).isoformat()
    if len(content) == 3 and content[2] == "ago":
        return _ago(content[0], content[1].removesuffix("s"), article)
    if content[:1] in (["earlier"], ["later"]):
        content = content[1:]
    if len(content) != 2 or content[0] not in WORDS.relative_steps:
        return None
    return _stepped(WORDS.relative_steps[content[0]], content[1], article, future)


def _ago(number: str, unit: str, article: dt.date) -> str | None:
    """ "two days ago", "3 months ago", "a year ago"."""
    count = WORDS.number_words.get(number) or (int(number) if number.isdigit() else 0)
    if count and unit == "day":
        return (article - dt.timedelta(days=count)).isoformat()
    if count and unit == "month":
        return _month_text(*_month_shift(article.year, article.month, -count))
    if count and unit == "year":
        return f"{article.year - count:04d}"
    return None


def _stepped(step: int, unit: str, article: dt.date, future: bool) -> str | None:
    """ "last week", "this month", "next year", "last November", "next Tuesday": ``step``
    weeks, months, years or named months or days from the article's."""
    if unit == "week":
        monday = article - dt.timedelta(days=article.weekday()) + dt.timedelta(weeks=step)
        return _week_month(monday)
    if unit == "month":
        return _month_text(*_month_shift(article.year, article.month, step))
    if unit == "year":
        return f"{article.year + step:04d}"
    if unit in WORDS.month_numbers:
        month = WORDS.month_numbers[unit]
        year = article.year
        if step < 0 and month >= article.month:
            year -= 1
        elif step > 0 and month <= article.month:
            year += 1
        return _month_text(year, month)
    if unit in WORDS.weekday_numbers:
        weekday = WORDS.weekday_numbers[unit]
        if step < 0:
            back = (article.weekday() - weekday) % 7 or 7
            return (article - dt.timedelta(days=back)).isoformat()
        if step > 0:
            ahead = (weekday - article.weekday()) % 7 or 7
            return (article + dt.timedelta(days=ahead)).isoformat()
        return _weekday(article, weekday, future)
    return None


def _weekday(article: dt.date, weekday: int, future: bool) -> str:
    if future:
        return (article + dt.timedelta(days=(weekday - article.weekday()) % 7)).isoformat()
    return (article - dt.timedelta(days=(article.weekday() - weekday) % 7)).isoformat()


def normalise_event_date(
    text: str, article_date: str | None = None, *, future: bool = False
) -> str | None:
    """A date expression as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``None`` when it names no
    single day, month or year (the rules are in the module docstring).

    >>> normalise_event_date("July 14, 2015"), normalise_event_date("2016")
    ('2015-07-14', '2016')
    >>> normalise_event_date("Tuesday", "2018-11-07"), normalise_event_date("Tuesday")
    ('2018-11-06', None)
    """
    stripped = text.strip().strip(".,")
    if _ISO_PARTIAL.match(stripped):
        return _valid_iso(stripped)
    if _NUMERIC_DATE.match(stripped):
        return normalise_date(stripped) if re.search(r"\d{4}", stripped) else None
    words = _words(stripped)
    article_iso = normalise_date(article_date) if article_date else None
    article = dt.date.fromisoformat(article_iso) if article_iso else None
    if not words:
        return None
    if article is not None:
        try:
            relative = _relative(words, article, future)
        except (OverflowError, ValueError):  # "999999 days ago": before any calendar date
            relative = None
        if relative is not None:
            return _valid_iso(relative)
    years = [w for w in words if _YEAR.match(w)]
    months = [WORDS.month_numbers[w] for w in words if w in WORDS.month_numbers]
    weekdays = [WORDS.weekday_numbers[w] for w in words if w in WORDS.weekday_numbers]
    days = [w for w in words if _DAY.match(w) and not _YEAR.match(w)]
    unknown = [
        w
        for w in words
        if w not in WORDS.date_filler
        and w not in WORDS.month_numbers
        and w not in WORDS.weekday_numbers
        and not _YEAR.match(w)
        and not _DAY.match(w)
    ]
    if unknown or len(years) > 1 or len(months) > 1 or len(weekdays) > 1 or len(days) > 1:
        return None
    day = int(re.sub(r"\D", "", days[0])) if days else None
    if day is not None and not months:
        return None  # "the 7th": of which month?
    if months:
        month = months[0]
        if years:
            year = int(years[0])
        elif article is not None:
            year = _nearest_year(article, month, day)
        else:
            return None
        if day is None:
            return _month_text(year, month)
        return _valid_iso(f"{year:04d}-{month:02d}-{day:02d}")
    if years:
        return years[0]
    if weekdays and article is not None:
        return _weekday(article, weekdays[0], future)
    return None


def _valid_iso(text: str) -> str | None:
    if not _ISO_PARTIAL.match(text):  # "-982" from "3000 years ago"
        return None
    parts = [int(p) for p in text.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None
    return text if 1800 <= parts[0] <= 2099 else None


def precision(date: str) -> int:
    """How precise an ISO date is: 0 for ``YYYY``, 1 for ``YYYY-MM``, 2 for ``YYYY-MM-DD``."""
    return date.count("-")


def choose_date(dates: Iterable[str | None]) -> str | None:
    """The most precise of several dates, the earliest among equally precise ones.

    >>> choose_date(["2016", "2016-11-08", None, "2016-11-09"])
    '2016-11-08'
    >>> choose_date([None, ""]) is None
    True
    """
    known = [d for d in dates if d]
    return min(known, key=lambda d: (-precision(d), d)) if known else None


def dates_agree(left: str | None, right: str | None) -> bool:
    """Whether two known dates can name the same day: equal, or one is the other's year or
    month ("2016" and "2016-11-08" agree, "2016-11-08" and "2016-11-09" do not).

    >>> dates_agree("2016", "2016-11-08"), dates_agree("2016-11-08", "2016-11-09")
    (True, False)
    """
    if not left or not right:
        return False
    return left.startswith(right) or right.startswith(left)
