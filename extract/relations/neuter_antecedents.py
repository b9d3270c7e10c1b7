"""What "it" stands for when the sentence is about a measure or an agreement.

"The proposal had little chance of approval, with West Germany as strongly opposed to it as
Britain": an "it" that is the object of an act refers to what its sentence is about, the
subject of the sentence's main verb, when that subject is an agreement or event ("the
proposal", which may itself stand for the tax it proposes). A sentence about an actor ("the US
criticised the plan, calling it dangerous") leaves "it" to the other rules.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.clause_parts import children
from extract.relations.doc_context import DocContext
from extract.types import EntityType

_NOMINAL_TYPES = (EntityType.AGREEMENT, EntityType.EVENT)

Resolver = Callable[[DocContext, Token], list[ActorMention]]


def sentence_nominal(ctx: DocContext, pronoun: Token, resolve: Resolver) -> list[ActorMention]:
    """The agreement or event a non-subject "it" refers to: its sentence's main subject, when
    that resolves to exactly one agreement or event; else nothing.

    >>> import spacy
    >>> doc = spacy.blank("en")("it")
    >>> sentence_nominal(DocContext(doc, []), doc[0], lambda ctx, token: [])
    []
    """
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("dobj", "pobj"):
        return []
    root = pronoun.sent.root
    found = [m for s in children(root, "nsubj", "nsubjpass") for m in resolve(ctx, s)]
    if len(found) == 1 and found[0].type in _NOMINAL_TYPES:
        return found
    return []
