"""GraphML export: list/dict attributes survive as JSON strings and decode back."""

from __future__ import annotations

import copy
from pathlib import Path

import networkx as nx

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.export.graphml import JSON_MARKER, read_graphml, write_graphml
from graph.merge.build import build_graph


def sample_graph() -> nx.MultiDiGraph:
    lavrov = Entity(
        "person/sergei-lavrov", "Sergei Lavrov", EntityType.PERSON, ("Lavrov",), (), "FM"
    )
    ua = Entity("country/UA", "Ukraine", EntityType.COUNTRY)
    text = 'Lavrov accused Ukraine. He did not "meet" <Ukraine> & co ✓.'
    relations = (
        Relation(
            lavrov.key,
            "accused",
            ua.key,
            "112",
            False,
            Evidence("a1", text, 0, 23, "2024-01-02", "accuse"),
        ),
        Relation(lavrov.key, "met", ua.key, "04", True, Evidence("a1", text, 24, 59)),
        Relation(
            ua.key, "criticized", lavrov.key, "111", False, Evidence("a2", "Kyiv hit back.", 0, 14)
        ),
    )
    return build_graph(
        [
            ArticleResult(Article("a1", text, "T <1>", "2024-01-02"), (lavrov, ua), relations[:2]),
            ArticleResult(
                Article("a2", "Kyiv hit back.", outlet="AP"), (lavrov, ua), relations[2:]
            ),
        ]
    )


def assert_same(left: nx.MultiDiGraph, right: nx.MultiDiGraph) -> None:
    assert isinstance(right, nx.MultiDiGraph)
    assert nx.utils.graphs_equal(left, right)
    assert left.graph == right.graph
    assert dict(left.nodes(data=True)) == dict(right.nodes(data=True))
    assert sorted(left.edges(keys=True, data=True)) == sorted(right.edges(keys=True, data=True))


def test_round_trip_to_an_equal_graph(tmp_path: Path) -> None:
    graph = sample_graph()
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    back = read_graphml(path)
    assert_same(graph, back)
    assert isinstance(
        back.edges["person/sergei-lavrov", "country/UA", "met|negated"]["negated"], bool
    )


def test_file_is_plain_graphml_other_tools_can_read(tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(sample_graph(), path)
    plain = nx.read_graphml(path, force_multigraph=True)
    assert plain.nodes["person/sergei-lavrov"]["label"] == "Sergei Lavrov"
    assert plain.nodes["person/sergei-lavrov"]["aliases"] == '["Lavrov", "Sergei Lavrov"]'
    assert JSON_MARKER in plain.graph


def test_empty_graph_round_trips(tmp_path: Path) -> None:
    graph = build_graph([])
    path = tmp_path / "empty.graphml"
    write_graphml(graph, path)
    assert_same(graph, read_graphml(path))


def test_writing_does_not_modify_the_graph(tmp_path: Path) -> None:
    graph = sample_graph()
    before = copy.deepcopy(graph)
    write_graphml(graph, tmp_path / "g.graphml")
    assert graph.nodes["country/UA"]["aliases"] == ["Ukraine"]
    assert_same(before, graph)
