"""The view at a glance, on the demo graph and on a graph the size of 2,000 Reuters articles.

What a person sees first: names of the biggest entities, none printed over another; no
isolated entities; selecting fades the rest; the evidence panel marks the trigger and the two
participants; relation names only when zoomed in; no page error and no remote request.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from graph.cli.main import app
from graph.export.html import write_html

from .conftest import EXAMPLES, SEEDS, GuardedPage
from .label_boxes import boxes_overlap
from .news_sized import news_sized_graph

pytestmark = pytest.mark.browser


def _payload(html: Path) -> dict[str, Any]:
    text = html.read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="ng-data">(.*?)</script>', text, re.S)
    assert block
    return dict(json.loads(block.group(1)))


@pytest.fixture(scope="session")
def demo_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What ``make demo`` builds: the seed articles and the sample articles."""
    sources = [str(EXAMPLES)] + ([str(SEEDS)] if SEEDS.is_dir() else [])
    out = tmp_path_factory.mktemp("demo-view")
    result = CliRunner().invoke(app, ["build", *sources, "--out", str(out), "-f", "html"])
    assert result.exit_code == 0, result.output
    return out / "graph.html"


@pytest.fixture(scope="session")
def reuters_sized_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reuters-sized") / "graph.html"
    write_html(news_sized_graph(), path, title="2,000 articles")
    return path


@pytest.fixture(params=["demo", "reuters-sized"])
def view(request: pytest.FixtureRequest) -> Path:
    name = "demo_html" if request.param == "demo" else "reuters_sized_html"
    return Path(request.getfixturevalue(name))


def test_first_view_names_the_biggest_entities_withoutboxes_overlap(
    guarded_page: GuardedPage, view: Path
) -> None:
    guarded_page.open(view)
    page = guarded_page.page
    labels = page.evaluate("window.newsgraph.labels()")
    names = [box for box in labels if box["kind"] == "node"]
    assert len(names) >= 20
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            assert not boxes_overlap(a, b), (a["text"], b["text"])
    # The five biggest entities in sight are named, with their own names.
    biggest = page.evaluate(
        """() => {
            const box = document.querySelector("#ng-graph canvas").getBoundingClientRect();
            const ids = window.network.body.data.nodes.get()
                .sort((a, b) => b.size - a.size).map(n => n.id);
            return ids.filter(id => {
                const p = window.network.canvasToDOM(window.network.getPosition(id));
                return p.x > 60 && p.y > 30 && p.x < box.width - 60 && p.y < box.height - 30;
            }).slice(0, 5);
        }"""
    )
    payload = _payload(view)
    wanted = {n["id"]: n["ngLabel"] for n in payload["nodes"]}
    named = {box["id"]: box["text"] for box in names}
    assert len(biggest) == 5
    for node in biggest:
        assert named.get(node) == wanted[node]
    guarded_page.assert_clean()


def test_isolated_entities_are_hidden_until_asked_for(
    guarded_page: GuardedPage, view: Path
) -> None:
    guarded_page.open(view)
    page = guarded_page.page
    payload = _payload(view)
    isolated = {n["id"] for n in payload["nodes"] if n["ngDegree"] == 0}
    assert isolated
    shown = set(page.evaluate("window.network.body.data.nodes.getIds()"))
    assert shown and not shown & isolated
    page.check("#ng-isolated")
    if page.is_enabled("#ng-all"):
        page.click("#ng-all")
    shown = set(page.evaluate("window.network.body.data.nodes.getIds()"))
    assert isolated <= shown
    # The minimum-degree filter keeps only the better connected.
    page.uncheck("#ng-isolated")
    page.fill("#ng-min-degree", "3")
    page.dispatch_event("#ng-min-degree", "change")
    degrees = page.evaluate("window.network.body.data.nodes.get().map(n => n.ngDegree)")
    assert degrees and min(degrees) >= 3
    guarded_page.assert_clean()


_PIXEL = """(id) => {
    const canvas = document.querySelector("#ng-graph canvas");
    const p = window.network.canvasToDOM(window.network.getPosition(id));
    const ratio = canvas.width / canvas.clientWidth;
    const d = canvas.getContext("2d")
        .getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
    return [d[0], d[1], d[2]];
}"""


def _saturation(rgb: list[int]) -> int:
    return max(rgb) - min(rgb)


