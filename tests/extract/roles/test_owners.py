"""An organisation owned by, or a part of, another, from the phrase after its name
(roles.owners)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

TEXTS = {
    "owned": (
        "Vestra Holdings Ltd, previously wholly-owned by the government's Nordfrakt Group Ltd, "
        "issued new shares."
    ),
    "unit": "Profits rose at Calder Mills Ltd, a unit of Hexham Industries Plc.",
    "subject": "Calder Mills Ltd, controlled for years, was sold by Hexham Industries Plc.",
}


@pytest.fixture(scope="module")
def affiliations(
    affiliation_pairs: Callable[[dict[str, str]], dict[str, set[tuple[str, str]]]],
) -> dict[str, set[tuple[str, str]]]:
    return affiliation_pairs(TEXTS)


def test_owned_by_names_the_owner(affiliations: dict[str, set[tuple[str, str]]]) -> None:
    found = affiliations["owned"]
    assert ("organization/vestra-holdings", "organization/nordfrakt-group") in found, found


def test_a_unit_of_names_the_owner(affiliations: dict[str, set[tuple[str, str]]]) -> None:
    found = affiliations["unit"]
    assert ("organization/calder-mills", "organization/hexham-industries") in found, found


def test_a_seller_is_no_owner(affiliations: dict[str, set[tuple[str, str]]]) -> None:
    found = affiliations["subject"]
    assert ("organization/calder-mills", "organization/hexham-industries") not in found, found
