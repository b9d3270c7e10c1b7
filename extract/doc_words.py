"""Where each word of a parsed Doc stands, read once per Doc for every reader that looks for a
few words, parts of speech or sentences among all of a Doc's tokens.

Walking ``doc`` makes a new spaCy ``Token`` for every position and reads each attribute through
the string store, and a dozen readers each did that walk for every article. ``doc_words(doc)``
reads what they test into plain lists once: every token's text and lower-case form with the
positions of each, parts of speech as integer ids (``pos_positions``), each token's sentence
(``sentence_bounds``) and the Doc's text. A reader asks for the positions it wants and makes
Tokens only for those. Each part is read the first time a reader asks for it. The index is kept
in the Doc's ``user_data`` under ``WORDS_MEMO`` (dropped before a Doc leaves its process, with
the trigger memo: ``extract.components``).

>>> import spacy
>>> doc = spacy.blank("en")("The EU and the eu met")
>>> doc_words(doc).positions({"eu"})
[1, 4]
>>> doc_words(doc).positions({"EU", "met"}, lower=False)
[1, 5]
"""

from __future__ import annotations

from collections.abc import Set
from functools import cached_property
from typing import TypeVar

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_TITLE, LEMMA, LENGTH, POS
from spacy.tokens import Doc, Span

WORDS_MEMO = "ng_words_memo"
_Word = TypeVar("_Word", str, int)
# The lower-case lemma of each string id read so far, shared by all Docs: an id is the hash of
# its string, the same in every vocabulary, and the lemmas of news text are a few thousand.
_LEMMA_LOWERS: dict[int, str] = {}


