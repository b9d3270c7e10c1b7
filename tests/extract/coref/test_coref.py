"""Within-article resolution: surnames, titles, pronouns, seats of government, counted parties,
acronyms and agreement anaphors, each on short texts of our own through the real pipeline."""

from __future__ import annotations

import pytest

from extract.mentions.keys import is_generic_name
from extract.types import ArticleResult, EntityType
from graph.merge.build import build_graph

TEXTS = {
    "surname": "Ukrainian Foreign Minister Dmytro Kuleba met reporters. "
    "Kuleba accused Hungary of blocking aid.",
    "shared-surname": "Anna Weber met Jonas Weber. Weber criticized Austria.",
    "particle-surname": "Syrian Foreign Minister Karim al-Haddad met reporters. "
    "Haddad accused Turkey of shelling the border.",
    "particle-led-surname": "Belgian Farm Minister Pieter de Vlaminck chaired the talks. "
    "De Vlaminck criticized France.",
    "the-minister": "Kenyan Trade Minister Rebecca Miano arrived in Kampala on Monday. "
    "The minister criticized Uganda.",
    "the-minister-of": "Hungarian Foreign Minister Peter Szijjarto met Chinese Foreign Minister "
    "Wang Yi. The foreign minister of Hungary later criticized Brussels.",
    "he-after-name": "Jonas Lind arrived in Oslo. He praised Norway.",
    "he-in-speech": "Sweden's envoy Jonas Lind met Danish envoy Mette Holm. "
    "Holm said she supports Finland.",
    "she-pronoun": "Kenyan Trade Minister Rebecca Miano arrived. She criticized Uganda.",
    "seat-acts": "Moscow denied the accusations by Estonia.",
    "seat-is-place": "Talks in Moscow ended on Friday.",
    "two-nations": "Peru and Chile signed a fisheries accord. "
    "The two nations also criticized Bolivia.",
    "counted-list": "Kenya Airways is owned by the governments of Kenya, Uganda and Tanzania. "
    "It waits for talks with Sudan, in which the three East African countries demanded "
    "access to Egypt.",
    "three-listed-countries": "The governments of Chile, Peru and Bolivia own the mine. After "
    "talks with Brazil, the three countries demanded compensation from Argentina.",
    "acronym": "The Department of Homeland Security (DHS) accused Russia. "
    "DHS also criticized China.",
    "place-acronym": "Tourists visited the Harwick Space Center (HSC) on Monday. Engineers at "
    "the HSC showed them a rocket.",
    "agreement-anaphor": "Peru and Chile set up a joint fisheries commission. "
    "Ecuador welcomed the commission.",
    "treaty-in-one": "Peru signed a new treaty with Chile. Bolivia welcomed the treaty.",
    "treaty-in-two": "Norway signed a new treaty with Iceland.",
    "named-body-in-one": "Peru and Chile set up a joint fisheries commission.",
    "named-body-in-two": "Ecuador criticized the joint fisheries commission.",
    "replaced-treaty": "Chile and Peru signed a new treaty, known as Pacific Shield. The "
    "treaty replaces the 1984 Fisheries Treaty, which expired last year. Bolivia welcomed the "
    "treaty.",
    "occasion-synonyms": "Ruto and Museveni met in Arusha. It was their first meeting. Kenya's "
    "President Paul Kagame hosted the summit. Chile held a referendum on Sunday. Peru "
    "criticized Sunday's vote.",
    "generic-anaphor": "Peru signed a peace agreement with Colombia. Peru also signed a new "
    "treaty with Chile. Bolivia welcomed the agreement.",
}


def _edges(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in result.relations}


def _keys(result: ArticleResult) -> set[str]:
    return {e.key for e in result.entities}


def test_a_surname_is_the_full_name_introduced_earlier(results: dict[str, ArticleResult]) -> None:
    result = results["surname"]
    assert ("person/dmytro-kuleba", "accused", "country/HU") in _edges(result)
    person = next(e for e in result.entities if e.key == "person/dmytro-kuleba")
    assert set(person.aliases) == {"Dmytro Kuleba", "Kuleba"}
    assert len(person.mentions) == 2


