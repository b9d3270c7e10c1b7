"""An organisation that is only ever a place's name becomes that place ("Crimea", issue 15)."""

from __future__ import annotations

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.merge.build import build_graph
from graph.merge.resolve import resolve_keys

T = EntityType


def _crimea_articles() -> list[ArticleResult]:
    putin = Entity("person/vladimir-putin", "Vladimir Putin", T.PERSON)
    crimea_org = Entity("organization/crimea", "Crimea", T.ORGANIZATION)
    crimea = Entity("place/crimea", "Crimea", T.PLACE)
    ukraine = Entity("country/UA", "Ukraine", T.COUNTRY)
    first = "Putin signed a decree that recognized Crimea as a sovereign state."
    second = "A referendum was held in Crimea, Ukraine."
    return [
        ArticleResult(
            Article("a1", first),
            (putin, crimea_org),
            (
                Relation(
                    putin.key, "recognized", crimea_org.key, "", False, Evidence("a1", first, 0, 66)
                ),
            ),
        ),
        ArticleResult(
            Article("a2", second),
            (crimea, ukraine),
            (
                Relation(
                    crimea.key, "located_in", ukraine.key, "", False, Evidence("a2", second, 0, 40)
                ),
            ),
        ),
    ]


def test_crimea_is_one_place_node_with_both_relations() -> None:
    graph = build_graph(_crimea_articles())
    crimea = [node for node, data in graph.nodes(data=True) if data["label"] == "Crimea"]
    assert crimea == ["place/crimea"]
    # The organisation was seen first, yet the node keeps its own key's type.
    assert graph.nodes["place/crimea"]["type"] == "Place"
    assert graph.has_edge("person/vladimir-putin", "place/crimea")
    assert graph.has_edge("place/crimea", "country/UA")
    reasons = graph.nodes["place/crimea"]["merge_reasons"]
    assert any("organisation-named-as-place" in reason for reason in reasons)


def test_an_organisation_with_a_name_of_its_own_stays() -> None:
    chelsea_fc = Entity("organization/chelsea", "Chelsea", T.ORGANIZATION, ("Chelsea FC",))
    chelsea = Entity("place/chelsea", "Chelsea", T.PLACE)
    assert resolve_keys([chelsea_fc, chelsea]) == {}


def test_a_name_two_places_share_is_left_alone() -> None:
    org = Entity("organization/georgia", "Georgia", T.ORGANIZATION)
    country = Entity("country/GE", "Georgia", T.COUNTRY)
    state = Entity("place/georgia", "Georgia", T.PLACE)
    assert resolve_keys([org, country, state]) == {}
    assert resolve_keys([org, country]) == {"organization/georgia": "country/GE"}
