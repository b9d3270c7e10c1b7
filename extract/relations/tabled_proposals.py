"""Plans and bills put before others: "Fernandez will present a bill for ...", "Japan unveiled
a stimulus package", "the Commission tabled a resolution".

Verbs of putting forward (``WORDS.tabling_verbs``: present, submit, table, unveil, introduce,
send) are too general to be triggers of their own ("presented an award", "sent troops"); with
a plan, package, bill, proposal or resolution as their object they are its proposal: the
subject proposed it, with the verb's negation and modality ("will present" is planned).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import VERB

from extract.doc_words import doc_words
from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.clause_parts import children
from extract.relations.doc_context import DocContext
from extract.relations.modality import is_negated, modality_of
from extract.relations.verb_arguments import verb_arguments
from extract.types import EntityType
from extract.vocabulary.triggers import Trigger
from extract.vocabulary.word_lists import WORDS

_PLAN_TYPES = (EntityType.AGREEMENT, EntityType.EVENT)


def tabled_proposals(
    ctx: DocContext, proposing: Trigger
) -> Iterator[tuple[ActorMention, ActorMention, bool, str | None, int]]:
    """(proposer, plan, negated, modality, verb index) for each plan put forward by a verb of
    tabling; ``proposing`` is the trigger whose arguments the verb takes ("propose").

    >>> import spacy
    >>> from extract.vocabulary.triggers import Trigger
    >>> propose = Trigger(("propose",), "verb", "proposed", "030", frozenset())
    >>> list(tabled_proposals(DocContext(spacy.blank("en")("It rained"), []), propose))
    []
    """
    plan_heads = WORDS.proposal_owner_heads | WORDS.proposal_heads | WORDS.bill_heads
    tabling = {ctx.doc.vocab.strings.add(lemma) for lemma in WORDS.tabling_verbs}
    words = doc_words(ctx.doc)
    pos_ids = words.pos_ids
    # integer ids from the Doc's lists: this runs over every token of every article
    for i, lemma in enumerate(words.lemma_ids):
        if lemma not in tabling or pos_ids[i] != VERB:
            continue
        verb = ctx.doc[i]
        nouns = children(verb, "dobj", "nsubjpass")
        if not any(n.lemma_.lower() in plan_heads for n in nouns):
            continue  # "presented an award": only a plan put forward is proposed
        subjects, objects = verb_arguments(ctx, verb, proposing)
        plans = [
            o
            for o in objects
            if o.type in _PLAN_TYPES and o.head >= 0 and ctx.doc[o.head].lemma_ in plan_heads
        ]
        negated, modality = is_negated(verb), modality_of(verb)
        for subject in [s for s in subjects if s.type in ACTOR_TYPES]:
            for plan in plans:
                yield subject, plan, negated, modality, verb.i
