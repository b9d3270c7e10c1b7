"""Bare references to an agreement or event named earlier, kept as mentions of it.

"the EC oils and fats tax ... the tax", "a cocoa pact ... the pact", "U.S.-Japan talks ... the
negotiations": the later noun names nothing by itself, so the mention finder leaves it out,
yet it is one of the names the text gives the thing. Each definite event or agreement noun
outside every mention is resolved as an argument would be (``resolve_argument``: the latest
mention with that head, an agreement anaphor's antecedent); when that gives exactly one
agreement or event, the noun with its left modifiers ("the proposed tax") becomes a mention
of it, so the entity lists it among its aliases. Nothing new is made here: a noun that
resolves to nothing stays out, and so do anaphor words that head no agreement or event ("the
measure", "the idea"): they may stand for a thing of another kind than the one they resolve to.
"""

from __future__ import annotations

from extract.doc_words import doc_words
from extract.labels import label_ids
from extract.mentions.mention import ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.doc_context import DocContext
from extract.relations.unnamed_nominals import NOMINAL_HEADS, nominal_type
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

_NOMINAL_TYPES = (EntityType.AGREEMENT, EntityType.EVENT)

_NOUN_IDS = label_ids(frozenset({"NOUN"}))


def anaphor_mentions(ctx: DocContext) -> list[ActorMention]:
    """Mentions for the definite event and agreement nouns that refer back to a named one.

    Each takes the key and name of its antecedent; the span runs from the determiner to the
    noun, without a possessor ("Japan's pact" is the pact).
    """
    found = []
    doc = ctx.doc
    # Only nouns whose lemma or form heads an event or agreement (``nominal_type``), found in
    # the Doc's lists: a Token is made for those alone.
    for token in (doc[i] for i in doc_words(doc).word_positions(_NOUN_IDS, NOMINAL_HEADS)):
        if token.i in ctx.by_token:
            continue
        kind = nominal_type(token)
        if kind is None:
            continue
        lefts = [c for c in token.lefts if c.dep_ not in ("poss", "case", "punct")]
        if not any(c.dep_ == "det" and c.lower_ in WORDS.definite_determiners for c in lefts):
            continue
        resolved = resolve_argument(ctx, token)
        if not resolved and kind is EntityType.AGREEMENT:
            # "the rubber pact ... the accord": as for an agreement acted on
            # (``extract.relations.unnamed_nominals``), the latest agreement named.
            resolved = ctx.before(token.i, EntityType.AGREEMENT)[:1]
        if len(resolved) != 1 or resolved[0].type not in _NOMINAL_TYPES:
            continue
        antecedent = resolved[0]
        start = min(t.i for c in lefts for t in c.subtree)
        found.append(
            ActorMention(
                start,
                token.i + 1,
                antecedent.type,
                antecedent.name,
                head=token.i,
                key=antecedent.key,
            )
        )
    return found
