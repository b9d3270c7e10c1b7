"""Conditional threats in reported speech: "Ashton said the bloc would consider further
measures if Russia did not change course", "He said Russia would face further costs if it
continued to interfere".

A statement whose clause announces a future consequence ("would"/"will") on a condition
("if"/"unless") warns the actor of the condition, and the actor who "would face" the
consequence: CAMEO 130 (``warned``). The speaker never warns itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import child_lowers, children
from extract.relations.doc_context import DocContext
from extract.vocabulary.triggers import Trigger
from extract.vocabulary.word_lists import WORDS

WARNING = Trigger(("warn",), "verb", "warned", "130", frozenset())


def warned_actors(ctx: DocContext, verb: Token) -> list[ActorMention]:
    """Actors warned by the conditional consequence a statement verb reports (may be empty)."""
    found: list[ActorMention] = []
    for clause in children(verb, "ccomp"):
        if not any(word in WORDS.consequence_auxiliaries for word in child_lowers(clause, "aux")):
            continue
        conditions = [
            c
            for c in children(clause, "advcl")
            if any(word in WORDS.condition_marks for word in child_lowers(c, "mark"))
        ]
        if not conditions:
            continue
        subjects = [s for c in conditions for s in children(c, "nsubj", "nsubjpass")]
        if clause.lemma_.lower() in WORDS.bearing_lemmas:
            subjects += children(clause, "nsubj")
        found.extend(m for t in subjects for m in resolve_argument(ctx, t))
    unique = {m.key: m for m in found}
    return list(unique.values())