class DocWords:
    """Every token's text and lower-case form, in order, with the positions of each; parts of
    speech, sentence bounds and the text of the Doc, each read on first use."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # ``doc.text``, which spaCy joins anew from the tokens on every read; each token's
        # text is cut from it by the character offsets of the tokens, read as one array.
        self.text: str = doc.text
        offsets = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
        self.char_starts: list[int] = [start for start, _ in offsets]
        self.char_ends: list[int] = [start + length for start, length in offsets]
        text = self.text
        self.texts: list[str] = [
            text[start:end] for start, end in zip(self.char_starts, self.char_ends, strict=True)
        ]
        # spaCy's LOWER attribute is ``str.lower`` of the text (its lexeme attribute getter):
        # lowering the texts here spares a string-store read per token.
        self.lowers: list[str] = [text.lower() for text in self.texts]

    @cached_property
    def by_text(self) -> dict[str, list[int]]:
        """Positions of each text, in document order."""
        return _positions(self.texts)

    @cached_property
    def by_lower(self) -> dict[str, list[int]]:
        """Positions of each lower-case form, in document order."""
        return _positions(self.lowers)

    def _column(self, attribute: int) -> list[int]:
        """One integer attribute of every token, read as one array (empty for an empty Doc,
        whose ``to_array`` has no rows)."""
        if not len(self.doc):
            return []
        # ``tolist`` gives the same Python integers as ``int()`` of each element, in one step.
        values: list[int] = self.doc.to_array(attribute).tolist()
        return values

    @cached_property
    def pos_ids(self) -> list[int]:
        """Every token's part of speech as spaCy's integer id (``token.pos``)."""
        return self._column(POS)

    @cached_property
    def lemma_ids(self) -> list[int]:
        """Every token's lemma as its string-store id (``token.lemma``): compare with the ids
        of a word set (``doc.vocab.strings.add``), not ``token.lemma_``."""
        return self._column(LEMMA)

    @cached_property
    def lemma_lowers(self) -> list[str]:
        """Every token's lemma in lower case (``token.lemma_.lower()``), each distinct lemma
        read from the string store once."""
        strings = self.doc.vocab.strings
        lowered = _LEMMA_LOWERS
        for lemma in set(self.lemma_ids).difference(lowered):
            lowered[lemma] = strings[lemma].lower()
        return [lowered[lemma] for lemma in self.lemma_ids]

    @cached_property
    def dep_ids(self) -> list[int]:
        """Every token's dependency label as spaCy's integer id (``token.dep``)."""
        return self._column(DEP)

    @cached_property
    def ent_type_ids(self) -> list[int]:
        """Every token's entity type as its string-store id (``token.ent_type``; 0 outside
        every entity): compare with ``extract.labels.label_ids``."""
        return self._column(ENT_TYPE)

    @cached_property
    def title_flags(self) -> list[bool]:
        """Whether each token is title-cased (``token.is_title``)."""
        return [bool(flag) for flag in self._column(IS_TITLE)]

    @cached_property
    def entities(self) -> tuple[Span, ...]:
        """The Doc's named entities (``doc.ents``, which spaCy rebuilds as new Spans on every
        read): for the readers that run while the entities stay as the model set them."""
        return tuple(self.doc.ents)

    @cached_property
    def head_positions(self) -> list[int]:
        """Every token's head as a position (``token.head.i``; a root is its own head)."""
        if not len(self.doc):
            return []
        # HEAD is stored as the offset to the head; the array is unsigned, so it is read back
        # as signed integers.
        offsets = self.doc.to_array(HEAD).astype("int64")
        positions: list[int] = (offsets + numpy.arange(len(offsets))).tolist()
        return positions

    @cached_property
    def child_positions(self) -> list[list[int]]:
        """For each token, the positions of its children in document order (the order of
        ``token.children``: its left children, then its right ones)."""
        children: list[list[int]] = [[] for _ in range(len(self.doc))]
        for i, head in enumerate(self.head_positions):
            if head != i:
                children[head].append(i)
        return children

    @cached_property
    def child_deps(self) -> list[list[tuple[int, int]]]:
        """For each token, ``(position, dependency id)`` of each of its children in document
        order: a reader that filters children by relation reads both from one list."""
        # One pass over the heads, not a second walk over ``child_positions``: this is read
        # for nearly every Doc, and building it was a tenth of the relation readers' time.
        deps = self.dep_ids
        kids: list[list[tuple[int, int]]] = [[] for _ in range(len(deps))]
        for i, head in enumerate(self.head_positions):
            if head != i:
                kids[head].append((i, deps[i]))
        return kids

    def children(self, i: int, dep_ids: Set[int]) -> list[int]:
        """Positions of token ``i``'s children whose dependency id is one of ``dep_ids``, in
        document order: ``[c.i for c in doc[i].children if c.dep in dep_ids]`` without a
        Token made for each child."""
        return [j for j, dep in self.child_deps[i] if dep in dep_ids]

    @cached_property
    def sentence_bounds(self) -> list[tuple[int, int]]:
        """For each token, the start and end token of its sentence (``token.sent``; also the
        ``sent`` of a span that starts at the token, which spaCy gives as the first sentence
        of a span across a boundary)."""
        bounds: list[tuple[int, int]] = []
        for sentence in self.doc.sents:
            bounds.extend([(sentence.start, sentence.end)] * (sentence.end - sentence.start))
        return bounds

    def positions(self, words: Set[str], *, lower: bool = True) -> list[int]:
        """Positions, in document order, of the tokens whose lower-case form (``lower``) or
        text is one of ``words``."""
        index = self.by_lower if lower else self.by_text
        found = [i for word in index.keys() & words for i in index[word]]
        found.sort()
        return found

    @cached_property
    def by_pos(self) -> dict[int, list[int]]:
        """Positions of each part of speech id, in document order."""
        return _positions(self.pos_ids)

    def pos_positions(self, pos_ids: Set[int]) -> list[int]:
        """Positions, in document order, of the tokens whose part of speech id is one of
        ``pos_ids`` (``extract.labels.label_ids``)."""
        # Asked by some ten readers per Doc: from the index by part of speech, not a pass
        # over every token each time.
        index = self.by_pos
        found = [i for pos in index.keys() & pos_ids for i in index[pos]]
        found.sort()
        return found

    def word_positions(self, pos_ids: Set[int], words: Set[str]) -> list[int]:
        """Positions, in document order, of the tokens of a part of speech in ``pos_ids``
        whose lemma (lower case) or lower-case form is one of ``words``: ``[t.i for t in doc
        if t.pos in pos_ids and (t.lemma_.lower() in words or t.lower_ in words)]``."""
        lemmas, lowers = self.lemma_lowers, self.lowers
        return [i for i in self.pos_positions(pos_ids) if lemmas[i] in words or lowers[i] in words]

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end - 1`` (``doc[start:end].text`` for
        ``end > start``), cut from the Doc's text instead of joined token by token."""
        return self.text[self.char_starts[start] : self.char_ends[end - 1]]


def doc_words(doc: Doc) -> DocWords:
    """The ``DocWords`` of ``doc``, read on first use and then remembered with the Doc."""
    words = doc.user_data.get(WORDS_MEMO)
    if words is None:
        words = doc.user_data[WORDS_MEMO] = DocWords(doc)
    return words


def _positions(words: list[_Word]) -> dict[_Word, list[int]]:
    index: dict[_Word, list[int]] = {}
    for i, word in enumerate(words):
        index.setdefault(word, []).append(i)
    return index
