"""Country references of several words that the tagger leaves untagged or splits.

* Nicknames and long names from the country table ("the Land of the Rising Sun", "the Jewish
  state", "the Middle Kingdom"): a capitalised run of tokens that the table knows names the
  country, as "Japan" would.
* "the Rwandan capital", "the Georgian capital": the country's capital, a seat of government
  (it stands for the country when it acts, like "Kigali accused ..."; otherwise it is the
  place, named after the capital the table lists first). The phrase starts at the demonym,
  never at the determiner before it (``extract.mentions.demonym_groups.is_determiner``).
* "the British Government", "the U.S. Administration" tagged as an organisation: a country
  and one of ``WORDS.government_nouns`` is that country, as analysts code it
  (``government_of_country``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from extract.doc_words import doc_words
from extract.mentions.demonym_groups import is_determiner
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, CountryMatch, match_country, phrase_names
from extract.vocabulary.word_lists import WORDS

_LEAD = re.compile(r"\w+")


def country_phrases(doc: Doc, taken: set[int]) -> list[ActorMention]:
    """Mentions of countries named by several-word phrases, outside the ``taken`` tokens."""
    return _named_phrases(doc, taken) + _demonym_capitals(doc, taken)


@cache
def _phrase_index() -> tuple[dict[str, CountryMatch], frozenset[str], int]:
    """The table's several-word names, their first words and the most words one has."""
    names = phrase_names()
    first_words = frozenset(_lead(text) for text in names)
    longest = max((len(text.split()) for text in names), default=0)
    return names, first_words, longest


@lru_cache(maxsize=1 << 16)  # asked of every token; a news corpus repeats its words
def _lead(text: str) -> str:
    """The leading run of letters and digits ("people's republic" → "people"): a token and
    the phrase it may start agree on it however the tokenizer splits punctuation."""
    match = _LEAD.match(text)
    return match.group() if match else text


def _named_phrases(doc: Doc, taken: set[int]) -> list[ActorMention]:
    names, first_words, longest = _phrase_index()
    found = []
    words = doc_words(doc)
    lowers = words.lowers
    i = 0
    while i < len(lowers):
        may_start = _lead(lowers[i]) in first_words
        width = _phrase_width(doc, i, taken, names, longest) if may_start else 0
        if width:
            match = names[words.span_text(i, i + width).casefold()]
            if match.form is CountryForm.NAME:
                found.append(
                    ActorMention(
                        i, i + width, EntityType.COUNTRY, match.label, match.code, match.form
                    )
                )
            i += width
        else:
            i += 1
    return found


def _phrase_width(
    doc: Doc, start: int, taken: set[int], names: dict[str, CountryMatch], longest: int
) -> int:
    """Tokens of the longest table phrase starting at ``start`` (0 when none)."""
    if not (doc[start].is_title or doc[start].is_upper):
        return 0
    words = doc_words(doc)
    for width in range(min(longest + 2, len(doc) - start), 1, -1):
        if any(j in taken for j in range(start, start + width)):
            continue
        if words.span_text(start, start + width).casefold() in names:
            return width
    return 0


def _demonym_capitals(doc: Doc, taken: set[int]) -> list[ActorMention]:
    found = []
    for noun in (doc[i] for i in doc_words(doc).positions(WORDS.capital_nouns)):
        demonym = _demonym_before(noun)
        if demonym is None:
            continue
        start, match = demonym
        if any(i in taken for i in range(start, noun.i + 1)):
            continue
        found.append(
            ActorMention(
                start, noun.i + 1, EntityType.COUNTRY, match.label, match.code, CountryForm.SEAT
            )
        )
    return found


def _demonym_before(noun: Token) -> tuple[int, CountryMatch] | None:
    """The start and country of a demonym right before ``noun`` ("the South Korean capital")."""
    doc = noun.doc
    for width in (2, 1):
        start = noun.i - width
        if start < 0 or is_determiner(doc[start]):
            continue
        match = match_country(doc[start : noun.i].text)
        if match and match.form is CountryForm.DEMONYM:
            return start, match
    return None


def government_of_country(start: int, end: int, name: str) -> ActorMention | None:
    """The country a name such as "British Government" or "U.S. Administration" stands for.

    >>> mention = government_of_country(0, 2, "British Government")
    >>> mention.type.value, mention.country
    ('Country', 'GB')
    >>> government_of_country(0, 2, "Reagan Administration") is None
    True
    """
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in WORDS.government_nouns:
        return None
    match = match_country(" ".join(words[:-1]))
    if match is None or match.form is CountryForm.SEAT:
        return None
    return ActorMention(start, end, EntityType.COUNTRY, match.label, match.code, CountryForm.NAME)
