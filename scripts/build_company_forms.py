"""Write extract/data/company_forms.tsv, the legal forms of companies and the countries whose
law has them, from cleanco's term table (``cleanco.termdata.terms_by_country``, MIT).

A wire story filed from London names "Baring Brothers and Co Ltd" and "Kleinwort Benson
Lonsdale Plc" without saying they are British; a reader takes them for companies of the country
the story is filed from because that country's law has such companies. The table lets
``extract.roles.company_home`` read the same thing: a form ("plc", "pty ltd", "pte ltd", "ag")
and the ISO codes of the countries that have it.

Forms are written as the text tokenises them and compares them: lower case, full stops left out,
one space between words ("Pte. Ltd." -> "pte ltd", "S.A." -> "sa"). Forms that become the same
so merge their countries. cleanco names some countries its own way ("Columbia", "Luxemborg",
"Bosnia / Herzegovina"); those are mapped to their codes below, every other name through the
project's own country table, and a name neither knows stops the script.

cleanco is only a dev dependency (``pip install -e '.[dev]'``): nothing reads it at run time.

Usage: .venv/bin/python scripts/build_company_forms.py
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a plain script from a checkout

from extract.vocabulary.countries import match_country  # noqa: E402
from graph.export.atomic import write_text_atomic  # noqa: E402

OUTPUT = ROOT / "extract" / "data" / "company_forms.tsv"
# cleanco's spellings that are no country name our table knows.
CLEANCO_NAMES = {
    "Columbia": "CO",
    "Luxemborg": "LU",
    "Bosnia / Herzegovina": "BA",
    "United States of America": "US",
    "Hong Kong": "HK",
}
HEADER = (
    "# Legal forms of companies and the countries whose law has them, derived from cleanco's\n"
    "# term table (cleanco 2.3, MIT licence: see NOTICE) by scripts/build_company_forms.py.\n"
    "# Do not edit by hand: rerun the script.\n"
    "# form: lower case, without full stops, one space between words. countries: ISO codes.\n"
    "form\tcountries\n"
)


def normalise_form(term: str) -> str:
    """A legal form as ``extract.roles.company_home`` compares it.

    >>> normalise_form("Pte. Ltd."), normalise_form("s.a."), normalise_form("a/s")
    ('pte ltd', 'sa', 'a/s')
    """
    spaced = term.lower().replace(". ", " ")  # "pte. ltd.": the stop ends a word
    return " ".join(spaced.replace(".", "").split()).replace(" / ", "/")


def country_code(name: str) -> str:
    """The ISO code of a country as cleanco names it; ``SystemExit`` for a name nobody knows."""
    if name in CLEANCO_NAMES:
        return CLEANCO_NAMES[name]
    match = match_country(name)
    if match is None:
        raise SystemExit(f"build_company_forms: cleanco's country {name!r} is unknown")
    return match.code


def company_form_rows(terms_by_country: dict[str, list[str]]) -> list[tuple[str, str]]:
    """``(form, "CODE CODE ...")`` rows, sorted by form; one-letter forms are left out (an
    initial ends many names).

    >>> company_form_rows({"Australia": ["pty ltd", "nl"], "Norway": ["nl", "as"]})
    [('as', 'NO'), ('nl', 'AU NO'), ('pty ltd', 'AU')]
    """
    countries: dict[str, set[str]] = defaultdict(set)
    for name, terms in terms_by_country.items():
        code = country_code(name)
        for term in terms:
            form = normalise_form(term)
            if len(form.replace(" ", "")) > 1:
                countries[form].add(code)
    return [(form, " ".join(sorted(codes))) for form, codes in sorted(countries.items())]


def main() -> None:
    """Write the table."""
    from cleanco.termdata import terms_by_country  # a dev dependency: imported only here

    rows = company_form_rows(terms_by_country)
    write_text_atomic(OUTPUT, HEADER + "".join(f"{form}\t{codes}\n" for form, codes in rows))
    print(f"{OUTPUT.relative_to(ROOT)}: {len(rows)} forms")


if __name__ == "__main__":
    main()
