"""A plural event noun counted by a number is a tally, no event node; a year is no count."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, EntityType


def test_a_counted_plural_is_no_event_and_a_year_is_no_count() -> None:
    text = (
        "The speaker won 218 votes in the chamber. "
        "Moscow denied meddling in the 2018 elections in Latvia."
    )
    result = next(iter(extract_articles([Article(id="counted", text=text)])))
    events = {e.label for e in result.entities if e.type is EntityType.EVENT}
    assert not any("votes" in label for label in events)
    assert any("2018 elections" in label for label in events)
