"""Armed groups named without a country are organisations."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, EntityType


def _types(text: str) -> dict[str, EntityType]:
    result = next(iter(extract_articles([Article(id="a", text=text)])))
    return {e.label: e.type for e in result.entities}


def test_an_armed_group_the_model_reads_as_an_adjective_is_an_organisation() -> None:
    types = _types("The United States launched an air strike against an Islamic State target.")
    assert types.get("Islamic State") is EntityType.ORGANIZATION


def test_a_short_group_name_counts_only_in_capitals() -> None:
    types = _types("Turkey blamed the PKK for the attack. Isis Ochoa said Colombia would help.")
    assert types.get("PKK") is EntityType.ORGANIZATION
    assert "Isis" not in types
