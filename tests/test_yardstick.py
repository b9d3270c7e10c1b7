"""The real-news yardstick: its gold files are well formed and agree with the split file, its
articles are read through the project's reader, and a run reports dev and test side by side
with failure details for dev only when asked."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from evaluation.gold import GoldFormatError, read_gold_file
from evaluation.render import render_failures, render_report
from evaluation.report import run_yardstick
from evaluation.yardstick import (
    YardstickArticle,
    YardstickError,
    gold_file_name,
    read_split_file,
    read_yardstick_articles,
    read_yardstick_gold,
)

REPO = Path(__file__).resolve().parents[1]
YARDSTICK = REPO / "eval" / "yardstick"
SHARED_DATA = REPO.parent / "shared" / "data"

GOLD_EDGE = {"subject": "c/ru", "predicate": "accused", "object": "c/us", "negated": False,
             "modality": "asserted", "cameo": "11"}  # fmt: skip
GOLD = {
    "nodes": [
        {"key": "c/ru", "type": "Country", "name": "Russia", "aliases": []},
        {"key": "c/us", "type": "Country", "name": "United States", "aliases": ["U.S."]},
    ],
    "edges": [GOLD_EDGE],
}


def test_every_yardstick_gold_file_is_well_formed_and_listed() -> None:
    entries = read_split_file(YARDSTICK / "articles.json")
    # strict: every event edge has a modality and a CAMEO root; every edge end is a node key.
    gold = read_yardstick_gold(YARDSTICK / "gold", entries)
    assert [g.article_id for g in gold] == [e.id for e in entries]
    assert len(list((YARDSTICK / "gold").glob("*.json"))) == len(entries)
    splits = Counter(e.split for e in entries)
    assert splits["dev"] >= 30 and splits["test"] >= 15
    assert Counter(e.source for e in entries)["reuters"] >= 45
    types: dict[str, set[str]] = {}
    for article in gold:
        for node in article.nodes:
            types.setdefault(node.key, set()).add(node.type)
        keys = {node.key for node in article.nodes}
        for edge in article.edges:
            assert edge.subjects | edge.objects <= keys
            assert edge.structural or (edge.cameo and edge.modality), (article.article_id, edge)
    # One key is one real-world thing: the same type in every file (merge accuracy relies on it).
    assert {key: kinds for key, kinds in types.items() if len(kinds) > 1} == {}


def test_gold_file_names_follow_the_article_ids() -> None:
    assert gold_file_name(
        "wikinews-Iran_admits_downing_Ukrainian_jet,_cites_%27human_error%27"
    ) == ("wikinews-Iran_admits_downing_Ukrainian_jet__cites__27human_error_27.json")


@pytest.mark.parametrize(
    ("edge", "message"),
    [
        ({k: v for k, v in GOLD_EDGE.items() if k != "cameo"}, "needs 'modality' and 'cameo'"),
        ({**GOLD_EDGE, "modality": "probably"}, "'modality' must be one of"),
        ({**GOLD_EDGE, "cameo": "112"}, "two-digit CAMEO root"),
        ({**GOLD_EDGE, "predicate": "affiliated_with"}, "structural edge has no"),
        ({**GOLD_EDGE, "object": "c/xx"}, "unknown node 'c/xx'"),
    ],
)
def test_bad_yardstick_gold_is_one_line_naming_the_file(
    tmp_path: Path, edge: dict[str, Any], message: str
) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"article": "x", **GOLD, "edges": [edge]}))
    with pytest.raises(GoldFormatError, match=message) as caught:
        read_gold_file(path, strict=True)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def _fake_yardstick(tmp_path: Path, gold_ids: list[str] | None = None) -> tuple[Path, Path]:
    """A yardstick of two seed-like articles (one dev, one test) and its ../shared/data."""
    shared = tmp_path / "shared"
    (shared / "seeds").mkdir(parents=True)
    texts = {
        "dev1": "U.S. accused\n\nThe United States was accused by Russia of spying.",
        "test1": "Russia accuses U.S.\n\nRussia accused the United States of lying.",
    }
    for name, text in texts.items():
        (shared / "seeds" / f"{name}.txt").write_text(text)
    yardstick = tmp_path / "yardstick"
    (yardstick / "gold").mkdir(parents=True)
    articles = [{"id": "dev1", "source": "seeds", "split": "dev"},
                {"id": "test1", "source": "seeds", "split": "test"}]  # fmt: skip
    (yardstick / "articles.json").write_text(json.dumps({"seed": 1, "articles": articles}))
    for article_id in gold_ids if gold_ids is not None else list(texts):
        (yardstick / "gold" / f"{article_id}.json").write_text(
            json.dumps({"article": article_id, **GOLD})
        )
    return yardstick, shared


def test_split_file_and_gold_must_agree(tmp_path: Path) -> None:
    yardstick, _ = _fake_yardstick(tmp_path, gold_ids=["dev1"])
    entries = read_split_file(yardstick / "articles.json")
    with pytest.raises(YardstickError, match="no gold file for article 'test1'"):
        read_yardstick_gold(yardstick / "gold", entries)
    (yardstick / "gold" / "test1.json").write_text(json.dumps({"article": "dev1", **GOLD}))
    with pytest.raises(GoldFormatError, match="the split file says 'test1'"):
        read_yardstick_gold(yardstick / "gold", entries)
    (yardstick / "gold" / "stray.json").write_text("{}")
    with pytest.raises(YardstickError, match=r"stray\.json: gold file of no article"):
        read_yardstick_gold(yardstick / "gold", entries)


def test_articles_are_read_by_id_from_the_shared_json_lines(tmp_path: Path) -> None:
    (tmp_path / "bench").mkdir()
    lines = [{"id": f"reuters21578-{n}", "title": f"T{n}", "text": f"Text  number {n}."}
             for n in range(1, 4)]  # fmt: skip
    jsonl = tmp_path / "bench" / "reuters21578.jsonl"
    jsonl.write_text("".join(json.dumps(line) + "\n" for line in lines) + "not json\n")
    wanted = [YardstickArticle("reuters21578-3", "reuters", "dev"),
              YardstickArticle("reuters21578-1", "reuters", "test")]  # fmt: skip
    articles = read_yardstick_articles(tmp_path, wanted)
    assert [(a.id, a.title, a.text) for a in articles] == [
        ("reuters21578-3", "T3", "Text number 3."),
        ("reuters21578-1", "T1", "Text number 1."),
    ]
    with pytest.raises(YardstickError, match=r"reuters21578\.jsonl: articles not found: nope"):
        read_yardstick_articles(tmp_path, [YardstickArticle("nope", "reuters", "dev")])


def test_run_reports_dev_and_test_and_keeps_dev_failures_only(tmp_path: Path) -> None:
    yardstick, shared = _fake_yardstick(tmp_path)
    results = run_yardstick(yardstick, shared / ".", ("baseline",), failure_splits=("dev",))
    figures = results["systems"]["baseline"]
    assert results["splits"]["dev"]["articles"] == ["dev1"]
    assert figures["dev"]["edges"]["events"]["gold"] == figures["test"]["edges"]["events"]["gold"]
    assert "failures" in figures["dev"] and "failures" not in figures["test"]
    assert figures["event_f1_gap_points"] == round(
        100 * (figures["dev"]["edges"]["events"]["f1"] - figures["test"]["edges"]["events"]["f1"]),
        1,
    )
    text = render_report({"yardstick": results})
    assert "baseline dev" in text and "baseline test" in text and "event edge: no trigger" in text
    assert render_failures(results, "test", "baseline") == ""
    assert "-- dev1" in render_failures(results, "dev", "baseline")


def test_a_later_batch_is_scored_apart_within_its_split(tmp_path: Path) -> None:
    yardstick, shared = _fake_yardstick(tmp_path)
    split_file = yardstick / "articles.json"
    listing = json.loads(split_file.read_text())
    listing["articles"][1]["batch"] = 2  # test1 was drawn later
    split_file.write_text(json.dumps(listing))
    assert [e.batch for e in read_split_file(split_file)] == [1, 2]
    results = run_yardstick(yardstick, shared / ".", ("baseline",))
    figures = results["systems"]["baseline"]
    assert set(figures["dev"]["batches"]) == {"1"} and set(figures["test"]["batches"]) == {"2"}
    batch = figures["test"]["batches"]["2"]
    assert batch["articles"] == 1 and batch["events"] == figures["test"]["edges"]["events"]
    text = render_report({"yardstick": results})
    assert "batch 2: event edges" in text and "batch 1: nodes, all" in text
    listing["articles"][1]["batch"] = "two"
    split_file.write_text(json.dumps(listing))
    with pytest.raises(YardstickError, match="bad split file"):
        read_split_file(split_file)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_script", REPO / "scripts" / "eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_script_reports_a_bad_gold_file_in_one_line(tmp_path: Path, capsys: Any) -> None:
    yardstick, shared = _fake_yardstick(tmp_path)
    bad = yardstick / "gold" / "test1.json"
    bad.write_text(json.dumps({"article": "test1", **GOLD, "edges": [{**GOLD_EDGE, "cameo": ""}]}))
    out = tmp_path / "results.json"
    arguments = ["--yardstick", str(yardstick), "--shared", str(shared), "--out", str(out)]
    assert _script().main(arguments) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and str(bad) in error and "CAMEO root" in error
    assert not out.exists()


def test_script_split_dev_prints_dev_failures_and_writes_none_of_test(
    tmp_path: Path, capsys: Any
) -> None:
    yardstick, shared = _fake_yardstick(tmp_path)
    out = tmp_path / "results.json"
    arguments = ["--yardstick", str(yardstick), "--shared", str(shared), "--out", str(out),
                 "--petrarch", str(tmp_path / "absent.jsonl"), "--split", "dev"]  # fmt: skip
    assert _script().main(arguments) == 0
    printed = capsys.readouterr().out
    assert "newsgraph dev failures" in printed and "newsgraph test failures" not in printed
    results = json.loads(out.read_text())
    assert results["failures_for"] == ["dev"]
    for system in ("newsgraph", "baseline"):
        figures = results["yardstick"]["systems"][system]
        assert "failures" in figures["dev"] and "failures" not in figures["test"]
        assert figures["test"]["edges"]["events"]["gold"] == 1
