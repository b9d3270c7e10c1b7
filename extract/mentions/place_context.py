"""Places the model tagged as people or organisations, told by the words around them.

The small model tags many lesser-known places as PERSON or ORG ("in Ghazni", "the southern city
of Malaga", "Maidan Wardak province", "the Sulu region"). A name is a place when

* an area noun governs it ("the city of Malaga", "the streets of Hanover") or stands next to
  it ("Maidan Wardak province", "our biggest island Crete"), ``WORDS.area_nouns``; or
* it follows "in" or "at" and the gazetteer knows a place of that name in one country
  ("an assault in Ghazni"), so "in Reagan's view" stays a person; or
* it is a "person" that is itself the object of "in" or "near" ("a base in Maidan Shahr"):
  people are not in or near anything, so no gazetteer is needed; or
* a comma and a country's name follow it and the gazetteer knows a place of that name in that
  country ("between El Paso and Ciudad Juárez, Mexico"): the way English places a town.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.dates_places.places import candidates, place_country
from extract.doc_words import doc_words
from extract.vocabulary.countries import CountryForm, match_country
from extract.vocabulary.word_lists import WORDS

#: Prepositions whose object is a place, never a person ("in Reagan's view" has the view as the
#: object, so the parse tells it apart).
_PEOPLE_ARE_NOT = frozenset({"in", "near"})


def in_place_context(ent: Span) -> bool:
    """Whether the words around a PERSON or ORG entity say it is a place.

    >>> import spacy
    >>> doc = spacy.blank("en")("Farmers marched in the city of Malaga .")
    >>> in_place_context(doc[6:7])
    True
    >>> in_place_context(spacy.blank("en")("She studied at USI .")[3:4])
    False
    """
    doc = ent.doc
    start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
    before = doc[start - 1] if start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in WORDS.area_nouns:
        return True  # "Maidan Wardak province"
    if after is not None and after.text == "," and _placed_in_country(doc, start, ent.end):
        return True  # "Ciudad Juárez, Mexico"
    if before is None:
        return False
    if before.lower_ in WORDS.area_nouns:
        return True  # "our biggest island Crete"
    if before.lower_ == "of" and start > 1 and doc[start - 2].lower_ in WORDS.area_nouns:
        return True  # "the city of Malaga"
    if ent.label_ == "PERSON" and before.lower_ in _PEOPLE_ARE_NOT and ent.root.head.i == before.i:
        return True  # "a base in Maidan Shahr": people are not "in" or "near" anyone
    if before.lower_ not in WORDS.place_prepositions:
        return False  # settled before the name is cut out and looked up
    name = doc_words(doc).span_text(start, ent.end)
    if name.isupper():
        # An acronym is an organisation's short name ("at USI"), not the town the gazetteer
        # spells alike in title case ("Usi").
        return False
    return place_country(name) is not None


def _placed_in_country(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is followed by ", <country>" and the gazetteer has a place
    of that name in that country ("Ciudad Juárez, Mexico")."""
    words = doc_words(doc)
    for width in (1, 2, 3):
        if end + 1 + width > len(doc):
            break
        country = match_country(words.span_text(end + 1, end + 1 + width))
        if country is not None and country.form is CountryForm.NAME:
            name = words.span_text(start, end)
            return any(place.country == country.code for place in candidates(name))
    return False
