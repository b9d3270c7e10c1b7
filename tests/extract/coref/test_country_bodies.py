"""A government body named with and without its country is one node, its country's."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult

TEXTS = {
    "one_owner": (
        "Japan's Finance Ministry said on Monday it would sell more bonds. The Finance Ministry "
        "also said the yen was too strong."
    ),
    "two_owners": (
        "Officials of Japan's Finance Ministry met officials of West Germany's Finance Ministry "
        "in Paris. The Finance Ministry said the talks went well."
    ),
}


def _keys_of(result: ArticleResult, text: str) -> set[str]:
    return {e.key for e in result.entities if any(m.text.endswith(text) for m in e.mentions)}


def test_a_bare_body_joins_the_one_country_the_article_names_it_with(
    results: dict[str, ArticleResult],
) -> None:
    assert _keys_of(results["one_owner"], "Finance Ministry") == {
        "organization/japan-finance-ministry"
    }


def test_a_bare_body_two_countries_own_stays_apart(results: dict[str, ArticleResult]) -> None:
    result = results["two_owners"]
    keys = _keys_of(result, "Finance Ministry")
    assert {"organization/japan-finance-ministry", "organization/germany-finance-ministry"} <= keys
    last = TEXTS["two_owners"].rindex("Finance Ministry")
    (bare,) = (e.key for e in result.entities if any(m.end == last + 16 for m in e.mentions))
    assert bare == "organization/finance-ministry"


def test_a_bare_body_is_the_dateline_country_s() -> None:
    article = Article(
        id="dated",
        text="The Treasury said it would auction 9.75 billion dlrs of notes next week.",
        dateline="WASHINGTON",
    )
    (result,) = extract_articles([article])
    assert "organization/united-states-treasury" in _keys_of(result, "Treasury")
