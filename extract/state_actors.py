"""Actors named by a seat of government or by a country modifier.

``as_actor`` turns a seat that acts ("Moscow denied") into its country; ``country_modifiers``
reads the countries or organisations that modify a noun of state people ("Spanish officials",
"the ministers of Russia", "EU foreign ministers").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.countries import CountryForm
from extract.keys import entity_key
from extract.mention_types import ActorMention
from extract.types import EntityType

if TYPE_CHECKING:  # the argument resolver imports this module
    from extract.arguments import DocContext


def as_actor(mention: ActorMention) -> ActorMention:
    """A seat of government that acts ("Moscow denied") is its country."""
    if mention.form is CountryForm.SEAT and mention.country:
        return replace(
            mention,
            type=EntityType.COUNTRY,
            key=entity_key(EntityType.COUNTRY, mention.country),
            form=CountryForm.SEAT,
        )
    return mention


def country_modifiers(ctx: DocContext, token: Token) -> list[ActorMention]:
    """Countries that modify a state noun: "Spanish officials", "the ministers of Russia",
    "negotiators from the United States"."""
    found = []
    modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")]
    modifiers += [
        p
        for c in token.rights
        if c.dep_ == "prep" and c.lower_ in ("of", "from")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    for child in modifiers:
        for item in child.subtree:
            mention = ctx.by_token.get(item.i)
            if mention and mention.type is EntityType.ORGANIZATION and child.i < token.i:
                # "EU foreign ministers", "NATO members": the organisation's own people.
                if mention not in found:
                    found.append(mention)
                continue
            if mention and mention.country:
                found.append(
                    as_actor(
                        replace(
                            mention,
                            type=EntityType.COUNTRY,
                            key=entity_key(EntityType.COUNTRY, mention.country),
                        )
                    )
                )
    return found
