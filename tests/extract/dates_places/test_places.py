"""The gazetteer (``extract.dates_places.places``) and the edges it gives
(``extract.dates_places.place_relations``).

Resolution is tested on names alone; the edges on sentences of our own, all extracted in one
batch through the real spaCy pipeline.
"""

from __future__ import annotations

from importlib import resources

import networkx as nx
import pycountry
import pytest
from evaluation.petrarch import node_countries

from extract.dates_places.places import fold, place_country
from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Zurich", "CH"),  # the table's name is "Zürich": accents are ignored
        ("ZÜRICH", "CH"),
        ("Hamburg", "DE"),
        ("Beirut", "LB"),
        ("Kiev", "UA"),  # an alternate name of Kyiv
        ("St. Petersburg", "RU"),  # "St." is "Saint", and Russia's city outweighs Florida's
        ("Geneva", "CH"),  # 200,000 against 22,000 in Illinois
        ("Ontario", "CA"),  # the province outweighs the Californian city
        ("Texas", "US"),
        ("Springfield", "US"),  # many places, one country
        ("Moscow", "RU"),  # a seat of government: data/countries.tsv decides
        ("the Kremlin", "RU"),
        ("Cologne", "DE"),  # a common word, but a city of a million
        ("Hong Kong", "HK"),  # a place named as a country is in it
        ("Bavaria", "DE"),  # English names of regions: data/regions.tsv ("Bayern" in cities.tsv)
        ("Catalonia", "ES"),
        ("Zealand", "DK"),  # an island
        ("Crimea", "UA"),  # as ISO 3166-2 lists it
        ("Donbass", "UA"),  # another spelling in the same row
        ("Java", "ID"),  # a listed name is no common word
        ("Wales", "GB"),
    ],
)
def test_names_that_resolve(name: str, country: str) -> None:
    assert place_country(name) == country


@pytest.mark.parametrize(
    "name",
    [
        "Valencia",  # 1.6 M in Venezuela, 0.8 M in Spain
        "Hyderabad",  # India or Pakistan
        "Victoria",  # an Australian state, a Canadian city, Hong Kong's old name
        "Punjab",  # a state of India and a province of Pakistan
        "Reading",  # a common word ("reading")
        "Nice",
        "Mobile",
        "Delta",  # a Nigerian state, but a common word
        "Warburg",  # a German town of 24,000: too small to trust alone
        "Obama",  # a Japanese town of 29,000
        "Asia",  # a continent is no town, whatever GeoNames lists
        "Middle East",
        "Independence Palace",
        "Russian",  # a demonym
    ],
)
def test_names_that_stay_open(name: str) -> None:
    assert place_country(name) is None


def test_a_qualifier_settles_an_ambiguous_name() -> None:
    assert place_country("Valencia", within="Spain") == "ES"
    assert place_country("Valencia, Venezuela") == "VE"
    assert place_country("Portland", within="Oregon") == "US"
    assert place_country("Reading, Pennsylvania") == "US"  # even a common word


def test_a_qualifier_naming_no_candidate_is_ignored() -> None:
    # "talks in Geneva, Russia said": Russia is the speaker, not where Geneva is.
    assert place_country("Geneva", within="Russia") == "CH"


def test_the_articles_countries_break_a_tie() -> None:
    assert place_country("Gaza") is None  # a Palestinian city and a Mozambican province
    assert place_country("Gaza", context={"PS", "IL"}) == "PS"
    assert place_country("Valencia", context={"ES", "FR"}) == "ES"
    assert place_country("Valencia", context={"ES", "VE"}) is None
    assert place_country("Reading", context={"GB"}) is None  # refused before any tie-break


def test_the_table_is_folded_and_coded() -> None:
    source = resources.files("extract").joinpath("data/cities.tsv")
    lines = source.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if not line.startswith(("#", "name\t"))]
    assert len(rows) > 30_000
    codes = {row[1] for row in rows}
    assert all(pycountry.countries.get(alpha_2=code) for code in codes - {"XK"})
    keys = [key for row in rows for key in row[4].split("|")]
    assert all(key == fold(key) for key in keys)
    assert {row[2] for row in rows} == {"city", "state", "region"}


def test_the_listed_regions_are_one_country_each_and_well_formed() -> None:
    source = resources.files("extract").joinpath("data/regions.tsv")
    lines = source.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith(("#", "name\t"))]
    assert len(rows) > 40 and all(len(row) == 3 for row in rows)
    assert all(pycountry.countries.get(alpha_2=row[1]) for row in rows)
    names = [fold(name) for row in rows for name in (row[0], *row[2].split("|")) if name]
    assert len(names) == len(set(names)), "a name listed twice would have two countries"


def test_a_place_stands_for_its_country_in_event_coding() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("person/barack-obama", type="Person", label="Barack Obama")
    graph.add_node("place/zurich", type="Place", label="Zurich")
    graph.add_node("country/CH", type="Country", label="Switzerland")
    graph.add_node("country/US", type="Country", label="United States")
    graph.add_edge("place/zurich", "country/CH", predicate="located_in")
    graph.add_edge("person/barack-obama", "country/US", predicate="affiliated_with")
    assert node_countries(graph, "place/zurich") == {"CHE"}
    assert node_countries(graph, "person/barack-obama") == {"USA"}


