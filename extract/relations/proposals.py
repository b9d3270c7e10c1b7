"""Proposals named by what they put forward.

"the Commission's proposal to impose a hefty tax on oils and fats", "a move for an oils and fats
tax": news names a measure through the proposal of it, and what is said of the proposal (who
made it, who is against it) is said of the measure. A proposing noun (``WORDS.proposing_nouns``)
whose "for" phrase, or whose "to" clause of enacting (``WORDS.enacting_verbs``: impose,
introduce, set up), names an event or agreement stands for that event or agreement; a bare
definite one later in the article ("the proposal") stands for the thing last proposed so,
and "the measure" for the measure named or proposed last.

A plan, package or bill node with a possessor or a "by" agent ("Andriessen's latest package",
"the plan by the Commission") was put forward by them (``owned_proposals``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from extract.doc_words import doc_words
from extract.labels import label_ids
from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.clause_parts import child_lowers, children, has_child
from extract.relations.doc_context import DocContext
from extract.relations.unnamed_nominals import is_measure, unnamed_nominal
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

_PROPOSABLE = (EntityType.EVENT, EntityType.AGREEMENT)
_NOUN_IDS = label_ids(frozenset({"NOUN"}))


def proposed_thing(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """The event or agreement a proposing noun stands for, or ``None`` when it names none.

    >>> import spacy
    >>> doc = spacy.blank("en")("the plan")
    >>> proposed_thing(DocContext(doc, []), doc[1], False) is None
    True
    """
    if _is_measure_anaphor(token):
        return _latest_measure(ctx, token)
    if not _is_proposing(token):
        return None
    # Acted on, the proposal makes its measure a node even when nothing named it before
    # ("rejected the proposal to impose a levy": the levy).
    own = _put_forward(ctx, token, make_unnamed=True)
    if own is not None:
        return [own]
    bare = not any(c.dep_ in ("prep", "acl", "relcl") for c in token.rights)
    definite = any(c.dep_ == "det" and c.lower_ in WORDS.definite_determiners for c in token.lefts)
    if not (bare and definite):
        return None
    earlier = [thing for position, thing in _proposals(ctx) if position < token.i]
    return earlier[-1:] or None


def _is_measure_anaphor(token: Token) -> bool:
    """ "the measure", "this measure": a bare definite noun that refers back to a measure."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in WORDS.measure_anaphors:
        return False
    bare = not has_child(token, "prep", "acl", "relcl", "compound", "amod")
    return bare and any(c.lower_ in WORDS.definite_determiners for c in token.lefts)


def _latest_measure(ctx: DocContext, token: Token) -> list[ActorMention] | None:
    """The measure named or proposed last before ``token`` ("opposition to the measure" after
    "the proposal for a tax"), or ``None`` when the article has none: then "the measure" is
    left to the agreement rules."""
    named = [m for m in ctx.before(token.i, EntityType.EVENT) if is_measure(ctx.doc, m)]
    candidates = [(m.start, m) for m in named[:1]]
    candidates += [(i, t) for i, t in _proposals(ctx) if i < token.i][-1:]
    if not candidates:
        return None
    return [max(candidates, key=lambda pair: pair[0])[1]]


def _is_proposing(token: Token) -> bool:
    return token.pos_ == "NOUN" and (
        token.lemma_.lower() in WORDS.proposing_nouns or token.lower_ in WORDS.proposing_nouns
    )


def _put_forward(ctx: DocContext, token: Token, make_unnamed: bool = False) -> ActorMention | None:
    """What the noun's own phrase proposes: its "for" object, or the object of its "to" clause
    of enacting; with ``make_unnamed``, a measure or agreement noun named nowhere before becomes
    a node (``extract.relations.unnamed_nominals``)."""
    things = [p for prep in children(token, "prep") if prep.lower_ == "for" for p in prep.children]
    for clause in children(token, "acl", "relcl"):
        to_clause = "to" in child_lowers(clause, "aux")
        if to_clause and clause.lemma_.lower() in WORDS.enacting_verbs:
            things += children(clause, "dobj")
    for thing in things:
        mention = ctx.by_token.get(thing.i)
        if mention is None and make_unnamed:
            mention = unnamed_nominal(ctx, thing)
        if mention is not None and mention.type in _PROPOSABLE:
            return mention
    return None


def _proposals(ctx: DocContext) -> list[tuple[int, ActorMention]]:
    """Every proposing noun of the article with what it puts forward, in document order; read
    once per article and kept on the context."""
    if ctx.proposals is None:
        # The proposing nouns (``_is_proposing``) found in the Doc's lists, not by a walk
        # that makes a Token of every word.
        doc = ctx.doc
        ctx.proposals = [
            (i, thing)
            for i in doc_words(doc).word_positions(_NOUN_IDS, WORDS.proposing_nouns)
            if (thing := _put_forward(ctx, doc[i], make_unnamed=True)) is not None
        ]
    return ctx.proposals


def owned_proposals(ctx: DocContext) -> Iterator[tuple[ActorMention, ActorMention, Token]]:
    """(proposer, plan, head noun) for each plan, package or bill node with an owner named by
    a possessor or a "by" agent: "Andriessen's latest package" was put forward by Andriessen.

    >>> import spacy
    >>> list(owned_proposals(DocContext(spacy.blank("en")("the package"), [])))
    []
    """
    for plan in list(ctx.mentions):
        if plan.type not in _PROPOSABLE or plan.head < 0:
            continue
        head = ctx.doc[plan.head]
        if head.lemma_.lower() not in WORDS.proposal_owner_heads:
            continue
        owners = children(head, "poss")
        agents = [prep for prep in children(head, "prep") if prep.lower_ == "by"]
        owners += [p for prep in agents for p in children(prep, "pobj")]
        for owner in owners:
            mention = ctx.by_token.get(owner.i)
            if mention is not None and mention.type in ACTOR_TYPES and mention.key != plan.key:
                yield mention, plan, head