def test_a_surname_shared_by_two_people_stays_unresolved(
    results: dict[str, ArticleResult],
) -> None:
    edges = _edges(results["shared-surname"])
    assert ("person/weber", "criticized", "country/AT") in edges
    assert not {e for e in edges if e[1] == "criticized" and e[0] != "person/weber"}


def test_the_title_refers_to_the_person_in_context(results: dict[str, ArticleResult]) -> None:
    assert ("person/rebecca-miano", "criticized", "country/UG") in _edges(results["the-minister"])


def test_a_title_with_a_country_picks_that_countrys_holder(
    results: dict[str, ArticleResult],
) -> None:
    edges = _edges(results["the-minister-of"])
    assert ("person/peter-szijjarto", "criticized", "country/BE") in edges
    assert ("person/wang-yi", "criticized", "country/BE") not in edges


def test_pronouns(results: dict[str, ArticleResult]) -> None:
    assert ("person/jonas-lind", "praised", "country/NO") in _edges(results["he-after-name"])
    assert ("person/rebecca-miano", "criticized", "country/UG") in _edges(results["she-pronoun"])
    speech = _edges(results["he-in-speech"])
    assert ("person/mette-holm", "supported", "country/FI") in speech
    assert ("person/jonas-lind", "supported", "country/FI") not in speech


def test_a_seat_of_government_acts_for_its_country(results: dict[str, ArticleResult]) -> None:
    assert ("country/RU", "denied", "country/EE") in _edges(results["seat-acts"])
    place = results["seat-is-place"]
    assert "place/moscow" in _keys(place)
    # Russia is there only as the place's country, acting in nothing.
    russia = {e for e in _edges(place) if "country/RU" in (e[0], e[2])}
    assert russia == {("place/moscow", "located_in", "country/RU")}


def test_the_two_nations_are_the_pair_in_context(results: dict[str, ArticleResult]) -> None:
    edges = _edges(results["two-nations"])
    assert ("country/PE", "criticized", "country/BO") in edges
    assert ("country/CL", "criticized", "country/BO") in edges


def test_countries_counted_are_the_list_of_that_many_named_before(
    results: dict[str, ArticleResult],
) -> None:
    edges = _edges(results["counted-list"])
    for code in ("KE", "UG", "TZ"):
        assert (f"country/{code}", "demanded", "country/EG") in edges
    assert ("country/SD", "demanded", "country/EG") not in edges


def test_counted_countries_are_the_list_named_together(
    results: dict[str, ArticleResult],
) -> None:
    # Brazil is named between the list and the count, and is not one of the three.
    demands = {e for e in _edges(results["three-listed-countries"]) if e[1] == "demanded"}
    assert demands == {
        ("country/CL", "demanded", "country/AR"),
        ("country/PE", "demanded", "country/AR"),
        ("country/BO", "demanded", "country/AR"),
    }


def test_an_acronym_after_its_long_form_is_that_organisation(
    results: dict[str, ArticleResult],
) -> None:
    result = results["acronym"]
    key = "organization/department-of-homeland-security"
    assert (key, "criticized", "country/CN") in _edges(result)
    assert [e.type for e in result.entities if e.key == key] == [EntityType.ORGANIZATION]
    assert "organization/dhs" not in _keys(result)


def test_an_acronym_after_a_sites_long_form_is_that_place(
    results: dict[str, ArticleResult],
) -> None:
    result = results["place-acronym"]
    places = [e for e in result.entities if e.key == "place/harwick-space-center"]
    assert [e.type for e in places] == [EntityType.PLACE]
    # the name, the acronym in brackets (a repeat of the later acronym) and "the HSC"
    assert len(places[0].mentions) == 3
    assert "organization/hsc" not in _keys(result)


def test_agreement_anaphors(results: dict[str, ArticleResult]) -> None:
    commission = "agreement/joint-fisheries-commission"
    assert ("country/EC", "welcomed", commission) in _edges(results["agreement-anaphor"])
    assert ("country/PE", "party_to", commission) in _edges(results["agreement-anaphor"])
    generic = _edges(results["generic-anaphor"])
    assert ("country/BO", "welcomed", "agreement/peace-agreement") in generic
    assert ("country/BO", "welcomed", "agreement/generic-anaphor--new-treaty") not in generic


