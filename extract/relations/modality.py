"""Negation and hedging of a trigger: ``is_negated`` and ``modality_of``.

"did not agree", "never signed" and "did not agree to sign" are negated; "has repeatedly
denied" is a denial, not a negation. "reportedly", "was quoted as saying" make a claim
``reported``; "allegedly", "prosecutors alleged that ..." make it ``alleged``; a modal
auxiliary of the trigger ("may have supplied") makes it ``hedged``; an act announced as
intended ("is about to restore ties", "plans to visit") is ``intended``: still an edge, marked
as not yet done.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.vocabulary.word_lists import WORDS


def is_negated(verb: Token) -> bool:
    """Whether the verb (or the verb whose complement it is) carries a negation."""
    node = verb
    for _ in range(3):
        if any(
            c.dep_ == "neg" or (c.lower_ in WORDS.negation_words and c.dep_ == "advmod")
            for c in node.children
        ):
            return True
        # "did not agree to sign": the negation of the governing verb carries over.
        if node.dep_ == "xcomp":
            node = node.head
        else:
            return False
    return False


def modality_of(token: Token) -> str | None:
    """ "reported", "alleged", "hedged" or "intended" when the clause of ``token`` is hedged.

    Adverbs ("reportedly", "allegedly") and governing verbs ("prosecutors alleged that ...")
    are read up the tree; a modal auxiliary of the trigger itself ("may have supplied") hedges.
    """
    if any(c.dep_ == "aux" and c.lower_ in WORDS.hedge_modals for c in token.children):
        return "hedged"
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in WORDS.intent_heads:
        return "intended"  # "is about to restore ties", "plans to visit"
    node = token
    for _ in range(6):
        for child in node.children:
            if child.dep_ == "advmod" and child.lower_ in WORDS.reported_markers:
                return "reported"
            if child.dep_ == "advmod" and child.lower_ in WORDS.alleged_markers:
                return "alleged"
        if node.head.i == node.i:
            break
        parent = node.head
        lemma = parent.lemma_.lower()
        if node.dep_ in ("ccomp", "xcomp", "advcl") and lemma in WORDS.alleged_markers:
            return "alleged"
        if node.dep_ in ("ccomp", "xcomp", "advcl") and lemma in WORDS.reported_markers:
            return "reported"
        if node.dep_ in ("amod",) and token.lower_ in WORDS.alleged_markers:
            return "alleged"
        node = parent
    return None
