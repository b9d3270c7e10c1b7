"""The streaming builder gives exactly ``build_graph``'s graph, without holding all results."""

from __future__ import annotations

import json
from itertools import permutations
from pathlib import Path

import pytest

from extract.ingest.read import read_articles
from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.export.json import to_json
from graph.merge.build import build_graph
from graph.merge.streaming import GraphAccumulator, build_graph_streaming


def _dump(graph: object) -> str:
    return json.dumps(to_json(graph), sort_keys=False)  # order matters: exports are byte-equal


def _relation(subject: str, obj: str, article: str, start: int, predicate: str = "met") -> Relation:
    evidence = Evidence(article, f"{subject} {predicate} {obj}.", start, start + 20, "2018-06-12")
    return Relation(subject, predicate, obj, "04", False, evidence)


def _results() -> list[ArticleResult]:
    trump = Entity("person/trump", "Trump", EntityType.PERSON, ("Trump",))
    donald = Entity("person/donald-trump", "Donald Trump", EntityType.PERSON, role="President")
    kim = Entity("person/kim-jong-un", "Kim Jong Un", EntityType.PERSON, ("Kim",))
    us = Entity("country/US", "United States", EntityType.COUNTRY, ("US",))
    first = ArticleResult(
        Article("b", "...", "B", "2018-06-12"),
        (trump, kim, us),
        (_relation("person/trump", "person/kim-jong-un", "b", 0),),
    )
    second = ArticleResult(
        Article("a", "...", "A", "2018-06-11"),
        (donald, kim, trump),
        (
            _relation("person/donald-trump", "person/kim-jong-un", "a", 5),
            # resolves to a self-loop, which both builders drop
            _relation("person/trump", "person/donald-trump", "a", 9, "praised"),
        ),
    )
    third = ArticleResult(
        Article("c", "...", "C"),
        (us, kim),
        (_relation("country/US", "person/kim-jong-un", "c", 0, "warned"),),
    )
    return [first, second, third]


@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_streaming_equals_build_graph_in_every_order(order: tuple[int, ...]) -> None:
    results = [_results()[i] for i in order]
    streamed = build_graph_streaming(iter(results))
    assert _dump(streamed) == _dump(build_graph(results))
    assert streamed.nodes["person/donald-trump"]["merged_from"] == [
        "person/donald-trump",
        "person/trump",
    ]
    assert not streamed.has_edge("person/donald-trump", "person/donald-trump")


def test_unknown_relation_endpoint_names_the_article() -> None:
    broken = ArticleResult(Article("x", "..."), (), (_relation("person/a", "person/b", "x", 0),))
    with pytest.raises(ValueError, match=r"article 'x'.*person/a"):
        GraphAccumulator().add(broken)


def test_streaming_equals_build_graph_on_extracted_articles(examples_dir: Path) -> None:
    results = list(extract_articles(read_articles([examples_dir])))
    assert _dump(build_graph_streaming(results)) == _dump(build_graph(results))
