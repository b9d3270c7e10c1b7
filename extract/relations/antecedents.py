"""What a referring word may stand for, looked up among the mentions before it or around it.

Lookups the argument resolver (``extract.relations.arguments``) tries in turn: the demonym
agent of an act ("Russian interference"), the organisation last named ("the bloc"), the
speaker of a clause a pronoun sits in, the people inside a title phrase, the latest person
with a title ("the minister"), the latest agreement or event with a head noun ("the
referendum").
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.doc_context import DocContext
from extract.roles.state_actors import as_actor, country_modifiers
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm
from extract.vocabulary.word_lists import WORDS


def event_agents(ctx: DocContext, event: ActorMention) -> list[ActorMention]:
    """ "investigating Russian interference", "condemned Chinese aggression": an act named after
    its agent's demonym is aimed at that country too."""
    if event.type is not EntityType.EVENT:
        return []
    first = ctx.by_token.get(event.start)
    if first is not None and first is not event and first.form is CountryForm.DEMONYM:
        return [as_actor(first)]
    before = ctx.doc[event.start - 1] if event.start > 0 else None
    agent = ctx.by_token.get(before.i) if before is not None else None
    # "Chinese interference in the election": the demonym may stay outside the event's span.
    if (
        before is not None
        and agent is not None
        and agent.form is CountryForm.DEMONYM
        and before.dep_ in ("amod", "compound")
        and event.start <= before.head.i < event.end
    ):
        return [as_actor(agent)]
    return []


def latest_organisation(ctx: DocContext, token: Token) -> list[ActorMention]:
    sentence = token.sent
    previous = ctx.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for mention in ctx.before(token.i, EntityType.ORGANIZATION):
        if mention.start >= previous:
            return [mention]
    return []


def is_bare_definite(token: Token) -> bool:
    """ "the result" with no "of"/"from" phrase and no possessor saying whose it is."""
    return any(c.lower_ == "the" for c in token.lefts) and not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from"))
        for c in token.children
    )


def speaker_of(token: Token) -> Token | None:
    """The verb of speech whose clausal complement holds ``token``, if any."""
    node = token
    while node.head.i != node.i:
        if (
            node.dep_ in ("ccomp", "xcomp", "advcl")
            and node.head.lemma_.lower() in WORDS.speech_lemmas
        ):
            return node.head
        if node.dep_ in ("ccomp",) or (node.head.pos_ == "VERB" and node.dep_ == "relcl"):
            node = node.head
            continue
        node = node.head
        if node.pos_ == "VERB" and node.dep_ == "ROOT":
            break
    return None


def subject_tokens(verb: Token) -> list[Token]:
    """The subject of a verb, climbing through the verbs that share it ("was quoted as saying")."""
    node: Token | None = verb
    while node is not None:
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects
        if node.dep_ in ("xcomp", "advcl", "conj", "pcomp") and node.head.i != node.i:
            node = node.head
        else:
            node = None
    return []


def people_inside(ctx: DocContext, token: Token) -> list[ActorMention]:
    people = []
    for item in token.subtree:
        mention = ctx.by_token.get(item.i)
        if mention and mention.type is EntityType.PERSON and mention not in people:
            people.append(mention)
    return people


def latest_with_role(ctx: DocContext, token: Token) -> list[ActorMention]:
    """The most recent person with this title; "the foreign minister of Hungary" (or "the
    Hungarian minister") must also be affiliated with that country."""
    title = token.lemma_.lower()
    countries = {m.country for m in country_modifiers(ctx, token)}
    for mention in ctx.before(token.i, EntityType.PERSON):
        if not mention.role or title not in mention.role.lower():
            continue
        if countries and not countries & set(mention.affiliations):
            continue
        return [mention]
    return []


def latest_with_head(ctx: DocContext, token: Token, kind: EntityType) -> list[ActorMention]:
    """A definite noun is the latest ``kind`` mention before it with the same head noun:
    "signed a joint statement ... criticized the statement" (an agreement), "a referendum in
    Crimea ... rejected the referendum" (an event)."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.lefts):
        return []
    lemma = token.lemma_.lower()
    for mention in ctx.before(token.i, kind):
        if mention.head >= 0 and ctx.doc[mention.head].lemma_.lower() == lemma:
            return [mention]
    return []
