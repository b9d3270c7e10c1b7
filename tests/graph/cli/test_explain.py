"""``newsgraph explain``: lookup by key, merged key or alias, the reasons shown, and the errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.ingest.read import read_articles
from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.cli.explain import explain_node
from graph.cli.main import app
from graph.explore.names import resolve_entity
from graph.export.json import write_json
from graph.merge.build import build_graph

runner = CliRunner()


def _entity(key: str, label: str, kind: EntityType, *aliases: str) -> Entity:
    return Entity(key, label, kind, (label, *aliases))


def _result(article_id: str, date: str, *entities: Entity) -> ArticleResult:
    evidence = Evidence(article_id, "A sentence.", 0, 11, date, "met")
    relation = Relation(entities[0].key, "met", entities[1].key, "040", False, evidence)
    article = Article(article_id, "text", f"Story {article_id}", date)
    return ArticleResult(article, entities, (relation,))


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    graph = build_graph(
        [
            _result(
                "a1",
                "2018-11-06",
                _entity("person/donald-trump", "Donald Trump", EntityType.PERSON),
                _entity("country/RU", "Russia", EntityType.COUNTRY, "Moscow"),
            ),
            _result(
                "a2",
                "2018-11-07",
                _entity("person/trump", "Trump", EntityType.PERSON),
                _entity("place/moscow", "Moscow", EntityType.PLACE),
            ),
        ]
    )
    path = tmp_path / "graph.json"
    write_json(graph, path)
    return path


def _explain(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["explain", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("name", ["person/donald-trump", "person/trump", "Trump", "donald trump"])
def test_key_merged_key_or_alias_finds_the_node_and_shows_why(graph_file: Path, name: str) -> None:
    code, out, _ = _explain(name, "--graph", str(graph_file))
    assert code == 0
    assert out.startswith("person/donald-trump — Donald Trump (Person)")
    assert "aliases: Donald Trump; Trump" in out
    assert "person/trump → person/donald-trump: [person-surname]" in out
    assert "a1  2018-11-06  Story a1" in out and "a2  2018-11-07  Story a2" in out
    assert "edges: 2 out, 0 in" in out


def test_a_name_several_nodes_carry_lists_them_and_fails(graph_file: Path) -> None:
    # "Moscow" is the city's label and one of Russia's aliases: no silent choice.
    code, out, err = _explain("moscow", "--graph", str(graph_file))
    assert code == 1 and out == ""
    assert "'moscow' names 2 entities" in err
    assert "country/RU (Russia, Country" in err and "place/moscow (Moscow, Place" in err
    code, out, _ = _explain("place/moscow", "--graph", str(graph_file))
    assert code == 0 and out.startswith("place/moscow — Moscow (Place)")
    assert "merged from: nothing" in out


def test_the_output_folder_is_accepted_for_the_file(graph_file: Path) -> None:
    code, out, _ = _explain("Trump", "--graph", str(graph_file.parent))
    assert code == 0 and out.startswith("person/donald-trump")


def test_json_output_is_the_explanation_data(graph_file: Path) -> None:
    code, out, _ = _explain("Trump", "--graph", str(graph_file), "--json")
    assert code == 0
    [node] = json.loads(out)
    assert node["key"] == "person/donald-trump"
    assert node["merged_from"][0]["key"] == "person/trump"
    assert node["merged_from"][0]["reasons"][0].startswith("person/trump → person/donald-trump")
    assert [a["id"] for a in node["articles"]] == ["a1", "a2"]


def test_unknown_name_is_one_line_with_a_suggestion(graph_file: Path) -> None:
    code, out, err = _explain("Trumpp", "--graph", str(graph_file))
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0
    assert "no entity named 'Trumpp'" in err and "did you mean person/donald-trump" in err


def test_missing_or_broken_graph_file_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    code, _, err = _explain("Trump", "--graph", str(tmp_path / "none.json"))
    assert code == 1 and "none.json: no such file" in err and "Traceback" not in err
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    code, _, err = _explain("Trump", "--graph", str(broken))
    assert code == 1 and "not a newsgraph JSON graph" in err and "Traceback" not in err


def test_keys_merged_without_a_recorded_reason_are_still_listed(graph_file: Path) -> None:
    from graph.export.json import read_json

    graph = read_json(graph_file)
    del graph.nodes["person/donald-trump"]["merge_reasons"]  # as written by an older version
    explanation = explain_node(graph, resolve_entity(graph, "Trump"))
    assert explanation["merged_from"] == [{"key": "person/trump", "reasons": None}]


def test_explain_on_a_graph_built_from_real_text(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Spain and Russia agree on cyber security\n\n"
        "MADRID (Reuters) - Russian Foreign Minister Sergei Lavrov met Spanish Foreign "
        "Minister Josep Borrell in Madrid on Tuesday. Lavrov proposed a joint group.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Moscow denies meddling\n\n"
        "MOSCOW (Reuters) - Russia on Wednesday denied that it interfered in the election, "
        "and Foreign Minister Lavrov said Russia would study the proposal.\n",
        encoding="utf-8",
    )
    graph = build_graph(extract_articles(read_articles([folder])))
    path = tmp_path / "graph.json"
    write_json(graph, path)
    code, out, _ = _explain("Lavrov", "--graph", str(path))
    assert code == 0
    assert out.startswith("person/sergei-lavrov — Sergei Lavrov (Person)")
    assert "person/lavrov → person/sergei-lavrov: [person-surname]" in out
    assert "articles (2):" in out