Edge = tuple[str, str, str, bool]
SENTENCES: list[tuple[str, str, tuple[Edge, ...], tuple[tuple[str, str, str], ...]]] = [
    (
        "meet-in-a-city",
        "Barack Obama and Vladimir Putin will meet in Zurich.",
        (
            ("person/barack-obama", "met_in", "place/zurich", False),
            ("person/vladimir-putin", "met_in", "place/zurich", False),
            ("place/zurich", "located_in", "country/CH", False),
        ),
        (),
    ),
    (
        "held-talks-in",
        "Lavrov held talks in Beirut on Tuesday.",
        (
            ("person/lavrov", "met_in", "place/beirut", False),
            ("place/beirut", "located_in", "country/LB", False),
        ),
        (),
    ),
    (
        "meeting-noun-with-place",
        "Macron held a meeting with Scholz in Berlin.",
        (("person/macron", "met_in", "place/berlin", False),),
        (),
    ),
    (
        "countries-negotiate-in",
        "Egypt and Ethiopia negotiated in Khartoum over the dam.",
        (
            ("country/EG", "met_in", "place/khartoum", False),
            ("country/ET", "met_in", "place/khartoum", False),
            ("place/khartoum", "located_in", "country/SD", False),
        ),
        (),
    ),
    (
        # Meeting at home, or with no country of one's own, is no act towards the place.
        "meeting-at-home-is-no-meeting-in",
        "Egyptian Foreign Minister Sameh Shoukry held talks in Cairo on Wednesday.",
        (("place/cairo", "located_in", "country/EG", False),),
        (("person/sameh-shoukry", "met_in", "place/cairo"),),
    ),
    (
        "a-body-of-no-country-meets-in-no-place",
        "European Community farm ministers met in Luxembourg on Monday.",
        (),
        (("organization/european-community", "met_in", "country/LU"),),
    ),
    (
        "did-not-meet-in-is-negated",
        "Angela Merkel did not meet Xi Jinping in Geneva.",
        (("person/angela-merkel", "met_in", "place/geneva", True),),
        (),
    ),
    (
        "visited-a-city",
        "Justin Trudeau visited Hamburg last week.",
        (
            ("person/justin-trudeau", "visited", "place/hamburg", False),
            ("place/hamburg", "located_in", "country/DE", False),
        ),
        (),
    ),
    (
        "arrived-in-a-capital",
        "Narendra Modi arrived in Kabul on Sunday.",
        (("person/narendra-modi", "visited", "country/AF", False),),
        (),
    ),
    (
        "event-place-gets-its-country",
        "The G20 summit in Hamburg ended.",
        (
            ("event/g20-summit", "held_in", "place/hamburg", False),
            ("place/hamburg", "located_in", "country/DE", False),
        ),
        (),
    ),
    (
        "a-seat-that-is-only-a-place",
        "The talks in Moscow ended without a deal.",
        (("place/moscow", "located_in", "country/RU", False),),
        (),
    ),
    (
        "an-acting-seat-is-no-place",
        "Erdogan visited Moscow.",
        (("person/erdogan", "visited", "country/RU", False),),
        (("place/moscow", "located_in", "country/RU"),),
    ),
    (
        "city-comma-state",
        "Protesters gathered in Portland, Oregon, on Sunday.",
        (("place/portland", "located_in", "country/US", False),),
        (),
    ),
    (
        "an-island-is-in-its-country",
        "Rebels fired rockets at Sicily on Monday.",
        (("place/sicily", "located_in", "country/IT", False),),
        (),
    ),
    (
        "common-word-town-is-not-resolved",
        "Officials from Japan met in Reading on Monday.",
        (),
        (("place/reading", "located_in", "country/GB"),),
    ),
    (
        "meeting-people-is-not-meeting-in-them",
        "The minister met reporters in Rome.",
        (("place/rome", "located_in", "country/IT", False),),
        (("person/minister", "met_in", "place/rome"),),
    ),
]


@pytest.fixture(scope="module")
def results() -> dict[str, ArticleResult]:
    """Every sentence extracted in one batch through the real pipeline."""
    articles = [Article(id=name, text=text) for name, text, _, _ in SENTENCES]
    return {result.article.id: result for result in extract_articles(articles)}


@pytest.mark.parametrize(
    ("name", "present", "absent"),
    [(name, present, absent) for name, _, present, absent in SENTENCES],
    ids=[name for name, *_ in SENTENCES],
)
def test_sentence(
    name: str,
    present: tuple[Edge, ...],
    absent: tuple[tuple[str, str, str], ...],
    results: dict[str, ArticleResult],
) -> None:
    result = results[name]
    edges = {(r.subject, r.predicate, r.object, r.negated) for r in result.relations}
    missing = [edge for edge in present if edge not in edges]
    assert not missing, f"missing {missing}; got {sorted(edges)}"
    unwanted = [edge for edge in absent if edge in {e[:3] for e in edges}]
    assert not unwanted, f"unexpected {unwanted}"


def test_the_country_of_a_place_is_a_node_of_the_article(
    results: dict[str, ArticleResult],
) -> None:
    entities = {e.key: e for e in results["meet-in-a-city"].entities}
    assert entities["country/CH"].label == "Switzerland"
    assert entities["country/CH"].mentions == ()  # the text does not name it


def test_a_meeting_that_did_not_happen_is_coded_as_a_refusal(
    results: dict[str, ArticleResult],
) -> None:
    codes = {
        (r.subject, r.predicate): r.cameo
        for name in ("did-not-meet-in-is-negated", "meet-in-a-city")
        for r in results[name].relations
    }
    assert codes[("person/angela-merkel", "met_in")] == "125"
    assert codes[("person/barack-obama", "met_in")] == "040"
