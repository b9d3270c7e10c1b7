"""Organisation names the model cut in two at a linking word.

The small model ends a long name at its first "and" or "for": "[the Islamic State of Iraq] and
the [Levant]" becomes an organisation and a person, "[the Tunisian League] for [the Defence of
Human Rights]" two organisations. English joins the parts of one name so in two patterns:

* an organisation, "for", then a capitalised name: the body and what it is for ("Tunisian
  League for the Defence of Human Rights", "Foundation for the Defense of Democracies");
* an organisation whose name ends in "of <place>", "and", then one more place-like name (the
  model's GPE, LOC or PERSON, never another organisation): the places a body is of
  ("Islamic State of Iraq and the Levant"). "the Bank of Japan and the Bundesbank" stays two:
  the second is an organisation;
* an organisation whose last word English writes in lower case, "and" or "&" (which the model
  may put at the end of the first part), then one such word and nothing but legal forms: a
  company named after its two trades ("Cable and Wireless", "American Telephone and
  Telegraph Co", "Central Hudson Gas and Electric Corp"). Two names of their own are joined
  otherwise: by proper names ("Nutone and Yale"), after a legal form ("Holiday Corp and
  Communications Satellite Corp"), as bodies with heads of their own ("the World Bank and
  International Monetary Fund"), or as bodies of state ("the Commerce and Labor
  Departments").

An article may stand between the linking word and the second part.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from extract.doc_words import doc_words
from extract.mentions.company_names import is_legal_form
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.common_words import is_common_word
from extract.vocabulary.word_lists import WORDS

_PLACE_LIKE = frozenset({"GPE", "LOC", "PERSON"})
# A second part longer than this is no part of one name but a name of its own.
_LONGEST_PART = 6
# The links of a name after two trades: "Cable and Wireless", "Marks & Spencer".
_TRADE_LINKS = frozenset({"and", "&"}) & WORDS.name_links
# "the Commerce and Labor Departments", "Finance and Trade Ministries": two bodies of state.
_STATE_BODY_WORDS = (
    WORDS.state_body_heads
    | WORDS.portfolio_bodies
    | frozenset(head + "s" for head in WORDS.state_body_heads)
    | frozenset({"ministries"})
)


def joined_organisations(doc: Doc) -> Iterator[ActorMention]:
    """Organisation mentions of the names the model cut at "for" or "and".

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("The Tunisian League for the Defence of Human Rights spoke .")
    >>> doc.ents = [Span(doc, 0, 3, "ORG"), Span(doc, 4, 9, "ORG")]
    >>> [(m.name, m.type.value) for m in joined_organisations(doc)]
    [('Tunisian League for the Defence of Human Rights', 'Organization')]
    """
    for first, second in pairwise(doc_words(doc).entities):
        if first.label_ != "ORG" or first.end >= len(doc):
            continue
        if _named_after_trades(first, second):
            yield _mention(doc[first.start : second.end])
            continue
        link = doc[first.end]
        gap = second.start - first.end
        if gap == 2 and doc[first.end + 1].lower_ not in WORDS.articles:
            continue
        if gap not in (1, 2) or len(second) > _LONGEST_PART or not second[-1].is_title:
            continue
        if (link.lower_ == "for" and second.label_ == "ORG") or (
            link.lower_ == "and" and second.label_ in _PLACE_LIKE and _ends_of_place(first)
        ):
            yield _mention(doc[first.start : second.end])


def _named_after_trades(first: Span, second: Span) -> bool:
    """Whether two ORG entities are the halves of one name joined by "and" or "&" between two
    words English writes in lower case ("Cable" and "Wireless"); see the module docstring."""
    if second.label_ != "ORG" or len(second) > _LONGEST_PART:
        return False
    linked_inside = len(first) >= 2 and first[-1].lower_ in _TRADE_LINKS
    before = first[:-1] if linked_inside else first
    gap = second.start - first.end
    if linked_inside != (gap == 0) or (gap == 1 and _word_after(first) not in _TRADE_LINKS):
        return False
    if gap > 1 or is_legal_form(before[-1].text) or not _trade_word(before[-1]):
        return False
    words = [t.lower_ for t in [*before, *second]]
    # "Telegraph Co", "Trading Plc": one trade and legal forms; "International Monetary Fund"
    # and "Veterans Administration" after "and" are bodies of their own.
    only_forms = all(is_legal_form(t.text) for t in second[1:])
    return _trade_word(second[0]) and only_forms and not any(w in _STATE_BODY_WORDS for w in words)


def _word_after(first: Span) -> str:
    """The word right after an entity, in lower case ("" at the end of the text)."""
    return first.doc[first.end].lower_ if first.end < len(first.doc) else ""


def _trade_word(token: Token) -> bool:
    return token.is_title and is_common_word(token.lower_)


def _ends_of_place(ent: Span) -> bool:
    """Whether an organisation's name ends in "of" and a name ("Islamic State of Iraq")."""
    return len(ent) >= 3 and ent[-2].lower_ == "of" and ent[-1].is_title


def _mention(span: Span) -> ActorMention:
    start = span.start + 1 if span[0].lower_ in WORDS.articles else span.start
    end = span.end - 1 if span[-1].tag_ == "POS" else span.end
    return ActorMention(start, end, EntityType.ORGANIZATION, span.doc[start:end].text)
