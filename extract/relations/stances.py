"""Stances stated with a preposition: "which West Germany is against", "Italy is in favour of
the tax".

News often gives a side's position on a measure or a plan with no verb of opposing: a copula
and "against" (opposed), or "in favour of" (supported). The copula's subject takes the stance
on the preposition's object; in a relative clause ("a tax which Germany is against") the noun
the clause modifies is the object. Those named after "along with" or "together with" next to
the stance ("which West Germany is against, along with Britain and Denmark") share it. Only
stances on an agreement or event (a measure, a plan, a proposal) are read: "is against the
law" or "voted 30 against 12" say no position on a node.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from extract.doc_words import doc_words
from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import children
from extract.relations.companions import accompanying
from extract.relations.doc_context import DocContext
from extract.relations.modality import is_negated, modality_of
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

_STANCE_OBJECTS = (EntityType.EVENT, EntityType.AGREEMENT)


@dataclass(frozen=True)
class Stance:
    """A side's position on a thing, read from a preposition: ``lemma`` names the verb it
    amounts to ("oppose", "support") and ``marker`` is the preposition."""

    side: ActorMention
    lemma: str
    thing: ActorMention
    negated: bool
    modality: str | None
    marker: Token


def stances(ctx: DocContext) -> Iterator[Stance]:
    """Every stance stated with "against" or "in favour of" on a copula, in document order.

    >>> import spacy
    >>> list(stances(DocContext(spacy.blank("en")("Germany is against it"), [])))
    []
    """
    # The marker words' positions come from the Doc's word index (lower-case forms).
    markers = {"against", *WORDS.favour_nouns}
    for token in (ctx.doc[i] for i in doc_words(ctx.doc).positions(markers)):
        lemma = _stance_lemma(token)
        if lemma is None:
            continue
        copula = token.head if token.lower_ == "against" else token.head.head
        if copula.lemma_.lower() != "be":
            continue
        things = _stance_objects(ctx, token, copula)
        if not things:
            continue
        sides = [
            s
            for t in [*children(copula, "nsubj"), *_sharing(copula)]
            for s in resolve_argument(ctx, t)
            if s.type in ACTOR_TYPES
        ]
        negated, modality = is_negated(copula), modality_of(copula)
        for side in sides:
            for thing in things:
                yield Stance(side, lemma, thing, negated, modality, token)


def _stance_lemma(token: Token) -> str | None:
    """The verb a stance preposition amounts to: "against" opposes, "in favour of" supports."""
    if token.lower_ == "against" and token.dep_ == "prep":
        return "oppose"
    favour = token.lower_ in WORDS.favour_nouns and token.dep_ == "pobj"
    if favour and token.head.lower_ == "in" and children(token, "prep"):
        return "support"
    return None


def _stance_objects(ctx: DocContext, marker: Token, copula: Token) -> list[ActorMention]:
    """What the stance is on: the preposition's object ("in favour of" → "of"'s object), or
    the noun a relative clause modifies ("a tax which Germany is against")."""
    holder = marker if marker.lower_ == "against" else children(marker, "prep")[0]
    objects = children(holder, "pobj")
    relative = not objects or objects[0].lower_ in WORDS.relative_pronouns
    if relative and copula.dep_ == "relcl":
        objects = [copula.head]
    found = [m for t in objects for m in resolve_argument(ctx, t, acted_on=True)]
    return [m for m in found if m.type in _STANCE_OBJECTS]


def _sharing(copula: Token) -> list[Token]:
    """Those named after "along with"/"together with" right after the stance: on the copula,
    or, where the small model hangs the phrase higher up, on the noun a relative clause
    modifies or the noun that governs it ("a move for a tax which Germany is against, along
    with Britain": on "move")."""
    carriers = [copula]
    if copula.dep_ == "relcl":
        noun = copula.head
        carriers.append(noun)
        if noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            carriers.append(noun.head.head)
    return [side for carrier in carriers for side in accompanying(carrier) if side.i > copula.i]
