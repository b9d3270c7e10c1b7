"""Merging per-article results into one graph: a union over keys, whatever the order."""

from __future__ import annotations

import itertools
from pathlib import Path

import networkx as nx
import pytest

from extract.ingest.read import read_articles
from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Mention, Relation
from graph.export.json import to_json
from graph.merge.build import build_graph, merge_graphs


def _entity(key: str, label: str, kind: EntityType, article: str) -> Entity:
    mention = Mention(label, 0, len(label), f"{label} in {article}.")
    return Entity(key, label, kind, (label,), (mention,))


def _result(article_id: str, date: str, predicate: str, negated: bool = False) -> ArticleResult:
    lavrov_label = "Sergei Lavrov" if article_id == "a1" else "Lavrov"
    entities = (
        _entity("person/sergei-lavrov", lavrov_label, EntityType.PERSON, article_id),
        _entity("country/ES", "Spain", EntityType.COUNTRY, article_id),
    )
    evidence = Evidence(article_id, f"Sentence of {article_id}.", 0, 20, date, predicate)
    relation = Relation("person/sergei-lavrov", predicate, "country/ES", "030", negated, evidence)
    return ArticleResult(
        Article(article_id, "text", f"Title {article_id}", date), entities, (relation,)
    )


RESULTS = [
    _result("a1", "2018-11-06", "proposed"),
    _result("a2", "2018-11-07", "proposed"),
    _result("a3", "2018-11-08", "proposed", negated=True),
]


def _canonical(graph: nx.MultiDiGraph) -> dict:
    return to_json(graph)


def test_one_node_per_key_with_provenance_union() -> None:
    graph = build_graph(RESULTS)
    assert sorted(graph.nodes) == ["country/ES", "person/sergei-lavrov"]
    lavrov = graph.nodes["person/sergei-lavrov"]
    assert lavrov["label"] == "Sergei Lavrov"
    assert lavrov["aliases"] == ["Lavrov", "Sergei Lavrov"]
    assert lavrov["articles"] == ["a1", "a2", "a3"]
    edge = graph.edges["person/sergei-lavrov", "country/ES", "proposed"]
    assert edge["articles"] == ["a1", "a2"]
    assert [e["article_id"] for e in edge["evidence"]] == ["a1", "a2"]
    assert edge["date"] == "2018-11-06"
    negated = graph.edges["person/sergei-lavrov", "country/ES", "proposed|negated"]
    assert negated["negated"] is True and negated["articles"] == ["a3"]


def test_building_a_then_b_equals_building_a_and_b() -> None:
    whole = _canonical(build_graph(RESULTS))
    parts = merge_graphs(build_graph(RESULTS[:1]), build_graph(RESULTS[1:]))
    assert _canonical(parts) == whole


def test_merge_is_idempotent_and_order_independent() -> None:
    whole = _canonical(build_graph(RESULTS))
    graph = build_graph(RESULTS)
    assert _canonical(merge_graphs(graph, graph)) == whole
    for order in itertools.permutations(RESULTS):
        assert _canonical(build_graph(order)) == whole


def test_relation_to_unknown_entity_is_an_error_naming_the_article() -> None:
    broken = ArticleResult(
        Article("bad", "text"),
        (),
        (Relation("person/x", "met", "person/y", "040", False, Evidence("bad", "s", 0, 1)),),
    )
    with pytest.raises(ValueError, match="'bad'"):
        build_graph([broken])


def test_real_articles_merge_by_union(examples_dir: Path) -> None:
    articles = list(read_articles(sorted(examples_dir.glob("0[3-5]_*.txt"))))
    results = list(extract_articles(articles))
    whole = _canonical(build_graph(results))
    assert _canonical(merge_graphs(build_graph(results[:1]), build_graph(results[1:]))) == whole
