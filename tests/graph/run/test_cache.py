"""The result cache: keys follow content and pipeline, rebuilds re-extract only what changed."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.types import Article, ArticleResult, Entity, EntityType
from graph.cli.main import app
from graph.export.json import to_json
from graph.run import corpus as corpus_module
from graph.run.cache import ResultCache
from graph.run.corpus import BuildReport, build_from_paths, iter_results
from graph.run.options import BuildOptions


@pytest.fixture
def corpus(tmp_path: Path, examples_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    names = [p.name for p in sorted(examples_dir.glob("*.txt"))][:3]
    for name in names:
        shutil.copy(examples_dir / name, folder / name)
    return folder


def test_key_follows_content_and_pipeline_not_source() -> None:
    cache = ResultCache("/unused", fingerprint="p1")
    article = Article("a1", "Talks ended.", "Talks", "2018-01-02", source="x/a1.txt")
    moved = Article("a1", "Talks ended.", "Talks", "2018-01-02", source="y/a1.txt")
    edited = Article("a1", "Talks resumed.", "Talks", "2018-01-02")
    assert cache.key(article) == cache.key(moved)
    assert cache.key(article) != cache.key(edited)
    assert cache.key(article) != ResultCache("/unused", fingerprint="p2").key(article)


def test_round_trip_and_damaged_entries_are_misses(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, fingerprint="p")
    article = Article("a1", "Russia spoke.", source="first.txt")
    result = ArticleResult(article, (Entity("country/RU", "Russia", EntityType.COUNTRY),))
    assert cache.get(article) is None
    cache.put(result)
    assert cache.get(article) == result
    # the current article (with its current source) is the one returned
    moved = Article("a1", "Russia spoke.", source="second.txt")
    assert cache.get(moved) == ArticleResult(moved, result.entities)
    [entry] = tmp_path.rglob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert cache.get(article) is None
    assert not list(tmp_path.rglob("*.tmp"))  # atomic writes leave no temp files behind


def test_rebuild_extracts_only_changed_articles(corpus: Path, tmp_path: Path) -> None:
    cached = BuildOptions(cache_dir=tmp_path / "cache")
    first = BuildReport()
    graph = build_from_paths([corpus], cached, first)
    assert (first.articles, first.extracted, first.from_cache) == (3, 3, 0)

    again = BuildReport()
    cached_graph = build_from_paths([corpus], cached, again)
    assert (again.articles, again.extracted, again.from_cache) == (3, 0, 3)
    assert json.dumps(to_json(cached_graph)) == json.dumps(to_json(graph))

    changed = sorted(corpus.glob("*.txt"))[1]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nFrance denied the report.\n", encoding="utf-8"
    )
    partial = BuildReport()
    updated = build_from_paths([corpus], cached, partial)
    assert (partial.extracted, partial.from_cache) == (1, 2)
    assert json.dumps(to_json(updated)) == json.dumps(to_json(build_from_paths([corpus])))
    assert partial.summary() == "3 articles, 1 extracted, 2 from cache"


def test_cli_says_what_came_from_the_cache(corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["build", str(corpus), "-f", "json", "--cache", str(tmp_path / "c")]
    first = runner.invoke(app, [*args, "--out", str(tmp_path / "o1")])
    assert first.exit_code == 0, first.stderr
    assert "3 articles, 3 extracted, 0 from cache" in first.stderr
    second = runner.invoke(app, [*args, "--out", str(tmp_path / "o2")])
    assert "3 articles, 0 extracted, 3 from cache" in second.stderr
    assert (tmp_path / "o1" / "graph.json").read_bytes() == (
        tmp_path / "o2" / "graph.json"
    ).read_bytes()


def test_no_cache_neither_reads_nor_writes(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path / "default-cache"))
    result = CliRunner().invoke(
        app, ["build", str(corpus), "-f", "json", "--out", str(tmp_path / "o"), "--no-cache"]
    )
    assert result.exit_code == 0, result.stderr
    assert "3 extracted, 0 from cache" in result.stderr
    assert not (tmp_path / "default-cache").exists()


def test_unwritable_cache_is_one_clear_error(corpus: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["build", str(corpus), "--out", str(tmp_path / "o"), "--cache", str(blocker)]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith(f"newsgraph: error: {blocker}: cannot write the cache")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o").exists()


def test_hits_after_a_miss_wait_as_articles_beyond_a_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parser reads ahead to fill its batch; the cache hits it passes wait for the miss before
    them. Past ``MAX_HELD_HITS`` they wait as bare articles and are read again in turn, so
    memory does not grow with the number of hits, and the results come in reading order."""
    monkeypatch.setattr(corpus_module, "MAX_HELD_HITS", 3)
    articles = [Article(f"a{n}", f"Text number {n}.") for n in range(40)]
    gone_after_lookup: list[Article] = []

    def read_everything_first(stream: Iterable[Article]) -> Iterator[ArticleResult]:
        batch = list(stream)  # as a batching parser: every article is read before a result
        while gone_after_lookup:  # an entry removed by hand after it was found
            cache._path(cache.key(gone_after_lookup.pop())).unlink()
        for article in batch:
            yield ArticleResult(
                article, (Entity(f"person/{article.id}", article.id, EntityType.PERSON),)
            )

    options = BuildOptions(cache_dir=tmp_path / "cache", extractor=read_everything_first)
    cache = ResultCache(tmp_path / "cache", model=options.model)
    expected = list(iter_results(articles, options))  # fills the cache
    for article in (articles[0], articles[39]):
        cache._path(cache.key(article)).unlink()
    gone_after_lookup.append(articles[20])
    held: list[int] = []
    look_up = corpus_module._Waiting.look_up

    def spy(self: corpus_module._Waiting, article: Article) -> bool:
        found = look_up(self, article)
        held.append(self.held)
        return found

    monkeypatch.setattr(corpus_module._Waiting, "look_up", spy)
    report = BuildReport()
    assert list(iter_results(articles, options, report)) == expected
    assert max(held) == 3  # never more than MAX_HELD_HITS results waiting
    assert (report.extracted, report.from_cache) == (3, 37)  # a0, a39, and a20 again
