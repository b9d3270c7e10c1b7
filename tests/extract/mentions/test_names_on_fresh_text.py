"""Names read on fresh text: a possessive after an "of" name, money a country only qualifies,
and untagged repeats of a name the article has already given a body or a place."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, EntityType


def _entities(text: str) -> dict[str, EntityType]:
    result = next(iter(extract_articles([Article(id="n", text=text)])))
    return {e.label: e.type for e in result.entities}


def test_a_possessive_after_an_of_name_keeps_the_whole_name() -> None:
    found = _entities("Analysts said the Bank of Portugal's governor would resign next week.")
    assert found.get("Bank of Portugal") is EntityType.ORGANIZATION, found
    assert "of Portugal" not in found


def test_a_country_that_only_names_a_currency_is_no_node() -> None:
    found = _entities(
        "Grain exporters asked for 140 U.S. dlrs a tonne, while buyers in Egypt offered less."
    )
    assert "Egypt" in found, found
    assert "United States" not in found, found
    assert not any(label.lower().endswith("dlrs") for label in found), found


def test_an_untagged_repeat_of_an_organisation_name_is_a_mention_of_it() -> None:
    text = (
        "Scientology is waging a campaign against its critics. "
        "Daniel Montalvo was a member of Scientology for years, and Scientology officials "
        "said he took documents."
    )
    result = next(iter(extract_articles([Article(id="s", text=text)])))
    [body] = [e for e in result.entities if e.label == "Scientology"]
    assert body.type is EntityType.ORGANIZATION
    assert len(body.mentions) == 3, body.mentions
