"""A violent incident or an imposed state named by a descriptive modifier is an event node
(when an act takes it: a measure at home that no one acts on is no edge, so no node)."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, EntityType


def test_a_described_incident_is_an_event_and_a_bare_one_is_not() -> None:
    text = (
        "Pakistan condemned the suicide bombing in the market. "
        "Chile condemned the partial lockdown imposed by Peru. "
        "Officials said an attack was possible."
    )
    result = next(iter(extract_articles([Article(id="incidents", text=text)])))
    events = {e.label for e in result.entities if e.type is EntityType.EVENT}
    assert "suicide bombing" in events
    assert "partial lockdown" in events
    assert "attack" not in events
    condemned = {(r.subject, r.predicate) for r in result.relations if "bombing" in r.object}
    assert ("country/PK", "condemned") in condemned


def test_a_platform_after_a_measure_is_where_it_was_spoken_of_not_its_name() -> None:
    text = "Rogozin mocked the American sanctions on Twitter. Canada imposed a ban on Iranian oil."
    result = next(iter(extract_articles([Article(id="platform", text=text)])))
    events = {e.label for e in result.entities if e.type is EntityType.EVENT}
    assert not any("Twitter" in label for label in events), events
    assert "ban on Iranian oil" in events, events
