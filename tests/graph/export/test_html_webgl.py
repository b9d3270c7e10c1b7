"""The WebGL page: chosen by size or on request, sigma.js and graphology inlined and pinned."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import networkx as nx
import pytest
from typer.testing import CliRunner

from graph.cli.main import app
from graph.export.html import WEBGL_THRESHOLD, to_html, write_html
from graph.export.html_payload import DEFAULT_TOP_N, build_payload, choose_renderer
from graph.export.json import write_json

from .test_html import hostile_graph, payload_of

SCRIPTS = Path(__file__).resolve().parents[3] / "scripts"


def _vendor_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsgraph_vendor_js", SCRIPTS / "vendor_js.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # Its dataclasses look their module up in sys.modules while being defined.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _star(leaves: int) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(articles={})
    graph.add_node("hub", label="Hub", type="Country", articles=[], aliases=[])
    for index in range(leaves):
        graph.add_node(f"n{index}", label=f"Leaf {index}", type="Person", articles=[], aliases=[])
        graph.add_edge("hub", f"n{index}", key="met", predicate="met", cameo="040")
    return graph


def test_auto_draws_with_webgl_only_above_the_threshold() -> None:
    assert choose_renderer(WEBGL_THRESHOLD) == "canvas"
    assert choose_renderer(WEBGL_THRESHOLD + 1) == "webgl"
    assert choose_renderer(WEBGL_THRESHOLD + 1, "canvas") == "canvas"
    assert choose_renderer(3, "webgl") == "webgl"
    with pytest.raises(ValueError, match="unknown renderer 'svg'"):
        choose_renderer(3, "svg")


def test_webgl_opens_on_every_entity_and_canvas_on_the_top_n() -> None:
    graph = _star(DEFAULT_TOP_N + 50)
    assert build_payload(graph)["topN"] == DEFAULT_TOP_N
    webgl = build_payload(graph, renderer="webgl")
    assert webgl["renderer"] == "webgl" and webgl["topN"] == graph.number_of_nodes()
    assert build_payload(graph, renderer="webgl", top_n=10)["topN"] == 10


def test_webgl_page_inlines_sigma_and_graphology_and_requests_nothing(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    write_html(hostile_graph(), path, renderer="webgl")
    page = path.read_text(encoding="utf-8")
    assert payload_of(page)["renderer"] == "webgl"
    assert "Sigma=" in page and ".graphology=" in page and "NewsgraphRenderers.webgl" in page
    assert "new vis.Network" not in page  # only the chosen renderer's library is inlined
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", page, re.I)
    assert "sourceMappingURL" not in page  # dev tools would fetch a map that is not there
    assert "default-src 'none'" in page


def test_same_graph_same_page_byte_for_byte() -> None:
    graph = hostile_graph()
    assert to_html(graph, renderer="webgl") == to_html(graph, renderer="webgl")


def test_vendored_files_match_their_pinned_sha256() -> None:
    vendor = _vendor_script()
    assert vendor.check(vendor.PINS) == []
    assert {pin.package for pin in vendor.PINS} == {"sigma", "graphology"}


def test_view_command_takes_a_renderer(tmp_path: Path) -> None:
    source = tmp_path / "graph.json"
    write_json(_star(5), source)
    out = tmp_path / "view.html"
    result = CliRunner().invoke(app, ["view", str(source), "--renderer", "webgl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert payload_of(out.read_text(encoding="utf-8"))["renderer"] == "webgl"
    bad = CliRunner().invoke(app, ["view", str(source), "--renderer", "svg", "-o", str(out)])
    assert bad.exit_code != 0 and "svg" in bad.output
