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

Dates are normalised by ``extract.dates_places.date_expressions``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

# choose_date, dates_agree and normalise_event_date are read from here too (the graph builders)
from extract.dates_places.date_expressions import (
    choose_date,
    dates_agree,
    is_year,
    normalise_event_date,
    precision,
)
from extract.dates_places.place_phrases import place_objects
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

_ON = frozenset({"on"})  # "talks in Madrid on Tuesday"


def _looks_like_date(token: Token) -> bool:
    lower = token.lower_
    return (
        lower in WORDS.weekday_numbers
        or (lower in WORDS.month_numbers and token.pos_ == "PROPN")
        or lower in WORDS.day_offsets
        or is_year(lower)
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
    found = [
        date
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for pobj in prep.children
        if pobj.dep_ == "pobj" and (date := _found(_date_span(pobj), article_date, future))
    ]
    for place in place_objects(token):
        if place.ent_type_ in PLACE_LABELS:
            found += _prep_dates(place, _ON, article_date, future)
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
        if span is not None and as_date is not None and precision(as_date) == 2:
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
        c.lower_ in WORDS.upcoming_words for c in head.lefts
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
