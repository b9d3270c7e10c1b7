"""A scandal named by what it concerns is an Event node; the place in its name is no place it
was held in."""

from __future__ import annotations

from extract.pipeline import extract_text
from extract.types import EntityType


def test_a_named_scandal_is_the_event_investigated_and_held_nowhere() -> None:
    result = extract_text("A Senate committee is investigating the Lisbon bribery scandal.")
    events = [e.key for e in result.entities if e.type is EntityType.EVENT]
    assert events == ["event/lisbon-bribery-scandal"]
    acts = {(r.predicate, r.object) for r in result.relations}
    assert ("investigated", "event/lisbon-bribery-scandal") in acts
    assert ("held_in", "place/lisbon") not in acts
