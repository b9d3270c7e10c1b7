"""A name's short form in brackets after it: "the Asian Development Bank (ADB)".

News gives an organisation's acronym in brackets the first time it names it. Inside the
complement of an event or agreement ("the annual meeting of the Asian Development Bank
(ADB)") the brackets are no part of what names the event: the complement ends with the
name, and the brackets neither count towards its length nor make it a clause.
"""

from __future__ import annotations

from spacy.tokens import Token

#: The most words a bracketed short form holds: "(ADB)", "(G-7)", "(MOT.N)".
_LONGEST_ALIAS = 3


def without_bracketed_alias(phrase: list[Token]) -> list[Token]:
    """``phrase`` (tokens in order) less the bracketed short form it ends with, if any.

    >>> import spacy
    >>> doc = spacy.blank("en")("of the Asian Development Bank ( ADB )")
    >>> [t.text for t in without_bracketed_alias(list(doc))]
    ['of', 'the', 'Asian', 'Development', 'Bank']
    >>> [t.text for t in without_bracketed_alias(list(doc[:5]))]
    ['of', 'the', 'Asian', 'Development', 'Bank']
    """
    if len(phrase) < 4 or phrase[-1].text != ")":
        return phrase
    opening = next((k for k in range(len(phrase) - 2, 0, -1) if phrase[k].text == "("), None)
    if opening is None or len(phrase) - opening - 2 > _LONGEST_ALIAS:
        return phrase
    inside = phrase[opening + 1 : -1]
    if not inside or not all(t.text[:1].isupper() for t in inside):
        return phrase
    return phrase[:opening]
