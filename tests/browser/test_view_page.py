"""The HTML view in a real browser: load, search, filter, panels, neighbourhood, top-N, XSS."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.cli.main import app
from graph.export.html import write_html
from graph.export.html_page import RENDERER_SCRIPTS
from graph.merge.build import build_graph

from .conftest import BuiltView, GuardedPage

pytestmark = pytest.mark.browser

VISIBLE_NODES = "window.network.body.data.nodes.length"
VISIBLE_EDGES = "window.network.body.data.edges.length"


def _click_edge(page: Any, edge_id: str) -> None:
    """Click the middle of an edge on the canvas, as a user would."""
    x, y = page.evaluate(
        """(id) => {
            const point = window.network.body.edges[id].edgeType.getPoint(0.5);
            const dom = window.network.canvasToDOM(point);
            const box = document.querySelector("#ng-graph canvas").getBoundingClientRect();
            return [box.left + dom.x, box.top + dom.y];
        }""",
        edge_id,
    )
    page.mouse.click(x, y)


def _linked(graph: dict[str, Any]) -> int:
    """Entities with at least one relation: the ones the view shows by default."""
    ends = {e["source"] for e in graph["edges"]} | {e["target"] for e in graph["edges"]}
    return sum(1 for n in graph["nodes"] if n["id"] in ends)


def test_seeds_view_loads_offline_with_every_linked_node(
    guarded_page: GuardedPage, seeds_view: BuiltView
) -> None:
    guarded_page.open(seeds_view.html)
    page = guarded_page.page
    nodes, linked = len(seeds_view.graph["nodes"]), _linked(seeds_view.graph)
    assert page.evaluate(VISIBLE_NODES) == linked  # the seeds fit in the default top-N
    assert page.evaluate(VISIBLE_EDGES) == len(seeds_view.graph["edges"])
    assert page.text_content("#ng-status").startswith(f"Showing {linked} of {nodes} entities")
    page.check("#ng-isolated")  # entities without relations, hidden by default
    assert page.evaluate(VISIBLE_NODES) == nodes
    legend = page.text_content("#ng-types")
    for name, count in Counter(n["type"] for n in seeds_view.graph["nodes"]).items():
        assert f"{name} ({count})" in legend
    guarded_page.assert_clean()


def test_search_finds_lavrov_and_selects_him(
    guarded_page: GuardedPage, seeds_view: BuiltView
) -> None:
    guarded_page.open(seeds_view.html)
    page = guarded_page.page
    page.fill("#ng-search", "lavrov")
    assert "Sergei Lavrov" in page.text_content("#ng-search-results")  # suggestions
    page.press("#ng-search", "Enter")
    assert page.evaluate("window.network.getSelectedNodes()") == ["person/sergei-lavrov"]
    assert page.text_content("#ng-details h2") == "Sergei Lavrov"
    assert "Foreign Minister" in page.text_content("#ng-details")
    guarded_page.assert_clean()


def test_type_filter_hides_that_type(guarded_page: GuardedPage, seeds_view: BuiltView) -> None:
    guarded_page.open(seeds_view.html)
    page = guarded_page.page
    page.check("#ng-isolated")
    page.uncheck("#ng-orphans")  # so that hiding a type hides exactly its entities
    events = sum(1 for n in seeds_view.graph["nodes"] if n["type"] == "Event")
    assert events > 0
    page.uncheck('#ng-types [data-type="Event"] input')
    assert page.evaluate(VISIBLE_NODES) == len(seeds_view.graph["nodes"]) - events
    shown_types = page.evaluate("window.network.body.data.nodes.get().map(n => n.ngType)")
    assert "Event" not in shown_types
    page.check('#ng-types [data-type="Event"] input')
    assert page.evaluate(VISIBLE_NODES) == len(seeds_view.graph["nodes"])
    guarded_page.assert_clean()


def test_clicking_an_edge_opens_its_evidence(
    guarded_page: GuardedPage, seeds_view: BuiltView
) -> None:
    guarded_page.open(seeds_view.html)
    page = guarded_page.page
    page.fill("#ng-search", "Lavrov")
    page.press("#ng-search", "Enter")
    page.evaluate("window.network.fit({animation: false})")
    # An edge of Lavrov's that is the only one between its two nodes (a straight line) and
    # whose middle no other edge or node covers, so a click there can only mean that edge.
    edge_id = page.evaluate(
        """() => {
            const all = window.newsgraph.edges.get();
            const pairs = {};
            const pair = (e) => [e.from, e.to].sort().join(" ");
            all.forEach(e => { pairs[pair(e)] = (pairs[pair(e)] || 0) + 1; });
            const clear = (e) => {
                const middle = window.network.body.edges[e.id].edgeType.getPoint(0.5);
                const dom = window.network.canvasToDOM(middle);
                return window.network.getNodeAt(dom) === undefined
                    && window.network.getEdgeAt(dom) === e.id;
            };
            return all.find(e => e.from === "person/sergei-lavrov" && pairs[pair(e)] === 1
                && clear(e)).id;
        }"""
    )
    _click_edge(page, edge_id)
    assert page.get_attribute("#ng-details", "data-kind") == "edge"
    assert page.text_content("#ng-details h2").startswith("Sergei Lavrov")
    shown = page.eval_on_selector_all("#ng-details blockquote", "q => q.map(x => x.textContent)")
    edge = page.evaluate("(id) => window.newsgraph.edges.get(id)", edge_id)
    wanted = (edge["from"], edge["to"], edge["ngPredicate"])
    expected = [
        evidence["sentence"]
        for e in seeds_view.graph["edges"]
        if (e["source"], e["target"], e["predicate"]) == wanted
        for evidence in e["evidence"]
    ]
    assert shown == expected and shown
    guarded_page.assert_clean()


def test_neighbourhood_then_reset(guarded_page: GuardedPage, seeds_view: BuiltView) -> None:
    guarded_page.open(seeds_view.html)
    page = guarded_page.page
    graph = nx.node_link_graph(seeds_view.graph, edges="edges")
    expected = len(nx.ego_graph(graph.to_undirected(), "person/sergei-lavrov", radius=1))
    page.fill("#ng-search", "Lavrov")
    page.press("#ng-search", "Enter")
    page.click("#ng-details button:not(.ng-close)")  # "Show only its 1-hop neighbourhood"
    assert page.evaluate(VISIBLE_NODES) == expected
    assert "(neighbourhood)" in page.text_content("#ng-status")
    page.click("#ng-reset")
    assert page.evaluate(VISIBLE_NODES) == _linked(seeds_view.graph)
    assert page.evaluate("window.network.getSelectedNodes()") == []
    guarded_page.assert_clean()


def _star_graph(leaves: int) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(articles={"a1": {"title": "t", "date": "2020-01-01"}})
    graph.add_node("country/XX", label="Hub", type="Country", articles=["a1"], aliases=[])
    for i in range(leaves):
        key = f"person/p{i}"
        graph.add_node(key, label=f"P {i}", type="Person", articles=["a1"], aliases=[])
        for j in range(i % 3 + 1):  # uneven degrees so the ranking matters
            graph.add_edge(
                key,
                "country/XX",
                key=f"met{j}",
                predicate="met",
                cameo="040",
                negated=False,
                articles=["a1"],
                evidence=[],
                date=f"2020-0{j + 1}-01",
                modality="",
            )
    return graph


def test_top_n_opens_small_and_shows_more(guarded_page: GuardedPage, tmp_path: Path) -> None:
    path = tmp_path / "star.html"
    write_html(_star_graph(40), path, top_n=5)
    guarded_page.open(path)
    page = guarded_page.page
    assert page.evaluate(VISIBLE_NODES) == 5
    page.click("#ng-more")
    assert page.evaluate(VISIBLE_NODES) == 10
    page.click("#ng-all")
    assert page.evaluate(VISIBLE_NODES) == 41
    assert page.is_disabled("#ng-more")
    # A date range hides the relations dated outside it.
    total_edges = page.evaluate(VISIBLE_EDGES)
    page.fill("#ng-from", "2020-02-01")
    page.dispatch_event("#ng-from", "change")
    assert 0 < page.evaluate(VISIBLE_EDGES) < total_edges
    guarded_page.assert_clean()


# ---- hostile text ----

ATTACKS = (
    "<script>window.__pwned = 'script'</script>",
    "<img src=x onerror=\"window.__pwned = 'img'\">",
    "\"'><svg onload=\"window.__pwned = 'svg'\">",
    "</script><script>window.__pwned = 'close'</script>",
)
HOSTILE = " ".join(ATTACKS)


def _hostile_graph() -> nx.MultiDiGraph:
    bad = Entity("person/bad", f"Bad {ATTACKS[1]}", EntityType.PERSON, ATTACKS, role=ATTACKS[0])
    deal = Entity("agreement/deal", f"deal {ATTACKS[2]}", EntityType.AGREEMENT, (ATTACKS[3],))
    sentence = f"Bad signed the deal. {HOSTILE}"
    relations = (
        Relation(bad.key, "signed", deal.key, "057", True, Evidence("a1", sentence, 0, 20)),
        Relation(bad.key, "proposed", deal.key, "030", False, Evidence("a1", sentence, 0, 3)),
    )
    article = Article(
        "a1", sentence, title=HOSTILE, outlet=ATTACKS[1], url="javascript:window.__pwned='url'"
    )
    return build_graph([ArticleResult(article, (bad, deal), relations)])


def _exercise_every_panel(page: Any) -> None:
    page.evaluate(
        """() => {
            window.newsgraph.nodes.getIds().forEach(id => window.newsgraph.showNode(id));
            window.newsgraph.edges.getIds().forEach(id => window.newsgraph.showEdge(id));
        }"""
    )
    page.fill("#ng-search", "Bad")  # suggestions render the hostile label
    page.fill("#ng-search", "svg")
    page.press("#ng-search", "Enter")


def test_hostile_graph_text_cannot_run_script(guarded_page: GuardedPage, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    write_html(_hostile_graph(), path, title=HOSTILE)
    guarded_page.open(path)
    page = guarded_page.page
    _exercise_every_panel(page)
    page.mouse.move(700, 400)
    assert page.evaluate("window.__pwned") is None
    # The search for "svg" selected the deal: its hostile label is shown, as text.
    assert page.text_content("#ng-details h2") == f"deal {ATTACKS[2]}"
    injected = "document.querySelectorAll('#ng-details img, #ng-details svg').length"
    assert page.evaluate(injected) == 0
    # The data block, the canvas renderer's scripts and view.js: nothing injected.
    scripts = 1 + len(RENDERER_SCRIPTS["canvas"][0]) + 1
    assert page.evaluate("document.querySelectorAll('body script').length") == scripts
    assert page.title() == HOSTILE
    guarded_page.assert_clean()


def test_hostile_article_through_the_pipeline_cannot_run_script(
    guarded_page: GuardedPage, tmp_path: Path
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    text = (
        "Russian Foreign Minister Sergei Lavrov proposed a ceasefire agreement with Ukraine on "
        f"Monday. {HOSTILE} Ukraine's President Volodymyr Zelensky rejected the proposal, "
        f'saying "{ATTACKS[1]}" was unacceptable.'
    )
    article = {
        "id": "hostile",
        "title": HOSTILE,
        "date": "2019-05-01",
        "url": "javascript:window.__pwned=1",
        "text": text,
    }
    (articles / "hostile.json").write_text(json.dumps(article), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(articles), "--out", str(out), "-f", "html"])
    assert result.exit_code == 0, result.output
    guarded_page.open(out / "graph.html")
    page = guarded_page.page
    assert page.evaluate(VISIBLE_NODES) > 0
    _exercise_every_panel(page)
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('#ng-details a[href^=javascript]').length") == 0
    guarded_page.assert_clean()
