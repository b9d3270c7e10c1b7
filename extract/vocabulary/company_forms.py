"""Legal forms of companies and the countries whose law has them ("plc": Britain, Nigeria).

``data/company_forms.tsv`` is derived from cleanco's term table by
``scripts/build_company_forms.py`` (MIT, credited in NOTICE). A form is written lower case,
without full stops, one space between words ("pte ltd", "sa", "a/s").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

TABLE = "data/company_forms.tsv"
# Tokens around a form in wire copy that are no part of it: "Temasek Holdings (Pte) Ltd".
_ENCLOSING = frozenset({"(", ")", "<", ">", ",", '"'})


@cache
def _table() -> dict[str, frozenset[str]]:
    forms: dict[str, frozenset[str]] = {}
    text = resources.files("extract").joinpath(TABLE).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#") or line.startswith("form\t"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[1].split():
            raise ValueError(f"extract/{TABLE}:{number}: expected a form and its countries")
        forms[fields[0]] = frozenset(fields[1].split())
    return forms


def _normalise(word: str) -> str:
    return word.rstrip(".").replace(".", "").lower()


@cache
def _form_words() -> frozenset[str]:
    return frozenset(word for form in _table() for word in form.split())


def is_form_word(word: str) -> bool:
    """Whether a capitalised word is (part of) a legal form: "Ltd", "Pte", "S.A.".

    >>> is_form_word("Pte"), is_form_word("Ltd."), is_form_word("Holdings"), is_form_word("ltd")
    (True, True, False, False)
    """
    return word[:1].isupper() and _normalise(word) in _form_words()


def legal_form_countries(words: Sequence[str]) -> frozenset[str]:
    """The countries whose law has the legal form that ends a company's name (its last two
    words tried before its last one); empty when the name ends with no form.

    >>> sorted(legal_form_countries(["Temasek", "Holdings", "(", "Pte", ")", "Ltd"]))
    ['KH', 'SG']
    >>> sorted(legal_form_countries(["Kleinwort", "Benson", "Lonsdale", "Plc"]))
    ['GB', 'NG']
    >>> legal_form_countries(["Stock", "Exchange"])
    frozenset()
    """
    kept = [_normalise(w) for w in words if w not in _ENCLOSING]
    table = _table()
    for size in (2, 1):
        if len(kept) > size:  # a form alone is no company's name
            countries = table.get(" ".join(kept[-size:]))
            if countries:
                return countries
    return frozenset()
