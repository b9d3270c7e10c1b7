"""An article whose extraction fails: a one-line error naming it, or, under --skip-bad, a
warning naming its file and line while the articles after it are extracted in the same
spaCy stream.

The failure is real: newsgraph's relation assembly raises inside spaCy's ``nlp.pipe`` for one
article (a rule monkeypatched to break on it), with the real model and components around it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import extract.components
from extract.errors import ExtractionError
from extract.types import Article, ArticleResult
from graph.cli.main import app
from graph.run.corpus import BuildReport, iter_results
from graph.run.options import BuildOptions
from graph.store.store import list_articles, open_store

TEXTS = {
    "first": "Spain accused Russia of meddling.",
    "broken": "France praised Germany for its help.",
    "last": "Italy threatened Austria with sanctions.",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Three articles on three lines of a JSONL file; the second is ``broken``."""
    path = tmp_path / "news.jsonl"
    lines = [json.dumps({"id": key, "text": text}) for key, text in TEXTS.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _break_assembly_of_broken(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make relation assembly raise on the article ``broken`` and work on every other."""
    assemble = extract.components.assemble_result

    def assemble_unless_broken(article: Article, *args: Any, **kwargs: Any) -> ArticleResult:
        if article.id == "broken":
            raise KeyError("unknown country code: 'CS'")
        return assemble(article, *args, **kwargs)

    monkeypatch.setattr(extract.components, "assemble_result", assemble_unless_broken)


@pytest.fixture
def breaks_on_broken(monkeypatch: pytest.MonkeyPatch) -> None:
    """Relation assembly raises on the article ``broken`` and works on every other."""
    _break_assembly_of_broken(monkeypatch)


@pytest.mark.usefixtures("breaks_on_broken")
def test_without_skip_bad_the_failure_names_the_article(corpus: Path) -> None:
    results = iter_results([corpus])
    assert next(results).article.id == "first"  # what came before is yielded
    with pytest.raises(ExtractionError, match="article 'broken': relation assembly failed"):
        next(results)


@pytest.mark.usefixtures("breaks_on_broken")
def test_skip_bad_skips_the_failed_article_and_goes_on(corpus: Path) -> None:
    report = BuildReport()
    # One spaCy batch holds all three articles: the failure must not take the others with it.
    options = BuildOptions(skip_bad=True, batch_size=8)
    results = list(iter_results([corpus], options, report))
    assert [r.article.id for r in results] == ["first", "last"]
    assert results[1].relations  # the article after the failure is extracted in full
    [skipped] = report.skipped
    assert str(skipped) == (
        f"{corpus}:2: article 'broken': relation assembly failed: \"unknown country code: 'CS'\""
    )


def test_skip_bad_keeps_the_order_of_cached_articles_behind_a_failure(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    warm = [
        Article(id=key, text=TEXTS[key], source=f"{corpus}:{n}")
        for n, key in ((1, "first"), (3, "last"))
    ]
    list(iter_results(warm, BuildOptions(cache_dir=cache)))  # both results cached
    _break_assembly_of_broken(monkeypatch)
    report = BuildReport()
    results = list(iter_results([corpus], BuildOptions(skip_bad=True, cache_dir=cache), report))
    assert [r.article.id for r in results] == ["first", "last"]
    assert report.from_cache == 2 and len(report.skipped) == 1


@pytest.mark.usefixtures("breaks_on_broken")
def test_cli_add_skip_bad_warns_and_adds_the_rest(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    runner = CliRunner()
    strict = runner.invoke(app, ["add", str(corpus), "--store", str(tmp_path / "strict")])
    assert strict.exit_code == 1
    assert "article 'broken': relation assembly failed" in strict.output
    assert "Traceback" not in strict.output
    result = runner.invoke(app, ["add", str(corpus), "--store", str(store), "--skip-bad"])
    assert result.exit_code == 0, result.output
    warning = f"skipped: {corpus}:2: article 'broken': relation assembly failed"
    assert warning in " ".join(result.output.split())
    assert sorted(list_articles(open_store(store, read_only=True))) == ["first", "last"]
