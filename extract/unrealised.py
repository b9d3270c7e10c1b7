"""Acts a sentence names without saying they happened.

Two rules, applied by ``extract.relations`` before an act becomes an edge:

1. **Wished on someone else**: "Obama wants Putin to attack Switzerland", "Kenya urged Ethiopia
   to reopen the border", "Japan expects China to sign". The act is the content of a wish,
   appeal or expectation whose actor is another party; the appeal itself is the event
   (``appealed_to``, ``urged`` ...), the wished act gives no edge.
2. **Announced hostile act**: "Obama and Putin said they will attack Iraq", "Russia would seize
   the ships". An act of coercion or force (CAMEO 17–20) under "will"/"would"/"shall" or
   "going to" has not happened; it is a threat (CAMEO 13: ``threatened``, 138 for force,
   137 for coercion such as seizing or arresting) aimed at the same target.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from extract.triggers import Trigger

# Verbs whose complement is wished, asked for or expected rather than done.
WISH_LEMMAS = frozenset(
    {
        "want",
        "wish",
        "hope",
        "expect",
        "prefer",
        "urge",
        "ask",
        "call",
        "press",
        "push",
        "encourage",
        "request",
        "invite",
        "plead",
        "appeal",
        "demand",
        "advise",
        "need",
    }
)
FUTURE_MARKERS = frozenset({"will", "would", "shall", "'ll", "wo"})
_FORCE_FAMILIES = frozenset({"18", "19", "20"})
_COERCION_FAMILY = "17"


def is_wished_on_another(verb: Token) -> bool:
    """Whether ``verb`` is an act someone wishes, asks or expects another party to do.

    In "Kenya urged Ethiopia to reopen the border", "reopen" is wished on Ethiopia; in "Kenya
    wants to reopen the border" it is Kenya's own intent (no other party) and stays.
    """
    if verb.dep_ not in ("xcomp", "ccomp") or verb.head.lemma_.lower() not in WISH_LEMMAS:
        return False
    governor = verb.head
    own_subject = any(c.dep_ == "nsubj" for c in verb.children)
    # "wants Putin to attack": the small model reads Putin as the object of "wants".
    governor_object = any(c.dep_ in ("dobj", "dative") for c in governor.children)
    return own_subject or governor_object


def is_future(verb: Token) -> bool:
    """Whether the verb is marked as future: "will attack", "would seize", "going to strike"."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_MARKERS for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and head.i != verb.i


def as_threat(trigger: Trigger, verb: Token) -> Trigger | None:
    """The threat an announced future act of force or coercion amounts to, else ``None``.

    "said they will attack Iraq" is ``threatened`` (138) Iraq; "will provide aid" stays an act
    of aid (it is coded as stated, with its own code).
    """
    if trigger.pos != "verb" or not is_future(verb):
        return None
    if trigger.family in _FORCE_FAMILIES:
        code = "138"
    elif trigger.family == _COERCION_FAMILY:
        code = "137"
    else:
        return None
    return replace(trigger, predicate="threatened", cameo=code)
