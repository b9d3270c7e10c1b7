"""People's names the small model tags as an organisation: "Dean Kamen", "Nikki Haley".

The small model reads a name it does not know by its look, and a two- or three-word name it
has not seen is often an ORG ("Elijah Cummings", "Wanda Vázquez Garced"). English names a
person with a given name and a surname; bodies are named with a head noun ("Howard
University", "Walter Reed Hospital"), a legal form ("Louis Dreyfus Corp") or common words
("Sterling Drug", "Chase Manhattan Bank"). So an ORG entity is a person when

* it is two or three capitalised words with no article before them (a middle initial such as
  "S." may stand between);
* its first word is a given name of the census table (``extract.vocabulary.given_names``) of
  three letters or more ("Al Jazeera" is Arabic "the");
* none of its other words is a word English writes in lower case (``common_words``: "Drug",
  "Resources", "University"), a country, or a head noun of a body or a site;
* no title or person noun follows it ("Dean Witter analyst Mark Daugherty": the employer);
* no legal form follows it, there or anywhere else the article writes it ("Eli Lilly and
  Co"), and its first word is no country ("India Narendra Modi").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from extract.doc_words import doc_words
from extract.mentions.company_names import company_end
from extract.vocabulary.common_words import is_common_word
from extract.vocabulary.countries import match_country
from extract.vocabulary.given_names import given_name_gender
from extract.vocabulary.word_lists import WORDS

_SHORTEST_GIVEN_NAME = 3


@cache
def _body_and_site_heads() -> frozenset[str]:
    """Head nouns that end the name of a body or a site: "Council", "Center", "Park"."""
    return frozenset(
        WORDS.facility_heads
        | WORDS.place_nouns
        | WORDS.area_nouns
        | WORDS.venue_heads
        | WORDS.company_nouns
        | WORDS.named_body_heads
        | WORDS.public_body_heads
        | WORDS.state_body_heads
        | WORDS.international_body_heads
        | WORDS.local_body_heads
        | WORDS.joint_body_heads
        | WORDS.outlet_heads
        | WORDS.event_heads
        | WORDS.agreement_heads
    )


def _is_initial(text: str) -> bool:
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def is_given_named_person(ent: Span) -> bool:
    """Whether an ORG entity is a person's given name and surname (see the module docstring).

    >>> import spacy
    >>> doc = spacy.blank("en")("Nikki Haley met Howard University and Sterling Drug staff .")
    >>> [is_given_named_person(doc[a:b]) for a, b in ((0, 2), (3, 5), (6, 8))]
    [True, False, False]
    """
    words = [t.text for t in ent]
    if not 2 <= len(words) <= 3 or any(not w[:1].isupper() for w in words):
        return False
    first, rest = words[0], words[1:]
    if len(first) < _SHORTEST_GIVEN_NAME or given_name_gender(first) is None:
        return False
    if match_country(first) is not None:
        return False  # "India Narendra Modi": the model ran the country into the name
    if len(rest) == 2 and not _is_initial(rest[0]) and not rest[0].isalpha():
        return False
    surnames = [w for w in rest if not _is_initial(w)]
    heads = _body_and_site_heads()
    if any(
        not w.replace("-", "").isalpha()
        or is_common_word(w.lower())
        or w.lower() in heads
        or match_country(w) is not None
        for w in surnames
    ):
        return False
    if _before_a_title(ent):
        return False
    return company_end(ent) is None and not _named_with_legal_form(ent)


def _before_a_title(ent: Span) -> bool:
    """Whether a title or a person noun follows the name: "Dean Witter analyst Mark
    Daugherty", "Chase Econometrics Chairman Lawrence Chimerine" name the employer."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    after = doc[ent.end].lower_
    return (
        after in WORDS.role_heads
        or after in WORDS.office_titles
        or after in WORDS.person_nouns
        or after in WORDS.spokesman_nouns
    )


def _named_with_legal_form(ent: Span) -> bool:
    """Whether the article writes the name elsewhere with a legal form after it: "Eli Lilly"
    in an article that also writes "Eli Lilly and Co" is the company."""
    for other in doc_words(ent.doc).entities:
        if other.start != ent.start and other.text.startswith(ent.text):
            extended = ent.doc[other.start : other.start + len(ent)]
            if extended.text == ent.text and company_end(extended) is not None:
                return True
    return False
