"""Common words a wire capitalised after a country abbreviation are no names.

Reuters copy of the 1980s capitalises the word after "U.S." or "U.K." as if the abbreviation's
full stop ended a sentence: "U.S. Legislators called on Japan", "the U.S. Group", "U.S.
Financial institutions", "200 mln U.S. Dlrs". The small model then tags "U.S. Legislators" as
an organisation or a person. Such a span is the country followed by ordinary words: when every
word after the abbreviation is a common word (the article also writes it in lower case, or it
is a noun of state people or groups the word lists know, or a word English only writes in lower
case: ``extract.vocabulary.common_words``, derived from a public word list), only the
abbreviation is a mention, and it names its country; the words after it are left to the
parse ("U.S. legislators" then acts for the United States like "US officials").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.doc_words import doc_words
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.common_words import is_common_word
from extract.vocabulary.countries import CountryForm, match_country
from extract.vocabulary.word_lists import WORDS

_TAGGED_AS_NAMES = frozenset({"ORG", "PERSON", "NORP", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"})


def wire_capital_countries(doc: Doc) -> list[ActorMention]:
    """Country mentions for abbreviations whose entity span runs on into capitalised common words.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("U.S. Legislators called on Japan, legislators said.")
    >>> doc.ents = [doc.char_span(0, 16, label="ORG")]
    >>> [(m.name, m.country, m.end) for m in wire_capital_countries(doc)]
    [('United States', 'US', 1)]
    """
    lower_words: set[str] | None = None  # read only for a doc that has such a span
    found = []
    for ent in doc_words(doc).entities:
        if ent.label_ not in _TAGGED_AS_NAMES or len(ent) < 2:
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 2 else ent.start
        abbreviation = doc[start]
        match = match_country(abbreviation.text)
        if match is None or match.form is not CountryForm.NAME or "." not in abbreviation.text:
            continue
        rest = doc[start + 1 : ent.end]
        if lower_words is None:
            lower_words = {t.text for t in doc if t.is_lower and t.is_alpha}
        if len(rest) and _all_common(rest, lower_words):
            found.append(
                ActorMention(
                    start, start + 1, EntityType.COUNTRY, match.label, match.code, match.form
                )
            )
    return found


def _all_common(words: Span, lower_words: set[str]) -> bool:
    """Whether every word is a capitalised common word: written in lower case elsewhere in the
    article, or a noun of state people, groups or bodies the word lists hold; a body that
    such a phrase names outright ("the U.S. Embassy") stays a name.

    A word known only from ``common_words`` (English writes it in lower case, but a short story
    may never write it so itself: "U.S. Laws", "U.S. Investors") counts too, unless the phrase
    ends in the head of a state body: "the U.S. Agriculture Department" is a body's name.
    """
    known = WORDS.state_nouns | WORDS.people_nouns | WORDS.group_nouns | WORDS.role_heads
    from_word_list = False
    for token in words:
        lower = token.lower_
        if not token.is_alpha or not token.is_title or lower in WORDS.named_body_heads:
            return False
        if lower in lower_words or lower in known or token.lemma_.lower() in known:
            continue
        if not is_common_word(lower):
            return False
        from_word_list = True
    return not (from_word_list and words[-1].lower_ in WORDS.state_body_heads)
