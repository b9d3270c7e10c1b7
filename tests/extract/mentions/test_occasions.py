"""An occasion of the article is a node even when unnamed and nobody acts on it."""

from __future__ import annotations

from extract.pipeline import extract_text
from extract.types import EntityType


def test_unnamed_talks_that_nobody_acts_on_are_still_an_event() -> None:
    result = extract_text(
        "In separate talks with the finance minister, the delegation urged Japan to act.",
        "separate-talks",
    )
    events = [e.label for e in result.entities if e.type is EntityType.EVENT]
    assert events == ["separate talks"]


def test_an_unnamed_event_that_is_no_occasion_is_left_out() -> None:
    result = extract_text("Officials spoke of interference in other issues.", "no-occasion")
    assert not [e for e in result.entities if e.type is EntityType.EVENT]


def test_who_meets_names_a_meeting_counted_in_days() -> None:
    result = extract_text(
        "The governor spoke after a two-day meeting of OPEC oil ministers.", "who-meets"
    )
    events = [e.label for e in result.entities if e.type is EntityType.EVENT]
    assert events == ["two-day meeting of OPEC oil ministers"]


def test_a_news_conference_is_no_event() -> None:
    result = extract_text(
        "Japan's finance minister told a news conference in Tokyo that he was pleased.",
        "news-conference",
    )
    assert not [e for e in result.entities if e.type is EntityType.EVENT]


def test_a_name_with_of_that_the_parser_tore_off_still_names_the_meeting() -> None:
    result = extract_text(
        "Bankers waited for the subsequent Council of Nine meeting in Rome.", "council-of-nine"
    )
    events = [e.label for e in result.entities if e.type is EntityType.EVENT]
    assert events == ["Council of Nine meeting"]


def test_a_bracketed_acronym_after_the_body_leaves_the_meeting_named_by_it() -> None:
    result = extract_text(
        "Delegates spoke at the annual meeting of the East African Bank (EAB) in Kampala.",
        "bracketed-acronym",
    )
    events = [e.label for e in result.entities if e.type is EntityType.EVENT]
    assert events == ["annual meeting of the East African Bank"]


def test_the_number_of_a_torn_off_name_counts_no_talks() -> None:
    result = extract_text(
        "Officials left at the end of earlier Council of Nine talks which broke up at noon.",
        "council-of-nine-talks",
    )
    events = [e.label for e in result.entities if e.type is EntityType.EVENT]
    assert events == ["Council of Nine talks"]
