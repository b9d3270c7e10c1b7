"""Countries and capitals written with one letter wrong: "Eqypt", "Toyko".

"Eqypt also owes France ...", "Hong Kong, Toyko and Australia": the model types a misspelt
country or capital as an organisation, a person or a place of its own, and the graph gains a
node "Eqypt" beside Egypt. ``extract.vocabulary.misspellings`` says which words are one letter
from a country's name or seat and known to no dictionary; but "Sanwa" (a bank) is one letter
from Sanaa and "Anzola" (a banker) from Angola. The article tells the slip from the name: a
writer who misspells a country has it in mind, and names it, its people or its capital rightly
elsewhere ("Egyptian", "Japan"). So a one-word mention that misspells a country the article
names otherwise is a mention of that country; a place misspelling a capital is that capital
(the model types a bank or a banker an organisation or a person, not a place). A short name
already joined to a longer one ("Sanwa" of "Sanwa Bank") is left alone.
"""

from __future__ import annotations

from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, match_misspelt_country

#: The types the model gives a misspelt name; a name read as a person's surname or a body's
#: short name is already joined to the full name and is no longer one word.
_RETYPED = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE})


def respell_countries(mentions: list[ActorMention]) -> None:
    """Make each one-word mention that misspells a country the article names otherwise a
    mention of that country (or of its seat), in place.

    >>> egypt = ActorMention(0, 1, EntityType.COUNTRY, "Egypt", "EG", CountryForm.NAME)
    >>> slip = ActorMention(5, 6, EntityType.ORGANIZATION, "Eqypt")
    >>> bank = ActorMention(9, 10, EntityType.ORGANIZATION, "Sanwa")
    >>> respell_countries([egypt, slip, bank])
    >>> (slip.type.value, slip.country, slip.name), bank.type.value
    (('Country', 'EG', 'Egypt'), 'Organization')
    """
    named = {m.country for m in mentions if m.type is EntityType.COUNTRY and m.country}
    for mention in mentions:
        if mention.type not in _RETYPED or " " in mention.name:
            continue
        match = match_misspelt_country(mention.name)
        if match is None:
            continue
        if match.form is CountryForm.SEAT:
            # A capital misspelt is still read as a place ("Hong Kong, Toyko and Australia");
            # a bank or a banker one letter from a capital is not ("Sanwa", Sanaa).
            if mention.type is not EntityType.PLACE:
                continue
        elif match.code not in named:
            continue
        mention.type = EntityType.COUNTRY
        mention.country, mention.form, mention.name = match.code, match.form, match.label
        mention.key = ""  # keyed as a country (or its seat's place) by the caller
