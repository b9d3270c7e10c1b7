"""Company names told by their legal form.

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
    token = doc[index]
    word = token.text.rstrip(".")
    # "Saudi Press Agency SPA": a capitalised acronym of three letters or more is the body's
    # own abbreviation, not a legal form ("SpA", "AG" and "Ltd" are written so).
    if len(word) >= 3 and word.isupper():
        return False
    return word[:1].isupper() and word.lower() in WORDS.company_forms
