"""Actors named by a seat of government or by a country modifier.

``as_actor`` turns a seat that acts ("Moscow denied") into its country; ``country_modifiers``
reads the countries or organisations that modify a noun of state people ("Spanish officials",
"the ministers of Russia", "EU foreign ministers"); ``leading_countries`` reads who leads a
body named after its leader ("the Saudi-led coalition", "a US-led mission").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.mentions.keys import entity_key
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm
from extract.vocabulary.word_lists import WORDS

if TYPE_CHECKING:  # the argument resolver imports this module
    from extract.relations.doc_context import DocContext


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
    # "officials in Seoul" are South Korea's; "the Israeli embassy in Cairo" stays Israel's: a
    # seat after "in" names whose people they are only when nothing before the noun does.
    owned = any(_names_a_country(ctx, m) for m in modifiers)
    modifiers += [
        p
        for c in token.rights
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "in")
        for p in c.children
        if p.dep_ == "pobj" and (c.lower_ != "in" or (_is_seat(ctx, p) and not owned))
    ]
    for child in modifiers:
        if backs_rather_than_belongs(child):
            continue
        for item in child.subtree:
            mention = ctx.by_token.get(item.i)
            if mention and mention.type is EntityType.ORGANIZATION:
                # "EU foreign ministers", "NATO members", "officials from the Department of
                # Homeland Security": the organisation's own people.
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


def leading_countries(ctx: DocContext, token: Token) -> list[ActorMention]:
    """ "the Saudi-led coalition launched airstrikes": the body acts for the country leading it."""
    found = []
    for led in token.lefts:
        if led.dep_ != "amod" or led.lemma_.lower() != "lead":
            continue
        for child in led.children:
            mention = ctx.by_token.get(child.i)
            if mention and mention.country and child.i < led.i:
                key = entity_key(EntityType.COUNTRY, mention.country)
                found.append(as_actor(replace(mention, type=EntityType.COUNTRY, key=key)))
    return found


def backs_rather_than_belongs(modifier: Token) -> bool:
    """ "pro-Russian separatists", "anti-American protesters": the country is whom they back
    or oppose, not whose they are."""
    doc = modifier.doc
    i = modifier.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in WORDS.stance_prefixes:
        return True
    head, hyphen, _ = modifier.lower_.partition("-")
    return bool(hyphen) and head in WORDS.stance_prefixes


def _names_a_country(ctx: DocContext, modifier: Token) -> bool:
    return any(
        (m := ctx.by_token.get(t.i)) is not None and m.country is not None for t in modifier.subtree
    )


def _is_seat(ctx: DocContext, token: Token) -> bool:
    """ "officials in Seoul" speak for South Korea; "US officials in Iraq" do not speak for Iraq,
    so only a seat of government after "in" names whose people they are."""
    mention = ctx.by_token.get(token.i)
    return mention is not None and mention.form is CountryForm.SEAT
