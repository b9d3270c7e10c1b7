"""HTML view: one offline file, hostile text only ever escaped, pyvis input not mutated."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import networkx as nx

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.export.html import predicate_family, to_html, to_network, write_html
from graph.export.html_payload import CURVED_EDGE_LIMIT, build_payload
from graph.merge.build import build_graph

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
    match = re.search(r'<script type="application/json" id="ng-data">(.*?)</script>', page, re.S)
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
    own_script = page.split("<script>")[-1]  # ours never asks the browser to parse HTML
    assert not re.search(
        r"\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write", own_script
    )


def test_panel_details_hold_aliases_role_articles_and_evidence() -> None:
    payload = payload_of(to_html(hostile_graph()))
    bad = payload["details"]["nodes"]["person/bad"]
    assert bad["role"] == XSS
    assert XSS in bad["aliases"] and bad["articles"] == ["a1"]
    assert payload["articles"]["a1"]["title"] == XSS
    edges = {e["ngLabel"]: e for e in payload["edges"]}
    assert set(edges) == {"not signed", "proposed", "met"}
    assert (
        edges["not signed"]["dashes"] == [6, 6] and edges["not signed"]["ngModality"] == "negated"
    )
    assert edges["proposed"]["dashes"] is False
    proposed = payload["details"]["edges"][edges["proposed"]["id"]]
    assert [e["sentence"] for e in proposed["evidence"]] == ["Lavrov proposed."]
    signed = payload["details"]["edges"][edges["not signed"]["id"]]
    assert "did not sign the deal </script>" in signed["evidence"][0]["sentence"]
    assert signed["negated"] is True and signed["cameo"] == "057"


def test_only_http_links_survive() -> None:
    graph = hostile_graph()
    graph.graph["articles"]["a1"]["url"] = "javascript:alert(1)"
    graph.graph["articles"]["a2"]["url"] = "https://example.org/story"
    articles = build_payload(graph)["articles"]
    assert articles["a1"]["url"] == ""
    assert articles["a2"]["url"] == "https://example.org/story"


def test_edge_colour_follows_the_cameo_family() -> None:
    assert predicate_family("030") == "verbal cooperation"
    assert predicate_family("061") == "material cooperation"
    assert predicate_family("112") == "verbal conflict"
    assert predicate_family("173") == "material conflict"
    assert predicate_family("") == predicate_family(None) == predicate_family("xx") == "other"
    payload = build_payload(hostile_graph())
    colours = {e["ngPredicate"]: e["color"] for e in payload["edges"]}
    assert colours["proposed"] == payload["families"]["verbal cooperation"]
    families = {e["ngPredicate"]: e["ngFamily"] for e in payload["edges"]}
    assert families == {
        "proposed": "verbal cooperation",
        "met": "verbal cooperation",
        "signed": "verbal cooperation",
    }  # CAMEO 03, 04, 057: all root 0x


def test_style_by_type_and_size_by_degree() -> None:
    payload = payload_of(to_html(hostile_graph()))
    nodes = {n["id"]: n for n in payload["nodes"]}
    assert nodes["person/bad"]["shape"] != nodes["agreement/deal"]["shape"]
    assert nodes["person/bad"]["color"] != nodes["agreement/deal"]["color"]
    assert nodes["agreement/deal"]["ngDegree"] == 2
    assert nodes["agreement/deal"]["ngArticles"] == 2 > nodes["person/bad"]["ngArticles"]
    graph = hostile_graph()
    graph.add_node("country/RU", label="Russia", type="Country", articles=["a1"], aliases=[])
    sizes = {n["id"]: n["size"] for n in build_payload(graph)["nodes"]}
    assert sizes["agreement/deal"] > sizes["country/RU"]  # degree 2 vs 0


def test_legend_and_filters_list_types_and_predicates() -> None:
    payload = build_payload(hostile_graph())
    types = {t["name"]: t["count"] for t in payload["types"]}
    assert types["Person"] == 2 and types["Agreement"] == 1 and types["Country"] == 0
    assert [p["name"] for p in payload["predicates"]] == ["met", "proposed", "signed"]
    assert payload["dateRange"] == ["", ""]  # no evidence is dated
    page = to_html(hostile_graph())
    for element in ("ng-types", "ng-families", "ng-search", "ng-reset", "ng-from", "ng-more"):
        assert f'id="{element}"' in page


def test_top_n_ranks_by_degree() -> None:
    graph = nx.MultiDiGraph(articles={})
    for name in "abcd":
        graph.add_node(name, label=name, type="Person", articles=[], aliases=[])
    graph.add_edge("c", "a", key="met", predicate="met", negated=False)
    graph.add_edge("c", "b", key="met", predicate="met", negated=False)
    payload = build_payload(graph, top_n=2)
    ranks = {n["id"]: n["ngRank"] for n in payload["nodes"]}
    assert ranks["c"] == 0 and ranks["d"] == 3
    assert payload["topN"] == 2


def test_graph_is_not_modified() -> None:
    graph = hostile_graph()
    before = copy.deepcopy(graph)
    to_html(graph)
    to_network(graph)
    assert nx.utils.graphs_equal(graph, before)
    assert list(graph.nodes(data=True)) == list(before.nodes(data=True))
    assert list(graph.edges(keys=True, data=True)) == list(before.edges(keys=True, data=True))


def test_every_graph_gets_fixed_positions_and_no_physics() -> None:
    graph = nx.MultiDiGraph(articles={})
    count = CURVED_EDGE_LIMIT + 2
    for i in range(count):
        graph.add_node(f"person/p{i}", label=f"P {i}", type="Person", articles=["a1"], aliases=[])
    for i in range(count - 1):
        graph.add_edge(f"person/p{i}", f"person/p{i + 1}", key="met", predicate="met")
    payload = build_payload(graph)
    assert payload["options"]["physics"]["enabled"] is False
    assert payload["options"]["interaction"]["hideEdgesOnDrag"] is True  # big: cheap panning
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in payload["nodes"])
    assert len({(n["x"], n["y"]) for n in payload["nodes"]}) == count
    small = build_payload(hostile_graph())
    assert small["options"]["physics"]["enabled"] is False
    assert small["options"]["interaction"]["hideEdgesOnDrag"] is False


def test_to_network_gives_pyvis_the_same_items() -> None:
    net = to_network(hostile_graph())
    assert sorted(n["id"] for n in net.nodes) == sorted(hostile_graph().nodes)
    assert len(net.edges) == 3 and all("ngPredicate" not in e for e in net.edges)


def test_evidence_marks_find_trigger_and_participants_as_whole_words() -> None:
    from graph.export.html_marks import sentence_marks

    sentence = "Treasury Secretary James Baker told Japan that Japanese exports must fall."
    marks = sentence_marks(sentence, "told", ["James Baker", "Baker"], ["Japan"])
    assert [(sentence[s:e], kind) for s, e, kind in marks] == [
        ("James Baker", "subject"),
        ("told", "trigger"),
        ("Japan", "object"),  # a whole word: not the "Japan" of "Japanese"
    ]
    # A surname alone finds a person named in full elsewhere; a name's own word is no trigger.
    marks = sentence_marks("Baker met Nakasone.", "Baker", ["James Baker"], ["Yasuhiro Nakasone"])
    assert [kind for _, _, kind in marks] == ["subject", "object"]
    assert sentence_marks("Nobody here.", "met", ["Lavrov"], ["Spain"]) == []
