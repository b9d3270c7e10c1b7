"""The notebook API: strings/DataFrames to articles and graphs, SPARQL to DataFrames, the
inline view, exports; and the analysis tables the analysis notebook draws."""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
import pandas as pd
import pyoxigraph as ox
import pytest

from extract.errors import InputError
from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph import api
from graph.explore import analysis
from graph.export.rdf import to_rdf, write_turtle
from graph.merge.build import build_graph
from graph.store.query import QueryError
from graph.store.sparql_frame import binding_term, compact_iri

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "articles"
LAVROV_TEXT = "Russian Foreign Minister Sergei Lavrov proposed a ceasefire on Monday."


def _relation(subject: str, predicate: str, obj: str, cameo: str, article: str, **kw) -> Relation:
    evidence = Evidence(article, f"{subject} {predicate} {obj}.", 0, 10, kw.pop("date", None))
    return Relation(subject, predicate, obj, cameo, kw.pop("negated", False), evidence)


def toy_graph() -> nx.MultiDiGraph:
    """Lavrov (Russia) threatens Ukraine twice, meets the US once; Ukraine does not agree."""
    people = [
        Entity("person/sergei-lavrov", "Sergei Lavrov", EntityType.PERSON),
        Entity("country/RU", "Russia", EntityType.COUNTRY),
        Entity("country/UA", "Ukraine", EntityType.COUNTRY),
        Entity("country/US", "United States", EntityType.COUNTRY),
        Entity("agreement/ceasefire", "ceasefire", EntityType.AGREEMENT),
    ]
    first = [
        _relation("person/sergei-lavrov", "affiliated_with", "country/RU", "", "a1"),
        _relation("person/sergei-lavrov", "threatened", "country/UA", "130", "a1", date="2024-03"),
        _relation("person/sergei-lavrov", "met", "country/US", "040", "a1", date="2024-03-01"),
        _relation("country/UA", "agreed", "agreement/ceasefire", "030", "a1", negated=True),
    ]
    second = [_relation("country/RU", "threatened", "country/UA", "130", "a2", date="2024-04-02")]
    return build_graph(
        [
            ArticleResult(Article("a1", "...", date="2024-03-01"), tuple(people), tuple(first)),
            ArticleResult(
                Article("a2", "...", date="2024-04-02"), tuple(people[1:3]), tuple(second)
            ),
        ]
    )


# --------------------------------------------------------------------------- articles


def test_articles_from_strings_get_stable_content_ids() -> None:
    first = api.articles_from_texts(["Russia proposed talks.", "Ukraine refused."])
    again = api.articles_from_texts(["Ukraine refused."])
    assert [a.text for a in first] == ["Russia proposed talks.", "Ukraine refused."]
    assert first[1].id == again[0].id and first[0].id != first[1].id
    assert all(re.fullmatch(r"text-[0-9a-f]{12}", a.id) for a in first)


