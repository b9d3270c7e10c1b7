"""The date a sentence states for an event or agreement, normalised to ISO.

"the G20 summit in Hamburg on July 7", "talks in Madrid on Tuesday", "the 2016 presidential
election", "the treaty was signed in 2015": each event or agreement mention gets the date its
sentence attaches to it, as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (the precision the text
gives), or ``None``.

**Where a date is looked for** (``stated_date``), nearest first; the first place that holds a
date wins:

1. in the name, on the head noun: a date modifier or possessor ("the 2016 election",
   "Tuesday's meeting", "the July 7 summit");
2. after the head noun: "on"/"in"/"of"/"during" + date ("the summit on July 7", "the elections
   of 2016"), also behind a place ("talks in Madrid on Tuesday", which the parser often reads
   as "Madrid on Tuesday"), a bare date ("the talks yesterday") and a participle that makes or
   holds it ("the deal reached on Tuesday");
3. on the governing verb, when that verb makes, holds or frames the occasion
   (``WORDS.occurring_verbs``: "held talks on Tuesday", "the treaty was signed in 2015", "the summit
   ended on Friday"), or for any verb when the mention is the object of "at"/"during"/"in"
   ("met at the G20 summit on July 7": what happened at the summit happened on its day).
   "criticised the deal on Tuesday" or "said on Tuesday following the talks" give nothing:
   the date is the criticism's or the statement's, not the occasion's.

Only spaCy ``DATE`` entities are read, or, where the model missed one, a token that is itself a
weekday, a month, a four-digit year or "yesterday"/"today"/"tomorrow".

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
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from extract.dates_places.dates import normalise_date
from extract.labels import NAME_MODIFIER_DEPS, PLACE_LABELS
from extract.types import Entity, EntityType
from extract.vocabulary.word_lists import WORDS

if TYPE_CHECKING:  # the graph builders import choose_date without loading spaCy
    from spacy.tokens import Doc, Span, Token

    from extract.mentions.mention import ActorMention

__all__ = [
    "choose_date",
    "date_tokens_in",
    "dates_agree",
    "mention_date",
    "normalise_event_date",
    "stated_date",
    "with_event_dates",
]

_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_DAY = re.compile(r"^([012]?\d|3[01])(st|nd|rd|th)?$")
_ISO_PARTIAL = re.compile(r"^\d{4}(-\d{2}){0,2}$")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")


# ---------------------------------------------------------------- normalisation


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
        count = WORDS.number_words.get(content[0]) or (
            int(content[0]) if content[0].isdigit() else 0
        )
        unit = content[1].removesuffix("s")
        if count and unit == "day":
            return (article - dt.timedelta(days=count)).isoformat()
        if count and unit == "month":
            return _month_text(*_month_shift(article.year, article.month, -count))
        if count and unit == "year":
            return f"{article.year - count:04d}"
        return None
    if content[:1] in (["earlier"], ["later"]):
        content = content[1:]
    if len(content) != 2 or content[0] not in ("last", "this", "next", "coming", "past"):
        return None
    step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[content[0]]
    unit = content[1]
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


def _precision(date: str) -> int:
    return date.count("-")


def choose_date(dates: Iterable[str | None]) -> str | None:
    """The most precise of several dates, the earliest among equally precise ones.

    >>> choose_date(["2016", "2016-11-08", None, "2016-11-09"])
    '2016-11-08'
    >>> choose_date([None, ""]) is None
    True
    """
    known = [d for d in dates if d]
    return min(known, key=lambda d: (-_precision(d), d)) if known else None


def dates_agree(left: str | None, right: str | None) -> bool:
    """Whether two known dates can name the same day: equal, or one is the other's year or
    month ("2016" and "2016-11-08" agree, "2016-11-08" and "2016-11-09" do not).

    >>> dates_agree("2016", "2016-11-08"), dates_agree("2016-11-08", "2016-11-09")
    (True, False)
    """
    if not left or not right:
        return False
    return left.startswith(right) or right.startswith(left)


# ---------------------------------------------------------------- finding the date in a parse


def _looks_like_date(token: Token) -> bool:
    lower = token.lower_
    return (
        lower in WORDS.weekday_numbers
        or (lower in WORDS.month_numbers and token.pos_ == "PROPN")
        or lower in WORDS.day_offsets
        or bool(_YEAR.match(lower))
    )


def _date_span(token: Token) -> Span | None:
    """The DATE entity ``token`` is part of, or the token's own phrase when it is a date word
    the model did not label."""
    doc = token.doc
    if token.ent_type_ == "DATE":
        start, end = token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == "DATE":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end]
    if token.ent_type_ or not _looks_like_date(token):
        return None
    words = [t for t in token.subtree if t.dep_ not in ("prep", "pobj") or t is token]
    return doc[min(t.i for t in words) : max(t.i for t in words) + 1]


def _is_future(verb: Token) -> bool:
    """ "will meet", "'ll sign", "is due to meet", "plans to hold": the act lies ahead."""
    current: Token | None = verb
    for _ in range(3):
        if current is None:
            break
        if any(c.dep_ == "aux" and c.lower_ in WORDS.future_auxiliaries for c in current.children):
            return True
        if current.dep_ == "xcomp" and current.head.lemma_.lower() in WORDS.future_frames:
            return True
        current = current.head if current.dep_ in ("xcomp", "conj") else None
    return False


def _found(span: Span | None, article_date: str | None, future: bool) -> str | None:
    if span is None:
        return None
    return normalise_event_date(span.text, article_date, future=future)


def _prep_dates(
    token: Token, prepositions: frozenset[str], article_date: str | None, future: bool
) -> list[str]:
    """Dates in "<preposition> <date>" phrases on ``token`` and, one level down, on the
    objects of its "in"/"at" phrases ("talks in Madrid on Tuesday")."""
    found: list[str] = []
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ in prepositions and (
                date := _found(_date_span(pobj), article_date, future)
            ):
                found.append(date)
            elif prep.lower_ in ("in", "at") and pobj.ent_type_ in PLACE_LABELS:
                found += _prep_dates(pobj, frozenset({"on"}), article_date, future)
    for child in token.children:
        if child.dep_ in ("npadvmod", "tmod") and (
            date := _found(_date_span(child), article_date, future)
        ):
            found.append(date)
    return found


def _name_dates(head: Token, article_date: str | None, future: bool) -> list[str]:
    return [
        date
        for child in head.lefts
        if child.dep_ in NAME_MODIFIER_DEPS
        and (date := _found(_date_span(child), article_date, future))
    ]


def date_tokens_in(doc: Doc, mention: ActorMention) -> frozenset[int]:
    """Indices of the tokens of a mention that state the day it happened ("Tuesday" in "the
    Tuesday meeting", "July 7" in "the July 7 summit"); coreference reads a name made only of
    these as a dated anaphor. A year or a month ("the 2016 election") names the occasion and
    is not counted."""
    if mention.head < 0:
        return frozenset()
    indices: set[int] = set()
    for child in doc[mention.head].lefts:
        span = _date_span(child) if child.dep_ in NAME_MODIFIER_DEPS else None
        as_date = normalise_event_date(span.text, "2000-01-01") if span is not None else None
        if span is not None and as_date is not None and _precision(as_date) == 2:
            indices.update(t.i for t in span)
            indices.update(t.i for t in child.children if t.dep_ == "case")
    return frozenset(i for i in indices if mention.start <= i < mention.end)


def _governing_verb(head: Token) -> tuple[Token | None, bool]:
    """The verb whose date may be the occasion's, and whether any verb qualifies (the
    mention sets the scene: "at"/"during"/"in" the occasion)."""
    if head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        return head.head, False
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        prep = head.head
        if prep.lower_ in WORDS.setting_prepositions and prep.head.pos_ in ("VERB", "AUX"):
            return prep.head, True
        if prep.lower_ in ("to", "on") and prep.head.pos_ == "VERB":
            return prep.head, False  # "agreed to a deal", "agreed on a ceasefire"
    return None, False


def stated_date(doc: Doc, head_index: int, article_date: str | None) -> str | None:
    """The date the sentence states for the occasion headed by ``doc[head_index]`` (see the
    module docstring for where it is looked for), normalised; ``None`` when there is none."""
    if head_index < 0:
        return None
    head = doc[head_index]
    verb, any_verb = _governing_verb(head)
    future = (verb is not None and _is_future(verb)) or any(
        c.lower_ in ("upcoming", "next", "planned", "forthcoming") for c in head.lefts
    )
    found = _name_dates(head, article_date, future)
    if found:
        return choose_date(found)
    found = _prep_dates(head, WORDS.head_prepositions, article_date, future)
    for clause in head.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() in WORDS.occurring_verbs:
            found += _prep_dates(clause, frozenset({"on", "in"}), article_date, future)
    if found:
        return choose_date(found)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if not any_verb and lemma not in WORDS.occurring_verbs:
        return None
    prepositions = frozenset({"on", "in"} | ({"for"} if lemma in WORDS.scheduling_verbs else set()))
    return choose_date(_prep_dates(verb, prepositions, article_date, future))


def mention_date(doc: Doc, mention: ActorMention, article_date: str | None) -> str | None:
    """The stated date of an Agreement or Event mention (``None`` for other types)."""
    if mention.type not in (EntityType.AGREEMENT, EntityType.EVENT):
        return None
    return stated_date(doc, mention.head, article_date)


def with_event_dates(mentions: Sequence[ActorMention], entities: list[Entity]) -> list[Entity]:
    """``entities`` with each agreement's and event's ``date``: the ``choose_date`` of the
    dates stated for its mentions (``ActorMention.date``, read by coreference)."""
    dates: dict[str, list[str | None]] = {}
    for mention in mentions:
        if mention.type in (EntityType.AGREEMENT, EntityType.EVENT):
            dates.setdefault(mention.key, []).append(mention.date)
    return [
        replace(entity, date=choose_date(dates.get(entity.key, ())))
        if entity.type in (EntityType.AGREEMENT, EntityType.EVENT)
        else entity
        for entity in entities
    ]
