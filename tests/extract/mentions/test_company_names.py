"""Companies told by their legal form, and by the city they are based in."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, EntityType


def test_a_legal_form_after_a_tagged_person_makes_a_company() -> None:
    text = "The bank hired J.Henry Wagg and Co Ltd to advise on the sale."
    result = next(iter(extract_articles([Article(id="c", text=text)])))
    types = {e.label: e.type for e in result.entities}
    assert types.get("J.Henry Wagg and Co Ltd") is EntityType.ORGANIZATION
    assert EntityType.PERSON not in types.values()


def test_city_based_company_belongs_to_the_city_country() -> None:
    text = "Chevron Corp said it formed a venture with Osaka-based Kansai Petroleum Co Ltd."
    result = next(iter(extract_articles([Article(id="b", text=text)])))
    found = {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}
    assert ("organization/kansai-petroleum", "country/JP") in found


def test_a_name_after_a_company_class_noun_is_a_company() -> None:
    text = "Germany banned the Iranian airline Qeshm Air from its airports on Monday."
    result = next(iter(extract_articles([Article(id="c", text=text)])))
    types = {e.label: e.type for e in result.entities}
    assert types.get("Qeshm Air") is EntityType.ORGANIZATION


def test_a_company_is_one_node_with_or_without_its_legal_form() -> None:
    results = list(
        extract_articles(
            [
                Article(id="c1", text="Brakel Holding NV said profits rose in the year."),
                Article(id="c2", text="Brakel Holding said it would cut 300 jobs in Ghent."),
            ]
        )
    )
    keys = [{e.key for e in r.entities if e.key.startswith("organization/")} for r in results]
    assert keys[0] == keys[1] == {"organization/brakel-holding"}, keys
