"""Relative dates that fall outside any calendar give no date, never an error or a bad one."""

from __future__ import annotations

import pytest

from extract.dates_places.date_expressions import normalise_event_date
from extract.pipeline import extract_articles
from extract.types import Article
from extract.vocabulary.word_lists import WORDS


@pytest.mark.parametrize(
    "text", ["3000 years ago", "99999 months ago", "999999 days ago", "250 years ago"]
)
def test_a_relative_date_beyond_the_calendar_is_no_date(text: str) -> None:
    assert normalise_event_date(text, "2018-11-07") is None


def test_an_article_with_an_absurd_relative_date_still_extracts() -> None:
    text = "Kenya and Uganda signed the treaty 999999 days ago."
    [result] = extract_articles([Article(id="a", text=text, date="2018-11-07")])
    assert {e.key for e in result.entities} >= {"country/KE", "country/UG"}
    assert all(e.date is None for e in result.entities)


def test_one_table_of_month_and_weekday_names() -> None:
    assert WORDS.month_numbers["sept"] == 9 and WORDS.month_numbers["may"] == 5
    assert WORDS.weekday_numbers["thurs"] == WORDS.weekday_numbers["thursday"] == 3
