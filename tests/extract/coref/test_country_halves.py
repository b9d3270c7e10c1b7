""" "The North" and "the South" of a divided country the article names are that country."""

from __future__ import annotations

from extract.types import ArticleResult

TEXTS = {
    "koreas": (
        "North Korea shelled an island on Tuesday. The South retaliated by firing dozens of "
        "rounds. Commanders said the North would answer any provocation. South Korea put its "
        "forces on alert."
    ),
    "no_half": "Voters in the South went to the polls on Tuesday, officials in Atlanta said.",
}


def test_the_north_and_the_south_are_the_named_halves(results: dict[str, ArticleResult]) -> None:
    texts = {e.key: {m.text for m in e.mentions} for e in results["koreas"].entities}
    assert "North" in texts["country/KP"] and "South" in texts["country/KR"]
    assert not any(key.startswith("place/") for key in texts)


def test_the_south_of_an_article_naming_no_divided_country_is_no_country(
    results: dict[str, ArticleResult],
) -> None:
    texts = {e.key: {m.text for m in e.mentions} for e in results["no_half"].entities}
    assert "South" in texts["place/south"]
    assert not any("South" in found for key, found in texts.items() if key.startswith("country/"))
