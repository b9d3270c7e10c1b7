"""Coreference of unnamed occasions ("the talks") by date: mentions whose stated days
disagree stay apart, and a day names the occasion held on it however far back it was said."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult, EntityType

ARTICLE_DATE = "2019-07-10"  # a Wednesday

# (case name, text, expected {date of each event node: its aliases})
CASES = [
    (
        "plain-talks-on-two-days",
        "Peru hosted talks on Monday. Bolivia hosted the talks on Friday.",
        {"2019-07-08": ["talks"], "2019-07-05": ["talks"]},
    ),
    (
        "day-names-an-earlier-occasion",
        "Peru and Chile held talks in Lima on Monday. Ecuador and Colombia held talks in "
        "Quito on Friday. Bolivia praised the Monday talks.",
        {"2019-07-08": ["Monday talks", "talks in Lima"], "2019-07-05": ["talks in Quito"]},
    ),
]


@pytest.fixture(scope="module")
def results() -> dict[str, ArticleResult]:
    """All cases through the real pipeline in one batch."""
    articles = [Article(id=name, text=text, date=ARTICLE_DATE) for name, text, _ in CASES]
    return {r.article.id: r for r in extract_articles(articles)}


@pytest.mark.parametrize(
    ("name", "expected"),
    [(name, expected) for name, _, expected in CASES],
    ids=[case[0] for case in CASES],
)
def test_occasions_by_stated_day(
    results: dict[str, ArticleResult], name: str, expected: dict[str, list[str]]
) -> None:
    """One event node per stated day, holding every mention of that day's occasion."""
    events = [e for e in results[name].entities if e.type is EntityType.EVENT]
    assert len(events) == len(expected)
    assert {e.date: sorted(e.aliases) for e in events} == expected


def test_occasion_keys_are_stable_across_runs() -> None:
    """The key given to an occasion kept apart by its date is the same on every run."""
    article = Article(id="a1", text=CASES[0][1], date=ARTICLE_DATE)
    first, second = (
        sorted(e.key for e in result.entities if e.type is EntityType.EVENT)
        for result in extract_articles([article, article])
    )
    assert first == second and len(set(first)) == 2