def test_a_generic_agreement_is_scoped_to_its_article(results: dict[str, ArticleResult]) -> None:
    one, two = results["treaty-in-one"], results["treaty-in-two"]
    assert ("country/PE", "party_to", "agreement/treaty-in-one--new-treaty") in _edges(one)
    assert ("country/BO", "welcomed", "agreement/treaty-in-one--new-treaty") in _edges(one)
    assert "agreement/treaty-in-two--new-treaty" in _keys(two)
    label = next(e.label for e in one.entities if e.key.endswith("--new-treaty"))
    assert label == "new treaty"  # the key is scoped, the name stays as written
    graph = build_graph([one, two])
    treaties = [n for n, data in graph.nodes(data=True) if data.get("label") == "new treaty"]
    assert len(treaties) == 2


def test_a_described_agreement_merges_across_articles(results: dict[str, ArticleResult]) -> None:
    key = "agreement/joint-fisheries-commission"
    assert key in _keys(results["named-body-in-one"])
    assert key in _keys(results["named-body-in-two"])
    graph = build_graph([results["named-body-in-one"], results["named-body-in-two"]])
    assert key in graph


@pytest.mark.parametrize(
    ("name", "head", "generic"),
    [
        ("the new treaty", "treaty", True),
        ("historic landmark agreement", "agreement", True),
        ("talks", "talks", True),
        ("joint cybersecurity group", "group", False),
        ("Paris Agreement", "Agreement", False),
        ("2016 election", "election", False),
    ],
)
def test_generic_names(name: str, head: str, generic: bool) -> None:
    assert is_generic_name(name, head) is generic


@pytest.mark.parametrize(
    ("name", "head", "generic"),
    [
        ("bilateral talks", "talks", True),  # the format of a meeting, not which meeting
        ("the direct negotiations", "negotiations", True),
        ("a closed-door meeting", "meeting", True),
        ("high-level talks", "talks", True),
        ("Geneva talks", "talks", False),
        ("bilateral nuclear talks", "talks", False),  # a topic tells them apart
    ],
)
def test_generic_event_names(name: str, head: str, generic: bool) -> None:
    assert is_generic_name(name, head, event=True) is generic
    assert not is_generic_name("the bilateral commission", "commission")  # a named body


def test_a_given_name_keys_the_chain_and_a_replaced_treaty_is_no_antecedent(
    results: dict[str, ArticleResult],
) -> None:
    edges = _edges(results["replaced-treaty"])
    assert ("country/CL", "party_to", "agreement/pacific-shield") in edges
    assert ("country/BO", "welcomed", "agreement/pacific-shield") in edges
    assert ("country/BO", "welcomed", "agreement/1984-fisheries-treaty") not in edges


def test_unnamed_occasions_of_synonymous_heads_are_one_event(
    results: dict[str, ArticleResult],
) -> None:
    result = results["occasion-synonyms"]
    events = [e for e in result.entities if e.type is EntityType.EVENT]
    assert len(events) == 2, [e.key for e in events]
    summit = next(e for e in events if "first meeting" in e.aliases)
    assert "summit" in summit.aliases
    referendum = next(e for e in events if "referendum" in e.aliases)
    assert ("country/PE", "criticized", referendum.key) in _edges(result)


def test_a_surname_after_a_particle_is_the_full_name(results: dict[str, ArticleResult]) -> None:
    assert "person/haddad" not in _keys(results["particle-surname"])
    assert "person/karim-al-haddad" in _keys(results["particle-surname"])


def test_a_surname_opening_with_a_particle_is_the_full_name(
    results: dict[str, ArticleResult],
) -> None:
    result = results["particle-led-surname"]
    assert not {k for k in _keys(result) if k.endswith("/de-vlaminck")}
    assert ("person/pieter-de-vlaminck", "criticized", "country/FR") in _edges(result)
