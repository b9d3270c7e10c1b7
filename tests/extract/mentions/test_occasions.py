"""An occasion of the article is a node even when unnamed and nobody acts on it."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text
from extract.types import EntityType


def _event_labels(text: str, article_id: str) -> list[str]:
    result = extract_text(text, article_id)
    return [e.label for e in result.entities if e.type is EntityType.EVENT]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # unnamed talks that nobody acts on are still an event
        (
            "In separate talks with the finance minister, the delegation urged Japan to act.",
            "separate talks",
        ),
        # who meets names a meeting counted in days
        (
            "The governor spoke after a two-day meeting of OPEC oil ministers.",
            "two-day meeting of OPEC oil ministers",
        ),
        # a name with "of" that the parser tore off still names the meeting
        (
            "Bankers waited for the subsequent Council of Nine meeting in Rome.",
            "Council of Nine meeting",
        ),
        # the number of a torn-off name counts no talks
        (
            "Officials left at the end of earlier Council of Nine talks which broke up at noon.",
            "Council of Nine talks",
        ),
        # a bracketed acronym after the body leaves the meeting named by the body
        (
            "Delegates spoke at the annual meeting of the East African Bank (EAB) in Kampala.",
            "annual meeting of the East African Bank",
        ),
    ],
)
def test_an_occasion_is_one_event_named_by_its_phrase(text: str, label: str) -> None:
    assert _event_labels(text, "occasion") == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Officials spoke of interference in other issues.",  # no occasion
        "Japan's finance minister told a news conference in Tokyo that he was pleased.",
    ],
)
def test_what_is_no_occasion_makes_no_event(text: str) -> None:
    assert _event_labels(text, "no-occasion") == []
