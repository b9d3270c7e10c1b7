"""Companies a wire names in angle brackets.

Reuters copy marks a company it names in full with angle brackets: "Italy's <Italtel>",
"Ross McKinnon, general manager of <Thiess Dampier Mitsui Coal Pty Ltd>", "<Societe Anonyme de
Telecommunications> SAT". Whatever the small model makes of the words inside (a person, a
place, half a name run on into the acronym after it), the bracketed words are one company. A
capitalised acronym right after the closing bracket is its short name, a mention of its own
that coreference joins to it. Stock tickers are bracketed too ("Bouygues SA <BOUY.PA>"): one
run of capitals, digits and dots ("<MD N>") names no company here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from extract.doc_words import doc_words
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import match_country

# A company's name is short; a longer run between brackets is a misread of something else.
_LONGEST_NAME = 12
_TICKER = re.compile(r"^[A-Z0-9.&\- ]+$")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def bracketed_companies(doc: Doc) -> Iterator[ActorMention]:
    """Organisation mentions of the bracketed names of a doc, and of an acronym after one.

    >>> import spacy
    >>> doc = spacy.blank("en")("Italy 's < Italtel > and Bouygues SA < BOUY.PA > bid .")
    >>> [(m.name, m.type.value) for m in bracketed_companies(doc)]
    [('Italtel', 'Organization')]
    """
    for opening in doc_words(doc).positions({"<"}, lower=False):
        start = opening + 1
        closing = next(
            (
                t.i
                for t in doc[start : start + _LONGEST_NAME + 1]
                if t.text in ("<", ">") or t.is_sent_start
            ),
            None,
        )
        if closing is None or closing == start or doc[closing].text != ">":
            continue
        inner = doc[start:closing]
        name = inner.text
        if _TICKER.match(name) or not name[:1].isupper():
            continue
        yield ActorMention(start, closing, EntityType.ORGANIZATION, name)
        after = closing + 1
        if (
            after < len(doc)
            and _ACRONYM.match(doc[after].text)
            and match_country(doc[after].text) is None
        ):
            yield ActorMention(after, after + 1, EntityType.ORGANIZATION, doc[after].text)
