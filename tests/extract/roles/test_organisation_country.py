"""An organisation's country from its possessor, a demonym and class noun, or "of <country>"."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def _affiliations(text: str) -> set[tuple[str, str]]:
    result = next(iter(extract_articles([Article(id="a", text=text)])))
    return {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}


def test_country_possessor_places_a_company() -> None:
    found = _affiliations("Other bidders include Norway's Fjordline Shipping Co.")
    assert any(s.startswith("organization/fjordline") and o == "country/NO" for s, o in found)


def test_demonym_and_class_noun_place_a_listed_company() -> None:
    found = _affiliations(
        "Finnish firms including Valkoinen Telecom and Pohjola Steel have left the market."
    )
    assert ("organization/valkoinen-telecom", "country/FI") in found
    assert ("organization/pohjola-steel", "country/FI") in found


def test_such_plural_class_noun_as_places_the_listed_companies() -> None:
    found = _affiliations(
        "Such big Finnish shipbuilders as Valkoinen Yards Oy and Pohjola Marine Corp have "
        "cut prices."
    )
    assert any(s.startswith("organization/valkoinen") and o == "country/FI" for s, o in found)
    assert any(s.startswith("organization/pohjola") and o == "country/FI" for s, o in found)


def test_class_noun_before_a_modifier_places_nothing() -> None:
    found = _affiliations(
        "Officials gave the three British securities companies KSE membership last year."
    )
    assert not any(o == "country/GB" and "kse" in s for s, o in found)


def test_person_of_a_country_belongs_to_it() -> None:
    found = _affiliations(
        "The chairman of the talks, Tomas Ekvall of Sweden, said progress was slow."
    )
    assert ("person/tomas-ekvall", "country/SE") in found


def test_country_possessor_with_modifiers_between_places_a_party() -> None:
    found = _affiliations(
        "A spokesman for Norway's main opposition Agrarian Party said the vote was unfair."
    )
    assert any(s.startswith("organization/agrarian") and o == "country/NO" for s, o in found), found


def test_a_country_inside_a_company_name_places_the_unit() -> None:
    found = _affiliations("Halvorsen Canada Ltd said it would close two plants next year.")
    placed = {o for s, o in found if s.startswith("organization/halvorsen")}
    assert placed == {"country/CA"}, found


def test_a_body_named_of_a_country_is_that_country() -> None:
    found = _affiliations("The Federal Mining Office of Norway suspended the licence on Friday.")
    placed = {o for s, o in found if s.startswith("organization/federal-mining-office")}
    assert placed == {"country/NO"}, found


def test_korea_alone_is_south_korea() -> None:
    found = _affiliations("The Korea Shipbuilders' Association said orders fell by half.")
    placed = {o for s, o in found if s.startswith("organization/korea-shipbuilders")}
    assert placed == {"country/KR"}, found
