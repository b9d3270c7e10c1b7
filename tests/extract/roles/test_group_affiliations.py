"""Groups named by a demonym and whose country they belong to: the name never starts at a
determiner, and a "pro-"/"anti-" modifier in apposition gives no affiliation."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult

# (case name, text, keys that must be entities, keys that must not)
ENTITY_CASES = [
    (
        "determiner-outside-group-name",
        "The Syrian rebels attacked the Turkish army.",
        {"organization/syrian-rebels"},
        {"organization/the-syrian-rebels"},
    ),
    (
        "lower-case-determiner-outside-group-name",
        "Police arrested the Iraqi protesters in Baghdad.",
        {"organization/iraqi-protesters"},
        {"organization/the-iraqi-protesters"},
    ),
]


@pytest.fixture(scope="module")
def results() -> dict[str, ArticleResult]:
    """All cases through the real pipeline in one batch."""
    articles = [Article(id=name, text=text) for name, text, _, _ in ENTITY_CASES]
    return {r.article.id: r for r in extract_articles(articles)}


@pytest.mark.parametrize(
    ("name", "present", "absent"),
    [(name, present, absent) for name, _, present, absent in ENTITY_CASES],
    ids=[case[0] for case in ENTITY_CASES],
)
def test_group_names(
    results: dict[str, ArticleResult], name: str, present: set[str], absent: set[str]
) -> None:
    """The group's key is its demonym and noun, without the article before them."""
    keys = {e.key for e in results[name].entities}
    assert present <= keys
    assert not absent & keys


def test_demonym_capital_starts_at_the_demonym() -> None:
    """ "the Syrian capital" is mentioned as "Syrian capital", like "the South Korean capital"."""
    (result,) = extract_articles([Article(id="a1", text="The Syrian capital condemned Japan.")])
    syria = next(e for e in result.entities if e.key == "country/SY")
    assert syria.aliases == ("Syrian capital",)


# (case name, text, organisation key, country it belongs to or None)
APPOSITIVE_CASES = [
    (
        "pro-modifier-backs",
        "The Donetsk Brigade, a pro-Russian militia, attacked Ukraine.",
        "organization/donetsk-brigade",
        None,
    ),
    (
        "anti-modifier-opposes",
        "The Hamza Brigade, an anti-American militia, attacked Iraq.",
        "organization/hamza-brigade",
        None,
    ),
    (
        "plain-modifier-belongs",
        "The Wagner Group, a Russian mercenary company, attacked Ukraine.",
        "organization/wagner-group",
        "country/RU",
    ),
]


@pytest.mark.parametrize(
    ("text", "organisation", "country"),
    [(text, org, country) for _, text, org, country in APPOSITIVE_CASES],
    ids=[case[0] for case in APPOSITIVE_CASES],
)
def test_appositive_country(text: str, organisation: str, country: str | None) -> None:
    """A country modifier in apposition affiliates the organisation unless "pro-"/"anti-"."""
    (result,) = extract_articles([Article(id="a1", text=text)])
    affiliations = {
        r.object
        for r in result.relations
        if r.subject == organisation and r.predicate == "affiliated_with"
    }
    assert affiliations == ({country} if country else set())
