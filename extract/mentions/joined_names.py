"""Organisation names the model cut in two at a linking word.

The small model ends a long name at its first "and" or "for": "[the Islamic State of Iraq] and
the [Levant]" becomes an organisation and a person, "[the Tunisian League] for [the Defence of
Human Rights]" two organisations. English joins the parts of one name so in two patterns:

* an organisation, "for", then a capitalised name: the body and what it is for ("Tunisian
  League for the Defence of Human Rights", "Foundation for the Defense of Democracies");
* an organisation whose name ends in "of <place>", "and", then one more place-like name (the
  model's GPE, LOC or PERSON, never another organisation): the places a body is of
  ("Islamic State of Iraq and the Levant"). "the Bank of Japan and the Bundesbank" stays two:
  the second is an organisation.

An article may stand between the linking word and the second part.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Doc, Span

from extract.doc_words import doc_words
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

_PLACE_LIKE = frozenset({"GPE", "LOC", "PERSON"})
# A second part longer than this is no part of one name but a name of its own.
_LONGEST_PART = 6


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


def _ends_of_place(ent: Span) -> bool:
    """Whether an organisation's name ends in "of" and a name ("Islamic State of Iraq")."""
    return len(ent) >= 3 and ent[-2].lower_ == "of" and ent[-1].is_title


def _mention(span: Span) -> ActorMention:
    start = span.start + 1 if span[0].lower_ in WORDS.articles else span.start
    end = span.end - 1 if span[-1].tag_ == "POS" else span.end
    return ActorMention(start, end, EntityType.ORGANIZATION, span.doc[start:end].text)
