"""Acts on a group whose members are listed in the next sentence.

"Obama signed an order that sanctioned eleven people. They included Dmitry Rogozin, Vladislav
Surkov and Viktor Yanukovych." The act's object is a group noun ("eleven people", "21
officials") that names no actor; the next sentence's "They included ..." (or "The list
included ...") names its members. Each listed actor becomes an object
of the act, with the act's subject, predicate and CAMEO code, and the listing sentence's
trigger as evidence of membership (the act's own sentence is the edge's evidence).

When the act is in a relative clause of a document ("an order that sanctioned ..."), its
subject is whoever issued the document (``extract.relations.issued_acts``).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Span, Token

from extract.doc_words import doc_words
from extract.labels import VERB_POS, label_ids
from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import child_lowers, children
from extract.relations.doc_context import DocContext
from extract.relations.find import RelationCandidate
from extract.relations.issued_acts import document_issuers
from extract.relations.trigger_words import trigger_of
from extract.relations.verb_arguments import verb_arguments
from extract.vocabulary.triggers import Trigger, TriggerTable
from extract.vocabulary.word_lists import WORDS

_VERB_IDS = label_ids(VERB_POS)


def listed_member_relations(ctx: DocContext, triggers: TriggerTable) -> Iterator[RelationCandidate]:
    """Edges from an act on a group to each member the next sentence lists."""
    for before, listing in pairwise(ctx.doc.sents):
        members = _listed_members(ctx, listing)
        if not members:
            continue
        for verb, trigger in _acts_on_groups(before, triggers):
            for subject in _act_subjects(ctx, verb, trigger):
                for member in members:
                    if member.key != subject.key:
                        yield RelationCandidate(
                            subject, trigger.predicate, member, trigger.cameo, False, None, verb
                        )


def _listed_members(ctx: DocContext, sentence: Span) -> list[ActorMention]:
    """Actors listed by "They included X, Y and Z" (empty when the sentence lists none)."""
    doc = ctx.doc
    words = doc_words(doc)
    pos_ids, lemmas = words.pos_ids, words.lemma_lowers
    # Verbs of including only (the Doc's lists), so no Token is made for the others.
    verbs = (
        doc[i]
        for i in range(sentence.start, sentence.end)
        if pos_ids[i] in _VERB_IDS and lemmas[i] == "include"
    )
    for token in verbs:
        subjects = children(token, "nsubj")
        if not any(s.lower_ in WORDS.listing_subjects for s in subjects):
            continue
        objects = children(token, "dobj")
        listed = [o for obj in objects for o in (obj, *obj.conjuncts)]
        found = [m for t in listed for m in resolve_argument(ctx, t)]
        return [m for m in found if m.type in ACTOR_TYPES]
    return []


def _acts_on_groups(sentence: Span, triggers: TriggerTable) -> Iterator[tuple[Token, Trigger]]:
    """Verb triggers of the sentence whose direct object is a group of people."""
    for token in sentence:
        trigger = trigger_of(token, triggers)
        if trigger is None or trigger.pos != "verb":
            continue
        if any(word in WORDS.listed_group_nouns for word in child_lowers(token, "dobj")):
            yield token, trigger


def _act_subjects(ctx: DocContext, verb: Token, trigger: Trigger) -> list[ActorMention]:
    subjects, _ = verb_arguments(ctx, verb, trigger)
    actors = [s for s in subjects if s.type in ACTOR_TYPES]
    return actors or document_issuers(ctx, verb)  # "signed an order that sanctioned ..."
