"""Read and write the knowledge graph as networkx node-link JSON.

The file is ``networkx.node_link_data(graph, edges="edges")`` (edge keys under ``"key"``,
``graph["articles"]`` under ``"graph"``), so any networkx user can load it, and
``read_json(path)`` gives back a graph equal to the one written: same nodes, edges, keys,
attributes and article table.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import networkx as nx

from graph.export.atomic import write_text_atomic

_LINK_ARGS: dict[str, str] = {"edges": "edges", "key": "key", "name": "id"}


def to_json(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The graph as a node-link dict (``"nodes"``, ``"edges"``, ``"graph"``, …).

    >>> g = nx.MultiDiGraph(articles={})
    >>> g.add_edge("person/a", "person/b", key="met", predicate="met")
    'met'
    >>> to_json(g)["edges"]
    [{'predicate': 'met', 'source': 'person/a', 'target': 'person/b', 'key': 'met'}]
    """
    return nx.node_link_data(graph, **_LINK_ARGS)


def from_json(data: dict[str, Any]) -> nx.MultiDiGraph:
    """Rebuild a graph from a dict made by ``to_json`` (or parsed from its file).

    >>> g = nx.MultiDiGraph(articles={"a1": {}})
    >>> g.add_node("country/RU", aliases=["Russia"])
    >>> nx.utils.graphs_equal(from_json(to_json(g)), g)
    True
    """
    graph = nx.node_link_graph(data, directed=True, multigraph=True, **_LINK_ARGS)
    if not isinstance(graph, nx.MultiDiGraph):  # pragma: no cover - forced above
        graph = nx.MultiDiGraph(graph)
    return graph


def write_json(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write the graph as node-link JSON (UTF-8, non-ASCII kept readable), atomically.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "graph.json"
    >>> write_json(nx.MultiDiGraph(articles={}), target)
    >>> read_json(target).graph
    {'articles': {}}
    """
    text = json.dumps(to_json(graph), ensure_ascii=False, indent=1, sort_keys=True)
    write_text_atomic(path, text + "\n")


def read_json(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a graph written by ``write_json``; it equals the graph that was written."""
    with Path(path).open(encoding="utf-8") as handle:
        return from_json(json.load(handle))
