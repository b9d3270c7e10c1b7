"""The WebGL view (sigma.js), forced on a generated graph the shape of 2,000 Reuters articles.

Big graphs switch to it by themselves (above ``WEBGL_THRESHOLD`` entities); here the switch
is forced so that a graph of a few thousand entities exercises it quickly. What is checked is
what a reader sees: the canvas drawn (read back from a screenshot), names written without
overlap, entities without relations hidden, a selection that fades the rest and fills the
panel, search and ``--around`` centring, filters; no page error and no remote request.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graph.export.html import write_html

from .conftest import GuardedPage
from .label_boxes import boxes_overlap
from .news_sized import news_sized_graph

pytestmark = pytest.mark.browser

# Counts the pixels of a PNG (a data URL) that are coloured (not white or grey), in the page.
_COLOURED_PIXELS = """(url) => new Promise((resolve) => {
    const image = new Image();
    image.onload = () => {
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext("2d");
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        let coloured = 0;
        for (let i = 0; i < pixels.length; i += 4) {
            const high = Math.max(pixels[i], pixels[i + 1], pixels[i + 2]);
            const low = Math.min(pixels[i], pixels[i + 1], pixels[i + 2]);
            if (high - low > 60) { coloured += 1; }
        }
        resolve(coloured);
    };
    image.src = url;
})"""

_VIEWPORT_OF = """(id) => {
    const sigma = window.newsgraph.sigma;
    const at = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(id));
    const box = sigma.getContainer().getBoundingClientRect();
    return {x: at.x + box.left, y: at.y + box.top};
}"""


@pytest.fixture(scope="module")
def news_graph() -> nx.MultiDiGraph:
    return news_sized_graph()


@pytest.fixture(scope="module")
def webgl_html(tmp_path_factory: pytest.TempPathFactory, news_graph: nx.MultiDiGraph) -> Path:
    path = tmp_path_factory.mktemp("webgl") / "graph.html"
    write_html(news_graph, path, title="2,000 articles, WebGL", renderer="webgl")
    return path


def _biggest(graph: nx.MultiDiGraph) -> str:
    return str(max(graph.nodes, key=lambda n: (graph.degree(n), str(n))))


def _coloured_pixels(page: Any) -> int:
    box = page.locator("#ng-graph").bounding_box()
    png = page.screenshot(clip=box)
    url = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return int(page.evaluate(_COLOURED_PIXELS, url))


def test_first_view_is_drawn_by_sigma_with_names_that_do_notboxes_overlap(
    guarded_page: GuardedPage, webgl_html: Path, news_graph: nx.MultiDiGraph
) -> None:
    guarded_page.open(webgl_html)
    page = guarded_page.page
    assert page.evaluate("window.newsgraph.renderer") == "webgl"
    assert page.evaluate("typeof window.network") == "undefined"  # no vis-network here
    assert page.locator("#ng-graph canvas").count() >= 2  # sigma's WebGL and label layers
    assert _coloured_pixels(page) > 2000  # nodes and edges are on screen
    labels = page.evaluate("window.newsgraph.labels()")
    names = [box for box in labels if box["kind"] == "node"]
    assert len(names) >= 20
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            assert not boxes_overlap(a, b), (a["text"], b["text"])
    # The hub is named, with its own name.
    hub = _biggest(news_graph)
    assert news_graph.nodes[hub]["label"] in {box["text"] for box in names}
    guarded_page.assert_clean()


def test_entities_without_relations_are_hidden_until_asked_for(
    guarded_page: GuardedPage, webgl_html: Path, news_graph: nx.MultiDiGraph
) -> None:
    guarded_page.open(webgl_html)
    page = guarded_page.page
    lonely = next(n for n in news_graph.nodes if news_graph.degree(n) == 0)
    hidden = "(id) => window.newsgraph.sigma.getNodeDisplayData(id).hidden"
    assert page.evaluate(hidden, lonely) is True
    page.check("#ng-isolated")
    page.evaluate("window.newsgraph.sigma.refresh()")
    assert page.evaluate(hidden, lonely) is False
    guarded_page.assert_clean()


def test_clicking_an_entity_fades_the_rest_and_fills_the_panel(
    guarded_page: GuardedPage, webgl_html: Path, news_graph: nx.MultiDiGraph
) -> None:
    guarded_page.open(webgl_html)
    page = guarded_page.page
    hub = _biggest(news_graph)
    before = _coloured_pixels(page)
    at = page.evaluate(_VIEWPORT_OF, hub)
    page.mouse.click(at["x"], at["y"])
    page.wait_for_selector("#ng-details[data-kind=node]")
    assert page.text_content("#ng-details h2") == news_graph.nodes[hub]["label"]
    focus = page.evaluate(
        "() => { const f = window.newsgraph.focus(); return [f.node, f.nodes.size]; }"
    )
    assert focus == [hub, len(set(nx.all_neighbors(news_graph, hub)) | {hub})]
    page.wait_for_timeout(200)  # sigma draws on the next animation frame
    after = _coloured_pixels(page)
    assert after < before * 0.8, (before, after)  # the rest went grey
    stranger = next(
        n for n in news_graph.nodes if news_graph.degree(n) and n not in focus and n != hub
    )
    colour = "(id) => window.newsgraph.sigma.getNodeDisplayData(id).color"
    assert page.evaluate(colour, stranger) == "#e6e6e6"
    assert page.evaluate(colour, hub) == page.evaluate(
        "(id) => window.newsgraph.graph.getNodeAttribute(id, 'color')", hub
    )
    page.keyboard.press("Escape")
    assert page.is_hidden("#ng-details")
    guarded_page.assert_clean()


def test_a_relation_is_marked_on_the_canvas_and_its_evidence_in_the_panel(
    guarded_page: GuardedPage, webgl_html: Path
) -> None:
    guarded_page.open(webgl_html)
    page = guarded_page.page
    edge = page.evaluate("window.newsgraph.graph.edges()[0]")
    page.evaluate("(id) => window.newsgraph.selectEdge(id)", edge)
    page.wait_for_selector("#ng-details[data-kind=edge]")
    for kind in ("trigger", "subject", "object"):
        assert page.locator(f"#ng-details blockquote mark.ng-mark-{kind}").count() >= 1
    shown = page.evaluate("(id) => window.newsgraph.sigma.getEdgeDisplayData(id)", edge)
    assert shown["color"] == "#ffb000" and shown["size"] >= 5
    guarded_page.assert_clean()


def test_search_and_around_select_and_centre_in_the_free_part(
    guarded_page: GuardedPage, webgl_html: Path, news_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    target = sorted(n for n in news_graph.nodes if 0 < news_graph.degree(n) < 4)[0]
    label = news_graph.nodes[target]["label"]
    guarded_page.open(webgl_html)
    page = guarded_page.page
    page.fill("#ng-search", label)
    page.press("#ng-search", "Enter")
    page.wait_for_selector("#ng-details[data-kind=node]")
    assert page.text_content("#ng-details h2") == label
    _assert_centred(page, target)
    focused = tmp_path / "around.html"
    write_html(news_graph, focused, focus=target, renderer="webgl")
    guarded_page.open(focused)
    assert page.text_content("#ng-details h2") == label
    _assert_centred(page, target)
    guarded_page.assert_clean()


def _assert_centred(page: Any, node: str) -> None:
    at = page.evaluate(_VIEWPORT_OF, node)
    graph_box = page.locator("#ng-graph").bounding_box()
    panel_box = page.locator("#ng-details").bounding_box()
    free_middle = (graph_box["x"] + panel_box["x"]) / 2
    assert abs(at["x"] - free_middle) < 40, (at, free_middle)
    assert abs(at["y"] - (graph_box["y"] + graph_box["height"] / 2)) < 40


def test_type_filter_hides_its_entities(
    guarded_page: GuardedPage, webgl_html: Path, news_graph: nx.MultiDiGraph
) -> None:
    guarded_page.open(webgl_html)
    page = guarded_page.page
    person = next(
        n for n, d in news_graph.nodes(data=True) if d["type"] == "Person" and news_graph.degree(n)
    )
    hidden = "(id) => window.newsgraph.sigma.getNodeDisplayData(id).hidden"
    assert page.evaluate(hidden, person) is False
    page.uncheck('#ng-types [data-type="Person"] input')
    assert page.evaluate(hidden, person) is True
    guarded_page.assert_clean()


def test_an_empty_graph_opens_too(guarded_page: GuardedPage, tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    write_html(nx.MultiDiGraph(articles={}), path, renderer="webgl")
    guarded_page.open(path)
    assert guarded_page.page.text_content("#ng-summary") == "(0 entities · 0 relations)"
    guarded_page.assert_clean()


def test_double_click_shows_the_neighbourhood_and_min_degree_filters(
    guarded_page: GuardedPage, webgl_html: Path, news_graph: nx.MultiDiGraph
) -> None:
    guarded_page.open(webgl_html)
    page = guarded_page.page
    hub = _biggest(news_graph)
    at = page.evaluate(_VIEWPORT_OF, hub)
    page.mouse.dblclick(at["x"], at["y"])
    page.wait_for_selector("#ng-details[data-kind=node]")
    near = set(nx.all_neighbors(news_graph, hub)) | {hub}
    assert set(page.evaluate("Array.from(window.newsgraph.state.focus)")) == near
    assert f"Showing {len(near)} of" in page.text_content("#ng-status")
    page.click("#ng-reset")
    page.fill("#ng-min-degree", "5")
    page.dispatch_event("#ng-min-degree", "change")
    shown = page.evaluate(
        """() => { const s = window.newsgraph.sigma;
            return s.getGraph().filterNodes((id) => !s.getNodeDisplayData(id).hidden); }"""
    )
    assert shown and all(news_graph.degree(node) >= 5 for node in shown)
    guarded_page.assert_clean()
