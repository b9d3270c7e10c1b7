"""Whose an organisation is, from a name that ends with "of" and a place (roles.named_country)."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_articles
from extract.types import Article


@pytest.fixture(scope="module")
def affiliations() -> set[tuple[str, str]]:
    text = (
        "Analysts at the Investment Authority of Portugal said it had raised its rates. "
        "The funds are managed by <Harbour Trust Co of Hamburg>, and the Islamic State of Iraq "
        "threatened the port."
    )
    [result] = extract_articles([Article(id="names", text=text)])
    return {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}


def test_a_name_ending_with_of_and_a_country_is_that_countrys(
    affiliations: set[tuple[str, str]],
) -> None:
    assert ("organization/investment-authority-of-portugal", "country/PT") in affiliations


def test_a_name_ending_with_of_and_a_city_is_the_citys_countrys(
    affiliations: set[tuple[str, str]],
) -> None:
    assert ("organization/harbour-trust-co-of-hamburg", "country/DE") in affiliations


def test_a_polity_named_after_a_country_is_not_its_body(
    affiliations: set[tuple[str, str]],
) -> None:
    assert not any(s.startswith("organization/islamic-state") for s, _ in affiliations)


@pytest.fixture(scope="module")
def placed_by_of() -> set[tuple[str, str]]:
    text = (
        "Banks granted a mandate to Coral Equity Ltd (CEL) of Australia. "
        "John Pell said of the Iran-contra affair that rates would rise."
    )
    [result] = extract_articles([Article(id="of", text=text)])
    return {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}


def test_of_a_country_after_a_bracketed_acronym(placed_by_of: set[tuple[str, str]]) -> None:
    assert ("organization/coral-equity", "country/AU") in placed_by_of, placed_by_of


def test_a_country_before_a_hyphen_is_no_country(placed_by_of: set[tuple[str, str]]) -> None:
    assert not any(o == "country/IR" for _, o in placed_by_of), placed_by_of
