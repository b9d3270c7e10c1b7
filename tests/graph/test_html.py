"""HTML view: one offline file, hostile text only ever escaped, pyvis input not mutated."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import networkx as nx
import pytest

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.build import build_graph
from graph.export.html import PHYSICS_NODE_LIMIT, to_html, to_network, write_html

XSS = '<script>alert(1)</script><img src=x onerror=alert(1)> "quoted" \'single\' <a href="x">'


def hostile_graph() -> nx.MultiDiGraph:
    bad = Entity("person/bad", f"Bad {XSS}", EntityType.PERSON, (XSS,), role=XSS)
    lavrov = Entity("person/sergei-lavrov", "Sergei Lavrov", EntityType.PERSON, ("Lavrov",))
    deal = Entity("agreement/deal", "deal", EntityType.AGREEMENT)
    sentence = f"Bad did not sign the deal </script>{XSS}"
    relations = (
        Relation(bad.key, "signed", deal.key, "057", True, Evidence("a1", sentence, 0, 20)),
        Relation(
            lavrov.key, "proposed", deal.key, "03", False, Evidence("a2", "Lavrov proposed.", 0, 16)
        ),
        Relation(bad.key, "met", lavrov.key, "04", False, Evidence("a1", sentence, 0, 3)),
    )
    return build_graph(
        [
            ArticleResult(
                Article("a1", sentence, title=XSS, outlet=XSS), (bad, deal, lavrov), relations[::2]
            ),
            ArticleResult(Article("a2", "Lavrov proposed."), (lavrov, deal), relations[1:2]),
        ]
    )


def payload_of(page: str) -> dict:
    match = re.search(r"var payload = (\{.*?\});\n", page)
    assert match
    return json.loads(match.group(1))


def test_page_makes_no_remote_requests(tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    write_html(hostile_graph(), path)
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", page, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "default-src 'none'" in page  # the browser blocks anything we missed
    assert "new vis.Network" in page and "vis-network" in page  # the library is inlined
    assert not (tmp_path / "lib").exists()  # pyvis's "local" mode would have written this


def test_hostile_text_appears_only_escaped() -> None:
    page = to_html(hostile_graph(), title=f"News {XSS}")
    for raw in ("<script>alert", "<img src=x", "</script><", '<a href="x">', "onerror=alert(1)>"):
        assert raw not in page
    # Exactly the tags (and library strings) an empty page has: nothing was injected.
    assert page.lower().count("<script") == to_html(build_graph([])).lower().count("<script")
    assert "sourceMappingURL" not in page
    assert "<title>News &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\\u003cscript\\u003ealert(1)" in page


def test_tooltips_are_plain_text_with_aliases_role_articles_and_evidence() -> None:
    payload = payload_of(to_html(hostile_graph()))
    nodes = {n["id"]: n for n in payload["nodes"]}
    bad = nodes["person/bad"]
    assert f"Role: {XSS}" in bad["title"]
    assert "Aliases:" in bad["title"] and "a1" in bad["title"]
    edges = {e["label"]: e for e in payload["edges"]}
    assert set(edges) == {"not signed", "proposed", "met"}
    assert edges["not signed"]["dashes"] is True
    assert edges["proposed"]["dashes"] is False
    assert "Lavrov proposed." in edges["proposed"]["title"]
    assert "did not sign the deal </script>" in edges["not signed"]["title"]


def test_style_by_type_and_size_by_articles() -> None:
    payload = payload_of(to_html(hostile_graph()))
    nodes = {n["id"]: n for n in payload["nodes"]}
    assert nodes["person/bad"]["shape"] != nodes["agreement/deal"]["shape"]
    assert nodes["person/bad"]["color"] != nodes["agreement/deal"]["color"]
    assert nodes["agreement/deal"]["size"] > nodes["person/bad"]["size"]  # 2 articles vs 1


def test_legend_lists_the_types() -> None:
    page = to_html(hostile_graph())
    legend = page.split('<div id="legend">', 1)[1].split("</div>", 1)[0]
    for name in ("Person (2)", "Agreement (1)", "Country (0)", "negated"):
        assert name in legend


def test_graph_is_not_modified() -> None:
    graph = hostile_graph()
    before = copy.deepcopy(graph)
    to_network(graph)
    assert nx.utils.graphs_equal(graph, before)
    assert list(graph.nodes(data=True)) == list(before.nodes(data=True))
    assert list(graph.edges(keys=True, data=True)) == list(before.edges(keys=True, data=True))


def test_big_graphs_get_fixed_positions_without_physics() -> None:
    graph = nx.MultiDiGraph(articles={})
    for i in range(PHYSICS_NODE_LIMIT + 1):
        graph.add_node(f"person/p{i}", label=f"P {i}", type="Person", articles=["a1"], aliases=[])
    for i in range(PHYSICS_NODE_LIMIT):
        graph.add_edge(
            f"person/p{i}", f"person/p{i + 1}", key="met", predicate="met", negated=False
        )
    net = to_network(graph)
    assert net.options["physics"]["enabled"] is False
    assert all("x" in node and "y" in node for node in net.nodes)
    small = to_network(hostile_graph())
    assert small.options["physics"]["enabled"] is True


def _chromium() -> str:
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if Path(candidate).exists():
            return candidate
    pytest.skip("no Chromium installed")


@pytest.mark.browser
def test_page_renders_offline_in_chromium(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    path = tmp_path / "graph.html"
    write_html(hostile_graph(), path, title=XSS)
    requests: list[str] = []
    dialogs: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(path.as_uri())
            page.wait_for_function("window.network !== undefined")
            count = page.evaluate("Object.keys(window.network.body.nodes).length")
        finally:
            browser.close()
    assert [url for url in requests if not url.startswith("file:")] == []
    assert dialogs == [] and errors == []
    assert count == 3
