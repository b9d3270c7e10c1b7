"""The graph of the three seed articles reads as a person would summarise them.

Built once through the CLI, as a user would, then read back from its JSON export.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from graph.export.json import read_json

SEED_000 = "000_3972e05684198fd9"  # Moscow Times: Russia and Spain agree on a cyber group
SEED_001 = "001_ccd16d28cf1ca1a3"  # The Hill: the same talks, plus Mueller's indictments
SEED_002 = "002_c1564778412d51c1"  # TASS: Nikiforov on the Russia-US working group


@pytest.fixture(scope="module")
def seeds_out(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds-out")
    subprocess.run(
        [sys.executable, "-m", "graph.cli.main", "build", str(seeds_dir), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return out


@pytest.fixture(scope="module")
def seeds_graph(seeds_out: Path) -> nx.MultiDiGraph:
    return read_json(seeds_out / "graph.json")


def test_build_writes_all_six_files(seeds_out: Path) -> None:
    names = sorted(p.name for p in seeds_out.iterdir() if not p.name.startswith("."))
    assert names == [
        "graph.graphml",
        "graph.html",
        "graph.json",
        "graph.jsonld",
        "graph.nt",
        "graph.ttl",
    ]


def _nodes_labelled(graph: nx.MultiDiGraph, label: str) -> list[str]:
    return [n for n, d in graph.nodes(data=True) if d["label"] == label]


@pytest.mark.parametrize(
    ("label", "node_type", "articles"),
    [
        ("Sergei Lavrov", "Person", {SEED_000, SEED_001}),
        ("Josep Borrell", "Person", {SEED_000, SEED_001}),
        ("Vladimir Putin", "Person", {SEED_000, SEED_002}),
        ("Donald Trump", "Person", {SEED_000, SEED_001, SEED_002}),
        ("Robert Mueller", "Person", {SEED_001}),
        ("Nikolai Nikiforov", "Person", {SEED_002}),
        ("Russia", "Country", {SEED_000, SEED_001, SEED_002}),
        ("Spain", "Country", {SEED_000, SEED_001}),
        ("United States", "Country", {SEED_000, SEED_001, SEED_002}),
    ],
)
def test_one_node_per_actor_with_all_its_articles(
    seeds_graph: nx.MultiDiGraph, label: str, node_type: str, articles: set[str]
) -> None:
    [node] = _nodes_labelled(seeds_graph, label)
    assert seeds_graph.nodes[node]["type"] == node_type
    assert set(seeds_graph.nodes[node]["articles"]) == articles


def _edges(graph: nx.MultiDiGraph, source: str, predicate: str) -> list[tuple[str, dict]]:
    return [
        (target, data)
        for _, target, data in graph.out_edges(source, data=True)
        if data["predicate"] == predicate
    ]


def test_lavrov_proposed_the_joint_group(seeds_graph: nx.MultiDiGraph) -> None:
    targets = [t for t, _ in _edges(seeds_graph, "person/sergei-lavrov", "proposed")]
    assert targets, "no proposal by Lavrov"
    assert all(seeds_graph.nodes[t]["type"] == "Agreement" for t in targets)
    assert any("group" in seeds_graph.nodes[t]["label"] for t in targets)


def test_russia_denied_interference(seeds_graph: nx.MultiDiGraph) -> None:
    denials = _edges(seeds_graph, "country/RU", "denied")
    assert denials
    assert any("interfer" in seeds_graph.nodes[t]["label"].lower() for t, _ in denials)
    assert not any(data["negated"] for _, data in denials)


@pytest.mark.parametrize("person", ["person/vladimir-putin", "person/donald-trump"])
def test_putin_and_trump_agreed_on_the_working_group(
    seeds_graph: nx.MultiDiGraph, person: str
) -> None:
    targets = [t for t, _ in _edges(seeds_graph, person, "agreed")]
    assert any("working group" in seeds_graph.nodes[t]["label"] for t in targets)


def test_every_edge_has_evidence_from_a_seed_article(seeds_graph: nx.MultiDiGraph) -> None:
    for _, _, data in seeds_graph.edges(data=True):
        assert data["evidence"]
        for item in data["evidence"]:
            assert item["article_id"] in seeds_graph.graph["articles"]
            assert item["sentence"]
            assert 0 <= item["start"] < item["end"]


_JUNK = re.compile(r"\{\{|\}\}|\bMORE\b|Most read|TOP STORIES|Back to Main|News Feed|©")


def test_no_node_is_navigation_template_or_teaser(seeds_graph: nx.MultiDiGraph) -> None:
    for node, data in seeds_graph.nodes(data=True):
        for name in [data["label"], *data["aliases"]]:
            assert not _JUNK.search(name), (node, name)
            # A teaser run-on glues a name to the next headline: "MuellerRobert", "TrumpDonald".
            assert not re.search(r"[a-z][A-Z][a-z]+[A-Z]", name), (node, name)
            assert len(name) < 80, (node, name)


def test_articles_keep_their_metadata(seeds_graph: nx.MultiDiGraph) -> None:
    articles = seeds_graph.graph["articles"]
    assert articles[SEED_000]["date"] == "2018-11-07"
    assert articles[SEED_000]["url"].startswith("https://www.themoscowtimes.com/")
    assert articles[SEED_002]["date"] == "2017-07-08"
