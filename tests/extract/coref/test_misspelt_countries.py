"""A country or capital misspelt by one letter, in an article that names it rightly elsewhere,
is that country; the same slip in an article that never names the country is left alone."""

from __future__ import annotations

from extract.types import ArticleResult

TEXTS = {
    "slips": (
        "Egyptian officials met bankers in Toyko on Monday. Eqypt also owes Japan two billion "
        "dlrs, the officials said. The talks in Toyko ended on Tuesday."
    ),
    "names": (
        "Sanwa Bank Ltd said on Monday it would lend to Yemen. Sanwa will also open an office, "
        "Anzola told reporters in Caracas."
    ),
}


def test_a_misspelt_country_the_article_names_is_that_country(
    results: dict[str, ArticleResult],
) -> None:
    entities = {e.key: e for e in results["slips"].entities}
    assert "Eqypt" in {m.text for m in entities["country/EG"].mentions}
    assert "organization/eqypt" not in entities and "person/eqypt" not in entities


def test_a_misspelt_capital_read_as_a_place_is_that_capital(
    results: dict[str, ArticleResult],
) -> None:
    keys = {e.key for e in results["slips"].entities}
    assert "place/tokyo" in keys and "place/toyko" not in keys


def test_a_name_one_letter_from_a_country_stays_a_name(
    results: dict[str, ArticleResult],
) -> None:
    entities = {e.key: e for e in results["names"].entities}
    assert "Sanwa" not in {m.text for m in entities["country/YE"].mentions}
    assert not any(e.key == "country/AO" for e in results["names"].entities)
