"""A tiny run of ``scripts/bench.py``: five articles, every figure present and sane."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "bench.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsgraph_bench", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_on_five_articles_writes_json_and_table(
    examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result_file = tmp_path / "bench.json"
    code = _bench().main(
        [
            str(examples_dir),
            *("--sizes", "3,5", "--parallel-size", "0", "--merge-scaling", "10,40"),
            *("--json", str(result_file)),
        ]
    )
    assert code == 0
    results = json.loads(result_file.read_text(encoding="utf-8"))
    assert [row["articles"] for row in results["sizes"]] == [3, 5]
    for row in results["sizes"]:
        assert row["words"] > 0 and row["bare_words_per_s"] > 0 and row["build_words_per_s"] > 0
        assert row["ratio"] == pytest.approx(row["bare_seconds"] / row["build_seconds"], rel=0.05)
        assert set(row["stages"]) == {"read", "cache", "extract", "merge", "export"}
        assert row["build_peak_rss_mb"] > 50  # the spaCy model alone is bigger than that
        assert row["nodes"] > 0
    merge = results["merge_scaling"]
    assert [row["articles"] for row in merge] == [10, 40]
    assert merge[1]["nodes"] > merge[0]["nodes"]  # copies bring new keys, as new articles do
    table = capsys.readouterr().out
    assert "build w/s" in table and "3 → 5 articles" in table


def test_bench_without_a_corpus_says_what_it_needs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _bench().main([str(tmp_path / "missing.jsonl"), "--json", str(tmp_path / "b.json")])
    assert code == 2
    message = capsys.readouterr().err
    assert "missing.jsonl not found" in message and "CORPUS=path" in message
    assert not (tmp_path / "b.json").exists()


def test_bench_refuses_a_repeat_below_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        _bench().main([str(tmp_path), "--repeat", "0", "--json", str(tmp_path / "b.json")])
    assert stopped.value.code == 2
    assert "--repeat: must be 1 or more, not 0" in capsys.readouterr().err
    assert not (tmp_path / "b.json").exists()


@pytest.mark.parametrize("option", ["--sizes", "--merge-scaling"])
def test_an_article_count_of_zero_is_refused_in_one_line(
    option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        _bench().parse_args([option, "10,0"])
    assert stop.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith("must be 1 or more, not 0")
