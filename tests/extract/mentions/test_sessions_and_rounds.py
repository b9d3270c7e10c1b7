"""Sessions of a body, rounds of negotiations and named wars are Event nodes; a market's
trading session is none."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text
from extract.types import EntityType


def _event_labels(text: str) -> list[str]:
    result = extract_text(text, "sessions")
    return [e.label for e in result.entities if e.type is EntityType.EVENT]


def test_a_session_named_by_its_body_is_an_event_the_body_attended() -> None:
    result = extract_text(
        "Delegates gathered in Lima for the autumn session of the Andean Rice Council."
    )
    events = [e for e in result.entities if e.type is EntityType.EVENT]
    assert [e.label for e in events] == ["autumn session of the Andean Rice Council"]


def test_a_bracketed_short_form_inside_a_session_name_is_left_out() -> None:
    result = extract_text(
        "Finance ministers opened an informal Group of Ten (G-10) session in Basel."
    )
    assert [e.label for e in result.entities if e.type is EntityType.EVENT] == [
        "Group of Ten session"
    ]
    attended = {(r.subject, r.object) for r in result.relations if r.predicate == "attended"}
    assert attended == {("organization/group-of-ten", "event/group-of-ten-session")}


def test_a_trading_session_is_no_event() -> None:
    assert _event_labels("Copper prices rose in the Lima Metal Exchange session on Friday.") == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the tagger reads this round as a place
        ("Ministers hope to finish the Kennedy Round within two years.", "Kennedy Round"),
        ("Australia wants the Uruguay Round to cover farm trade.", "Uruguay Round"),
        ("Brazil fought Paraguay in the Chaco War.", "Chaco War"),
    ],
)
def test_a_named_round_or_war_is_an_event(text: str, label: str) -> None:
    assert label in _event_labels(text)
