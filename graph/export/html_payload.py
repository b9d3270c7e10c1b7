"""The data the HTML view embeds: vis-network items plus the details its panels show.

Nodes and edges become plain dicts for vis-network (positions precomputed by
``graph.export.layout``, so the browser runs no physics); everything the side panel shows (aliases,
role, date, articles, evidence sentences) goes in ``details``, keyed by item id, so vis-network
never copies it. Every string stays plain text here: the page only ever puts it into the DOM
with ``textContent`` (see ``html_assets/view.js``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

import networkx as nx

from graph.export.html_marks import sentence_marks
from graph.export.layout import layout_positions
from graph.vocab.cameo import quad_class

#: Colour and vis-network shape of each node type, and the legend glyph for the shape.
TYPE_STYLES: dict[str, tuple[str, str, str]] = {
    "Person": ("#4e79a7", "dot", "●"),
    "Country": ("#e15759", "diamond", "◆"),
    "Organization": ("#f28e2b", "square", "■"),
    "Agreement": ("#59a14f", "triangle", "▲"),
    "Event": ("#b07aa1", "star", "★"),
    "Place": ("#76b7b2", "triangleDown", "▼"),
}
OTHER_STYLE = ("#9c9c9c", "hexagon", "⬢")

#: CAMEO's four "quad classes" by root code, and the edge colour of each.
FAMILY_COLORS: dict[str, str] = {
    "verbal cooperation": "#66bd63",
    "material cooperation": "#1a9850",
    "verbal conflict": "#f46d43",
    "material conflict": "#a50026",
    "other": "#8c8c8c",
}
#: How an edge of each modality is drawn (vis-network dash pattern; ``False`` is a solid line),
#: in the order the legend lists them. "negated" is the edge's ``negated`` flag.
MODALITY_DASHES: dict[str, list[int] | bool] = {
    "asserted": False,
    "known": [14, 3, 2, 3],  # an affiliation the actor dictionary adds (not stated)
    "reported": [10, 3],
    "planned": [2, 4],
    "conditional": [10, 4, 2, 4],
    "wished": [2, 8],
    "negated": [6, 6],
}
#: Nodes shown when the page opens on the canvas renderer; a control in the page shows more.
DEFAULT_TOP_N = 250
#: Above this many entities the page draws with WebGL (sigma.js): vis-network's canvas took a
#: minute to show 50,000 entities and then redrew at 0.1 fps (docs/view.md).
WEBGL_THRESHOLD = 10_000
#: The renderers a page can be drawn with; "auto" picks by ``WEBGL_THRESHOLD``.
RENDERERS = ("auto", "canvas", "webgl")
#: Above this many edges curved edges cost too much drawing time; all edges are straight.
CURVED_EDGE_LIMIT = 3000
_MAX_LABEL = 60
_MAX_EVIDENCE = 25
_HTTP_URL = re.compile(r"https?://[^\s]+", re.IGNORECASE)


def edge_modality(data: dict[str, Any]) -> str:
    """The modality an edge is drawn and filtered by: "negated" wins, empty means asserted.

    >>> edge_modality({"modality": "planned"}), edge_modality({"negated": True, "modality": ""})
    ('planned', 'negated')
    """
    if data.get("negated"):
        return "negated"
    return str(data.get("modality") or "asserted")


def predicate_family(cameo: str | None) -> str:
    """The CAMEO quad class of an edge's code (see ``graph.vocab.cameo.quad_class``).

    >>> predicate_family("030"), predicate_family("173"), predicate_family("")
    ('verbal cooperation', 'material conflict', 'other')
    """
    return quad_class(cameo)


def shorten(text: str, limit: int = _MAX_LABEL) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis.

    >>> shorten("abcdef", 4)
    'abc…'
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"


def edge_label(data: dict[str, Any]) -> str:
    """The label drawn on an edge: its predicate in words, "not …" when negated.

    >>> edge_label({"predicate": "party_to", "negated": True})
    'not party to'
    """
    predicate = str(data.get("predicate", "")).replace("_", " ")
    return f"not {predicate}" if data.get("negated") else predicate


def node_ranks(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Rank of each node by degree (then articles, then id): 0 is the most connected.

    >>> g = nx.MultiDiGraph([("a", "b"), ("a", "c")])
    >>> node_ranks(g)["a"]
    0
    """
    order = sorted(
        graph.nodes,
        key=lambda n: (-graph.degree(n), -len(graph.nodes[n].get("articles", ())), str(n)),
    )
    return {node: rank for rank, node in enumerate(order)}


