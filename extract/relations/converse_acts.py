"""Acts told from the receiving end: "X received/got/won/drew/faced <act noun> from Y" is Y
acting on X.

"Georgian demonstrators received assurances from the Georgian government" → the government
``pledged`` to the demonstrators; "Kyiv got a warning from Moscow" → Russia ``warned`` Ukraine;
"Egypt won support from Saudi Arabia" → ``supported``; "Chad received an apology from France"
→ ``apologized_to``. The act noun is read through the trigger file: a noun trigger
("warning", "apology", "aid", "visit") gives its own predicate, other nouns go through the verb
they name (``WORDS.act_noun_verbs``: "assurances" → assure, "an invitation" → invite). Negation
("did not receive support from") carries over; the giver is read from the "from" phrase, on the
verb or inside the object phrase ("a promise of reforms from the government").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from spacy.symbols import VERB
from spacy.tokens import Token

from extract.doc_words import doc_words
from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import children, prep_objects, shared_subject
from extract.relations.doc_context import DocContext
from extract.relations.modality import is_negated, modality_of
from extract.vocabulary.triggers import Trigger, TriggerTable
from extract.vocabulary.word_lists import WORDS


class ConverseAct(NamedTuple):
    """An act read from the receiving end: ``giver`` did ``act`` to ``receiver``."""

    giver: ActorMention
    act: Trigger
    receiver: ActorMention
    negated: bool
    modality: str | None
    verb: Token


_VERB_IDS = frozenset({VERB})


def act_of_noun(noun: Token, triggers: TriggerTable) -> Trigger | None:
    """The act an act noun names: its noun trigger, else the verb trigger it derives from."""
    lemma, lower = noun.lemma_.lower(), noun.lower_
    found = triggers.noun(lemma) or triggers.noun(lower)
    if found is not None:
        return found
    verb = WORDS.act_noun_verbs.get(lower) or WORDS.act_noun_verbs.get(lemma)
    return triggers.verb(verb) if verb else None


def converse_acts(ctx: DocContext, triggers: TriggerTable) -> Iterator[ConverseAct]:
    """Every act the doc tells from the receiving end, in document order."""
    doc = ctx.doc
    # Verbs only, found in the Doc's part-of-speech list instead of a walk over every token.
    words = doc_words(doc)
    lemmas = words.lemma_lowers
    receiving = [i for i in words.pos_positions(_VERB_IDS) if lemmas[i] in WORDS.receiving_lemmas]
    for verb in (doc[i] for i in receiving):
        receiver_tokens = children(verb, "nsubj") or shared_subject(verb)
        receivers = [m for t in receiver_tokens for m in resolve_argument(ctx, t)]
        for noun in children(verb, "dobj"):
            act = act_of_noun(noun, triggers)
            if act is None or not act.family:
                continue
            # The small model may hang "from" on a noun inside the object ("a promise of
            # reforms from the government").
            giver_tokens = prep_objects(verb, WORDS.giver_prepositions)
            giver_tokens += [
                g for t in noun.subtree for g in prep_objects(t, WORDS.giver_prepositions)
            ]
            givers = [m for t in giver_tokens for m in resolve_argument(ctx, t)]
            for giver in givers:
                if giver.type not in ACTOR_TYPES:
                    continue
                for receiver in receivers:
                    if receiver.key != giver.key and receiver.type in ACTOR_TYPES:
                        negated = is_negated(verb)
                        yield ConverseAct(giver, act, receiver, negated, modality_of(verb), verb)
