"""Places after "in" and "at": the one reader of place phrases.

"the G20 summit in Hamburg", "signed in Madrid", "met at the Kremlin", "talks in Madrid on
Tuesday": the object of an "in"/"at" phrase (``place_prepositions`` in
``data/words/places.txt``) hanging on a word is where that word's act or occasion happens.
Coreference compares the places of an occasion's mentions, the date reader looks behind a
place for a date, and the assembler and the meeting reader turn the phrase into ``held_in``
and ``met_in`` edges; all read the phrase here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from extract.labels import PLACE_LABELS
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm
from extract.vocabulary.word_lists import WORDS

if TYPE_CHECKING:  # the date reader, which the graph builders import, loads no spaCy
    from spacy.tokens import Token

    from extract.mentions.mention import ActorMention


def place_objects(token: Token) -> list[Token]:
    """The objects of the "in"/"at" phrases on ``token``: "talks in Madrid" → [Madrid]."""
    return [
        pobj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in WORDS.place_prepositions
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def place_words(token: Token) -> list[Token]:
    """The words the model tags as places in the "in"/"at" phrases on ``token``: what the
    phrase names before mentions are resolved ("talks in Geneva" → [Geneva])."""
    return [t for pobj in place_objects(token) for t in pobj.subtree if t.ent_type_ in PLACE_LABELS]


def named_places(
    by_token: Mapping[int, ActorMention], carriers: Iterable[Token]
) -> list[ActorMention]:
    """The place and country mentions named after "in"/"at" on any of ``carriers``, one per
    key, in the order found; a demonym ("in Russian") names no place."""
    found: dict[str, ActorMention] = {}
    for carrier in carriers:
        for pobj in place_objects(carrier):
            mention = by_token.get(pobj.i)
            if mention is None or mention.type not in (EntityType.PLACE, EntityType.COUNTRY):
                continue
            if mention.type is EntityType.COUNTRY and mention.form is CountryForm.DEMONYM:
                continue
            found.setdefault(mention.key, mention)
    return list(found.values())
