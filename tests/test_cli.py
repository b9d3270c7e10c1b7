"""End-to-end tests of the ``newsgraph`` CLI: the happy path and every error path."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli.main import app

runner = CliRunner()


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Path:
    folder = tmp_path_factory.mktemp("two")
    for name in ("05_singapore_summit.txt", "07_new_start_prague.txt"):
        shutil.copy(examples_dir / name, folder / name)
    return folder


def test_build_prints_output_paths_and_summary(two_articles: Path, tmp_path: Path) -> None:
    code, out, err = _run("build", str(two_articles), "--out", str(tmp_path), "-f", "json,ttl")
    assert code == 0, err
    assert str(tmp_path / "graph.json") in out and str(tmp_path / "graph.ttl") in out
    assert "2 articles" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json", "graph.ttl"]


def test_rebuilding_the_same_articles_changes_nothing(two_articles: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert _run("build", str(two_articles), "--out", str(first))[0] == 0
    assert _run("build", str(two_articles), "--out", str(second))[0] == 0
    for path in sorted(first.iterdir()):
        if path.name.startswith("."):
            continue
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_stats_counts_types_and_predicates(two_articles: Path, tmp_path: Path) -> None:
    assert _run("build", str(two_articles), "--out", str(tmp_path), "-f", "json")[0] == 0
    code, out, _ = _run("stats", str(tmp_path / "graph.json"), "--json")
    assert code == 0
    counts = json.loads(out)
    assert counts["articles"] == {"articles": 2}
    assert counts["nodes"]["Person"] >= 2 and counts["nodes"]["Country"] >= 2
    assert counts["edges"]["signed"] >= 1
    code, out, _ = _run("stats", str(tmp_path / "graph.json"))
    assert code == 0 and "Person" in out and "signed" in out


def test_version_and_help() -> None:
    code, out, _ = _run("--version")
    assert code == 0 and out.startswith("newsgraph ")
    code, out, _ = _run("build", "--help")
    assert code == 0 and "Example:" in out


def _assert_one_line_error(code: int, err: str, *needles: str) -> None:
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("newsgraph: error: ")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0]


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    code, _, err = _run("build", str(missing), "--out", str(tmp_path / "out"))
    _assert_one_line_error(code, err, str(missing))
    assert not (tmp_path / "out").exists()


def test_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("not an article format")
    code, _, err = _run("build", str(tmp_path), "--out", str(tmp_path / "out"))
    _assert_one_line_error(code, err, str(tmp_path))


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    code, _, err = _run("build", str(empty), "--out", str(tmp_path / "out"))
    _assert_one_line_error(code, err, "empty.txt")


def test_binary_file(tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    code, _, err = _run("build", str(binary), "--out", str(tmp_path / "out"))
    _assert_one_line_error(code, err, "scan.txt")


def _jsonl_with_bad_line(folder: Path) -> Path:
    path = folder / "feed.jsonl"
    good = {"id": "g1", "text": "Russia and Spain signed a trade agreement in Madrid."}
    other = {"id": "g2", "text": "France welcomed the agreement."}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps(other) + "\n")
    return path


def test_bad_jsonl_line_is_named_and_stops_by_default(tmp_path: Path) -> None:
    feed = _jsonl_with_bad_line(tmp_path)
    out = tmp_path / "out"
    code, _, err = _run("build", str(feed), "--out", str(out))
    _assert_one_line_error(code, err, "feed.jsonl:2")
    assert not out.exists() or not any(out.iterdir())


def test_skip_bad_reports_the_line_and_keeps_good_articles(tmp_path: Path) -> None:
    feed = _jsonl_with_bad_line(tmp_path)
    out = tmp_path / "out"
    code, _, err = _run("build", str(feed), "--out", str(out), "--skip-bad", "-f", "json")
    assert code == 0, err
    assert "feed.jsonl:2" in err and "skipped" in err
    graph = json.loads((out / "graph.json").read_text())
    assert sorted(graph["graph"]["articles"]) == ["g1", "g2"]


def test_unknown_format_is_a_usage_error(two_articles: Path, tmp_path: Path) -> None:
    code, _, err = _run("build", str(two_articles), "--out", str(tmp_path), "-f", "json,pdf")
    assert code == 2
    assert "pdf" in err


def test_stats_errors(tmp_path: Path) -> None:
    code, _, err = _run("stats", str(tmp_path / "missing.json"))
    _assert_one_line_error(code, err, "missing.json")
    garbage = tmp_path / "garbage.json"
    garbage.write_text("[1, 2")
    code, _, err = _run("stats", str(garbage))
    _assert_one_line_error(code, err, "garbage.json")
