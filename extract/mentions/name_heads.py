"""Names whose own words say what they name, whatever label the model gave them.

The small model labels a name mostly by its first words: "Johnson Space Center" and "the
Museum of Flight" come out as organisations, "Castlefrank Road" and "Steven F. Udvar-Hazy
Center" as people, "the Saudi Gazette" as a place, "Twitter" and "the pro-Beijing DAB" as
people. The head of an English name decides its kind, so three classes of words are read
before the model's label:

* a **facility head** (``WORDS.facility_heads``: center, museum, station, road ...) makes the
  name a place, unless "for" or "on" follows the head ("Center for Strategic Studies" is a body);
* an **outlet head** (``WORDS.outlet_heads``: gazette, herald, times ...) ending a name of two
  words or more, or a one-word outlet or platform name (``WORDS.outlet_names``,
  ``WORDS.platform_names``), makes it an organisation, and so does a platform's name the
  model left untagged ("Twitter gave him the option"); a platform merely used ("posted on
  Facebook", "a Twitter account") names no actor at all (``platforms_used``), and neither does
  a lone "person" that English writes only in lower case ("Coal exporters",
  ``common_words_as_people``);
* a "person" whose name ends in an acronym ("Pro-Beijing DAB") is that organisation: people's
  names are not written in capitals inside mixed-case text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from extract.doc_words import doc_words
from extract.labels import label_ids
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.common_words import is_common_word
from extract.vocabulary.public_figures import public_figure_country
from extract.vocabulary.word_lists import WORDS

#: Labels under which the model puts buildings and sites it does not see as facilities.
_FACILITY_SLIP_LABELS = frozenset({"ORG", "PERSON", "EVENT"})
#: Labels under which the model puts news outlets and platforms it does not see as bodies.
_OUTLET_SLIP_LABELS = frozenset(
    {"PERSON", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT"}
)
_BODY_PREPOSITIONS = frozenset({"for", "on"})
_FACILITY_IDS = label_ids(WORDS.facility_heads)
_SLIP_LABELS = _FACILITY_SLIP_LABELS | _OUTLET_SLIP_LABELS


def named_by_head(doc: Doc) -> Iterator[ActorMention]:
    """Places and organisations that the words of a named entity, not its label, tell.

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("He went to the Museum of Flight and read the Saudi Gazette .")
    >>> doc.ents = [Span(doc, 4, 7, "ORG"), Span(doc, 10, 12, "GPE")]
    >>> [(m.name, m.type.value) for m in named_by_head(doc)]
    [('Museum of Flight', 'Place'), ('Saudi Gazette', 'Organization')]
    """
    for ent in doc_words(doc).entities:
        label = ent.label_
        if label not in _SLIP_LABELS:
            continue  # dates, numbers, money: most entities, passed over at once
        span = _without_article(ent)
        if not len(span):
            continue
        # the integer test first: the head is found only for names holding a facility word
        facility = any(t.lower in _FACILITY_IDS for t in span)
        if facility and label in _FACILITY_SLIP_LABELS and _has_facility_head(span):
            yield ActorMention(span.start, span.end, EntityType.PLACE, span.text)
        elif label in _OUTLET_SLIP_LABELS and _names_outlet(span):
            yield ActorMention(span.start, span.end, EntityType.ORGANIZATION, span.text)
        elif label == "PERSON" and _is_acronym(span[-1]) and not _is_capitals(ent.sent):
            acronym = span[-1]
            yield ActorMention(acronym.i, acronym.i + 1, EntityType.ORGANIZATION, acronym.text)
    for i in positions_of(doc, WORDS.platform_names):
        token = doc[i]
        if token.pos == PROPN and not token.ent_type:
            yield ActorMention(i, i + 1, EntityType.ORGANIZATION, token.text)


def positions_of(doc: Doc, words: Set[str]) -> list[int]:
    """The indices of the tokens whose lower-case form is one of ``words``, read off the Doc's
    shared word index (``extract.doc_words``) instead of a walk over every token.

    >>> import spacy
    >>> positions_of(spacy.blank("en")("He posted on Twitter ."), WORDS.platform_names)
    [3]
    """
    return doc_words(doc).positions(words)


def common_words_as_people(doc: Doc) -> set[int]:
    """Lone words the model tagged as people that English writes only in lower case: "Coal
    exporters want ...", "the Blowpipes" are no people, and no actors at all.

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("Coal exporters met Reagan .")
    >>> doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 3, 4, "PERSON")]
    >>> sorted(common_words_as_people(doc))
    [0]
    """
    # "Husky" after "Husky Oil Ltd", "Diamond" after "Diamond Shamrock Corp": the short form of
    # a longer name of the article, which coreference joins to it (extract.coref.short_forms).
    lone = [
        ent[0]
        for ent in doc_words(doc).entities
        if len(ent) == 1
        and ent.label_ == "PERSON"
        and is_common_word(ent[0].lower_)
        and not public_figure_country(ent.text)  # "Macron held a meeting"
    ]
    if not lone:
        return set()
    name_words = {t.lower_ for ent in doc_words(doc).entities if len(ent) > 1 for t in ent}
    return {
        t.i
        for t in lone
        if t.lower_ not in name_words and not _after_title(t) and not _opens_a_name(t)
    }


def _opens_a_name(token: Token) -> bool:
    """Whether a capitalised word follows: "Elders IXL Ltd", "Courage Ltd" are names."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is not None and (after.is_title or after.is_upper)


