"""The country a sentence sets itself in by an opening place phrase: "In Washington, ...".

A story about a summit in Singapore turns to the reactions at home with "In Washington, Senate
Democratic leader Chuck Schumer criticized the statement": the opening phrase puts the
sentence, and the bare "Senate" and the office holder it names, in the United States, whatever
country the article is filed from or its title names. Only the opening phrase counts, and only
a place or country the gazetteer tells ("In Washington,", "In Tokyo,", "In Japan,", "In New
York on Monday,"); a place named later in the sentence ("met in Tokyo") says where an act
happened, not whose its actors are.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.dates_places.places import place_country
from extract.vocabulary.countries import CountryForm, match_country
from extract.vocabulary.former_states import state_on

# "In New York City on Monday,": the opening phrase ends at the first comma within this many
# tokens.
_MAX_PHRASE = 8


def opening_place_country(doc: Doc, index: int, date: str | None = None) -> str | None:
    """The country of the place phrase opening the sentence of token ``index``, if any.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> opening_place_country(nlp("In Washington, the Senate voted."), 4)
    'US'
    >>> opening_place_country(nlp("The Senate voted in Washington."), 1) is None
    True
    """
    sentence = doc[index].sent if doc.has_annotation("SENT_START") else doc[:]
    tokens = list(sentence)
    if len(tokens) < 3 or tokens[0].lower_ != "in":
        return None
    comma = next((k for k, t in enumerate(tokens[: _MAX_PHRASE + 1]) if t.text == ","), None)
    if comma is None or comma < 2 or index < tokens[comma].i:
        return None
    words = [t for t in tokens[1:comma] if not t.is_punct]
    name = [t.text for t in _leading_capitalised(words)]
    if not name:
        return None
    text = " ".join(name)
    country = match_country(text)
    if country is not None and country.form is not CountryForm.DEMONYM:
        return state_on(country.code, date)
    code = place_country(text)
    return state_on(code, date) if code else None


def _leading_capitalised(words: list[Token]) -> list[Token]:
    """The run of capitalised words the phrase opens with ("New York" of "New York on Monday")."""
    run: list[Token] = []
    for word in words:
        if not word.text[:1].isupper():
            break
        run.append(word)
    return run
