"""Targets an act names only indirectly, read when its own objects name no actor.

Two rules, used by ``extract.relations.find.verb_arguments`` as last resorts:

1. **Aimed through a complement**: "threatened to close its border with Cambodia", "demanded
   to search ships bound for Iran": a threat, demand or refusal (CAMEO 10, 12, 13) whose
   infinitive complement carries the act is aimed at the party of a recipient preposition
   ("with", "on", "against", "to" ...) on the complement's object or on the complement itself.
   Other verbs are left alone: in "agreed to lift the sanctions on Iran" the lifting is the
   event (its own edge), not an agreement with Iran.
2. **Struck where**: "Israeli warplanes struck targets in Syria", "jets hit militants in
   northern Iraq": an act of force (CAMEO 18–20) whose object is no actor is aimed at the
   country it happened in, as event coders code it. Only a country or a seat of government
   after "in" counts; a city or region ("the city of Kharkiv") stays a place.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import children, prep_objects
from extract.relations.doc_context import DocContext
from extract.types import EntityType
from extract.vocabulary.triggers import Trigger
from extract.vocabulary.word_lists import WORDS


def complement_recipients(ctx: DocContext, verb: Token, trigger: Trigger) -> list[ActorMention]:
    """Rule 1: the party the act in ``verb``'s infinitive complement is aimed at.

    "Thailand threatened to close its border with Cambodia" → [Cambodia].
    """
    if trigger.family not in WORDS.aimed_families:
        return []
    found: list[ActorMention] = []
    for complement in children(verb, "xcomp"):
        tokens = [
            t
            for thing in children(complement, "dobj")
            for t in prep_objects(thing, WORDS.recipient_prepositions)
        ]
        tokens += prep_objects(complement, WORDS.recipient_prepositions)
        found.extend(m for t in tokens for m in resolve_argument(ctx, t, acted_on=True))
    return found


def struck_country(ctx: DocContext, verb: Token, trigger: Trigger) -> list[ActorMention]:
    """Rule 2: the country an act of force happened in, when nothing else is its target."""
    if trigger.family not in WORDS.force_families:
        return []
    carriers = [verb, *children(verb, "dobj")]
    places = [t for carrier in carriers for t in prep_objects(carrier, frozenset({"in"}))]
    found = [m for t in places for m in resolve_argument(ctx, t)]
    return [m for m in found if m.type is EntityType.COUNTRY]
