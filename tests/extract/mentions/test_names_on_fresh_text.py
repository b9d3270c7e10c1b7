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


def test_a_name_cut_at_for_or_and_is_one_organisation() -> None:
    found = _entities(
        "The Kenyan Association for the Advancement of Science condemned the attack, which the "
        "Islamic State of Iraq and the Levant claimed on Friday."
    )
    assert found.get("Kenyan Association for the Advancement of Science") is EntityType.ORGANIZATION
    assert found.get("Islamic State of Iraq and the Levant") is EntityType.ORGANIZATION, found
    assert "Levant" not in found, found


def test_a_body_and_another_body_stay_two() -> None:
    found = _entities("The Bank of Japan and the Bundesbank sold dollars on Monday.")
    assert found.get("Bank of Japan") is EntityType.ORGANIZATION, found
    assert found.get("Bundesbank") is EntityType.ORGANIZATION, found


def test_a_country_the_model_tags_as_a_person_stays_a_country() -> None:
    found = _entities("UMOA members are Benin, Burkina Faso, Ivory Coast, Mali, Niger and Togo.")
    assert found.get("Mali") is EntityType.COUNTRY, found
    assert found.get("Togo") is EntityType.COUNTRY, found


def test_a_repeat_of_a_longer_name_takes_the_country_inside_it() -> None:
    text = (
        "Environment Canada said the report was lost. An official of Environment Canada "
        "confirmed the loss on Friday."
    )
    result = next(iter(extract_articles([Article(id="e", text=text)])))
    [body] = [e for e in result.entities if e.label == "Environment Canada"]
    assert len(body.mentions) == 2, body.mentions
    assert not any(e.type is EntityType.COUNTRY for e in result.entities), result.entities


def test_a_group_named_by_its_count_is_one_organisation_in_any_spelling() -> None:
    results = list(
        extract_articles(
            [
                Article(id="g1", text="Ministers of the Group of Seven met in Paris on Sunday."),
                Article(id="g2", text="Tokyo said the G-7 countries would keep intervening."),
            ]
        )
    )
    keys = [{e.key for e in r.entities if e.type is EntityType.ORGANIZATION} for r in results]
    assert keys[0] == keys[1] == {"organization/group-of-seven"}, keys


def test_a_capitalised_word_before_a_number_is_no_person() -> None:
    found = _entities(
        "Lisbon agreed to change Articles 2 and 3 of the constitution, Maria Duarte said."
    )
    assert found.get("Maria Duarte") is EntityType.PERSON, found
    assert "Articles" not in found, found
