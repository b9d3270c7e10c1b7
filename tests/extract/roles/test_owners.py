"""An organisation owned by, or a part of, another, from the phrase after its name
(roles.owners)."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_articles
from extract.types import Article

TEXTS = {
    "owned": (
        "Vestra Holdings Ltd, previously wholly-owned by the government's Nordfrakt Group Ltd, "
        "issued new shares."
    ),
    "unit": "Profits rose at Calder Mills Ltd, a unit of Hexham Industries Plc.",
    "subject": "Calder Mills Ltd, controlled for years, was sold by Hexham Industries Plc.",
}


@pytest.fixture(scope="module")
def affiliations() -> dict[str, set[tuple[str, str]]]:
    articles = [Article(id=name, text=text) for name, text in TEXTS.items()]
    return {
        result.article.id: {
            (r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"
        }
        for result in extract_articles(articles)
    }


def test_owned_by_names_the_owner(affiliations: dict[str, set[tuple[str, str]]]) -> None:
    found = affiliations["owned"]
    assert ("organization/vestra-holdings", "organization/nordfrakt-group") in found, found


def test_a_unit_of_names_the_owner(affiliations: dict[str, set[tuple[str, str]]]) -> None:
    found = affiliations["unit"]
    assert ("organization/calder-mills", "organization/hexham-industries") in found, found


def test_a_seller_is_no_owner(affiliations: dict[str, set[tuple[str, str]]]) -> None:
    found = affiliations["subject"]
    assert ("organization/calder-mills", "organization/hexham-industries") not in found, found