def _articles(graph: nx.MultiDiGraph) -> dict[str, dict[str, str]]:
    """Article metadata the panel shows; a URL is kept only if it is an http(s) link."""
    articles = {}
    for article_id, meta in graph.graph.get("articles", {}).items():
        url = str(meta.get("url") or "")
        articles[str(article_id)] = {
            "title": str(meta.get("title") or ""),
            "date": str(meta.get("date") or ""),
            "outlet": str(meta.get("outlet") or ""),
            # A javascript: or data: URL in an article must never become a clickable link.
            "url": url if _HTTP_URL.fullmatch(url) else "",
        }
    return articles


def _node_items(
    graph: nx.MultiDiGraph, ranks: dict[str, int]
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    positions = layout_positions(graph)
    items, details = [], {}
    for node, data in graph.nodes(data=True):
        node_type = str(data.get("type", ""))
        color, shape, _ = TYPE_STYLES.get(node_type, OTHER_STYLE)
        label = str(data.get("label") or node)
        degree = graph.degree(node)
        articles = [str(a) for a in data.get("articles", ())]
        x, y = positions[node]
        items.append(
            {
                "id": node,
                "ngLabel": shorten(label),
                "shape": shape,
                "color": color,
                "x": round(x, 1),
                "y": round(y, 1),
                "size": round(10 + 4 * math.sqrt(degree), 1),
                "ngType": node_type,
                "ngRank": ranks[node],
                "ngDegree": degree,
                "ngArticles": len(articles),
            }
        )
        details[node] = {
            "label": label,
            "aliases": [str(a) for a in data.get("aliases", ()) if a != label],
            "role": str(data.get("role") or ""),
            "date": str(data.get("date") or ""),
            "articles": articles,
        }
    return items, details


def _edge_items(graph: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    curved = graph.number_of_edges() <= CURVED_EDGE_LIMIT
    parallel: Counter[frozenset[str]] = Counter()
    items, details = [], {}
    for index, (source, target, data) in enumerate(graph.edges(data=True)):
        edge_id = f"e{index}"
        family = predicate_family(data.get("cameo"))
        negated = bool(data.get("negated"))
        modality = edge_modality(data)
        item: dict[str, Any] = {
            "id": edge_id,
            "from": source,
            "to": target,
            "color": FAMILY_COLORS[family],
            "dashes": MODALITY_DASHES.get(modality, [2, 4]),
            "width": round(1 + math.log2(max(len(data.get("articles", ())), 1)), 2),
            "ngLabel": edge_label(data),
            "ngPredicate": str(data.get("predicate", "")),
            "ngFamily": family,
            "ngModality": modality,
            "ngDate": str(data.get("date") or ""),
        }
        pair = frozenset((source, target))
        if curved and parallel[pair]:
            # Bend the 2nd, 3rd… edge between the same two nodes so they stay apart.
            roundness = 0.2 * parallel[pair]
            item["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": roundness}
        parallel[pair] += 1
        evidence = list(data.get("evidence", ()))
        names = (_names(graph.nodes[source]), _names(graph.nodes[target]))
        details[edge_id] = {
            "cameo": str(data.get("cameo") or ""),
            "modality": str(data.get("modality") or ""),
            "negated": negated,
            "evidence": [
                {
                    "article": str(e.get("article_id", "")),
                    "sentence": str(e.get("sentence", "")),
                    "date": str(e.get("date") or ""),
                    "trigger": str(e.get("trigger") or ""),
                    "marks": sentence_marks(
                        str(e.get("sentence", "")), str(e.get("trigger") or ""), *names
                    ),
                }
                for e in evidence[:_MAX_EVIDENCE]
            ],
            "more": max(len(evidence) - _MAX_EVIDENCE, 0),
        }
        items.append(item)
    return items, details


def _names(data: dict[str, Any]) -> list[str]:
    return [str(n) for n in (data.get("label"), *data.get("aliases", ())) if n]


def vis_options(node_count: int, edge_count: int) -> dict[str, Any]:
    """vis-network options: no physics (positions are precomputed), cheaper drawing when big.

    Names and edge labels are not vis-network's: the page draws them itself, choosing which
    fit without overlapping (``html_assets/view.js``), so items carry no ``label``; nor a
    ``title``, whose hover tooltips stayed on screen after a click.

    >>> vis_options(10, 10)["physics"]["enabled"]
    False
    """
    big = edge_count > CURVED_EDGE_LIMIT or node_count > 5000
    nodes: dict[str, Any] = {"borderWidth": 1}
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": not big,
            "tooltipDelay": 200,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
        },
        "nodes": nodes,
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            # Straight edges draw fastest; only parallel edges get a curve of their own.
            "smooth": {"enabled": False},
            "selectionWidth": 2,
        },
    }


