"""Extraction on several local processes, and exports written by two: the same files as one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import graph.run.batches
import graph.run.processes
from extract.errors import ExtractionError
from extract.ingest.read import read_articles
from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult
from graph.cli.main import app
from graph.export import output_formats, write_outputs
from graph.export.forked import ForkedJob
from graph.run.batches import BatchOutcome, extract_batch
from graph.run.corpus import build_from_paths
from graph.run.processes import extract_in_processes


def _articles(count: int) -> list[Article]:
    verbs = ["accused", "praised", "threatened", "met"]
    return [
        Article(id=f"a{n:02d}", text=f"Spain {verbs[n % 4]} Russia on day {n}.")
        for n in range(count)
    ]


def test_results_come_in_input_order_and_equal_one_process(examples_dir: Path) -> None:
    articles = list(read_articles([examples_dir])) + _articles(9)
    # batches of 1 with 3 processes: batches finish out of order, results must not
    results = list(extract_in_processes(articles, processes=3, batch_size=1))
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert results == list(extract_articles(articles))


_TEST_PROCESS = os.getpid()
_DONE_HERE: list[str] = []


def _counting_batch(batch: list[Article], fingerprint: str, size: int, model: str) -> BatchOutcome:
    """``extract_batch`` noting the batches the test's own process extracts."""
    if os.getpid() == _TEST_PROCESS:
        _DONE_HERE.extend(article.id for article in batch)
    return extract_batch(batch, fingerprint, size, model)


def _dying_batch(batch: list[Article], fingerprint: str, size: int, model: str) -> BatchOutcome:
    """``extract_batch`` that kills any helper process running it."""
    if os.getpid() != _TEST_PROCESS:
        os._exit(9)  # as if killed by the out-of-memory killer
    return extract_batch(batch, fingerprint, size, model)


def _failing_articles(articles: list[Article], **options: object) -> list[ArticleResult]:
    if any(article.id == "a05" for article in articles):
        raise ExtractionError("a05", "relation assembly", ValueError("broken parse"))
    return list(extract_articles(articles, **options))  # type: ignore[arg-type]


def test_the_calling_process_extracts_its_share(monkeypatch: pytest.MonkeyPatch) -> None:
    _DONE_HERE.clear()
    monkeypatch.setattr(graph.run.processes, "extract_batch", _counting_batch)
    results = list(extract_in_processes(_articles(12), processes=2, batch_size=1))
    assert len(results) == 12
    assert _DONE_HERE, "with 2 processes the caller extracts some batches itself"
    assert len(_DONE_HERE) < 12, "and the helper the others"


def test_a_failing_article_in_a_helper_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(graph.run.batches, "extract_articles", _failing_articles)
    with pytest.raises(ExtractionError, match="article 'a05': relation assembly failed"):
        list(extract_in_processes(_articles(8), processes=2, batch_size=1))


def test_a_helper_that_dies_stops_the_build_with_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(graph.run.processes, "extract_batch", _dying_batch)
    with pytest.raises(ExtractionError, match="worker process failed: a helper process died"):
        list(extract_in_processes(_articles(6), processes=2, batch_size=1))


def test_one_process_needs_no_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("no process pool for one process")

    monkeypatch.setattr(graph.run.processes, "ProcessPoolExecutor", no_pool)
    results = list(extract_in_processes(_articles(3), processes=1))
    assert [r.article.id for r in results] == ["a00", "a01", "a02"]


def test_two_process_export_writes_the_same_bytes(examples_dir: Path, tmp_path: Path) -> None:
    built = build_from_paths([examples_dir])
    one = write_outputs(built, tmp_path / "one", list(output_formats()))
    two = write_outputs(built, tmp_path / "two", list(output_formats()), processes=2)
    assert {name: path.name for name, path in one.items()} == {
        name: path.name for name, path in two.items()
    }
    for name, path in one.items():
        assert path.read_bytes() == two[name].read_bytes(), name


def test_a_forked_writer_failure_is_raised_as_its_own_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(NotADirectoryError):
        ForkedJob(Path.write_text, blocker / "graph.ttl", "x").wait()
    with pytest.raises(RuntimeError, match="boom: ZeroDivisionError"):
        ForkedJob(_boom).wait()


def _boom() -> None:
    raise ZeroDivisionError("division by zero")


def test_cli_with_two_processes_writes_the_one_process_files(
    examples_dir: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    for name, extra in (("one", []), ("two", ["-j", "2"])):
        done = runner.invoke(
            app, ["build", str(examples_dir), "--out", str(tmp_path / name), "--no-cache", *extra]
        )
        assert done.exit_code == 0, done.output
    for file_name in (entry.file_name for entry in output_formats().values()):
        assert (tmp_path / "one" / file_name).read_bytes() == (
            tmp_path / "two" / file_name
        ).read_bytes(), file_name


def test_no_rdf_format_forks_no_writer_and_builds_no_triples(
    examples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graph.export as export
    import graph.export.rdf as rdf

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("nothing RDF to write")

    built = build_from_paths([examples_dir])
    monkeypatch.setattr(export, "ForkedJob", refuse)
    monkeypatch.setattr(rdf, "plain_triples", refuse)
    written = write_outputs(built, tmp_path, ["json", "html"], processes=2)
    assert sorted(written) == ["html", "json"]
