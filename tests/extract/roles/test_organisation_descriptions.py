"""Whose an organisation is, from a describing noun phrase set off by a comma beside its name
(roles.organisation_descriptions)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

TEXTS = {
    "after": (
        '"Demand will stay weak," said Anna Berg, treasurer of <Fjordline Shipping Co Ltd>, '
        "a leading Norwegian ferry operator."
    ),
    "before": (
        "The missiles came from a Belfast-based company, Harland Systems, which makes them."
    ),
    "acronym": (
        "The Danish state ferry company, the Nordisk Faergeselskab Ltd (NFL), is issuing bonds, "
        "the bank said."
    ),
    "clause": "Sales fell in the Danish market, Hallo Foods said on Monday.",
    "backs": "Fighters of the Volya Brigade, a pro-Russian militia, held the town.",
}


@pytest.fixture(scope="module")
def affiliations(
    affiliation_pairs: Callable[[dict[str, str]], dict[str, set[tuple[str, str]]]],
) -> dict[str, set[tuple[str, str]]]:
    return affiliation_pairs(TEXTS)


def test_a_description_after_the_name_gives_its_country(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    found = affiliations["after"]
    assert ("organization/fjordline-shipping", "country/NO") in found, found


def test_a_place_based_description_before_the_name_gives_its_country(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    found = affiliations["before"]
    assert ("organization/harland-systems", "country/GB") in found, found


def test_a_bracketed_acronym_may_stand_between_the_name_and_its_comma(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    found = affiliations["acronym"]
    assert ("organization/nordisk-faergeselskab", "country/DK") in found, found


def test_a_clause_ending_before_the_name_describes_nothing(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    found = affiliations["clause"]
    assert not any(o == "country/DK" for _, o in found), found


def test_a_pro_modifier_gives_no_country(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    found = affiliations["backs"]
    assert not any(o == "country/RU" for _, o in found), found