def test_selecting_fades_everything_else(guarded_page: GuardedPage, view: Path) -> None:
    guarded_page.open(view)
    page = guarded_page.page
    # A big entity not linked to the one selected, in sight, and clear of the selection's lit
    # relations and names (drawn on top of the faded rest): its colour before and after.
    hub, other = page.evaluate(
        """() => {
            const nodes = window.network.body.data.nodes.get().sort((a, b) => b.size - a.size);
            const hub = nodes[0].id;
            const near = window.network.getConnectedNodes(hub);
            const at = (id) => window.network.canvasToDOM(window.network.getPosition(id));
            const box = document.querySelector("#ng-graph canvas").getBoundingClientRect();
            const h = at(hub);
            const lit = near.map(at);
            const fromSegment = (p, a, b) => {
                const dx = b.x - a.x, dy = b.y - a.y;
                const t = Math.max(0, Math.min(1,
                    ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
                return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
            };
            const clear = (p) => [h, ...lit].every(q => Math.hypot(p.x - q.x, p.y - q.y) > 60)
                && lit.every(q => fromSegment(p, h, q) > 12);
            const other = nodes.find(n => n.id !== hub && !near.includes(n.id) && (() => {
                const p = at(n.id);
                return p.x > 20 && p.y > 20 && p.x < box.width - 420 && p.y < box.height - 20
                    && clear(p);
            })());
            return [hub, other.id];
        }"""
    )
    before = page.evaluate(_PIXEL, other)
    page.evaluate("(id) => window.newsgraph.select(id, {keepView: true})", hub)
    page.wait_for_timeout(200)
    after = page.evaluate(_PIXEL, other)
    focus = page.evaluate("() => Array.from(window.newsgraph.focus().nodes)")
    assert hub in focus and other not in focus
    assert _saturation(before) > 60, before
    assert _saturation(after) < _saturation(before) / 2, (before, after)
    assert min(after) > 180  # washed towards white
    # Clicking nothing clears the selection and the panel.
    page.keyboard.press("Escape")
    assert page.evaluate("window.newsgraph.focus()") is None
    assert page.is_hidden("#ng-details")
    guarded_page.assert_clean()


def test_evidence_panel_marks_trigger_and_participants(
    guarded_page: GuardedPage, view: Path
) -> None:
    guarded_page.open(view)
    page = guarded_page.page
    payload = _payload(view)
    details = payload["details"]["edges"]
    edge = next(
        e
        for e in payload["edges"]
        if any(
            {m[2] for m in ev["marks"]} == {"trigger", "subject", "object"}
            for ev in details[e["id"]]["evidence"]
        )
    )
    page.evaluate("(id) => window.newsgraph.selectEdge(id)", edge["id"])
    assert page.get_attribute("#ng-details", "data-kind") == "edge"
    evidence = next(
        ev
        for ev in details[edge["id"]]["evidence"]
        if {m[2] for m in ev["marks"]} == {"trigger", "subject", "object"}
    )
    marked = page.eval_on_selector_all(
        "#ng-details blockquote mark", "ms => ms.map(m => [m.className, m.textContent])"
    )
    for start, end, kind in evidence["marks"]:
        assert [f"ng-mark-{kind}", evidence["sentence"][start:end]] in marked
    # The chosen relation is drawn out of the faded rest, and its name is written.
    assert page.evaluate("window.newsgraph.focus().edge") == edge["id"]
    written = [b["text"] for b in page.evaluate("window.newsgraph.labels()") if b["kind"] == "edge"]
    assert edge["ngLabel"] in written
    assert "Modality" in page.text_content("#ng-details")
    guarded_page.assert_clean()


def test_relation_names_only_when_zoomed_in(guarded_page: GuardedPage, view: Path) -> None:
    guarded_page.open(view)
    page = guarded_page.page
    edge_labels = """() => window.newsgraph.labels().filter(b => b.kind === "edge").length"""
    page.evaluate("window.network.moveTo({scale: 0.3, animation: false})")
    page.wait_for_timeout(100)
    assert page.evaluate(edge_labels) == 0
    page.evaluate(
        """() => {
            const hub = window.network.body.data.nodes.get().sort((a, b) => b.size - a.size)[0];
            window.network.moveTo({position: window.network.getPosition(hub.id), scale: 1.5,
                                   animation: false});
        }"""
    )
    page.wait_for_timeout(100)
    assert page.evaluate(edge_labels) > 0
    guarded_page.assert_clean()


def test_view_around_selects_and_centres_the_entity(
    guarded_page: GuardedPage, tmp_path: Path
) -> None:
    source = tmp_path / "graph.json"
    from graph.export.json import write_json

    write_json(news_sized_graph(600, 300, 0.5), source)
    out = tmp_path / "around.html"
    result = CliRunner().invoke(
        app, ["view", str(source), "--around", "United States", "--hops", "1", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    guarded_page.open(out)
    page = guarded_page.page
    assert page.evaluate("window.network.getSelectedNodes()") == ["country/e0"]
    assert page.text_content("#ng-details h2") == "United States"
    # Centred in the part of the canvas the details panel leaves free.
    x, y, free_width, height = page.evaluate(
        """() => {
            const canvas = document.querySelector("#ng-graph canvas");
            const p = window.network.canvasToDOM(window.network.getPosition("country/e0"));
            const panel = document.getElementById("ng-details").offsetWidth;
            return [p.x, p.y, canvas.clientWidth - panel, canvas.clientHeight];
        }"""
    )
    assert abs(x - free_width / 2) < 5 and abs(y - height / 2) < 5
    guarded_page.assert_clean()
