"""Conditional threats in reported speech: "Ashton said the bloc would consider further
measures if Russia did not change course", "He said Russia would face further costs if it
continued to interfere".

A statement whose clause announces a future consequence ("would"/"will") on a condition
("if"/"unless") warns the actor of the condition, and the actor who "would face" the
consequence: CAMEO 130 (``warned``). The speaker never warns itself.

The consequence must be a reprisal: a hostile act of the trigger table
(``WORDS.hostile_families``: "would retaliate", "will impose sanctions"), a cost borne
(``WORDS.bearing_lemmas``: "would face"), or an action taken (``WORDS.reprisal_nouns``: "would
consider further measures", "will take all steps necessary", "retaliatory measures would cover
more than farm goods"). Other consequences are forecasts or promises, no warning: "said it
would continue its output curbs if OPEC remained within its accord", "if the Senate confirms
me, I will be governor", "if the department approves it, it will reduce its earnings".
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import child_lowers, children
from extract.relations.doc_context import DocContext
from extract.relations.trigger_words import trigger_of
from extract.vocabulary.triggers import Trigger, TriggerTable
from extract.vocabulary.word_lists import WORDS

WARNING = Trigger(("warn",), "verb", "warned", "130", frozenset())


def warned_actors(ctx: DocContext, verb: Token, triggers: TriggerTable) -> list[ActorMention]:
    """Actors warned by the conditional reprisal a statement verb reports (may be empty)."""
    found: list[ActorMention] = []
    for clause in children(verb, "ccomp"):
        if not any(word in WORDS.consequence_auxiliaries for word in child_lowers(clause, "aux")):
            continue
        conditions = [
            c
            for c in children(clause, "advcl")
            if any(word in WORDS.condition_marks for word in child_lowers(c, "mark"))
        ]
        if not conditions or not _reprisal(clause, triggers):
            continue
        subjects = [s for c in conditions for s in children(c, "nsubj", "nsubjpass")]
        if clause.lemma_.lower() in WORDS.bearing_lemmas:
            subjects += children(clause, "nsubj")
        found.extend(m for t in subjects for m in resolve_argument(ctx, t))
    unique = {m.key: m for m in found}
    return list(unique.values())


def _reprisal(clause: Token, triggers: TriggerTable) -> bool:
    """Whether a consequence clause names a reprisal (module docstring), on its verb, the
    verbs of its open complements ("would consider taking action"), their objects or subjects
    ("retaliatory measures would cover more than farm goods")."""
    verb: Token | None = clause
    for _ in range(3):
        if verb is None:
            return False
        if verb.lemma_.lower() in WORDS.bearing_lemmas or _hostile(trigger_of(verb, triggers)):
            return True
        for thing in children(verb, "dobj", "nsubj"):  # "retaliatory measures would cover"
            lemma = thing.lemma_.lower()
            if lemma in WORDS.reprisal_nouns or _hostile(triggers.noun(lemma)):
                return True
        complements = children(verb, "xcomp")
        verb = complements[0] if complements else None
    return False


def _hostile(trigger: Trigger | None) -> bool:
    return trigger is not None and trigger.family in WORDS.hostile_families
