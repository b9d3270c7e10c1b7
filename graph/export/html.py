"""An interactive, self-contained HTML view of the knowledge graph (pyvis / vis-network).

The page is one file that works offline and issues no remote request: vis-network's JS and
CSS (shipped inside pyvis) are inlined, pyvis's own template is not used because it links
Bootstrap from a CDN and writes the heading unescaped, and a Content-Security-Policy with
``default-src 'none'`` makes the browser refuse any fetch we might have missed.

Text from articles is hostile until proven otherwise, so:

* labels and tooltips are plain text, never HTML: tooltips are turned into DOM elements with
  ``textContent`` in the page (vis-network renders string titles itself, and pyvis switches
  to an ``innerHTML`` popup whenever a title contains ``href``);
* the data is embedded as JSON with ``<``, ``>``, ``&``, U+2028 and U+2029 written as ``\\uXXXX``
  escapes, so no string can close the ``<script>`` block;
* the page title, heading and legend are ``html.escape``-d.
"""

from __future__ import annotations

import html
import json
import math
import os
import re
import string
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from pyvis.network import Network

from graph.export.atomic import write_text_atomic

#: Colour and vis-network shape of each node type, and the legend glyph for the shape.
TYPE_STYLES: dict[str, tuple[str, str, str]] = {
    "Person": ("#4e79a7", "dot", "●"),
    "Country": ("#e15759", "diamond", "◆"),
    "Organization": ("#f28e2b", "square", "■"),
    "Agreement": ("#59a14f", "triangle", "▲"),
    "Event": ("#b07aa1", "star", "★"),
    "Place": ("#76b7b2", "triangleDown", "▼"),
}
_OTHER_STYLE = ("#9c9c9c", "hexagon", "⬢")
#: Above this many nodes the browser's physics simulation is too slow; positions are
#: computed here once instead and physics is switched off.
PHYSICS_NODE_LIMIT = 500
_MAX_LABEL = 60
_MAX_LISTED = 8

_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

