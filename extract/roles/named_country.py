"""Whose an organisation is, from its own name.

"The US Senate", "the South Korean navy", "Hong Kong Electric Holdings Ltd" open with their
country; "the Federal Aviation Office of Germany" ends with it; "Chevron U.S.A. Inc", a company,
names its unit's country inside. Each gives the organisation an affiliation to that country.
"""

from __future__ import annotations

from extract.mentions.mention import ActorMention
from extract.vocabulary.countries import CountryForm, CountryMatch, match_country
from extract.vocabulary.word_lists import WORDS


def read_organisation_country(mention: ActorMention) -> None:
    """An organisation named after its country belongs to it: "the US Senate", "Israeli army",
    "the South Korean navy" → affiliation to that country.

    The first one or two words of the name are read, so organisations merely mentioning a
    country later ("Internet Research Agency") are left alone; multinational names ("European
    Union") match no country, and neither does a seat of international bodies ("the Brussels
    Commission"). A name that ends with "of" and a country's name is that country's ("the
    Federal Aviation Office of Germany", "Parliament of Canada"); a company's name is read
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
    """ "the Federal Aviation Office of Germany", "the Parliament of Canada": a body's name that
    ends with "of" and a country's name is that country's ("the Islamic State of Iraq" is no
    body of Iraq's)."""
    bodies = WORDS.state_body_heads | WORDS.public_body_heads | WORDS.named_body_heads
    for size in (3, 2, 1):
        at = len(words) - size - 1  # the "of"
        if at < 1 or words[at - int(words[at] == "the")].lower() != "of":
            continue
        of = at - int(words[at] == "the")
        match = match_country(" ".join(words[-size:]))
        if match is not None and match.form is CountryForm.NAME and of >= 1:
            return match.code if words[of - 1].lower() in bodies else None
    return None


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
