"""The scorer on small gold/graph pairs written here: the CAMEO-root match, modality, and every
kind of error, one article per kind so that no case leans on another."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from evaluation.gold import GoldArticle, read_gold_file
from evaluation.matching import graph_modality
from evaluation.scoring import Score, score_graph

NODES = [
    {"key": "c/us", "type": "Country", "name": "United States", "aliases": ["U.S."]},
    {"key": "c/ru", "type": "Country", "name": "Russia", "aliases": []},
    {"key": "c/cn", "type": "Country", "name": "China", "aliases": []},
    {"key": "o/yukos", "type": "Organization", "name": "Yukos", "aliases": []},
]
GRAPH_NODES = {
    "country/US": ("United States", "Country", ["U.S."]),
    "country/RU": ("Russia", "Country", []),
    "country/CN": ("China", "Country", []),
}


def _gold_edge(subject: str, predicate: str, obj: str, cameo: str, **extra: Any) -> dict[str, Any]:
    return {"subject": subject, "predicate": predicate, "object": obj, "negated": False,
            "modality": "asserted", "cameo": cameo, **extra}  # fmt: skip


def _read(tmp_path: Path, article: str, edges: list[dict[str, Any]]) -> GoldArticle:
    path = tmp_path / f"{article}.json"
    path.write_text(json.dumps({"article": article, "nodes": NODES, "edges": edges}))
    return read_gold_file(path, strict=True)


def _add_nodes(graph: nx.MultiDiGraph, article: str, extra: dict[str, tuple[str, str]]) -> None:
    for key, (label, kind, aliases) in GRAPH_NODES.items():
        if key not in graph:
            graph.add_node(key, label=label, type=kind, aliases=aliases, articles=[])
        graph.nodes[key]["articles"].append(article)
    for key, (label, kind) in extra.items():
        graph.add_node(key, label=label, type=kind, aliases=[label], articles=[article])


def _add_edge(graph: nx.MultiDiGraph, article: str, source: str, target: str, predicate: str,
              cameo: str, sentence: str, **extra: Any) -> None:  # fmt: skip
    negated = extra.get("negated", False)
    # One edge per article here (a real graph unites an edge's articles), keyed apart.
    graph.add_edge(source, target, key=f"{article}:{predicate}",
                   predicate=predicate, cameo=cameo, negated=negated,
                   modality=extra.get("modality", ""), articles=[article],
                   evidence=[{"article_id": article, "sentence": sentence}])  # fmt: skip


ACCUSED = ("c/us", "accused", "c/ru", "11")
SENTENCE = "The United States accused Russia of spying."


@pytest.fixture
def scored(tmp_path: Path) -> Score:
    """Seven articles: one matched in full through the CAMEO root and symmetry, then one for
    each error kind."""
    gold = [
        _read(tmp_path, "exact", [_gold_edge("c/us", "met", "c/ru", "04", modality="planned"),
                                  _gold_edge("c/us", "criticized", "c/ru", "11")]),
        _read(tmp_path, "modality", [_gold_edge(*ACCUSED)]),
        _read(tmp_path, "negation", [_gold_edge(*ACCUSED, negated=True)]),
        _read(tmp_path, "direction", [_gold_edge(*ACCUSED)]),
        _read(tmp_path, "type", [_gold_edge("o/yukos", "accused", "c/ru", "11")]),
        _read(tmp_path, "predicate", [_gold_edge("c/us", "met", "c/ru", "04")]),
        _read(tmp_path, "participant", [_gold_edge(*ACCUSED)]),
        _read(tmp_path, "elsewhere", [_gold_edge(*ACCUSED)]),
    ]  # fmt: skip
    graph = nx.MultiDiGraph()
    for article in ("exact", "modality", "negation", "direction", "predicate", "participant",
                    "elsewhere"):  # fmt: skip
        _add_nodes(graph, article, {})
    _add_nodes(graph, "type", {"person/yukos": ("Yukos", "Person")})
    us, ru, cn = "country/US", "country/RU", "country/CN"
    # Reversed, another predicate of root 04, an older modality name: a full match.
    _add_edge(graph, "exact", ru, us, "talked_with", "040", "...", modality="intended")
    _add_edge(graph, "exact", us, ru, "accused", "112", SENTENCE)  # root 11 = criticized
    _add_edge(graph, "modality", us, ru, "accused", "112", SENTENCE, modality="reported")
    _add_edge(graph, "negation", us, ru, "accused", "112", SENTENCE)
    _add_edge(graph, "direction", ru, us, "accused", "112", SENTENCE)
    _add_edge(graph, "type", "person/yukos", ru, "accused", "112", "Yukos accused Russia.")
    _add_edge(graph, "predicate", us, ru, "accused", "112", SENTENCE)
    _add_edge(graph, "participant", us, cn, "accused", "112", "The U.S. accused Russia and China.")
    _add_edge(graph, "elsewhere", us, cn, "accused", "112", "The U.S. accused China of dumping.")
    return score_graph(graph, gold)


def _only(score: Score, article: str, kind: str = " event: ") -> dict[str, list[str]]:
    """The article's failures of kinds containing ``kind`` (event edges by default)."""
    return {k: v for k, v in score.failures.get(article, {}).items() if kind in k}


