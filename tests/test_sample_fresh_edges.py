"""scripts/sample_fresh_edges.py: the fresh draw leaves the yardstick out, for either source."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "sample_fresh_edges", REPO / "scripts" / "sample_fresh_edges.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpus(tmp_path: Path, ids: list[str]) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": i, "title": i, "text": "Text."}) for i in ids]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_wikinews_source_takes_every_article_outside_the_yardstick(tmp_path: Path) -> None:
    script = _script()
    listed = json.loads((REPO / "eval/yardstick/articles.json").read_text())["articles"]
    in_yardstick = next(a["id"] for a in listed if a["id"].startswith("wikinews-"))
    corpus = _corpus(tmp_path, ["wikinews-Fresh_one", in_yardstick, "wikinews-Fresh_two"])
    drawn = [json.loads(line)["id"] for line in script.draw_lines(5, 0, corpus)]
    assert drawn == ["wikinews-Fresh_one", "wikinews-Fresh_two"]
    assert script.SOURCES["wikinews"].name == "wikinews_politics.jsonl"


def test_seeded_draw_is_repeatable_and_reuters_stays_the_default(tmp_path: Path) -> None:
    script = _script()
    corpus = _corpus(tmp_path, [f"reuters21578-fresh{n}" for n in range(20)])
    assert script.draw_lines(7, 3, corpus) == script.draw_lines(7, 3, corpus)
    assert len(set(script.draw_lines(7, 3, corpus))) == 3
    assert next(iter(script.SOURCES)) == "reuters"
    assert script.SOURCES["reuters"] == script.CORPUS