_PAGE = string.Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<style>$vis_css</style>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; }
  header { padding: 0.5rem 1rem; border-bottom: 1px solid #ddd; }
  h1 { font-size: 1.2rem; margin: 0 0 0.3rem 0; }
  #legend { display: flex; flex-wrap: wrap; gap: 1rem; font-size: 0.9rem; }
  #legend .glyph { font-size: 1.1rem; }
  #graph { width: 100%; height: calc(100vh - 5rem); }
  .ng-tip { white-space: pre-line; max-width: 32rem; font-size: 0.85rem; }
</style>
</head>
<body>
<header>
<h1>$heading</h1>
<div id="legend">$legend</div>
</header>
<div id="graph"></div>
<script>$vis_js</script>
<script>
(function () {
  var payload = $payload;
  // Tooltips become elements filled with textContent: article text is never parsed as HTML.
  function tip(text) {
    var element = document.createElement("div");
    element.className = "ng-tip";
    element.textContent = text;
    return element;
  }
  payload.nodes.forEach(function (node) { if (node.title) { node.title = tip(node.title); } });
  payload.edges.forEach(function (edge) { if (edge.title) { edge.title = tip(edge.title); } });
  window.network = new vis.Network(
    document.getElementById("graph"),
    {nodes: new vis.DataSet(payload.nodes), edges: new vis.DataSet(payload.edges)},
    payload.options
  );
})();
</script>
</body>
</html>
""")


def _script_json(value: Any) -> str:
    """JSON safe to embed in ``<script>``: no ``</script>``, ``<!--`` or JS line terminators."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _shorten(text: str, limit: int = _MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _listing(items: list[str], limit: int = _MAX_LISTED) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" … and {len(items) - limit} more" if len(items) > limit else "")


def _article_name(graph: nx.MultiDiGraph, article_id: str) -> str:
    meta = graph.graph.get("articles", {}).get(article_id, {})
    parts = [article_id]
    if meta.get("title"):
        parts.append(f"“{meta['title']}”")
    if meta.get("outlet"):
        parts.append(meta["outlet"])
    if meta.get("date"):
        parts.append(meta["date"])
    return " — ".join(parts)


def _node_tooltip(graph: nx.MultiDiGraph, node: str, data: dict[str, Any]) -> str:
    lines = [data.get("label") or node, f"Type: {data.get('type', '?')}"]
    if data.get("role"):
        lines.append(f"Role: {data['role']}")
    aliases = [a for a in data.get("aliases", ()) if a != data.get("label")]
    if aliases:
        lines.append(f"Aliases: {_listing(aliases)}")
    lines.append(f"Key: {node}")
    articles = list(data.get("articles", ()))
    if articles:
        lines.append(f"Articles ({len(articles)}):")
        lines.extend(f"• {_article_name(graph, a)}" for a in articles[:_MAX_LISTED])
        if len(articles) > _MAX_LISTED:
            lines.append(f"… and {len(articles) - _MAX_LISTED} more")
    return "\n".join(lines)


def _edge_label(data: dict[str, Any]) -> str:
    predicate = str(data.get("predicate", "")).replace("_", " ")
    return f"not {predicate}" if data.get("negated") else predicate


def _edge_tooltip(graph: nx.MultiDiGraph, source: str, target: str, data: dict[str, Any]) -> str:
    def name(node: str) -> str:
        return str(graph.nodes[node].get("label") or node)

    lines = [f"{name(source)} — {_edge_label(data)} → {name(target)}"]
    details = [f"CAMEO {data['cameo']}" if data.get("cameo") else ""]
    details += [data.get("modality", ""), data.get("date", "")]
    if any(details):
        lines.append(" · ".join(d for d in details if d))
    evidence = list(data.get("evidence", ()))
    for item in evidence[:_MAX_LISTED]:
        lines.append(f"[{_article_name(graph, item.get('article_id', ''))}]")
        lines.append(f"“{item.get('sentence', '')}”")
    if len(evidence) > _MAX_LISTED:
        lines.append(f"… and {len(evidence) - _MAX_LISTED} more")
    return "\n".join(lines)


def _positions(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Fixed positions for big graphs: spring layout when scipy is there, else a circle."""
    simple = nx.Graph(graph.to_undirected(as_view=True))
    try:
        layout = nx.spring_layout(simple, seed=7, iterations=50)
    except ImportError:  # networkx needs scipy for spring layouts of >= 500 nodes
        layout = nx.circular_layout(sorted(simple))
    scale = 40.0 * math.sqrt(max(len(simple), 1))
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in layout.items()}


def to_network(graph: nx.MultiDiGraph) -> Network:
    """Build a pyvis ``Network`` node by node from the graph (which is not modified).

    ``Network.from_nx`` is avoided: it mutates the graph it is given and copies every
    attribute, evidence lists included, into the page.

    >>> g = nx.MultiDiGraph(articles={})
    >>> g.add_node("country/RU", label="Russia", type="Country", articles=["a1"])
    >>> to_network(g).nodes[0]["shape"]
    'diamond'
    """
    net = Network(directed=True, cdn_resources="in_line")
    big = graph.number_of_nodes() > PHYSICS_NODE_LIMIT
    positions = _positions(graph) if big else {}
    for node, data in graph.nodes(data=True):
        color, shape, _ = TYPE_STYLES.get(data.get("type", ""), _OTHER_STYLE)
        options: dict[str, Any] = {
            "title": _node_tooltip(graph, node, data),
            "shape": shape,
            "size": 10 + 5 * math.sqrt(len(data.get("articles", ()))),
        }
        if node in positions:
            options["x"], options["y"] = positions[node]
        # pyvis falls back to the id when the label is empty; a label is always given here.
        net.add_node(node, label=_shorten(str(data.get("label") or node)), color=color, **options)
    parallel: Counter[frozenset[str]] = Counter()
    for index, (source, target, data) in enumerate(graph.edges(data=True)):
        pair = frozenset((source, target))
        rank = parallel[pair]
        parallel[pair] += 1
        negated = bool(data.get("negated"))
        # Curve the 2nd, 3rd… edge between the same two nodes so parallel edges stay apart.
        smooth = {"enabled": True, "type": "curvedCW", "roundness": 0.2 * rank} if rank else None
        options = {
            "id": f"e{index}",
            "label": _edge_label(data),
            "title": _edge_tooltip(graph, source, target, data),
            "dashes": negated,
            "color": "#d62728" if negated else "#848484",
            "width": 1 + math.log2(max(len(data.get("articles", ())), 1)),
        }
        if smooth:
            options["smooth"] = smooth
        net.add_edge(source, target, **options)
    net.options = _vis_options(physics=not big)
    return net


def _vis_options(*, physics: bool) -> dict[str, Any]:
    return {
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "stabilization": {"enabled": physics, "iterations": 200},
        },
        "layout": {"randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150},
        "nodes": {"font": {"size": 14}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {"size": 10, "align": "middle"},
            "smooth": {"enabled": physics, "type": "continuous"},
        },
    }


def _vis_js() -> str:
    script = (_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    # A source-map comment makes browser dev tools fetch a file that is not there.
    return re.sub(r"//# sourceMappingURL=\S*\s*$", "", script)


def _legend(graph: nx.MultiDiGraph) -> str:
    counts = Counter(str(data.get("type", "")) for _, data in graph.nodes(data=True))
    items = []
    for name, (color, _, glyph) in TYPE_STYLES.items():
        items.append(
            f'<span><span class="glyph" style="color:{html.escape(color)}">{glyph}</span> '
            f"{html.escape(name)} ({counts.get(name, 0)})</span>"
        )
    others = sum(n for name, n in counts.items() if name not in TYPE_STYLES)
    if others:
        color, _, glyph = _OTHER_STYLE
        items.append(
            f'<span><span class="glyph" style="color:{color}">{glyph}</span> other '
            f"({others})</span>"
        )
    items.append('<span style="color:#d62728">- - → negated ("not …")</span>')
    return "\n".join(items)


def to_html(graph: nx.MultiDiGraph, *, title: str = "newsgraph") -> str:
    """The self-contained HTML page for ``graph`` as a string (see the module docstring).

    >>> page = to_html(nx.MultiDiGraph(articles={}), title="<Demo>")
    >>> "<h1>&lt;Demo&gt; <small>" in page and "<script src" not in page
    True
    """
    net = to_network(graph)
    payload = {"nodes": net.nodes, "edges": net.edges, "options": net.options}
    subtitle = f"{graph.number_of_nodes()} entities · {graph.number_of_edges()} relations"
    return _PAGE.substitute(
        title=html.escape(title),
        heading=f"{html.escape(title)} <small>({html.escape(subtitle)})</small>",
        legend=_legend(graph),
        vis_css=(_VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
        vis_js=_vis_js(),
        payload=_script_json(payload),
    )


def write_html(
    graph: nx.MultiDiGraph, path: str | os.PathLike[str], *, title: str = "newsgraph"
) -> None:
    """Write the interactive view of ``graph`` to ``path`` atomically; it works offline.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "graph.html"
    >>> write_html(nx.MultiDiGraph(articles={}), target)
    >>> target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    write_text_atomic(path, to_html(graph, title=title))
