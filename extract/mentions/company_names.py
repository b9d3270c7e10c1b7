"""Company names told by their legal form.

A name right after a class noun of companies ("Iranian airline Mahan Air", "the carmaker
Saab") is a company too, whatever place the model took it for.

Wire copy names companies in full with their legal form: "Chevron Corp", "J.Henry Wagg and Co
Ltd", "Baring Brothers and Co Ltd". The small model often tags the words before the form as a
person ("J.Henry Wagg") and the form apart ("Co Ltd"). A name followed by legal forms
(``WORDS.company_forms``), with or without "and"/"&" between, is one company name that runs to
the last form.
"""

from __future__ import annotations

from spacy.tokens import Span

from extract.vocabulary.word_lists import WORDS


def company_end(ent: Span) -> int | None:
    """The token index where a company name that starts with ``ent`` ends, counting the legal
    forms after it; ``None`` when no legal form ends ``ent`` or follows it.

    >>> import spacy
    >>> doc = spacy.blank("en")("They hired J.Henry Wagg and Co Ltd in London .")
    >>> company_end(doc[2:4]), company_end(doc[7:8])
    (7, None)
    """
    doc = ent.doc
    end = ent.end
    if end < len(doc) and doc[end].lower_ in ("and", "&") and _is_form(end + 1, ent):
        end += 1
    forms_end = end
    while forms_end < len(doc) and _is_form(forms_end, ent):
        forms_end += 1
    if forms_end > end:
        return forms_end
    return ent.end if _is_form(ent.end - 1, ent) and len(ent) > 1 else None


def _is_form(index: int, ent: Span) -> bool:
    doc = ent.doc
    if index >= len(doc):
        return False
    return is_legal_form(doc[index].text)


def is_legal_form(word: str) -> bool:
    """Whether a word is a company's legal form as names write it (``WORDS.company_forms``).

    >>> is_legal_form("Corp"), is_legal_form("Co."), is_legal_form("SpA"), is_legal_form("SPA")
    (True, True, True, False)
    """
    word = word.rstrip(".")
    # "Saudi Press Agency SPA": a capitalised acronym of three letters or more is the body's
    # own abbreviation, not a legal form ("SpA", "AG" and "Ltd" are written so).
    if len(word) >= 3 and word.isupper():
        return False
    return word[:1].isupper() and word.lower() in WORDS.company_forms


def named_after_company_noun(ent: Span) -> bool:
    """Whether ``ent`` follows a class noun of companies that modifies it: "airline Mahan Air".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Germany", "banned", "airline", "Mahan", "Air", "."]
    >>> deps = ["nsubj", "ROOT", "compound", "compound", "dobj", "punct"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 1], deps=deps)
    >>> named_after_company_noun(doc[3:5]), named_after_company_noun(doc[0:1])
    (True, False)
    """
    start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
    if start == 0:
        return False
    noun = ent.doc[start - 1]
    # The parse hangs one on the other either way: "airline" a compound of "Air", or "Air" in
    # apposition to "airline".
    joined = ent.start <= noun.head.i < ent.end or ent.root.head.i == noun.i
    return noun.lower_ in WORDS.company_nouns and joined
