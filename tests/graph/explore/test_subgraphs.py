"""Subgraphs to draw (neighbourhoods, SPARQL answers) and the ``newsgraph view`` command."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.cli.main import app
from graph.explore.subgraphs import NodeNotFoundError, around, find_node, query_subgraph
from graph.export.json import write_json
from graph.merge.build import build_graph

LAVROV = Entity("person/sergei-lavrov", "Sergei Lavrov", EntityType.PERSON, ("Lavrov",))
BORRELL = Entity("person/josep-borrell", "Josep Borrell", EntityType.PERSON, ("Borrell",))
SPAIN = Entity("country/ES", "Spain", EntityType.COUNTRY, ("Madrid",))
RUSSIA = Entity("country/RU", "Russia", EntityType.COUNTRY, ("Moscow",))
GROUP = Entity("agreement/cyber-group", "cyber group", EntityType.AGREEMENT)
PUTIN = Entity("person/vladimir-putin", "Vladimir Putin", EntityType.PERSON, ("Putin",))


def _relation(subject: Entity, predicate: str, obj: Entity, negated: bool = False) -> Relation:
    sentence = f"{subject.label} {'did not ' if negated else ''}{predicate} {obj.label}."
    return Relation(subject.key, predicate, obj.key, "030", negated, Evidence("a1", sentence, 0, 5))


def chain_graph() -> nx.MultiDiGraph:
    """Putin – Russia – Lavrov – group – Borrell – Spain, plus a negated and a second edge."""
    relations = (
        _relation(PUTIN, "affiliated_with", RUSSIA),
        _relation(LAVROV, "affiliated_with", RUSSIA),
        _relation(LAVROV, "proposed", GROUP),
        _relation(BORRELL, "welcomed", GROUP),
        _relation(BORRELL, "affiliated_with", SPAIN),
        _relation(SPAIN, "agreed", GROUP, negated=True),
    )
    entities = (LAVROV, BORRELL, SPAIN, RUSSIA, GROUP, PUTIN)
    article = Article("a1", "…", title="Russia and Spain", date="2018-11-07")
    other = Article("a2", "…", title="Unrelated")
    return build_graph([ArticleResult(article, entities, relations), ArticleResult(other)])


def test_find_node_by_key_label_alias_and_part() -> None:
    graph = chain_graph()
    assert find_node(graph, "country/ES") == "country/ES"
    assert find_node(graph, "spain") == "country/ES"
    assert find_node(graph, "Madrid") == "country/ES"  # an alias
    assert find_node(graph, "LAVROV") == "person/sergei-lavrov"
    # Part of a name is only a suggestion: a silent guess drew USAir for "USA".
    with pytest.raises(NodeNotFoundError, match="did you mean person/josep-borrell"):
        find_node(graph, "Borr")
    with pytest.raises(NodeNotFoundError, match="Nobody"):
        find_node(graph, "Nobody")


def test_find_node_never_guesses_between_names_or_from_a_part() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("person/a", label="Ivan Petrov", aliases=["Petrov"])
    graph.add_node("person/b", label="Petrov", aliases=[])
    graph.add_node("person/c", label="Petrova Anna", aliases=[])
    graph.add_node("person/d", label="Petrovsky", aliases=[])
    graph.add_edge("person/d", "person/c")
    with pytest.raises(NodeNotFoundError, match="names 2 entities"):
        find_node(graph, "petrov")  # a label and an alias: the same level
    graph.remove_node("person/b")
    assert find_node(graph, "petrov") == "person/a"
    graph.remove_node("person/a")
    with pytest.raises(NodeNotFoundError) as raised:
        find_node(graph, "petrov")
    # Suggestions come best connected first, then by key.
    assert [c.key for c in raised.value.choices] == ["person/c", "person/d"]


def test_around_follows_edges_both_ways_up_to_the_hops() -> None:
    graph = chain_graph()
    assert sorted(around(graph, "Lavrov", 0)) == ["person/sergei-lavrov"]
    assert sorted(around(graph, "Lavrov", 1)) == [
        "agreement/cyber-group",
        "country/RU",
        "person/sergei-lavrov",
    ]
    two = around(graph, "Lavrov", 2)
    assert set(two) == {
        "agreement/cyber-group",
        "country/RU",
        "person/sergei-lavrov",
        "person/vladimir-putin",
        "person/josep-borrell",
        "country/ES",
    }
    # Edges among the kept nodes come along, attributes and evidence included.
    assert two.has_edge("country/ES", "agreement/cyber-group", "agreed|negated")
    assert two.edges["country/ES", "agreement/cyber-group", "agreed|negated"]["negated"] is True
    assert sorted(two.graph["articles"]) == ["a1"]  # the unrelated article is dropped
    with pytest.raises(ValueError, match="hops"):
        around(graph, "Lavrov", -1)


def test_subgraph_is_a_copy() -> None:
    graph = chain_graph()
    part = around(graph, "Lavrov", 1)
    part.nodes["person/sergei-lavrov"]["aliases"].append("changed")
    edge = part.edges["person/sergei-lavrov", "agreement/cyber-group", "proposed"]
    edge["evidence"][0]["sentence"] = "changed"
    assert "changed" not in graph.nodes["person/sergei-lavrov"]["aliases"]
    original = graph.edges["person/sergei-lavrov", "agreement/cyber-group", "proposed"]
    assert original["evidence"][0]["sentence"] != "changed"


def test_select_draws_the_entities_of_each_row_and_the_edges_between_them() -> None:
    graph = chain_graph()
    part = query_subgraph(graph, "SELECT ?who ?what WHERE { ?who ng:proposed ?what }")
    assert sorted(part) == ["agreement/cyber-group", "person/sergei-lavrov"]
    assert list(part.edges(keys=True)) == [
        ("person/sergei-lavrov", "agreement/cyber-group", "proposed")
    ]


def test_select_of_statements_draws_exactly_those_edges() -> None:
    graph = chain_graph()
    query = """
        SELECT ?statement WHERE {
          ?statement a ng:Statement ; ng:negated true .
        }"""
    part = query_subgraph(graph, query)
    negated = ("country/ES", "agreement/cyber-group", "agreed|negated")
    assert list(part.edges(keys=True)) == [negated]
    assert sorted(part) == ["agreement/cyber-group", "country/ES"]


def test_construct_draws_predicate_triples_as_edges() -> None:
    graph = chain_graph()
    query = "CONSTRUCT { ?a ng:affiliated_with ?b } WHERE { ?a ng:affiliated_with ?b }"
    part = query_subgraph(graph, query)
    assert sorted(part.edges(keys=True)) == [
        ("person/josep-borrell", "country/ES", "affiliated_with"),
        ("person/sergei-lavrov", "country/RU", "affiliated_with"),
        ("person/vladimir-putin", "country/RU", "affiliated_with"),
    ]
    assert part.number_of_nodes() == 5


def test_select_of_plain_values_draws_nothing() -> None:
    part = query_subgraph(chain_graph(), "SELECT ?name WHERE { ?x schema:name ?name }")
    assert part.number_of_nodes() == 0


@pytest.mark.parametrize(
    ("query", "message"),
    [("ASK { ?s ?p ?o }", "ASK"), ("SELECT WHERE {", "syntax error")],
)
def test_bad_queries_are_rejected(query: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        query_subgraph(chain_graph(), query)


# ---- the command ----

runner = CliRunner()


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "out" / "graph.json"
    path.parent.mkdir()
    write_json(chain_graph(), path)
    return path


def _drawn(page: Path) -> set[str]:
    text = page.read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="ng-data">(.*?)</script>', text, re.S)
    assert block
    return {node["id"] for node in json.loads(block.group(1))["nodes"]}


def test_view_writes_the_whole_graph(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    result = runner.invoke(app, ["view", str(graph_file.parent), "--out", str(out), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert _drawn(out) == set(chain_graph())
    assert '"topN":3' in out.read_text(encoding="utf-8")


def test_view_around(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "lavrov.html"
    args = ["view", str(graph_file), "--around", "Lavrov", "--hops", "1", "--out", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert _drawn(out) == {"person/sergei-lavrov", "country/RU", "agreement/cyber-group"}
    assert "<title>Sergei Lavrov (1 hops)</title>" in out.read_text(encoding="utf-8")


def test_view_query(graph_file: Path, tmp_path: Path) -> None:
    query = tmp_path / "who.rq"
    query.write_text("SELECT ?who ?what WHERE { ?who ng:welcomed ?what }", encoding="utf-8")
    out = tmp_path / "q.html"
    result = runner.invoke(app, ["view", str(graph_file), "--query", str(query), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _drawn(out) == {"person/josep-borrell", "agreement/cyber-group"}


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--around", "Nobody"], "no entity named 'Nobody'"),
        (["--around", "Lavrov", "--query", "q.rq"], "either --query or --around"),
        (["--query", "missing.rq"], "missing.rq: cannot read"),
        (["--query", "ask.rq"], "ask.rq: an ASK query"),
        (["--query", "empty.rq"], "names no entity"),
    ],
)
def test_view_errors_are_one_line_and_write_nothing(
    graph_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    extra: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ask.rq").write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    (tmp_path / "empty.rq").write_text("SELECT ?s WHERE { ?s a ng:Nothing }", encoding="utf-8")
    out = tmp_path / "never.html"
    result = runner.invoke(app, ["view", str(graph_file), "--out", str(out), *extra])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert not out.exists()


def test_view_rejects_missing_and_malformed_graphs(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "a graph"}', encoding="utf-8")
    for source, message in ((tmp_path / "absent.json", "no such file"), (bad, "not a newsgraph")):
        result = runner.invoke(app, ["view", str(source), "--out", str(tmp_path / "v.html")])
        assert result.exit_code == 1 and message in result.output
    assert not (tmp_path / "v.html").exists()
