"""A territory or a seat of government is a place where something is, a country when it acts."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult

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


def test_a_seat_that_possesses_what_a_city_holds_is_the_city() -> None:
    text = "Brokers said Tokyo's stock market rose while Moscow's plan was rejected by Bonn."
    (result,) = extract_articles([Article(id="seats", text=text)])
    keys = {e.key for e in result.entities if e.mentions}
    assert "place/tokyo" in keys  # the city holds the market
    assert "country/RU" in keys  # the government has the plan
