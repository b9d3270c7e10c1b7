"""Trips as visits: "arrived in Dhaka", "left for Brasilia", "flew to Khartoum", "was in
Britain on the first leg of a tour" (CAMEO 042).

The travel verbs are triggers in ``data/triggers.tsv`` (``arrive``, ``leave for``, ``fly to``
...); ``foreign_destinations`` keeps, of what such a verb reaches, the countries a visit goes
to.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.clause_parts import children
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS


def foreign_destinations(
    verb: Token, travellers: list[ActorMention], destinations: list[ActorMention]
) -> list[ActorMention]:
    """The countries a trip goes to that are foreign to the travellers: "flew to Khartoum"
    (a seat of government stands for its country) is a visit to Sudan; "left for Tokyo for
    talks" is no visit to the talks, "Blair arrived in Belfast" no visit abroad, "Russian
    troops arrived in Syria" a deployment, not a visit, only people and states visit, and
    "left Paris for London" is a visit to Britain only."""
    if any(t.lemma_.lower() in WORDS.armed_force_nouns for t in children(verb, "nsubj")):
        return []
    # "Air Atlanta flies to 11 U.S. cities": a company's routes are no visit.
    visitors: tuple[EntityType, ...] = (EntityType.PERSON, EntityType.COUNTRY)
    if verb.lemma_.lower() in WORDS.stay_lemmas:
        visitors = (EntityType.PERSON,)  # "the US was in Iraq for eight years": no visit
    if not any(t.type in visitors for t in travellers):
        return []
    if verb.lemma_.lower() in WORDS.departure_lemmas:
        # "left Paris for London": the place left is no destination.
        left = {t.i for t in children(verb, "dobj")}
        destinations = [d for d in destinations if not left & set(range(d.start, d.end))]
    own = {code for t in travellers for code in (t.country, *t.affiliations) if code}
    return [d for d in destinations if d.type is EntityType.COUNTRY and d.country not in own]
