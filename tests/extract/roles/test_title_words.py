"""Lower-case words of a title that no list holds (roles.titles): a portfolio word before the
post, and a post noun held in the organisation named before it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

TEXTS = {
    "portfolio": "Dutch housing affairs minister Karel Dijkstra told Belgium to act.",
    "occupation": "The guests included Rolling Stones guitarist Keith Varney and others.",
    "adjective": "The embattled minister Peter Lund resigned on Monday.",
    "capitalised adjective": "Trade Bank Managing Director Olav Brekke met Brazil's envoy.",
    "seat": "The bill was backed by United States Senator from Ohio Mary Keller on Monday.",
    "post for": "Canadian Special Envoy for Sudan Ruth Lamont met officials in Khartoum.",
}


@pytest.fixture(scope="module")
def affiliations(
    affiliation_pairs: Callable[[dict[str, str]], dict[str, set[tuple[str, str]]]],
) -> dict[str, set[tuple[str, str]]]:
    return affiliation_pairs(TEXTS)


def test_a_portfolio_word_does_not_cut_the_country_off_the_title(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    found = affiliations["portfolio"]
    assert ("person/karel-dijkstra", "country/NL") in found, found


def test_a_post_noun_after_an_organisation_places_the_person_in_it(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    found = affiliations["occupation"]
    assert ("person/keith-varney", "organization/rolling-stones") in found, found


def test_an_adjective_of_the_post_is_no_title_word(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    assert not affiliations["adjective"]


def test_a_capitalised_adjective_of_the_post_names_no_organisation(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    found = affiliations["capitalised adjective"]
    assert ("person/olav-brekke", "organization/trade-bank") in found, found
    assert not any(body.endswith("managing") for _, body in found), found


def test_a_legislators_seat_after_from_is_part_of_the_title(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    found = affiliations["seat"]
    assert ("person/mary-keller", "country/US") in found, found


def test_a_country_a_post_is_for_is_not_the_holders(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    found = affiliations["post for"]
    assert ("person/ruth-lamont", "country/CA") in found, found
    assert ("person/ruth-lamont", "country/SD") not in found, found
