"""Counted parties: "the two nations", "both countries", "the four leaders".

A counted plural refers to as many actors named before it: countries for nouns of states
(``party_nouns``: the latest list of exactly that many countries named together, "the
governments of Sweden, Denmark and Norway" ... "the three Scandinavian countries", else the
nearest distinct countries), people for nouns of people
(``counted_people_nouns``: the first people of the latest sentence that names enough of them,
since people counted together are named together, as in a list of leaders). The count words
are ``party_counts``; the lists are in ``data/words/actors.txt``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm
from extract.vocabulary.word_lists import WORDS

if TYPE_CHECKING:  # the argument resolver imports this module
    from extract.relations.doc_context import DocContext


def counted_parties(ctx: DocContext, token: Token) -> list[ActorMention]:
    """ "the two nations", "both countries" → the two countries last named; "the four leaders"
    (``WORDS.counted_people_nouns``) → the four people last named."""
    counts = [WORDS.party_counts[c.lower_] for c in token.lefts if c.lower_ in WORDS.party_counts]
    counts += [2 for c in token.head.lefts if c.lower_ == "both"]
    if not counts:
        return []
    wanted = counts[0]
    if token.lower_ in WORDS.counted_people_nouns:
        return _people_named_together(ctx, token, wanted)
    listed = _countries_listed_together(ctx, token, wanted)
    if listed:
        return listed
    parties: dict[str, ActorMention] = {}
    for mention in ctx.before(token.i, EntityType.COUNTRY):
        if mention.form is not CountryForm.SEAT:
            parties.setdefault(mention.key, mention)
        if len(parties) == wanted:
            break
    return list(parties.values()) if len(parties) == wanted else []


def _countries_listed_together(ctx: DocContext, token: Token, wanted: int) -> list[ActorMention]:
    """The latest coordination of exactly ``wanted`` countries before ``token``: "Sweden,
    Denmark and Norway ... the three countries" (a country named in between, "talks with the
    United States in which the three countries ...", is no member of the count)."""
    doc = ctx.doc
    for mention in ctx.before(token.i, EntityType.COUNTRY):
        head = doc[mention.end - 1]
        if mention.form is CountryForm.SEAT or head.dep_ == "conj":
            continue  # a list is read from its first item
        items = [head, *head.conjuncts]
        listed = {m.key: m for t in items if (m := ctx.by_token.get(t.i)) and m.country}
        if len(items) == wanted == len(listed) and all(t.i < token.i for t in items):
            return list(listed.values())
    return []


def _people_named_together(ctx: DocContext, token: Token, wanted: int) -> list[ActorMention]:
    """ "the four leaders": the latest sentence before that names at least four people, its
    first four (people counted together are named together, as in a list of leaders)."""
    by_sentence: dict[int, dict[str, ActorMention]] = {}
    for mention in ctx.before(token.i, EntityType.PERSON):
        sentence = ctx.doc[mention.start].sent.start
        by_sentence.setdefault(sentence, {})[mention.key] = mention
    for sentence in sorted(by_sentence, reverse=True):
        people = sorted(by_sentence[sentence].values(), key=lambda m: m.start)
        if len(people) >= wanted:
            return people[:wanted]
    return []
