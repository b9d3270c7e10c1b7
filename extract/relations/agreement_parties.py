"""The parties an agreement's own phrase names: countries inside its name ("a Russia-US working
group"), the sides after "between", "among" or "with" ("the agreement between Russia and
Spain", "Kenya's accord with Uganda"), and the signatories of a participle of concluding ("the
treaty signed by Russia and China").

An agreement that is only sought or put forward has no parties yet: "Canada wants a treaty
with the United States", "Japan proposed a pact with China" make nobody a party (the wish or
the proposal is the act, read by the relation walk).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.keys import entity_key
from extract.mentions.mention import ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.doc_context import DocContext
from extract.types import EntityType
from extract.vocabulary.countries import country_label
from extract.vocabulary.word_lists import WORDS


def named_parties(ctx: DocContext, mention: ActorMention) -> list[ActorMention]:
    """The parties the phrase of an agreement mention names, countries as country nodes.

    >>> import spacy
    >>> doc = spacy.blank("en")("a pact")
    >>> named_parties(DocContext(doc, []), ActorMention(1, 2, EntityType.AGREEMENT, "pact"))
    []
    """
    doc = ctx.doc
    head = doc[mention.head] if mention.head >= 0 else None
    if head is not None and is_only_sought(head):
        return []
    parties = [
        ctx.by_token[i]
        for i in range(mention.start, mention.end)
        if i in ctx.by_token and ctx.by_token[i].country and ctx.by_token[i] is not mention
    ]
    if head is not None:
        parties.extend(m for t in _party_phrases(head) for m in resolve_argument(ctx, t))
    unique: dict[str, ActorMention] = {}
    for party in parties:
        if party.type is EntityType.COUNTRY or party.country:
            key = entity_key(EntityType.COUNTRY, party.country or "")
            unique.setdefault(key, _as_country(party, key))
        elif party.type in (EntityType.PERSON, EntityType.ORGANIZATION):
            unique.setdefault(party.key, party)
    return list(unique.values())


def is_only_sought(head: Token) -> bool:
    """Whether an agreement noun is the object of a verb that seeks or puts forward what it
    takes (``WORDS.seeking_lemmas``, ``WORDS.proposing_lemmas``): "wants a treaty with the
    United States", "proposed a pact with China".

    >>> import spacy
    >>> is_only_sought(spacy.blank("en")("treaty")[0])
    False
    """
    verb = head.head
    if head.dep_ not in ("dobj", "nsubjpass") or verb is head:
        return False
    lemma = verb.lemma_.lower()
    return lemma in WORDS.seeking_lemmas or lemma in WORDS.proposing_lemmas


def _party_phrases(head: Token) -> list[Token]:
    """The tokens naming the parties of an agreement, read off its head noun.

    "the agreement between Russia and Spain", "Kenya's accord with Uganda" (with a partner
    named, the owner is the other side, where "Kenya's proposal" alone is only its author),
    "the accord reached between Kenya and Uganda", "the treaty signed by Russia and China"
    (a participle of concluding, ``WORDS.concluding_lemmas``).
    """
    partnered = _prep_objects(head, ("between", "among", "with"))
    owners = [c for c in head.children if c.dep_ == "poss"] if partnered else []
    concluded = [
        p
        for verb in head.children
        if verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in WORDS.concluding_lemmas
        for p in _prep_objects(verb, ("between", "among", "by"))
    ]
    return partnered + owners + concluded


def _prep_objects(token: Token, prepositions: tuple[str, ...]) -> list[Token]:
    return [
        pobj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _as_country(mention: ActorMention, key: str) -> ActorMention:
    if mention.key == key:
        return mention
    return ActorMention(
        mention.start,
        mention.end,
        EntityType.COUNTRY,
        country_label(mention.country or ""),
        mention.country,
        mention.form,
        key=key,
    )