def choose_renderer(node_count: int, renderer: str = "auto") -> str:
    """The renderer to draw with: ``renderer`` if given, else WebGL above ``WEBGL_THRESHOLD``.

    >>> choose_renderer(500), choose_renderer(50_000), choose_renderer(500, "webgl")
    ('canvas', 'webgl', 'webgl')
    """
    if renderer not in RENDERERS:
        raise ValueError(f"unknown renderer {renderer!r}; choose one of {', '.join(RENDERERS)}")
    if renderer != "auto":
        return renderer
    return "webgl" if node_count > WEBGL_THRESHOLD else "canvas"


def build_payload(
    graph: nx.MultiDiGraph,
    *,
    top_n: int | None = None,
    focus: str | None = None,
    renderer: str = "auto",
) -> dict[str, Any]:
    """Everything the page needs about ``graph``, as JSON-ready plain data.

    ``focus`` is a node the page selects and centres when it opens (``view --around``).
    ``renderer`` is "canvas", "webgl" or "auto" (``choose_renderer``). ``top_n`` entities, by
    degree, are shown when the page opens: by default ``DEFAULT_TOP_N`` on the canvas and all
    of them with WebGL, which draws 50,000 entities as fast as 250.

    >>> g = nx.MultiDiGraph(articles={})
    >>> g.add_node("country/RU", label="Russia", type="Country", articles=["a1"])
    >>> build_payload(g)["nodes"][0]["shape"]
    'diamond'
    >>> build_payload(g, renderer="webgl")["renderer"]
    'webgl'
    """
    drawn_with = choose_renderer(graph.number_of_nodes(), renderer)
    if top_n is None:
        top_n = graph.number_of_nodes() if drawn_with == "webgl" else DEFAULT_TOP_N
    ranks = node_ranks(graph)
    nodes, node_details = _node_items(graph, ranks)
    edges, edge_details = _edge_items(graph)
    type_counts = Counter(item["ngType"] for item in nodes)
    predicates = Counter(item["ngPredicate"] for item in edges)
    modalities = Counter(item["ngModality"] for item in edges)
    dates = sorted(item["ngDate"] for item in edges if item["ngDate"])
    return {
        "nodes": nodes,
        "edges": edges,
        "details": {"nodes": node_details, "edges": edge_details},
        "articles": _articles(graph),
        "types": [
            {"name": name, "color": color, "glyph": glyph, "count": type_counts.get(name, 0)}
            for name, (color, _, glyph) in TYPE_STYLES.items()
        ]
        + [
            {"name": name, "color": OTHER_STYLE[0], "glyph": OTHER_STYLE[2], "count": count}
            for name, count in sorted(type_counts.items())
            if name not in TYPE_STYLES
        ],
        "predicates": [{"name": name, "count": n} for name, n in sorted(predicates.items())],
        "families": FAMILY_COLORS,
        "modalities": [
            {"name": name, "dashes": dashes, "count": modalities.get(name, 0)}
            for name, dashes in MODALITY_DASHES.items()
        ]
        + [
            {"name": name, "dashes": [2, 4], "count": n}
            for name, n in sorted(modalities.items())
            if name not in MODALITY_DASHES
        ],
        "focus": focus if focus in graph else None,
        "dateRange": [dates[0], dates[-1]] if dates else ["", ""],
        "topN": max(1, top_n),
        "renderer": drawn_with,
        "options": vis_options(len(nodes), len(edges)),
    }
