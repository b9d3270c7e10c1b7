"""A territory that is no state is a place where something happens, a country when it acts."""

from __future__ import annotations

from extract.types import ArticleResult

TEXTS = {
    "where": "The bank raised funds in Hong Kong, Tokyo and Frankfurt last year.",
    "listed_with_states": "Washington signed textile agreements with Hong Kong and South Korea.",
}


def _keys(result: ArticleResult) -> set[str]:
    return {e.key for e in result.entities if e.mentions}


def test_a_territory_where_something_happens_is_a_place(
    results: dict[str, ArticleResult],
) -> None:
    keys = _keys(results["where"])
    assert "place/hong-kong" in keys
    assert "country/HK" not in keys


def test_a_territory_listed_with_states_outside_a_place_phrase_stays_a_country(
    results: dict[str, ArticleResult],
) -> None:
    assert "country/HK" in _keys(results["listed_with_states"])