def test_articles_from_dataframe_keep_metadata_and_ignore_missing_cells() -> None:
    frame = pd.DataFrame(
        {
            "id": ["w1", "w2"],
            "text": ["Kim met Trump.", "Trump praised Kim."],
            "date": ["2018-06-12", None],
            "outlet": ["Reuters", float("nan")],
            "unrelated": [1, 2],
        }
    )
    first, second = api.articles_from_texts(frame)
    assert (first.id, first.date, first.outlet) == ("w1", "2018-06-12", "Reuters")
    assert (second.id, second.date, second.outlet) == ("w2", None, None)


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        (pd.DataFrame({"body": ["x"]}), "no 'text' column"),
        (["fine", ""], "text #1: text is empty"),
        (["fine", 3], "text #1: text must be a string"),
        (pd.DataFrame({"id": ["a", "a"], "text": ["x", "y"]}), "duplicate article id 'a'"),
    ],
)
def test_bad_texts_raise_one_clear_error(texts: object, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        api.articles_from_texts(texts)  # type: ignore[arg-type]


def test_a_single_string_is_refused_rather_than_split_into_characters() -> None:
    with pytest.raises(TypeError, match="list of strings"):
        api.articles_from_texts("Russia proposed talks.")  # type: ignore[arg-type]


def test_clean_option_runs_the_ingest_cleaning() -> None:
    [article] = api.articles_from_texts(
        ["Talks end\nNovember 07, 2018\n\nThe talks ended."], clean=True
    )
    assert (article.title, article.date, article.text) == (
        "Talks end",
        "2018-11-07",
        "The talks ended.",
    )


# --------------------------------------------------------------------------- build


def test_three_lines_from_strings_to_graph() -> None:
    graph = api.build([LAVROV_TEXT])
    assert graph.nodes["person/sergei-lavrov"]["type"] == "Person"
    assert graph.has_edge("person/sergei-lavrov", "country/RU", "affiliated_with")
    [article_id] = graph.graph["articles"]
    assert article_id.startswith("text-")


def test_build_mixes_paths_texts_and_dataframes_like_the_cli() -> None:
    path = EXAMPLES / "05_singapore_summit.txt"
    mixed = api.build([path, LAVROV_TEXT])
    assert "05_singapore_summit" in mixed.graph["articles"]
    assert "person/sergei-lavrov" in mixed
    from_string_path = api.build(str(path))
    assert sorted(from_string_path.edges(keys=True)) == sorted(api.build([path]).edges(keys=True))
    from_frame = api.build(pd.DataFrame({"id": ["lavrov"], "text": [LAVROV_TEXT]}))
    assert list(from_frame.graph["articles"]) == ["lavrov"]


def test_build_reports_a_missing_path_by_name() -> None:
    with pytest.raises(InputError, match="no-such-folder"):
        api.build(["no-such-folder"])


def test_extract_returns_one_result_per_article() -> None:
    results = api.extract(["Russia and Spain signed a joint treaty.", LAVROV_TEXT])
    assert len(results) == 2
    signed = {(r.subject, r.predicate, r.object) for r in results[0].relations}
    assert ("country/RU", "signed", "agreement/joint-treaty") in signed


# --------------------------------------------------------------------------- query


SIGNED_NAMES = (
    "SELECT ?name WHERE { ?who ng:threatened ?c . ?who schema:name ?name } ORDER BY ?name"
)


def test_query_graph_to_dataframe_with_python_values() -> None:
    graph = toy_graph()
    frame = api.query(graph, SIGNED_NAMES)
    assert list(frame.columns) == ["name"]
    assert frame["name"].tolist() == ["Russia", "Sergei Lavrov"]
    dates = api.query(graph, "SELECT ?d WHERE { ?s a ng:Statement ; dcterms:date ?d }")
    assert {type(value).__name__ for value in dates["d"]} >= {"date"}


def test_query_bindings_turn_keys_into_iris_and_strings_into_literals() -> None:
    graph = toy_graph()
    acted = api.query(
        graph, "SELECT ?actor ?target WHERE { ?actor ng:threatened ?target }", actor="country/RU"
    )
    assert acted.to_dict("records") == [
        {
            "actor": "https://newsgraph.dev/id/country/RU",
            "target": "https://newsgraph.dev/id/country/UA",
        }
    ]
    named = api.query(graph, "SELECT ?name ?c WHERE { ?c schema:name ?name }", name="Ukraine")
    assert named["c"].tolist() == ["https://newsgraph.dev/id/country/UA"]
    assert binding_term("https://example.org/x").n3() == "<https://example.org/x>"


def test_query_compact_ask_and_construct_shapes() -> None:
    graph = toy_graph()
    compact = api.query(graph, "SELECT ?c WHERE { ?c ng:threatened country:UA }", compact=True)
    assert sorted(compact["c"]) == ["country:RU", "person:sergei-lavrov"]
    assert api.query(graph, "ASK { country:RU ng:threatened country:UA }")["ask"].tolist() == [True]
    triples = api.query(graph, "CONSTRUCT { ?s ng:threatened ?o } WHERE { ?s ng:threatened ?o }")
    assert list(triples.columns) == ["subject", "predicate", "object"] and len(triples) == 2
    assert compact_iri("https://newsgraph.dev/ontology#met") == "ng:met"


def test_query_reads_rdflib_graphs_stores_and_files_alike(tmp_path: Path) -> None:
    graph = toy_graph()
    expected = api.query(graph, SIGNED_NAMES)
    store = ox.Store()
    store.load(
        to_rdf(graph).serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES
    )
    turtle = tmp_path / "graph.ttl"
    write_turtle(graph, turtle)
    for source in (to_rdf(graph), store, turtle, str(turtle)):
        pd.testing.assert_frame_equal(api.query(source, SIGNED_NAMES), expected)


def test_query_errors_are_clear() -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        api.query(toy_graph(), "SELECT WHERE {")
    with pytest.raises(TypeError, match="cannot query a dict"):
        api.query({}, "ASK {}")


# --------------------------------------------------------------------------- view and export


def test_show_embeds_the_escaped_page_in_a_sandboxed_iframe() -> None:
    graph = toy_graph()
    graph.nodes["country/UA"]["label"] = 'Ukraine"><script>alert(1)</script>'
    view = api.show(graph, title="Toy")
    markup = view._repr_html_()
    match = re.fullmatch(
        r'<iframe srcdoc="([^"]*)" style="[^"]*" sandbox="allow-scripts" [^>]*></iframe>', markup
    )
    assert match, markup[:200]
    assert "<script>alert" not in markup
    assert html.unescape(match.group(1)) == view.html
    assert view.html.startswith("<!DOCTYPE html>") and "<title>Toy</title>" in view.html


def test_show_around_keeps_one_neighbourhood(tmp_path: Path) -> None:
    graph = toy_graph()
    near = api.neighbourhood(graph, "country/US", radius=1)
    assert sorted(near) == ["country/US", "person/sergei-lavrov"]
    assert near.graph["articles"] == graph.graph["articles"]
    view = api.show(graph, around="country/US")
    assert "United States" in view.html and "Ukraine" not in view.html
    saved = view.save(tmp_path / "view.html")
    assert saved.read_text(encoding="utf-8") == view.html
    with pytest.raises(KeyError, match="country/XX"):
        api.show(graph, around="country/XX")


def test_export_writes_requested_formats_and_load_round_trips(tmp_path: Path) -> None:
    graph = toy_graph()
    written = api.export(graph, tmp_path, "json, ttl")
    assert sorted(written) == ["json", "ttl"]
    again = api.load(written["json"])
    assert sorted(again.edges(keys=True)) == sorted(graph.edges(keys=True))
    with pytest.raises(ValueError, match="unknown format"):
        api.export(graph, tmp_path / "nothing", ["json", "pdf"])
    assert not (tmp_path / "nothing").exists()


# --------------------------------------------------------------------------- analysis


def test_cameo_mapping_splits_cooperation_and_conflict_at_family_09() -> None:
    assert [analysis.stance(code) for code in ("010", "080", "090", "120", "204", "")] == [
        "cooperation",
        "cooperation",
        "conflict",
        "conflict",
        "conflict",
        None,
    ]
    assert len(analysis.CAMEO_FAMILIES) == 20


def test_persons_act_for_their_best_supported_country() -> None:
    graph = toy_graph()
    graph.add_node("country/BY", label="Belarus", type="Country")
    graph.add_edge(
        "person/sergei-lavrov",
        "country/BY",
        key="affiliated_with",
        predicate="affiliated_with",
        cameo="",
        evidence=[],
        articles=[],
    )
    assert analysis.country_of(graph)["person/sergei-lavrov"] == "country/RU"


def test_cooperation_conflict_matrix_counts_sentences_between_countries() -> None:
    graph = toy_graph()
    relations = analysis.country_relations(graph).set_index(["actor", "target"])
    # Lavrov's threat (a1) and Russia's own (a2) both count for Russia; the negated
    # "Ukraine did not agree" is not an event and the ceasefire is no country.
    assert relations.loc[("country/RU", "country/UA"), ["cooperation", "conflict"]].tolist() == [
        0,
        2,
    ]
    assert relations.loc[("country/RU", "country/US"), ["cooperation", "conflict"]].tolist() == [
        1,
        0,
    ]
    matrix = analysis.cooperation_conflict_matrix(graph)
    assert matrix.loc["Russia", "Ukraine"] == -2 and matrix.loc["Russia", "United States"] == 1
    assert matrix.loc["Ukraine", "Russia"] == 0
    assert list(matrix.index) == list(matrix.columns)


def test_timeline_centrality_and_families() -> None:
    graph = toy_graph()
    timeline = analysis.actor_timeline(graph, "country/UA")
    assert timeline[["role", "predicate"]].values.tolist() == [
        ["received", "threatened"],
        ["received", "threatened"],
        ["did", "not agreed"],
    ]
    centrality = analysis.actor_centrality(graph).set_index("key")
    assert centrality.loc["person/sergei-lavrov", "acts"] == 2
    assert centrality.loc["country/UA", "acted_on"] == 2
    assert "agreement/ceasefire" not in centrality.index
    families = analysis.relations_by_family(graph).set_index("family")
    assert families.loc["13", ["edges", "reports", "stance"]].tolist() == [2, 2, "conflict"]
    assert families.loc["03", ["edges", "negated"]].tolist() == [0, 1]
