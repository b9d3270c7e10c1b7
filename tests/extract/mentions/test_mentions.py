"""Mentions: people with titles (role + affiliation), countries the model missed, agreements
and events as nodes, public figures. Run through the real pipeline, one batch per module."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult, EntityType

TEXTS = {
    "adjective-title": "Russian Foreign Minister Sergei Lavrov arrived in Madrid on Monday.",
    "possessive-title": "Spain's foreign minister Josep Borrell spoke to reporters.",
    "of-title": "Russia's Minister of Communications Nikolai Nikiforov spoke in Hamburg.",
    "appositive-title": "Josep Borrell, Spain's foreign minister, said the talks went well.",
    "title-then-name": "The US commander in Iraq, General David Petraeus, arrived in Baghdad.",
    "counterpart": "Sergei Lavrov met his Spanish counterpart Josep Borrell.",
    "public-figure": "Obama spoke in Berlin on Tuesday.",
    "missed-country": "Ghana agreed to help Togo.",
    "joint-group": "Russia and Spain agreed to set up a joint cybersecurity group.",
    "working-group": "They agreed to set up a working group on cyber security.",
    "treaty": "Peru and Ecuador signed a border treaty.",
    "vague-agreement": "The new agreement was discussed.",
    "summit-in": "Leaders met at the G20 summit in Hamburg.",
    "election": "Russia interfered in the 2016 presidential election.",
    "referendum": "Voters in Scotland rejected independence in the 2014 referendum.",
    "indictment": "The indictment of 13 Russians was announced on Friday.",
    "dash": "The leaders - Vladimir Putin and Donald Trump - agreed on Friday to meet again.",
    "hyphen": "Former UN chief Ban Ki-moon praised Kenya.",
    "occasion": "Qatar hosted the talks. Sudan later criticized the talks.",
    "possessor-event": "Chile rejected Bolivia's border referendum.",
    "person-possessor-event": "The senator criticized Smith's investigation.",
    "event-tagged-agreement": "Delegates adopted the Paris Agreement.",
    "conjoined-name": "Rebel commanders Pavel Gubarev and Denis Pushilin signed the accord.",
    "title-after-and": "Irish Taoiseach Enda Kenny and Welsh First Minister Carwyn Jones met.",
    "named-place": "The envoys met at the Ritz hotel. Later they met at the Bellagio hotel.",
    "title-organisation": "Plaid leader Adam Price spoke.",
    "party-adjective": "Democratic senators criticized the nuclear accord.",
    "legislature": "The accord must be approved by the Iranian parliament.",
    "soviet": "Soviet leader Leonid Brezhnev signed the accord.",
    "portfolio": "US Secretary of State Jane Roe praised the accord at the White House.",
    "near-place": "Delegates adopted a global agreement on ocean plastic near Nairobi.",
    "name-particle": "Prime Minister Karim al-Haddad met President Lena von Aster in Vienna.",
    "ambassador-to": "Kenyan Ambassador to Norway Peter Mwangi praised the deal.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, ArticleResult]:
    articles = [Article(id=name, text=text) for name, text in TEXTS.items()]
    return {r.article.id: r for r in extract_articles(articles)}


def _entity(result: ArticleResult, key: str):  # type: ignore[no-untyped-def]
    found = [e for e in result.entities if e.key == key]
    assert found, f"no {key}; entities: {[e.key for e in result.entities]}"
    return found[0]


def _affiliations(result: ArticleResult, key: str) -> set[str]:
    return {
        r.object for r in result.relations if r.subject == key and r.predicate == "affiliated_with"
    }


@pytest.mark.parametrize(
    ("name", "key", "role", "country"),
    [
        ("adjective-title", "person/sergei-lavrov", "Foreign Minister", "country/RU"),
        ("possessive-title", "person/josep-borrell", "Foreign Minister", "country/ES"),
        ("of-title", "person/nikolai-nikiforov", "Minister of Communications", "country/RU"),
        ("appositive-title", "person/josep-borrell", "Foreign Minister", "country/ES"),
        ("title-then-name", "person/david-petraeus", "General", "country/US"),
    ],
)
def test_titles_give_role_and_affiliation(
    results: dict[str, ArticleResult], name: str, key: str, role: str, country: str
) -> None:
    result = results[name]
    person = _entity(result, key)
    assert person.type is EntityType.PERSON
    assert person.role == role
    assert _affiliations(result, key) == {country}


def test_where_a_commander_serves_is_not_his_country(results: dict[str, ArticleResult]) -> None:
    assert "country/IQ" not in _affiliations(results["title-then-name"], "person/david-petraeus")


def test_counterpart_gives_affiliation_without_role(results: dict[str, ArticleResult]) -> None:
    result = results["counterpart"]
    assert _affiliations(result, "person/josep-borrell") == {"country/ES"}
    assert _entity(result, "person/josep-borrell").role is None


def test_a_public_figure_is_affiliated_without_a_title(results: dict[str, ArticleResult]) -> None:
    result = results["public-figure"]
    assert _entity(result, "person/obama").type is EntityType.PERSON
    assert _affiliations(result, "person/obama") == {"country/US"}


def test_countries_the_model_missed_are_found(results: dict[str, ArticleResult]) -> None:
    assert _entity(results["missed-country"], "country/TG").type is EntityType.COUNTRY


@pytest.mark.parametrize(
    ("name", "key", "entity_type"),
    [
        ("joint-group", "agreement/joint-cybersecurity-group", EntityType.AGREEMENT),
        ("working-group", "agreement/working-group-on-cyber-security", EntityType.AGREEMENT),
        ("treaty", "agreement/border-treaty", EntityType.AGREEMENT),
        ("summit-in", "event/g20-summit", EntityType.EVENT),
        ("election", "event/2016-presidential-election", EntityType.EVENT),
        ("referendum", "event/2014-referendum", EntityType.EVENT),
        ("indictment", "event/indictment-of-13-russians", EntityType.EVENT),
        # A bare occasion is an event of its article (an article-scoped key).
        ("occasion", "event/occasion--talks", EntityType.EVENT),
        # A proper-noun possessor names an event.
        ("possessor-event", "event/bolivia-border-referendum", EntityType.EVENT),
        ("person-possessor-event", "event/smith-investigation", EntityType.EVENT),
        ("event-tagged-agreement", "agreement/paris-agreement", EntityType.AGREEMENT),
    ],
)
def test_agreements_and_events_are_nodes(
    results: dict[str, ArticleResult], name: str, key: str, entity_type: EntityType
) -> None:
    assert _entity(results[name], key).type is entity_type


def test_a_vague_agreement_is_no_node(results: dict[str, ArticleResult]) -> None:
    assert not [e for e in results["vague-agreement"].entities if e.type is EntityType.AGREEMENT]


def test_every_mention_points_into_the_text(results: dict[str, ArticleResult]) -> None:
    for name, result in results.items():
        for entity in result.entities:
            for mention in entity.mentions:
                assert TEXTS[name][mention.start : mention.end].startswith(mention.text)


def test_a_dash_ends_a_name_and_a_hyphen_joins_one(results: dict[str, ArticleResult]) -> None:
    people = {e.key: e.aliases for e in results["dash"].entities if e.type is EntityType.PERSON}
    assert people == {
        "person/vladimir-putin": ("Vladimir Putin",),
        "person/donald-trump": ("Donald Trump",),
    }
    assert "person/ban-ki-moon" in {e.key for e in results["hyphen"].entities}


@pytest.mark.parametrize(
    ("name", "key", "entity_type"),
    [
        ("conjoined-name", "person/denis-pushilin", EntityType.PERSON),
        ("title-after-and", "person/carwyn-jones", EntityType.PERSON),
        ("named-place", "place/ritz-hotel", EntityType.PLACE),
        ("named-place", "place/bellagio-hotel", EntityType.PLACE),
        ("title-organisation", "organization/plaid", EntityType.ORGANIZATION),
        ("party-adjective", "organization/democratic-party", EntityType.ORGANIZATION),
        ("legislature", "organization/iran-parliament", EntityType.ORGANIZATION),
        ("soviet", "country/SU", EntityType.COUNTRY),
        # "near Nairobi" is where it was adopted, not part of the agreement's name.
        ("near-place", "agreement/global-agreement-on-ocean-plastic", EntityType.AGREEMENT),
        ("near-place", "place/nairobi", EntityType.PLACE),
    ],
)
def test_repaired_spans(
    results: dict[str, ArticleResult], name: str, key: str, entity_type: EntityType
) -> None:
    """Rules of ``extract.mentions.name_repairs`` (and the Soviet Union row of the country
    table).
    """
    assert _entity(results[name], key).type is entity_type


def test_organisations_in_titles_and_legislatures_are_affiliations(
    results: dict[str, ArticleResult],
) -> None:
    assert _affiliations(results["title-organisation"], "person/adam-price") == {
        "organization/plaid"
    }
    assert _affiliations(results["legislature"], "organization/iran-parliament") == {"country/IR"}
    edges = {(r.subject, r.predicate, r.object) for r in results["party-adjective"].relations}
    assert any(e[0] == "organization/democratic-party" and e[1] == "criticized" for e in edges)


def test_a_portfolio_is_no_organisation_and_a_seat_building_is_a_place(
    results: dict[str, ArticleResult],
) -> None:
    keys = {e.key for e in results["portfolio"].entities}
    assert "organization/state" not in keys
    assert "place/white-house" in keys


def test_a_name_particle_stays_inside_the_name(results: dict[str, ArticleResult]) -> None:
    keys = {e.key for e in results["name-particle"].entities}
    assert {"person/karim-al-haddad", "person/lena-von-aster"} <= keys


def test_an_ambassador_belongs_to_the_sender_not_the_host(
    results: dict[str, ArticleResult],
) -> None:
    found = _affiliations(results["ambassador-to"], "person/peter-mwangi")
    assert "country/KE" in found and "country/NO" not in found
