"""Names misspelt by one letter: "Eqypt", "Venezuala", "Toyko".

Wire copy of the 1980s was typed by hand, and a country or a capital written with one letter
wrong, doubled, dropped or swapped is still that country to a reader, while to a table lookup it
is an unknown name the model types as a person or an organisation. A word is read as another
spelling of a name when

* it is one edit from exactly one of the names (a letter replaced, added, dropped, or two
  neighbours swapped), begins with the same letter, and both are five letters or longer: shorter
  names sit one edit from too many others ("Iran", "Iraq"; "Oman", "Omar");
* and no dictionary knows the word itself: not an English word (``common_words``), a name the
  wamerican list writes capitalised (``data/capitalised_words.txt``: "Athena" is not Athens), a
  given name ("Nigel" is not Niger), a public figure ("Hollande" is not Holland) or a place of
  the gazetteer ("Parras" in Mexico).

>>> respelling("Eqypt", ["Egypt", "Eritrea"]), respelling("Athena", ["Athens"])
('Egypt', None)
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

from extract.vocabulary.common_words import is_common_word
from extract.vocabulary.given_names import given_name_gender
from extract.vocabulary.public_figures import public_figure_country

#: Shorter names are one edit from too many real words and names to be corrected.
MIN_LENGTH = 5


@cache
def _capitalised_words() -> frozenset[str]:
    source = resources.files("extract").joinpath("data/capitalised_words.txt")
    text = source.read_text(encoding="utf-8")
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#"))


def one_edit_apart(first: str, second: str) -> bool:
    """Whether two different strings differ by one replaced, added or dropped letter, or by two
    neighbouring letters swapped.

    >>> one_edit_apart("Toyko", "Tokyo"), one_edit_apart("Venezuala", "Venezuela")
    (True, True)
    >>> one_edit_apart("Egyptt", "Egypt"), one_edit_apart("Eqypts", "Egypt")
    (True, False)
    """
    if first == second or abs(len(first) - len(second)) > 1:
        return False
    if len(first) > len(second):
        first, second = second, first
    prefix = 0
    while prefix < len(first) and first[prefix] == second[prefix]:
        prefix += 1
    if len(first) < len(second):  # a letter added
        return first[prefix:] == second[prefix + 1 :]
    if first[prefix + 1 :] == second[prefix + 1 :]:  # a letter replaced
        return True
    swapped = first[prefix : prefix + 2] == second[prefix : prefix + 2][::-1]
    return swapped and first[prefix + 2 :] == second[prefix + 2 :]


def is_known_word(word: str) -> bool:
    """Whether a dictionary knows ``word`` as it is written: an English word, a name the
    word list writes capitalised, a given name, or a listed public figure.

    >>> is_known_word("Athena"), is_known_word("Hollande"), is_known_word("Eqypt")
    (True, True, False)
    """
    return (
        is_common_word(word.lower())
        or word in _capitalised_words()
        or given_name_gender(word) is not None
        or public_figure_country(word) is not None
    )


def respelling(word: str, names: Iterable[str]) -> str | None:
    """The one name of ``names`` that ``word`` misspells by one letter (in any case), if there
    is exactly one and no dictionary knows ``word`` (places of the gazetteer are the caller's to
    rule out).

    >>> respelling("Toyko", ["Tokyo", "Tonga"]), respelling("Susan", ["Sudan"])
    ('Tokyo', None)
    """
    if len(word) < MIN_LENGTH or not word.isalpha() or is_known_word(word):
        return None
    folded = word.casefold()
    fits = {
        name
        for name in names
        if len(name) >= MIN_LENGTH
        and name[0].casefold() == folded[0]
        and one_edit_apart(folded, name.casefold())
    }
    return fits.pop() if len(fits) == 1 else None
