"""A small run of ``scripts/bench_html.py``: the synthetic graph's shape and every figure."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "bench_html.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsgraph_bench_html", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_graph_has_the_build_shape() -> None:
    graph = _bench().synthetic_graph(200)
    assert graph.number_of_nodes() == 200
    assert 2.5 <= graph.number_of_edges() / 200 <= 3.0
    for _, data in graph.nodes(data=True):
        assert {"label", "type", "aliases", "articles", "role"} <= set(data)
    for _, _, data in graph.edges(data=True):
        assert data["evidence"][0]["sentence"] and data["articles"]
    assert all(
        article in graph.graph["articles"]
        for _, d in graph.nodes(data=True)
        for article in d["articles"]
    )


@pytest.mark.browser
def test_bench_on_a_small_graph_writes_the_table_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("/usr/bin/chromium is not installed")
    result_file = tmp_path / "bench_html.json"
    bench = _bench()
    bench.PAN_SECONDS = 0.3  # a smoke run: the figures exist, their size is not judged
    assert bench.main(["--sizes", "300", "--json", str(result_file)]) == 0
    printed = capsys.readouterr().out
    assert "interactive_s" in printed and "all_drag_fps" in printed
    (row,) = json.loads(result_file.read_text(encoding="utf-8"))["results"]
    # The default top-N, less those left without a relation among the shown.
    assert row["nodes"] == 300 and 200 <= row["visible_nodes"] <= 250
    for name in (
        "first_render_s",
        "interactive_s",
        "select_ms",
        "drag_fps",
        "redraw_ms",
        "all_interactive_s",
        "all_drag_fps",
    ):
        assert row[name] > 0


def test_bench_rejects_bad_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    assert _bench().main(["--sizes", "ten"]) == 2
    assert "--sizes" in capsys.readouterr().err


@pytest.mark.browser
def test_bench_measures_the_webgl_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("/usr/bin/chromium is not installed")
    result_file = tmp_path / "bench_html.json"
    bench = _bench()
    bench.PAN_SECONDS = 0.3
    assert bench.main(["--sizes", "300", "--renderer", "webgl", "--json", str(result_file)]) == 0
    (row,) = json.loads(result_file.read_text(encoding="utf-8"))["results"]
    # The WebGL page opens on every entity with a relation (all of them here).
    assert row["renderer"] == "webgl" and row["visible_nodes"] == 300
    for name in ("first_render_s", "interactive_s", "select_ms", "drag_fps", "redraw_ms"):
        assert row[name] > 0
