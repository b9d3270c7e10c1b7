"""What an allegation noun stands for when it is an act's argument.

"an accusation Moscow denied", "denied the allegations by Poland": the noun names a claim, and
the act is on whoever made it (its possessor or "by" agent) or, failing those, on the act it
is about and the accuser of the same sentence. ``extract.relations.arguments`` tries this rule
among its rules for nouns that name no actor themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.clause_parts import children, has_child
from extract.relations.doc_context import DocContext
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

Resolver = Callable[[DocContext, Token], list[ActorMention]]


def allegation_parties(
    ctx: DocContext, token: Token, resolve: Resolver
) -> list[ActorMention] | None:
    """Whom an allegation noun as argument stands for (``resolve`` reads the phrases that name
    them), or ``None`` when ``token`` is no allegation noun.

    >>> import spacy
    >>> doc = spacy.blank("en")("the weather")
    >>> allegation_parties(DocContext(doc, []), doc[1], lambda ctx, token: []) is None
    True
    """
    if token.lemma_.lower() not in WORDS.allegation_nouns and (
        token.lower_ not in WORDS.allegation_nouns
    ):
        return None
    for child in token.children:
        if child.dep_ == "poss":
            return resolve(ctx, child)
        if child.dep_ == "prep" and child.lower_ == "by":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return resolve(ctx, pobj)
    if token.dep_ == "dobj" and not has_child(token.head, "auxpass"):
        # "denied the allegations by Poland": the small model often hangs the "by" agent of the
        # noun on the verb; an active verb has no agent of its own.
        for prep in token.head.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                pobjs = children(prep, "pobj")
                if pobjs:
                    return resolve(ctx, pobjs[0])
    sentence = token.sent
    events = [
        m
        for m in ctx.mentions
        if m.type is EntityType.EVENT and sentence.start <= m.start < sentence.end
    ]
    if events:
        interference = [
            m
            for m in events
            if m.name.lower().startswith("interference") or m.name.lower().endswith("interference")
        ]
        # "X concluded that Russia meddled ..., an accusation Moscow denied": what is denied
        # is the act, and whom it answers is the accuser of the same sentence.
        same_sentence = [a for a in ctx.accusers if sentence.start <= a.start < sentence.end]
        return [(interference or events)[0], *same_sentence[:1]]
    return [ctx.accusers[-1]] if ctx.accusers else []
