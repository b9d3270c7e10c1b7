"""Whose an organisation is, from its own name.

"The US Senate", "the South Korean navy", "Hong Kong Electric Holdings Ltd" open with their
country; "the Federal Aviation Office of Germany" ends with it; "Chevron U.S.A. Inc", a company,
names its unit's country inside. Each gives the organisation an affiliation to that country.
"""

from __future__ import annotations

from extract.dates_places.places import place_country
from extract.mentions.mention import ActorMention
from extract.vocabulary.countries import CountryForm, CountryMatch, match_country
from extract.vocabulary.word_lists import WORDS


def read_organisation_country(mention: ActorMention) -> None:
    """An organisation named after its country belongs to it: "the US Senate", "Israeli army",
    "the South Korean navy" → affiliation to that country.

    The first one or two words of the name are read, so organisations merely mentioning a
    country later ("Internet Research Agency") are left alone; multinational names ("European
    Union") match no country, and neither does a seat of international bodies ("the Brussels
    Commission"). A name that ends with "of" and a country or a place is that country's ("the
    Federal Aviation Office of Germany", "the Bank of England"); a company's name is read
    whole: a country in it names its unit there ("Chevron U.S.A. Inc").

    >>> from extract.types import EntityType
    >>> office = ActorMention(0, 6, EntityType.ORGANIZATION, "Federal Aviation Office of Germany")
    >>> read_organisation_country(office)
    >>> office.affiliations
    ['DE']
    """
    if mention.affiliations:
        return
    words = mention.name.split()
    for size in (2, 1):
        if len(words) > size:
            match = match_country(" ".join(words[:size]))
            if match and not _international_seat(match, words[:size]):
                mention.affiliations.append(match.code)
                return
    code = _company_unit_country(words) or _of_country_tail(words)
    if code is not None:
        mention.affiliations.append(code)


def _of_country_tail(words: list[str]) -> str | None:
    """ "the Federal Aviation Office of Germany", "the Bank of England", "the Stock Exchange of
    Singapore", "Morgan Guaranty Trust Co of New York": a name that ends with "of" and a country
    or a place of one is that country's, unless the word before "of" names a polity or a
    movement rather than a body (``WORDS.polity_heads``: "the Islamic State of Iraq")."""
    for size in (3, 2, 1):
        at = len(words) - size - 1  # the "of", or the "the" after it
        if at < 1:
            continue
        of = at - int(words[at].lower() == "the")
        if of < 1 or words[of].lower() != "of":
            continue
        if words[of - 1].lower() in WORDS.polity_heads:
            return None
        code = _place_code(" ".join(words[-size:]))
        if code is not None:
            return code
    return None


def _place_code(name: str) -> str | None:
    """The country a country's name or a place's name ("England", "New York") stands for; a
    demonym or a seat of international bodies ("Brussels") gives none."""
    match = match_country(name)
    if match is not None:
        seat = match.form is CountryForm.SEAT and name.lower() in WORDS.international_seats
        return None if match.form is CountryForm.DEMONYM or seat else match.code
    return place_country(name) if name[:1].isupper() else None


def _company_unit_country(words: list[str]) -> str | None:
    """ "Chevron U.S.A. Inc", "Ford Motor Co of Canada Ltd": a company's name that holds a
    country's name names its unit in that country."""
    if not any(w.rstrip(".").lower() in WORDS.company_forms for w in words[1:]):
        return None
    for start in range(1, len(words)):
        for size in (2, 1):
            piece = words[start : start + size]
            match = match_country(" ".join(piece)) if len(piece) == size else None
            if match is not None and match.form is CountryForm.NAME:
                return match.code
    return None


def _international_seat(match: CountryMatch, words: list[str]) -> bool:
    """ "the Brussels Commission", "Geneva talks": a city that seats international bodies
    names where the body sits, not whose it is."""
    return match.form is CountryForm.SEAT and " ".join(words).lower() in WORDS.international_seats
