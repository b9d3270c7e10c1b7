"""Names whose own head word says what they name: facilities, outlets, platforms, acronyms."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, EntityType


def _types(text: str) -> dict[str, EntityType]:
    result = next(iter(extract_articles([Article(id="n", text=text)])))
    return {e.label: e.type for e in result.entities}


def test_a_facility_head_makes_a_place_and_a_body_preposition_does_not() -> None:
    types = _types(
        "The rocket will be shown at the Marston Aerospace Museum next year. The Harwick Center "
        "for Policy Research criticised the decision."
    )
    assert types.get("Marston Aerospace Museum") is EntityType.PLACE
    assert types.get("Harwick Center for Policy Research") is EntityType.ORGANIZATION


def test_an_outlet_head_or_a_platform_name_makes_an_organisation() -> None:
    types = _types(
        "The minister told the Calder Valley Herald that the plan was dead. Thousands of "
        "supporters posted messages to Twitter on Sunday."
    )
    assert types.get("Calder Valley Herald") is EntityType.ORGANIZATION
    assert types.get("Twitter") is EntityType.ORGANIZATION


def test_a_person_ending_in_an_acronym_is_that_organisation() -> None:
    types = _types("The seat went to Olivia Tran of the pro-business GRP, who won easily.")
    assert types.get("GRP") is EntityType.ORGANIZATION
    assert types.get("Olivia Tran") is EntityType.PERSON


def test_a_regnal_numeral_is_part_of_the_name_not_an_acronym() -> None:
    types = _types("King Harald IV of Norland opened the session, and Norway welcomed the speech.")
    assert "IV" not in types
    assert any("Harald IV" in label for label, kind in types.items() if kind is EntityType.PERSON)


def test_a_platform_merely_used_is_no_node() -> None:
    types = _types("The mayor of Linz posted a long message on Facebook on Friday.")
    assert "Facebook" not in types


def test_a_lone_common_word_taken_for_a_person_is_no_node() -> None:
    text = "Coal exporters want higher prices. Coal was the largest export of Chile last year."
    result = next(iter(extract_articles([Article(id="c", text=text)])))
    assert "person/coal" not in {e.key for e in result.entities}
