"""Clause breaks: a dash, semicolon or parenthesis that sets a phrase apart from the verb
the parser hung it on.

"The UK wants the budget capped – the Commission wants it at 1.26%": the small model hangs the
first clause on the second's verb, but the first clause's people are no arguments of the
second (issue 14: arguments stay in their clause).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.doc_words import doc_words
from extract.vocabulary.word_lists import WORDS


def across_clause_break(head: Token, child: Token) -> bool:
    """Whether a dash, semicolon or parenthesis stands between ``head`` and the phrase ``child``
    heads: "The UK wants the budget capped – the Commission wants it at 1.26%" hangs the first
    clause on the second's verb, but its people are no arguments of the second.

    A pair of dashes or parentheses around an aside is no break ("Presidents of Russia and the
    US - Putin and Trump - agreed"), nor is a hyphen inside a word ("al-Rifa'i").

    >>> import spacy
    >>> doc = spacy.blank("en")("Russia criticised it ; Iran signed")
    >>> across_clause_break(doc[1], doc[0]), across_clause_break(doc[5], doc[1])
    (False, True)
    """
    doc = head.doc
    if child.i > head.i:
        first, last = head.i + 1, child.left_edge.i
    else:
        first, last = child.right_edge.i + 1, head.i
    # The gap's words are read from the Doc's text list: a Token only for a break mark.
    texts = doc_words(doc).texts
    marks = [doc[i] for i in range(first, last) if texts[i] in WORDS.clause_breaks]
    breaks = [t for t in marks if _is_break_mark(t)]
    return any(not _pairs_up(t) for t in breaks)


def _pairs_up(mark: Token) -> bool:
    """Whether a dash or parenthesis is one of a pair around an aside in its sentence (dashes
    pair up in order: the first with the second, the third with the fourth)."""
    if mark.text == ";":
        return False
    sentence = mark.sent
    if mark.text == "(":
        return any(t.text == ")" for t in mark.doc[mark.i + 1 : sentence.end])
    if mark.text == ")":
        return any(t.text == "(" for t in mark.doc[sentence.start : mark.i])
    dashes = [
        t.i
        for t in sentence
        if t.text in WORDS.clause_breaks and t.text not in ("(", ")", ";") and _is_break_mark(t)
    ]
    place = dashes.index(mark.i)
    return place % 2 == 1 or place + 1 < len(dashes)


def _is_break_mark(mark: Token) -> bool:
    """A hyphen or double hyphen is a dash only with spaces on both sides ("nations - Japan")."""
    if mark.text not in ("-", "--"):
        return True
    before = mark.doc[mark.i - 1] if mark.i > 0 else None
    return bool(mark.whitespace_) and before is not None and bool(before.whitespace_)
