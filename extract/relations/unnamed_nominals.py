"""Measures, agreements and occasions acted on before the article has named them.

"Germany opposed the tax", "Washington lifted the embargo", "the ministers rejected the plan":
the object is a bare event or agreement noun that refers to nothing named earlier (the
resolver's anaphor rules found no antecedent and no owner), yet it is what the act is on. Such
a noun becomes a node of its own, named by the noun as written ("tax", "new tariffs") and keyed
to the article (``extract.mentions.keys.article_scoped_key``), so that "the tax" in two
articles stays two nodes; later bare mentions of the same noun in the article join it.

Measures and enacted texts of ``WORDS.acted_measure_heads`` ("signed a government decree",
"clamped a curfew on the state") are nodes only this way: no reader makes one from a phrase met
in passing ("under the new rules").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.article_context import article_of
from extract.mentions.keys import article_scoped_key
from extract.mentions.mention import ActorMention
from extract.mentions.no_node_nouns import is_briefing
from extract.relations.clause_parts import child_lowers
from extract.relations.doc_context import DocContext
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

_AGREEMENT_HEADS = WORDS.agreement_heads | WORDS.proposal_heads
_EVENT_HEADS = WORDS.event_heads | WORDS.bill_heads | WORDS.acted_measure_heads
#: Every word ``nominal_type`` reads as an event or agreement head (lemma or form).
NOMINAL_HEADS = _AGREEMENT_HEADS | _EVENT_HEADS


def nominal_type(token: Token) -> EntityType | None:
    """Whether a common noun heads an event ("tax", "talks") or an agreement ("pact") phrase.

    >>> import spacy
    >>> nominal_type(spacy.blank("en")("sanctions")[0]) is EntityType.EVENT
    True
    """
    words = {token.lemma_.lower(), token.lower_}
    if words & _AGREEMENT_HEADS:
        return EntityType.AGREEMENT
    if words & _EVENT_HEADS:
        return EntityType.EVENT
    return None


def is_founded_body(token: Token) -> bool:
    """Whether a body noun (``WORDS.founded_body_heads``) is what a verb of founding
    (``WORDS.founding_lemmas``, "set" with "up") creates: "set up a special committee to study
    the question", "a tribunal was established". Such a body is an agreement node of its own,
    its "to" clause its purpose (no intent of the founder's).

    >>> import spacy
    >>> is_founded_body(spacy.blank("en")("committee")[0])
    False
    """
    if not {token.lemma_.lower(), token.lower_} & WORDS.founded_body_heads:
        return False
    verb = token.head
    if token.dep_ not in ("dobj", "nsubjpass") or verb is token:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "set":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return lemma in WORDS.founding_lemmas


def is_measure(doc: Doc, mention: ActorMention) -> bool:
    """Whether an event is a measure one side imposes on another ("sanctions on Iran", "the
    oils and fats tax"): its head noun is in ``WORDS.measure_heads``."""
    if mention.type is not EntityType.EVENT or mention.head < 0:
        return False
    head = doc[mention.head]
    return bool({head.lemma_.lower(), head.lower_} & WORDS.measure_heads)


def unnamed_nominal(ctx: DocContext, token: Token) -> ActorMention | None:
    """The node of an event or agreement noun acted on that names nothing met before.

    The mention spans the noun and its left modifiers, without a possessor (who owns the
    thing is read apart); it is added to ``ctx`` so that a later "the tax" is the same node.
    """
    founded = is_founded_body(token)
    entity_type = EntityType.AGREEMENT if founded else nominal_type(token)
    if entity_type is None or token.pos_ != "NOUN":
        return None
    if not founded and _states_an_intent(token):
        return None
    if is_briefing(token):
        return None  # "told a news conference": where it was said
    heads = {token.lemma_.lower(), token.lower_}
    acted_events = WORDS.measure_heads | WORDS.gathering_heads | WORDS.incident_heads
    if entity_type is EntityType.EVENT and not heads & (
        acted_events | WORDS.bill_heads | WORDS.acted_measure_heads
    ):
        # "is facing general elections", "call an election": other events acted on unnamed
        # are as often generic, and verbs of the dictionary read them as acts of their own.
        return None
    definite = any(c.dep_ == "det" and c.lower_ in WORDS.definite_determiners for c in token.lefts)
    if entity_type is EntityType.AGREEMENT:
        # "the accord" after "the rubber pact": a definite agreement noun is the agreement
        # the article is about, whatever word named it first.
        earlier = ctx.before(token.i, EntityType.AGREEMENT)
        if definite and earlier:
            return earlier[0]
        # "the new agreement" names nothing the article has told apart.
        if any(c.lower_ in WORDS.vague_modifiers for c in token.lefts):
            return None
    kept = [c for c in token.lefts if c.dep_ not in ("poss", "case", "punct")]
    start = min([t.i for c in kept for t in c.subtree] + [token.i])
    words = [t for t in ctx.doc[start : token.i + 1] if t.lower_ not in WORDS.determiners]
    name = " ".join(t.text for t in words)
    article = article_of(ctx.doc)
    scope = article.id if article is not None else "text"
    mention = ActorMention(
        start,
        token.i + 1,
        entity_type,
        name,
        head=token.i,
        key=article_scoped_key(entity_type, scope, name.lower()),
    )
    ctx.add(mention)
    return mention


def _states_an_intent(token: Token) -> bool:
    """ "announced plans to set up a committee": a noun with a "to" clause says what is meant
    to be done; the act it names is read from that clause, the noun is no node."""
    return any(
        c.dep_ in ("acl", "relcl")
        and c.pos_ == "VERB"
        and c.i > token.i
        and "to" in child_lowers(c, "aux")
        for c in token.children
    )
