"""Cross-article resolution: which keys become one node, which never do, and why."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from extract.mentions.keys import entity_key
from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.export.graphml import from_graphml_graph, to_graphml_graph
from graph.export.json import from_json, to_json
from graph.merge.build import build_graph
from graph.merge.people import parse_person_name
from graph.merge.resolve import resolve_entities, resolve_keys

PER, ORG, EVT, AGR = (
    EntityType.PERSON,
    EntityType.ORGANIZATION,
    EntityType.EVENT,
    EntityType.AGREEMENT,
)


def _entity(kind: EntityType, label: str, *aliases: str) -> Entity:
    return Entity(entity_key(kind, label), label, kind, (label, *aliases))


def _entities(kind: EntityType, *labels: str) -> list[Entity]:
    return [_entity(kind, label) for label in labels]


def _key(kind: EntityType, label: str) -> str:
    return entity_key(kind, label)


def _final(entities: list[Entity], kind: EntityType, label: str) -> str:
    """The node key an entity labelled ``label`` ends up on."""
    key = _key(kind, label)
    return resolve_keys(entities).get(key, key)


def _assert_order_independent(entities: list[Entity]) -> dict[str, str]:
    expected = resolve_entities(entities)
    rng = random.Random(4)
    for _ in range(12):
        shuffled = entities[:]
        rng.shuffle(shuffled)
        assert resolve_entities(shuffled) == expected
    return expected.mapping


# --- people ---------------------------------------------------------------------------------


def test_bare_surname_joins_the_only_full_name_with_it() -> None:
    people = _entities(PER, "Trump", "Donald Trump")
    assert resolve_keys(people) == {"person/trump": "person/donald-trump"}


def test_bare_surname_with_two_candidates_stays_and_first_names_never_merge() -> None:
    people = _entities(PER, "Trump", "Donald Trump", "Melania Trump", "Donald J. Trump")
    mapping = _assert_order_independent(people)
    assert mapping == {"person/donald-j-trump": "person/donald-trump"}
    assert "person/trump" not in mapping
    assert "person/melania-trump" not in mapping


def test_case_middle_names_initials_and_titles_of_one_person() -> None:
    people = [
        *_entities(PER, "Sergei Lavrov", "Sergei Viktorovich Lavrov", "S. Lavrov", "Lavrov"),
        *_entities(PER, "Foreign Minister Lavrov", "Lavrov's"),
        Entity("person/sergei-lavrov", "SERGEI LAVROV", PER, ("SERGEI LAVROV",)),
    ]
    mapping = _assert_order_independent(people)
    merged = {key for key, target in mapping.items() if target == "person/sergei-lavrov"}
    assert merged == {
        "person/sergei-viktorovich-lavrov",
        "person/s-lavrov",
        "person/lavrov",
        "person/foreign-minister-lavrov",
    }  # "Lavrov's" already keys as person/lavrov (slugs drop the possessive)


def test_nickname_in_parentheses_suffix_and_middle_initial() -> None:
    people = _entities(
        PER,
        "Robert (Bob) Mueller",
        "Robert S. Mueller III",
        "Bob Mueller",
        "Robert Mueller",
        "Mueller",
    )
    mapping = _assert_order_independent(people)
    assert {key: mapping.get(key, key) for key in (e.key for e in people)} == {
        e.key: "person/robert-mueller" for e in people
    }
    reasons = {m.source: m.rule for m in resolve_entities(people).merges}
    assert reasons["person/mueller"] == "person-surname"
    assert reasons["person/bob-mueller"] == "person-nickname"
    assert reasons["person/robert-s-mueller-iii"] == "person-name-variant"


def test_nickname_learned_from_an_article_not_from_the_table() -> None:
    people = _entities(PER, "Robert (Beto) O'Rourke", "Beto O'Rourke", "Robert O'Rourke")
    targets = set(_assert_order_independent(people).values())
    assert targets == {"person/robert-o-rourke"}


def test_without_the_parenthesised_nickname_unknown_nicknames_stay_apart() -> None:
    people = _entities(PER, "Beto O'Rourke", "Robert O'Rourke")
    assert resolve_keys(people) == {}


def test_middle_initials_that_conflict_keep_father_and_son_apart() -> None:
    people = _entities(PER, "George W. Bush", "George H. W. Bush", "George Bush", "G. W. Bush")
    mapping = _assert_order_independent(people)
    assert mapping == {"person/g-w-bush": "person/george-w-bush"}


def test_generational_suffixes_that_differ_never_merge() -> None:
    people = _entities(PER, "George Bush Sr.", "George Bush Jr.")
    assert resolve_keys(people) == {}


def test_an_initial_shared_by_two_first_names_is_ambiguous() -> None:
    people = _entities(PER, "J. Smith", "John Smith", "Jane Smith")
    assert resolve_keys(people) == {}


def test_family_name_first_for_east_asian_names() -> None:
    people = _entities(PER, "Kim", "Kim Jong Un", "Xi", "President Xi", "Xi Jinping")
    assert _assert_order_independent(people) == {
        "person/kim": "person/kim-jong-un",
        "person/xi": "person/xi-jinping",
        "person/president-xi": "person/xi-jinping",
    }
    with_sister = [*people, _entity(PER, "Kim Yo Jong")]
    mapping = resolve_keys(with_sister)
    assert "person/kim" not in mapping
    assert "person/kim-yo-jong" not in mapping


def test_surname_particles_stay_with_the_surname() -> None:
    people = _entities(PER, "Ursula von der Leyen", "von der Leyen")
    assert resolve_keys(people) == {"person/von-der-leyen": "person/ursula-von-der-leyen"}


def test_president_in_the_name_is_a_title_not_a_first_name() -> None:
    parsed = parse_person_name("person/president-trump", "President Trump")
    assert parsed is not None and parsed.surname == "trump" and parsed.given == ""
    people = _entities(PER, "President Trump", "Donald Trump")
    assert resolve_keys(people) == {"person/president-trump": "person/donald-trump"}


@pytest.mark.parametrize(
    ("with_title", "name"),
    [
        ("Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov"),
        ("Spain's foreign minister Josep Borrell", "Josep Borrell"),
        ("Secretary of State Mike Pompeo", "Mike Pompeo"),
        ("Senate Democratic Leader Chuck Schumer", "Chuck Schumer"),
        ("Mr. Putin", "Vladimir Putin"),
    ],
)
def test_titles_and_their_qualifiers_inside_a_name(with_title: str, name: str) -> None:
    people = _entities(PER, with_title, name)
    [merge] = resolve_entities(people).merges
    assert (merge.source, merge.target) == (_key(PER, with_title), _key(PER, name))


def test_a_surname_that_is_also_a_title_word_is_kept() -> None:
    parsed = parse_person_name("person/mark-judge", "Mark Judge")
    assert parsed is not None and (parsed.given, parsed.surname) == ("mark", "judge")
    assert resolve_keys(_entities(PER, "Mark Judge", "Judge Mark Judge", "Judge")) == {
        "person/judge": "person/mark-judge",
        "person/judge-mark-judge": "person/mark-judge",
    }


def test_text_after_a_dash_is_not_part_of_the_name() -> None:
    people = _entities(PER, "Donald Trump - agreed", "Donald Trump")
    [merge] = resolve_entities(people).merges
    assert (merge.target, merge.rule) == ("person/donald-trump", "person-spelling")


def test_names_that_are_all_title_are_left_alone() -> None:
    assert parse_person_name("person/president", "President") is not None  # one word is a name
    assert resolve_keys(_entities(PER, "President", "Donald Trump")) == {}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Donald Trump", "Melania Trump"),
        ("Bill Clinton", "Hillary Clinton"),
        ("Sergei Lavrov", "Vladimir Lavrov"),
        ("Ed Miliband", "David Miliband"),
    ],
)
def test_people_with_different_first_names_never_merge(first: str, second: str) -> None:
    surname = first.split()[-1]
    people = _entities(PER, first, second, surname, f"Mr. {surname}")
    mapping = resolve_keys(people)
    assert mapping.get(_key(PER, first), _key(PER, first)) != mapping.get(
        _key(PER, second), _key(PER, second)
    )


# --- organisations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("DHS", "Department of Homeland Security"),
        ("IRA", "Internet Research Agency"),
        ("DNC", "Democratic National Committee"),
        ("the AP", "Associated Press"),
        ("U.N.", "United Nations"),
        ("OSCE", "Organization for Security and Co-operation in Europe"),
    ],
)
def test_acronym_joins_its_only_long_form(short: str, long: str) -> None:
    organisations = _entities(ORG, short, long, "Senate")
    assert _final(organisations, ORG, short) == _key(ORG, long)


def test_acronym_with_two_possible_long_forms_stays_alone() -> None:
    organisations = _entities(ORG, "IRA", "Internet Research Agency", "Irish Republican Army")
    assert resolve_keys(organisations) == {}


def test_an_alias_given_in_an_article_beats_ambiguous_initials() -> None:
    organisations = [
        _entity(ORG, "European Union", "EU"),
        _entity(ORG, "Energy Union"),
        _entity(ORG, "EU"),
    ]
    merges = resolve_entities(organisations).merges
    assert [(m.source, m.target, m.rule) for m in merges] == [
        ("organization/eu", "organization/european-union", "acronym-alias")
    ]


def test_organisation_name_variants_with_and_without_the() -> None:
    organisations = _entities(
        ORG, "The Associated Press", "Associated Press", "the U.S. Senate", "US Senate"
    )
    assert _assert_order_independent(organisations) == {
        "organization/the-associated-press": "organization/associated-press",
        "organization/the-u-s-senate": "organization/us-senate",
    }


def test_chained_merges_end_on_one_key() -> None:
    organisations = _entities(ORG, "the AP", "AP", "The Associated Press", "Associated Press")
    mapping = _assert_order_independent(organisations)
    assert set(mapping.values()) == {"organization/associated-press"}
    assert len(mapping) == 3


# --- events and agreements -----------------------------------------------------------------


def test_same_election_in_four_wordings_but_not_another_year() -> None:
    events = _entities(
        EVT,
        "2016 election",
        "2016 presidential election",
        "2016 U.S. elections",
        "2016 race",
        "2016 presidential election campaign",
        "2020 election",
    )
    mapping = _assert_order_independent(events)
    assert {k for k, v in mapping.items() if v == "event/2016-presidential-election"} == {
        "event/2016-election",
        "event/2016-u-s-elections",
        "event/2016-race",
        "event/2016-presidential-election-campaign",
    }
    assert "event/2020-election" not in mapping


def test_elections_of_two_countries_keep_a_bare_year_election_apart() -> None:
    events = _entities(EVT, "2016 election", "2016 U.S. election", "2016 French election")
    assert resolve_keys(events) == {}


def test_conflicting_kinds_of_election_never_merge() -> None:
    events = _entities(EVT, "2017 presidential election", "2017 parliamentary election")
    assert resolve_keys(events) == {}


def test_arms_race_is_not_an_election() -> None:
    events = _entities(EVT, "2016 race", "2016 arms race", "2016 election")
    assert resolve_keys(events) == {"event/2016-race": "event/2016-election"}


def test_interference_in_the_same_election_but_not_a_yearless_one() -> None:
    events = _entities(
        EVT,
        "interference in 2016 presidential election campaign",
        "interference in 2016 U.S. elections",
        "Russian interference",
    )
    mapping = resolve_keys(events)
    assert len(set(mapping.values())) == 1 and len(mapping) == 1
    assert "event/russian-interference" not in mapping


def test_yearless_names_merge_only_as_spelling_variants() -> None:
    events = _entities(EVT, "the Paris Agreement", "Paris Agreement", "summit", "G20 summit")
    assert resolve_keys(events) == {"event/the-paris-agreement": "event/paris-agreement"}
    agreements = _entities(AGR, "peace talks", "peace talk")
    assert resolve_keys(agreements) == {"agreement/peace-talks": "agreement/peace-talk"}


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("JCPOA", "Joint Comprehensive Plan of Action"),
        ("INF Treaty", "Intermediate-Range Nuclear Forces Treaty"),
    ],
)
def test_agreement_acronyms(short: str, long: str) -> None:
    agreements = _entities(AGR, short, long)
    assert resolve_keys(agreements) == {_key(AGR, short): _key(AGR, long)}


def test_a_proper_name_with_and_without_its_year() -> None:
    agreements = _entities(
        AGR, "1991 Strategic Arms Reduction Treaty", "Strategic Arms Reduction Treaty"
    )
    [merge] = resolve_entities(agreements).merges
    assert (merge.source, merge.target, merge.rule) == (
        "agreement/1991-strategic-arms-reduction-treaty",
        "agreement/strategic-arms-reduction-treaty",
        "named-year-variant",
    )


def test_a_proper_name_given_two_years_keeps_the_yearless_one_apart() -> None:
    agreements = _entities(AGR, "2014 Minsk Agreement", "2015 Minsk Agreement", "Minsk Agreement")
    assert resolve_keys(agreements) == {}


def test_lower_case_descriptions_do_not_count_as_proper_names() -> None:
    events = _entities(EVT, "2018 summit meeting", "summit meeting")
    assert resolve_keys(events) == {}


def test_events_and_agreements_of_the_same_name_stay_apart() -> None:
    entities = [_entity(EVT, "2015 Paris Agreement"), _entity(AGR, "2015 Paris Agreement")]
    assert resolve_keys(entities) == {}


def test_countries_and_places_are_never_touched() -> None:
    entities = [Entity("country/US", "US", EntityType.COUNTRY), _entity(EntityType.PLACE, "US")]
    assert resolve_keys(entities) == {}


# --- on the graph ---------------------------------------------------------------------------


def _article(article_id: str, *entities: Entity) -> ArticleResult:
    first, second = entities[0].key, entities[1].key
    evidence = Evidence(article_id, "One sentence.", 0, 13, "2018-11-07", "met")
    relation = Relation(first, "met", second, "040", False, evidence)
    return ArticleResult(Article(article_id, "text", f"Title {article_id}"), entities, (relation,))


def _graph() -> nx.MultiDiGraph:
    return build_graph(
        [
            _article(
                "a1", _entity(PER, "Donald Trump"), _entity(ORG, "Department of Homeland Security")
            ),
            _article("a2", _entity(PER, "President Trump"), _entity(ORG, "DHS")),
        ]
    )


def test_graph_nodes_carry_merge_reasons_and_edges_follow_the_merge() -> None:
    graph = _graph()
    assert sorted(graph.nodes) == [
        "organization/department-of-homeland-security",
        "person/donald-trump",
    ]
    trump = graph.nodes["person/donald-trump"]
    assert trump["merged_from"] == ["person/donald-trump", "person/president-trump"]
    assert trump["articles"] == ["a1", "a2"]
    [reason] = trump["merge_reasons"]
    assert reason.startswith("person/president-trump → person/donald-trump: [person-surname]")
    assert "title 'president'" in reason
    edge = graph.edges["person/donald-trump", "organization/department-of-homeland-security", "met"]
    assert edge["articles"] == ["a1", "a2"]


def test_a_merged_node_keeps_the_label_of_the_key_kept() -> None:
    graph = build_graph(
        [
            _article("a1", _entity(PER, "Donald Trump"), _entity(ORG, "Congress")),
            _article("a2", _entity(PER, "Donald J. Trump"), _entity(ORG, "Congress")),
        ]
    )
    trump = graph.nodes["person/donald-trump"]
    assert trump["label"] == "Donald Trump"
    assert trump["aliases"] == ["Donald J. Trump", "Donald Trump"]


def test_merge_reasons_survive_json_and_graphml_round_trips() -> None:
    graph = _graph()
    assert nx.utils.graphs_equal(from_json(to_json(graph)), graph)
    back = from_graphml_graph(to_graphml_graph(graph))
    for node, data in graph.nodes(data=True):
        assert back.nodes[node]["merge_reasons"] == data["merge_reasons"]


def _all_pairs(names: list, learned: frozenset) -> object:
    return ((i, j) for i in range(len(names)) for j in range(i + 1, len(names)))


@pytest.mark.parametrize("seed", range(6))
def test_candidate_pairs_find_every_merge_all_pairs_find(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Blocking by given name changes the cost of a surname bucket, never its merges."""
    import graph.merge.people as people
    from graph.merge.clusters import KeyNames

    rng = random.Random(seed)
    givens = ["Robert", "Bob", "R.", "Rob", "Donald", "D.", "Don", "Melania", "M.", "Ted", "Edward"]
    forms = [
        "{g} Smith",
        "Smith",
        "{g} J. Smith",
        "{g} Smith Jr.",
        "Robert ({n}) Smith",
        "President Smith",
        "{g} K. Smith",
    ]
    labels = {
        rng.choice(forms).format(g=rng.choice(givens), n=rng.choice(["Bobby", "Ted", "Robin"]))
        for _ in range(rng.randint(3, 14))
    }
    names = [
        KeyNames(f"person/{n}", EntityType.PERSON, frozenset({label}), frozenset())
        for n, label in enumerate(sorted(labels))
    ]
    blocked = people.resolve_people(names)
    monkeypatch.setattr(people, "_candidate_pairs", _all_pairs)
    assert blocked == people.resolve_people(names)
