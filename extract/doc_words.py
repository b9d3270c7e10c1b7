"""Where each word of a parsed Doc stands, read once per Doc for the readers that look for a
few words among all of a Doc's tokens ("<", "according", a legislature noun, a party name).

Walking ``doc`` makes a new spaCy ``Token`` for every position and reads each attribute through
the string store, and a dozen readers each did that walk for every article. ``doc_words(doc)``
reads every token's text and lower-case form once into plain lists and position indexes; a
reader asks ``positions`` for the words it wants and makes Tokens only for those. The index is
kept in the Doc's ``user_data`` under ``WORDS_MEMO`` (dropped before a Doc leaves its process,
with the trigger memo: ``extract.components``).

>>> import spacy
>>> doc = spacy.blank("en")("The EU and the eu met")
>>> doc_words(doc).positions({"eu"})
[1, 4]
>>> doc_words(doc).positions({"EU", "met"}, lower=False)
[1, 5]
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from spacy.tokens import Doc

WORDS_MEMO = "ng_words_memo"


@dataclass(frozen=True)
class DocWords:
    """Every token's text and lower-case form, in order, with the positions of each."""

    texts: list[str]
    lowers: list[str]
    by_text: dict[str, list[int]]
    by_lower: dict[str, list[int]]

    def positions(self, words: Set[str], *, lower: bool = True) -> list[int]:
        """Positions, in document order, of the tokens whose lower-case form (``lower``) or
        text is one of ``words``."""
        index = self.by_lower if lower else self.by_text
        found = [i for word in index.keys() & words for i in index[word]]
        found.sort()
        return found


def doc_words(doc: Doc) -> DocWords:
    """The ``DocWords`` of ``doc``, read on first use and then remembered with the Doc."""
    words = doc.user_data.get(WORDS_MEMO)
    if words is None:
        texts = [token.text for token in doc]
        lowers = [token.lower_ for token in doc]
        words = doc.user_data[WORDS_MEMO] = DocWords(
            texts, lowers, _positions(texts), _positions(lowers)
        )
    return words


def _positions(words: list[str]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        index.setdefault(word, []).append(i)
    return index
