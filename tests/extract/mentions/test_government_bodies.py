"""A state body named by a common noun after its owner is an organisation of that country."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult


def _extract(text: str) -> ArticleResult:
    return next(iter(extract_articles([Article(id="bodies", text=text)])))


def _affiliations(result: ArticleResult) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        (
            "Peru's fisheries department said the catch fell by a third in May.",
            "organization/peru-fisheries-department",
            "country/PE",
        ),
        (
            "A Chilean mining ministry spokesman said copper exports would rise.",
            "organization/chile-mining-ministry",
            "country/CL",
        ),
        (
            "The Kenya central bank raised its lending rate on Monday.",
            "organization/kenya-central-bank",
            "country/KE",
        ),
    ],
)
def test_an_owned_state_body_is_an_organisation_of_its_country(
    text: str, body: str, country: str
) -> None:
    result = _extract(text)
    assert (body, country) in _affiliations(result), _affiliations(result)
    # The owner is still a mention of its country.
    assert country in {e.key for e in result.entities}


def test_a_place_body_is_an_organisation_of_the_place_country() -> None:
    result = _extract("Tucson's police chief Anna Reyes said two men were arrested on Friday.")
    affiliations = _affiliations(result)
    assert ("organization/tucson-police", "country/US") in affiliations, affiliations
    assert ("person/anna-reyes", "organization/tucson-police") in affiliations, affiliations


def test_an_embassy_named_by_its_seat_is_not_the_seat_country() -> None:
    result = _extract("The Lima embassy said the visas were ready.")
    assert not any(k.startswith("organization/") for k in {e.key for e in result.entities})


def test_a_body_noun_before_a_thing_or_after_an_indefinite_article_is_no_body() -> None:
    result = _extract(
        "Traders bought Italian treasury bills. An Austrian court of law may hear the case."
    )
    keys = {e.key for e in result.entities}
    assert not any("treasury" in k or "court" in k for k in keys), keys
