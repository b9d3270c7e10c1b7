"""An interactive, self-contained HTML view of the knowledge graph (vis-network, offline).

``write_html(graph, "graph.html")`` writes one file that works offline and issues no remote
request. In the page: colour and shape by node type with a legend, size by degree or
articles, edge colour by CAMEO family and dashes for negated edges, a search box over every
alias, filters by type, predicate and date, neighbourhoods on double-click, and a panel with
aliases, role, articles and evidence sentences. It stays usable at 10,000 nodes because the
layout is computed here (``graph.export.layout``), physics is off, and the page opens on the
``top_n`` best connected nodes with a control to show more. Above ``WEBGL_THRESHOLD``
entities (or when asked) the page draws with sigma.js in WebGL instead, with the same
controls, panels and filters.

Text from articles is hostile until proven otherwise: it travels as escaped JSON
(``html_page.script_json``) and reaches the DOM only through ``textContent``; links are kept
only for http(s) URLs.

Modules: ``html_payload`` (graph → plain data), ``html_page`` (data → page),
``html_assets/`` (the page's own JS and CSS).
"""

from __future__ import annotations

import os
from typing import Any

import networkx as nx
from pyvis.network import Network

from graph.export.atomic import write_text_atomic
from graph.export.html_page import render_page
from graph.export.html_payload import (
    DEFAULT_TOP_N,
    FAMILY_COLORS,
    RENDERERS,
    TYPE_STYLES,
    WEBGL_THRESHOLD,
    build_payload,
    predicate_family,
)


def to_html(
    graph: nx.MultiDiGraph,
    *,
    title: str = "newsgraph",
    top_n: int | None = None,
    focus: str | None = None,
    renderer: str = "auto",
) -> str:
    """The self-contained HTML page for ``graph`` as a string; ``graph`` is not modified.

    ``focus`` names a node the page selects and centres when it opens. ``renderer`` is
    "canvas" (vis-network), "webgl" (sigma.js) or "auto": WebGL above ``WEBGL_THRESHOLD``
    entities. ``top_n`` entities are shown on opening (``DEFAULT_TOP_N`` on the canvas,
    all with WebGL, unless given).

    >>> page = to_html(nx.MultiDiGraph(articles={}), title="<Demo>")
    >>> "<h1>&lt;Demo&gt; <small" in page and "<script src" not in page
    True
    """
    payload = build_payload(graph, top_n=top_n, focus=focus, renderer=renderer)
    return render_page(payload, title=title)


def write_html(
    graph: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    title: str = "newsgraph",
    top_n: int | None = None,
    focus: str | None = None,
    renderer: str = "auto",
) -> None:
    """Write the interactive view of ``graph`` to ``path`` atomically; it works offline.

    Arguments as ``to_html``.

    >>> import tempfile
    >>> from pathlib import Path
    >>> target = Path(tempfile.mkdtemp()) / "graph.html"
    >>> write_html(nx.MultiDiGraph(articles={}), target)
    >>> target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    page = to_html(graph, title=title, top_n=top_n, focus=focus, renderer=renderer)
    write_text_atomic(path, page)


def to_network(graph: nx.MultiDiGraph) -> Network:
    """A pyvis ``Network`` with the same styling and positions, for notebooks that use pyvis.

    Built from the page's payload (``Network.from_nx`` would mutate ``graph`` and copy every
    evidence list). pyvis checks each new edge against a list of all nodes, so this is for
    graphs of a few thousand nodes; ``write_html`` has no such limit.

    >>> g = nx.MultiDiGraph(articles={})
    >>> g.add_node("country/RU", label="Russia", type="Country", articles=["a1"])
    >>> to_network(g).nodes[0]["shape"]
    'diamond'
    """
    payload = build_payload(graph)
    net = Network(directed=True, cdn_resources="in_line")
    for item in payload["nodes"]:
        options: dict[str, Any] = {k: v for k, v in item.items() if not k.startswith("ng")}
        # pyvis draws its own labels and tooltips; the page draws names itself instead.
        options["label"] = options["title"] = item["ngLabel"]
        node_id = options.pop("id")
        net.add_node(node_id, **options)
    for item in payload["edges"]:
        options = {k: v for k, v in item.items() if not k.startswith("ng")}
        options["label"] = options["title"] = item["ngLabel"]
        net.add_edge(options.pop("from"), options.pop("to"), **options)
    net.options = payload["options"]
    return net


__all__ = [
    "DEFAULT_TOP_N",
    "FAMILY_COLORS",
    "RENDERERS",
    "TYPE_STYLES",
    "WEBGL_THRESHOLD",
    "predicate_family",
    "to_html",
    "to_network",
    "write_html",
]
