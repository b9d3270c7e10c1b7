"""The build's progress bar: a counted total gives a percentage and time left; stages are named."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console

from graph.cli.progress import count_articles, stage_progress


def test_count_articles_counts_files_lines_and_urls(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>Two.</p>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    lines = [json.dumps({"id": str(i), "text": "x"}) for i in range(5)]
    (tmp_path / "more.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    (tmp_path / "list.urls").write_text("# mine\nhttps://a.org/1\nhttps://a.org/2\n", "utf-8")
    assert count_articles([tmp_path]) == 2 + 5 + 2
    assert count_articles([tmp_path / "a.txt", "https://example.org/x"]) == 2
    assert count_articles([tmp_path / "missing"]) is None


def test_a_known_total_shows_percentage_time_left_and_the_stages() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    with stage_progress(console, 4) as progress:
        progress.advance("a1")
        progress.bar.refresh()
        assert "25%" in screen.getvalue() and "1/4" in screen.getvalue()
        assert "-:--:--" in screen.getvalue() or "0:00:0" in screen.getvalue()  # time left
        for article in ("a2", "a3", "a4"):
            progress.advance(article)
        assert progress.bar.tasks[0].description == "merging"
        progress.stage("writing ttl, json")
        progress.bar.refresh()
        assert "writing ttl, json" in screen.getvalue()


def test_an_unknown_or_low_total_counts_articles_without_a_percentage() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    with stage_progress(console, 1) as progress:
        progress.advance("a1")
        progress.advance("a2")  # more than counted: the total follows
        assert progress.bar.tasks[0].total == 2
    with stage_progress(console, None) as progress:
        progress.advance("a1")
        progress.bar.refresh()
        assert "1 articles" in screen.getvalue()
