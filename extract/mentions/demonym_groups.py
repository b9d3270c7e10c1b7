"""Groups named by a demonym and a group noun: "Georgian demonstrators", "Syrian rebels",
"Pakistani students", "Iraqi protesters".

Each such phrase is an organisation-like node of its own, affiliated with the country (the
structural ``affiliated_with`` edge of ``extract.assemble``). Being a node apart from the country
lets an edge run between a group and its own state ("Georgian demonstrators received assurances
from the Georgian government"), and event coders still read the group as that country's side.
A "pro-"/"anti-" modifier ("pro-Russian separatists") names whom the group backs, not whose it
is, and makes no group. The name never starts at a determiner: "The Syrian rebels" and "Syrian
rebels" are one group (``is_determiner``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.doc_words import doc_words
from extract.labels import NOUN_POS, label_ids
from extract.mentions.mention import ActorMention
from extract.roles.state_actors import backs_rather_than_belongs
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, match_country
from extract.vocabulary.word_lists import WORDS

# Armed or protesting groups, and the other nouns of groups named by a demonym.
_GROUP_HEADS = WORDS.group_nouns | WORDS.demonym_group_nouns

_NOUN_POS_IDS = label_ids(NOUN_POS)


def demonym_groups(doc: Doc, taken: set[int]) -> list[ActorMention]:
    """Mentions of groups named by a demonym and a group noun, outside the ``taken`` tokens.

    The span runs from the demonym (one or two words: "South Korean students") to the noun;
    words between them stay in the name ("Syrian opposition fighters").
    """
    found = []
    words = doc_words(doc)
    for i in words.pos_positions(_NOUN_POS_IDS):
        if words.lowers[i] not in _GROUP_HEADS and words.lemma_lowers[i] not in _GROUP_HEADS:
            continue
        noun = doc[i]
        demonym = _demonym_modifier(noun)
        if demonym is None:
            continue
        start, code = demonym
        span = range(start, noun.i + 1)
        if any(i in taken for i in span):
            continue
        name = doc[start : noun.i + 1].text
        found.append(
            ActorMention(start, noun.i + 1, EntityType.ORGANIZATION, name, affiliations=[code])
        )
    return found


def _demonym_modifier(noun: Token) -> tuple[int, str] | None:
    """The first token and country code of a demonym modifying ``noun``, if any."""
    doc = noun.doc
    for child in noun.lefts:
        if child.dep_ not in ("amod", "compound", "nmod") or backs_rather_than_belongs(child):
            continue
        for width in (2, 1):
            start = child.i - width + 1
            if start < 0 or is_determiner(doc[start]):
                continue
            match = match_country(doc[start : child.i + 1].text)
            if match and match.form is CountryForm.DEMONYM:
                return start, match.code
    return None


def is_determiner(token: Token) -> bool:
    """Whether a phrase starting at ``token`` starts at a determiner ("the", "these"), which no
    country or group name does: "The Syrian rebels" is the group "Syrian rebels"."""
    return token.dep_ == "det" or token.lower_ in WORDS.determiners
