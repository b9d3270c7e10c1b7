"""Readers and writers found through entry points: another package adds an input or an export
format by declaring it, with no change to newsgraph.

Each test installs a real distribution into a temporary folder on ``sys.path`` (a module plus
its ``*.dist-info`` with ``entry_points.txt``), which ``importlib.metadata`` finds exactly as it
finds one installed by pip.
"""

from __future__ import annotations

import logging
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.ingest.read import BUILT_IN_READERS, article_readers, read_articles, reader_for
from graph.cli.main import app
from graph.export import output_formats, parse_formats
from graph.export.registry import BUILT_IN_FORMATS

PLUGIN_MODULE = '''
"""A plugin of newsgraph: Markdown articles in, a list of node keys out."""

from extract.ingest.read import ArticleReader
from extract.types import Article
from graph.export.atomic import write_text_atomic
from graph.export.registry import OutputFormat


def read_markdown(path, context):
    """"# Title" on the first line, the article below it."""
    title, _, body = path.read_text(encoding="utf-8").partition("\\n")
    yield Article(id=path.stem, text=body.strip(), title=title.lstrip("# ").strip())


def write_node_list(graph, path):
    write_text_atomic(path, "".join(f"{node}\\n" for node in sorted(graph.nodes)))


MARKDOWN = ArticleReader("markdown", frozenset({".md"}), read_markdown)
NODE_LIST = OutputFormat("nodes", "graph.nodes.txt", write_node_list)
NOT_A_FORMAT = "just a string"
STEALS_TXT = ArticleReader("plain", frozenset({".txt"}), read_markdown)
'''

ENTRY_POINTS = """
[newsgraph.readers]
markdown = newsgraph_test_plugin:MARKDOWN
plain = newsgraph_test_plugin:STEALS_TXT

[newsgraph.writers]
nodes = newsgraph_test_plugin:NODE_LIST
broken = newsgraph_test_plugin:NOT_A_FORMAT
missing = newsgraph_test_plugin:NO_SUCH_NAME
"""


def _clear_registries() -> None:
    article_readers.cache_clear()
    output_formats.cache_clear()


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The plugin distribution installed on ``sys.path`` for one test."""
    site = tmp_path / "site"
    info = site / "newsgraph_test_plugin-0.1.dist-info"
    info.mkdir(parents=True)
    (site / "newsgraph_test_plugin.py").write_text(PLUGIN_MODULE, encoding="utf-8")
    metadata = "Metadata-Version: 2.1\nName: newsgraph-test-plugin\nVersion: 0.1\n"
    (info / "METADATA").write_text(metadata, encoding="utf-8")
    (info / "entry_points.txt").write_text(textwrap.dedent(ENTRY_POINTS), encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    _clear_registries()
    yield site
    monkeypatch.undo()
    _clear_registries()


def test_built_in_formats_without_plugins() -> None:
    assert list(article_readers().values()) == list(BUILT_IN_READERS)
    assert list(output_formats().values()) == list(BUILT_IN_FORMATS)
    assert reader_for("story.md") is None


def test_an_entry_point_reader_reads_its_suffix(plugin: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "talks.md").write_text("# Talks end\nThe talks ended in Vienna.\n", "utf-8")
    (folder / "other.txt").write_text("Other\n\nSpain spoke.\n", "utf-8")
    assert reader_for(folder / "talks.md").name == "markdown"  # type: ignore[union-attr]
    articles = {article.id: article for article in read_articles([folder])}
    assert articles["talks"].title == "Talks end"
    assert articles["talks"].text == "The talks ended in Vienna."
    assert articles["other"].title == "Other"  # .txt is still the built-in reader's


def test_an_entry_point_writer_is_a_format_of_the_cli(plugin: Path, tmp_path: Path) -> None:
    assert parse_formats("json,nodes") == ["json", "nodes"]
    article = tmp_path / "articles" / "talks.md"
    article.parent.mkdir()
    article.write_text("# Talks\nRussia and Spain signed a joint treaty.\n", "utf-8")
    out = tmp_path / "out"
    done = CliRunner().invoke(
        app, ["build", str(article.parent), "-f", "nodes", "--no-cache", "--out", str(out)]
    )
    assert done.exit_code == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["graph.nodes.txt"]
    assert "country/RU\n" in (out / "graph.nodes.txt").read_text(encoding="utf-8")


def test_broken_entry_points_are_left_out_with_a_warning(
    plugin: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        formats, readers = output_formats(), article_readers()
    assert "broken" not in formats and "missing" not in formats
    assert "plain" not in readers and reader_for("a.txt").name == "text"  # type: ignore[union-attr]
    warned = caplog.text
    assert "broken" in warned and "expected OutputFormat, got str" in warned
    assert "missing" in warned and "not loaded" in warned
    assert "plain" in warned and "suffixes .txt are read already" in warned