def test_cameo_root_symmetry_and_older_modality_names_match(scored: Score) -> None:
    assert _only(scored, "exact") == {}
    assert _only(scored, "exact", "missed node") == {"missed node": ["o/yukos (Organization)"]}


def test_every_missed_and_spurious_kind_is_told(scored: Score) -> None:
    assert scored.missed_kinds == {
        "modality": 2, "wrong direction": 1, "type": 1, "wrong predicate": 1,
        "wrong participant": 1, "no trigger": 1,
    }  # fmt: skip
    assert scored.spurious_kinds == {
        "modality": 2, "wrong direction": 1, "type": 1, "wrong predicate": 1,
        "wrong participant": 1, "unsupported": 1,
    }  # fmt: skip
    assert list(_only(scored, "direction")) == ["missed event: wrong direction",
                                                "spurious event: wrong direction"]  # fmt: skip
    # The same act from a sentence that never names Russia is another act, not a wrong participant.
    assert list(_only(scored, "elsewhere")) == ["missed event: no trigger",
                                                "spurious event: unsupported"]  # fmt: skip
    [missed] = _only(scored, "participant")["missed event: wrong participant"]
    assert missed == "c/us accused [11] c/ru <- graph: country/US accused [112] country/CN"


def test_node_of_the_wrong_type_is_a_type_error(scored: Score) -> None:
    assert scored.node_errors["type"] == 1
    assert _only(scored, "type", "node type")["node type"] == [
        "o/yukos (Organization): person/yukos (Person)"
    ]


def test_modality_counts_in_one_figure_and_not_the_other(scored: Score) -> None:
    events, loose = scored.edges["events"], scored.edges["events_without_modality"]
    assert (events.found, events.gold) == (2, 9)
    # Found without modality: the two exact ones and the accusation stated as reported.
    assert (loose.found, loose.gold) == (3, 9)
    assert (events.correct, loose.correct, events.predicted) == (2, 3, 9)
    # The negated gold edge differs in negation, which counts even without modality.
    assert (scored.modality.found, scored.modality.gold) == (2, 3)
    assert scored.modality_confusion["asserted -> reported"] == 1
    assert scored.to_dict()["modality"]["accuracy"] == round(2 / 3, 4)


def test_graph_modality_reads_empty_as_asserted_and_negated_as_a_negation() -> None:
    assert graph_modality({}) == "asserted"
    assert graph_modality({"modality": "negated"}) == "asserted"
    assert graph_modality({"modality": "hedged"}) == "conditional"
    assert graph_modality({"modality": "wished"}) == "wished"
