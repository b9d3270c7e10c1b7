""" "The North" and "the South" of a divided land: "North and South Korea exchanged fire".

News names the halves of a divided country by their compass word once the country is named:
"the North fired first", "the South retaliated". The small model reads the bare word as a place
or a body of its own. In an article that names exactly one country whose name opens with that
word (``WORDS.country_halves``: North Korea, South Korea, South Sudan), the word alone is that
country; an article naming two such countries on one side (South Korea and South Africa) leaves
it alone.
"""

from __future__ import annotations

from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, country_label
from extract.vocabulary.word_lists import WORDS

_RETYPED = frozenset({EntityType.PLACE, EntityType.ORGANIZATION})


def resolve_country_halves(mentions: list[ActorMention]) -> None:
    """Make "North"/"South" mentions the one country of the article named so, in place.

    >>> korea = ActorMention(4, 6, EntityType.COUNTRY, "North Korea", "KP", CountryForm.NAME)
    >>> north = ActorMention(9, 10, EntityType.PLACE, "North")
    >>> south = ActorMention(12, 13, EntityType.PLACE, "South")
    >>> resolve_country_halves([korea, north, south])
    >>> (north.type.value, north.country), south.type.value
    (('Country', 'KP'), 'Place')
    """
    halves: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.type is EntityType.COUNTRY and mention.country:
            first, _, rest = country_label(mention.country).partition(" ")
            if rest and first.lower() in WORDS.country_halves:
                halves.setdefault(first.lower(), set()).add(mention.country)
    if not halves:
        return
    for mention in mentions:
        codes = halves.get(mention.name.lower(), set())
        if mention.type not in _RETYPED or len(codes) != 1:
            continue
        code = next(iter(codes))
        mention.type, mention.country, mention.form = EntityType.COUNTRY, code, CountryForm.NAME
        mention.name, mention.key = country_label(code), ""
