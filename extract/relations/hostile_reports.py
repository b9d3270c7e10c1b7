"""Hostile acts a statement reports: saying that someone attacked is accusing them.

"the US claimed that ISIL had attacked Iraq" gives ISIL as the one accused (CAMEO 112), as event
coders read such reports; a reported act that is not hostile is no edge of the speaker's.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_breaks import across_clause_break
from extract.relations.clause_parts import (
    child_lowers,
    children,
    clause_children,
    shared_subject,
)
from extract.relations.doc_context import DocContext
from extract.relations.modality import is_negated
from extract.relations.trigger_words import trigger_of
from extract.vocabulary.triggers import TriggerTable
from extract.vocabulary.word_lists import WORDS


def hostile_clause_actors(
    ctx: DocContext, verb: Token, triggers: TriggerTable
) -> list[ActorMention]:
    """Actors of a hostile act reported by a statement verb: "the US claimed that ISIL had
    attacked Iraq" → ISIL. Saying that someone threatened, coerced, assaulted or fought is
    accusing them (CAMEO 112), as event coders read it; other reported acts are no edge of
    the speaker's."""
    found: list[ActorMention] = []
    clauses = clause_children(verb, "ccomp")
    if (
        verb.dep_ in ("ccomp", "parataxis")
        and verb.head.i < verb.i
        and not across_clause_break(verb.head, verb)
    ):
        clauses.append(verb.head)  # "Russia attacked X, officials said": the report comes first
    for clause in clauses:
        # "attempted to hack": the act may be the complement of a verb of trying.
        nodes = [clause, *clause.conjuncts]
        nodes += [x for n in list(nodes) for x in children(n, "xcomp")]
        for node in nodes:
            act = trigger_of(node, triggers)
            if act is None or act.family not in WORDS.hostile_families or is_negated(node):
                continue
            if any(word in WORDS.intent_modals for word in child_lowers(node, "aux")):
                continue  # "said Russia would suspend ...": an intention, not an accusation
            subjects = children(node, "nsubj") or shared_subject(node)
            found.extend(m for t in subjects for m in resolve_argument(ctx, t))
    return [m for m in found if m.type in ACTOR_TYPES]
