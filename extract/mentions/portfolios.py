"""Portfolios: the words of a title that name an office's field, not an organisation.

The small model tags "State" in "Secretary of State", "Defence" in "Minister of Defence" and
"Commerce" in "Commerce Secretary" as organisations, and runs "EC Agriculture" together before
"Commissioner". These readers tell such portfolio words from bodies, for
``extract.mentions.find``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extract.dates_places.places import place_country
from extract.vocabulary.common_words import is_common_word
from extract.vocabulary.countries import match_country
from extract.vocabulary.word_lists import WORDS

#: One word of a proper name: a capital, then letters, digits, apostrophes, dots or hyphens.
NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")


def names_after_portfolio(ent: Span) -> bool:
    """An ORG entity that is a title's portfolio and two or three capitalised words of a name."""
    return (
        3 <= len(ent) <= 4
        and is_office_portfolio(ent[0])
        and all(NAME_TOKEN.match(t.text) and not t.is_stop for t in ent[1:])
    )


def seat_before_name(ent: Span) -> int:
    """How many words of an entity are a legislator's seat that the model ran into his name:
    "Senator from [Vermont Bernie Sanders]", "Senator from [New York Kirsten Gillibrand]" (one
    or two words, the rest two or three capitalised words of a name); 0 for any other entity.
    """
    doc = ent.doc
    if not (
        ent.start >= 2
        and doc[ent.start - 1].lower_ == "from"
        and doc[ent.start - 2].lower_.rstrip(".") in WORDS.constituency_heads
    ):
        return 0
    for seat in (1, 2):
        name = ent[seat:]
        words = all(NAME_TOKEN.match(t.text) and not t.is_stop for t in name)
        named = 2 <= len(name) <= 3 and words
        if named and place_country(ent[:seat].text) is not None:
            return seat
    return 0


def is_office_portfolio(token: Token) -> bool:
    """ "State" in "Secretary of State", "Defence" in "Minister of Defence": the portfolio of a
    title, not an organisation."""
    prep = token.head
    # "an envoy of the OSCE" is an organisation: portfolios follow a capitalised title
    # directly, without a determiner, and are no acronyms.
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.is_title
        and prep.head.lower_.rstrip("s") in WORDS.role_heads
        and not token.text.isupper()
        and not any(c.dep_ == "det" for c in token.children)
    )


def without_portfolio(ent: Span) -> Span | None:
    """The organisation without the portfolio words the model ran into it before a title:
    "EC Agriculture" in "EC Agriculture Commissioner Frans Andriessen" is the EC; "Commerce"
    in "Commerce Secretary" is no organisation at all (``None``)."""
    doc = ent.doc
    following = doc[ent.end] if ent.end < len(doc) else None
    if following is None or following.lower_.rstrip("s") not in WORDS.role_heads:
        return ent
    end = ent.end
    while end > ent.start and doc[end - 1].lower_ in WORDS.role_modifiers:
        end -= 1
    if end == ent.end:
        return ent
    # "Philippine Finance Secretary": what is left is the country of the title, not a body;
    # "Home Affairs Minister": the common words left name the minister's portfolio too.
    left = doc[ent.start : end]
    if not len(left) or match_country(left.text) or names_a_portfolio(left, following):
        return None
    return left


def names_a_portfolio(words: Span, title_head: Token) -> bool:
    """Whether common words before a title named after its portfolio (a minister sits in a
    ministry, ``WORDS.portfolio_bodies``) give that portfolio rather than an organisation:
    "Information" in "Information Minister", "Home" in "Home Affairs Minister"; not "SDLP" in
    "SDLP minister".

    >>> import spacy
    >>> doc = spacy.blank("en")("Information Minister Herman Antelo")
    >>> names_a_portfolio(doc[0:1], doc[1]), names_a_portfolio(doc[0:1], doc[2])
    (True, False)
    """
    body = WORDS.office_bodies.get(title_head.lower_.rstrip("s"))
    return body in WORDS.portfolio_bodies and all(is_common_word(t.lower_) for t in words)
