"""The actor table derived from PETRARCH2: names normalised as the loader normalises them,
valid countries and dates, and the period that holds at an article's date."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pycountry

from extract.vocabulary.countries import country_label
from extract.vocabulary.known_actors import (
    affiliation_at,
    affiliations,
    known_names,
    normalise_name,
)

TABLE = Path(__file__).resolve().parents[3] / "extract" / "data" / "known_actors.tsv"
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})?$")
_ROLE = re.compile(r"^[A-Z]*$")


def _rows() -> list[list[str]]:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")][1:]


def test_rows_are_well_formed_and_sorted() -> None:
    rows = _rows()
    assert len(rows) > 40_000
    countries = {c.alpha_2 for c in pycountry.countries} | {
        c.alpha_2 for c in pycountry.historic_countries
    }
    countries |= {"XK", ""}  # Kosovo (CAMEO KSV); "" for an international organisation
    keys = [(row[0], row[3], row[4], row[1], row[2]) for row in rows]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    for name, country, role, start, end in rows:
        assert country in countries, name
        assert _ROLE.match(role) and (country or role), name
        assert _DATE.match(start) and _DATE.match(end), name
        assert not (start and end) or start <= end, name


def test_every_country_of_the_table_has_a_label() -> None:
    # A code the labels did not know stopped a whole-corpus add at its 11,710th article
    # ("unknown country code: 'CS'", a 1987 article naming Czechoslovakia).
    codes = {row[1] for row in _rows() if row[1]}
    labels = {code: country_label(code) for code in sorted(codes)}
    assert labels["CS"] == "Czechoslovakia" and labels["XK"] == "Kosovo"
    assert labels["DD"] == "East Germany" and labels["SU"] == "Soviet Union"


def test_every_name_is_already_in_normal_form() -> None:
    assert all(normalise_name(name) == name for name in known_names())


def test_the_period_holding_at_the_article_date_is_chosen() -> None:
    assert affiliation_at("Brian Mulroney", "1987-05-01")[:2] == ("CA", "GOV")
    assert affiliation_at("Brian Mulroney", date(1980, 1, 1))[:2] == ("CA", "ELI")
    # after the last dated period the undated default holds
    assert affiliation_at("Brian Mulroney", "2001-01-01")[:2] == ("CA", "ELI")
    assert affiliation_at("George Shultz", "1987-05-01 09:00")[:2] == ("US", "GOV")


def test_without_a_date_only_the_default_is_known() -> None:
    assert affiliation_at("Brian Mulroney", None)[:2] == ("CA", "ELI")
    kofi = affiliations("Kofi Annan")
    assert kofi and all(period.start or period.end for period in kofi)
    assert affiliation_at("Kofi Annan", None) is None
    assert affiliation_at("Kofi Annan", "2000-01-01")[:2] == ("", "IGOUNO")


def test_lookups_fold_case_accents_and_a_leading_the() -> None:
    assert affiliation_at("THE REAGAN ADMINISTRATION", "1987-01-01")[:2] == ("US", "GOV")
    assert affiliation_at("Nobody At All", "1987-01-01") is None
    assert affiliations("Nobody At All") == ()


def test_companies_keep_their_country() -> None:
    company = affiliation_at("A123 Systems", "2010-01-01")
    assert company is not None and (company.country, company.sector) == ("US", "MNC")
