"""One builder for every caller: the API, the CLI and the store-facing ``build_graph`` give the
same graph for the same articles, whatever the order of the results."""

from __future__ import annotations

import json
from itertools import permutations
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsgraph
from extract.ingest.read import read_articles
from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.cli.main import app
from graph.export.json import to_json
from graph.merge.build import GraphBuilder, build_graph


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
def test_every_order_gives_the_same_graph(order: tuple[int, ...]) -> None:
    results = [_results()[i] for i in order]
    built = build_graph(iter(results))  # a generator: folded in as it comes
    assert _dump(built) == _dump(build_graph(_results()))
    assert built.nodes["person/donald-trump"]["merged_from"] == [
        "person/donald-trump",
        "person/trump",
    ]
    assert not built.has_edge("person/donald-trump", "person/donald-trump")


def test_unknown_relation_endpoint_names_the_article() -> None:
    broken = ArticleResult(Article("x", "..."), (), (_relation("person/a", "person/b", "x", 0),))
    with pytest.raises(ValueError, match=r"article 'x'.*person/a"):
        GraphBuilder().add(broken)


def test_api_cli_and_store_facing_builder_give_the_same_graph(
    examples_dir: Path, tmp_path: Path
) -> None:
    paths = sorted(examples_dir.glob("0[45]_*.txt"))
    store_facing = build_graph(extract_articles(read_articles(paths)))
    assert store_facing.number_of_edges() > 0
    done = CliRunner().invoke(
        app, ["build", *map(str, paths), "-f", "json", "--no-cache", "--out", str(tmp_path / "cli")]
    )
    assert done.exit_code == 0, done.stderr
    graphs = {
        "store-facing": store_facing,
        "api-paths": newsgraph.build(paths, cache_dir=None),
        "api-articles": newsgraph.build(list(read_articles(paths)), cache_dir=None),
    }
    from_cli = (tmp_path / "cli" / "graph.json").read_bytes()
    for name, graph in graphs.items():
        written = newsgraph.export(graph, tmp_path / name, "json")["json"]
        assert written.read_bytes() == from_cli, name
