"""Acts a sentence names without saying they happened.

Two rules, applied by ``extract.relations.find`` before an act becomes an edge (an act only
wished for, "Obama wants Putin to attack Switzerland", stays an edge marked ``wished``: see
``extract.relations.modality``):

1. **Announced hostile act**: an act of coercion or force (CAMEO 17–20) under
   "will"/"would"/"shall" or "going to", or as the consequence of a condition ("Britain was
   ready to retaliate if Tokyo failed to act"), has not happened. When the actors announce it
   themselves ("Obama and Putin said they will attack Iraq": a pronoun subject under a verb of
   saying), CAMEO codes the verb that is there, a public statement (``said``, 010) about the
   target, as event coders do; otherwise ("Russia would seize the ships") it is a threat
   (CAMEO 13: ``threatened``, 138 for force, 137 for coercion such as seizing or arresting).
2. **Refused**: "Kyiv refused to recognize the result", "Hungary declined to sign": the act
   under a verb of refusal did not happen; the refusal (``rejected``, 120) is the event.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from extract.relations.clause_parts import child_lowers, children
from extract.relations.modality import governs_condition
from extract.vocabulary.triggers import Trigger
from extract.vocabulary.word_lists import WORDS


def is_refused(verb: Token) -> bool:
    """Whether ``verb`` is the complement of a refusal: "refused to recognize the result"."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WORDS.refusal_lemmas


def is_future(verb: Token) -> bool:
    """Whether the verb is marked as future: "will attack", "would seize", "going to strike"."""
    if any(word in WORDS.future_markers for word in child_lowers(verb, "aux")):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and head.i != verb.i


def _self_announced(verb: Token) -> bool:
    """ "said they will attack": the act's subject is a pronoun under a verb of saying."""
    speech = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in WORDS.speech_lemmas
    subjects = children(verb, "nsubj")
    return speech and bool(subjects) and all(s.pos_ == "PRON" for s in subjects)


def as_threat(trigger: Trigger, verb: Token) -> Trigger | None:
    """What an announced future or conditional act of force or coercion amounts to, else
    ``None``.

    "said they will attack Iraq" is ``said`` (010) about Iraq, "Armenia would attack Turkey"
    ``threatened`` (138) Turkey; "will provide aid" stays an act of aid (coded as stated).
    """
    # The trigger's family first: most acts are neither force nor coercion, and the parse
    # around the verb need not be read for them.
    if trigger.family not in WORDS.force_families and trigger.family not in WORDS.coercion_families:
        return None
    if trigger.pos != "verb" or not (is_future(verb) or governs_condition(verb)):
        return None
    if _self_announced(verb):
        return replace(trigger, predicate="said", cameo="010")
    if trigger.family in WORDS.force_families:
        code = "138"
    elif trigger.family in WORDS.coercion_families:
        code = "137"
    else:
        return None
    return replace(trigger, predicate="threatened", cameo=code)