def _after_title(token: Token) -> bool:
    """Whether a title stands right before the word ("Professor Burrows", "Mr Fluke")."""
    before = token.nbor(-1) if token.i > 0 else None
    word = before.lower_.rstrip(".") if before is not None else ""
    return word in WORDS.courtesy_titles or word in WORDS.role_heads


def platforms_used(doc: Doc) -> set[int]:
    """The tokens of platforms merely used, which name no actor: "posted a message on Facebook",
    "a Twitter account". (``eval/GUIDELINES.md``: platforms merely used are no nodes.)

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["He", "posted", "on", "Facebook", "."]
    >>> deps = ["nsubj", "ROOT", "prep", "pobj", "punct"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 1], deps=deps)
    >>> sorted(platforms_used(doc))
    [3]
    """
    used = set()
    for i in positions_of(doc, WORDS.platform_names):
        token = doc[i]
        if (token.dep_ == "pobj" and token.head.lower_ in WORDS.platform_prepositions) or (
            token.dep_ == "compound" and token.head.pos_ == "NOUN"
        ):
            used.add(i)
    return used


def _without_article(ent: Span) -> Span:
    """The entity without a leading article or a trailing possessive "'s"."""
    start, end = ent.start, ent.end
    if ent[0].lower_ in WORDS.articles:
        start += 1
    if end > start and ent.doc[end - 1].tag_ == "POS":
        end -= 1
    return ent.doc[start:end]


def _has_facility_head(span: Span) -> bool:
    """Whether the name's head is a capitalised facility noun not followed by "for"/"on"."""
    head = span.root
    if not head.is_title or head.lower_ not in WORDS.facility_heads:
        return False
    return not any(child.lower_ in _BODY_PREPOSITIONS for child in head.rights)


def _names_outlet(span: Span) -> bool:
    """Whether the name is a news outlet's or an online platform's."""
    last = span[-1]
    if len(span) == 1:
        word = last.lower_
        return last.text[:1].isupper() and (
            word in WORDS.outlet_names or word in WORDS.platform_names
        )
    return last.is_title and span[0].is_title and last.lower_ in WORDS.outlet_heads


def _is_acronym(token: Token) -> bool:
    """An acronym of a body; a legal form written in capitals ("AB", "AG") is none: it makes
    the whole name a company (``extract.mentions.company_names``), and neither is a regnal or
    generational numeral ("Elizabeth II", "John Paul II", "Henry VIII")."""
    text = token.text
    return (
        2 <= len(text) <= 5
        and text.isalpha()
        and text.isupper()
        and token.lower_ not in WORDS.company_forms
        and not _ROMAN_NUMERAL.fullmatch(text)
    )


# I to XXXIX: the numerals that follow a monarch's or pope's name, or a family's generations.
_ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def _is_capitals(sentence: Span) -> bool:
    """Whether a sentence is written in capitals (a wire headline), where acronyms say nothing."""
    letters = [t for t in sentence if t.is_alpha]
    return bool(letters) and sum(t.is_upper for t in letters) * 2 > len(letters)
