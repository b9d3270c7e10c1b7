"""A name placed as a company's (its founder, its shares, "a subsidiary of") is a company."""

from __future__ import annotations

from extract.types import ArticleResult, EntityType

TEXTS = {
    "founder": (
        "Velmora founder Anton Brisk was arrested in Oslo on Monday. "
        "Velmora said it would fight the charges."
    ),
    "shares": "Carl Icahn's shares rose on Friday. Icahn said he would not sell.",
}


def _types(result: ArticleResult) -> dict[str, EntityType]:
    return {e.label: e.type for e in result.entities}


def test_a_name_with_a_founder_is_a_company_in_every_sentence(
    results: dict[str, ArticleResult],
) -> None:
    types = _types(results["founder"])
    assert types["Velmora"] is EntityType.ORGANIZATION
    assert types["Anton Brisk"] is EntityType.PERSON


def test_a_person_who_owns_shares_stays_a_person(results: dict[str, ArticleResult]) -> None:
    assert _types(results["shares"])["Carl Icahn"] is EntityType.PERSON
