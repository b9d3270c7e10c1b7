"""Node-link JSON export round-trips to an equal graph."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.export.json import from_json, read_json, to_json, write_json
from graph.merge.build import build_graph, merge_graphs


def sample_graph() -> nx.MultiDiGraph:
    """Parallel edges (asserted and negated) between the same pair, unicode and hostile text."""
    lavrov = Entity("person/sergei-lavrov", "Sergei Lavrov", EntityType.PERSON, ("Lavrov",))
    deal = Entity("agreement/deal", 'The "Łódź" <deal>', EntityType.AGREEMENT)
    text = "Lavrov signed the deal. Lavrov did not sign the deal </script>."
    relations = (
        Relation(lavrov.key, "signed", deal.key, "057", False, Evidence("a1", text, 0, 23)),
        Relation(
            lavrov.key, "signed", deal.key, "057", True, Evidence("a1", text, 24, 60), "alleged"
        ),
    )
    article = Article("a1", text, "Title ✓", "2024-01-02", "https://ex.com", "Outlet")
    return build_graph([ArticleResult(article, (lavrov, deal), relations)])


def assert_same(left: nx.MultiDiGraph, right: nx.MultiDiGraph) -> None:
    assert isinstance(right, nx.MultiDiGraph)
    assert nx.utils.graphs_equal(left, right)
    assert left.graph == right.graph
    assert list(left.nodes(data=True)) == list(right.nodes(data=True))
    assert list(left.edges(keys=True, data=True)) == list(right.edges(keys=True, data=True))


def test_round_trip_through_a_file(tmp_path: Path) -> None:
    graph = sample_graph()
    path = tmp_path / "graph.json"
    write_json(graph, path)
    assert_same(graph, read_json(path))


def test_file_is_node_link_with_explicit_edges_key(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    write_json(sample_graph(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"nodes", "edges", "graph", "directed", "multigraph"} <= data.keys()
    assert "links" not in data
    assert {edge["key"] for edge in data["edges"]} == {"signed", "signed|negated"}
    assert "Łódź" in path.read_text(encoding="utf-8")  # kept readable, not \u-escaped


def test_dict_round_trip_and_empty_graph() -> None:
    graph = sample_graph()
    assert_same(graph, from_json(to_json(graph)))
    empty = build_graph([])
    assert_same(empty, from_json(json.loads(json.dumps(to_json(empty)))))


def test_merged_graphs_round_trip(tmp_path: Path) -> None:
    graph = merge_graphs(sample_graph(), build_graph([]))
    path = tmp_path / "g.json"
    write_json(graph, path)
    assert_same(graph, read_json(path))
