"""Read and write the knowledge graph as GraphML (for Gephi, yEd, Cytoscape).

GraphML attributes hold only strings, numbers and booleans, so list and dict attributes
(``aliases``, ``articles``, ``evidence``, ``graph["articles"]``) are stored as JSON strings.
The names of the attributes so encoded are recorded in the graph attribute
``newsgraph_json_attributes`` (itself JSON), so ``read_graphml`` decodes exactly those and
gives back a graph equal to the one written; plain strings are never guessed at.
"""

from __future__ import annotations

import json
import os
from typing import Any

import networkx as nx

from graph.export.atomic import atomic_write

JSON_MARKER = "newsgraph_json_attributes"
# json.dumps with options builds a new encoder per call, once per list attribute of every node
# and edge; one shared encoder with the same options writes the same text.
_ATTRIBUTE_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _encode(data: dict[str, Any], encoded: set[str]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in data.items():
        if isinstance(value, (list, tuple, dict)):
            encoded.add(name)
            result[name] = _ATTRIBUTE_ENCODER.encode(value)
        elif value is None:
            # GraphML has no null; None is stored like a list, as the JSON text "null".
            encoded.add(name)
            result[name] = "null"
        else:
            result[name] = value
    return result


def to_graphml_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` with list/dict attributes JSON-encoded, ready for GraphML.

    >>> g = nx.MultiDiGraph(articles={})
    >>> g.add_node("country/RU", aliases=["Russia"])
    >>> to_graphml_graph(g).nodes["country/RU"]["aliases"]
    '["Russia"]'
    """
    encoded: dict[str, set[str]] = {"graph": set(), "node": set(), "edge": set()}
    flat = nx.MultiDiGraph()
    flat.graph.update(_encode(graph.graph, encoded["graph"]))
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **_encode(data, encoded["node"]))
    for source, target, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(source, target, key=key, **_encode(data, encoded["edge"]))
    flat.graph[JSON_MARKER] = json.dumps({k: sorted(v) for k, v in encoded.items()})
    return flat


def from_graphml_graph(flat: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Undo ``to_graphml_graph``: decode the attributes its marker lists (in a new graph)."""
    graph_attrs = dict(flat.graph)
    marker = json.loads(graph_attrs.pop(JSON_MARKER, "{}"))
    # networkx adds these when reading GraphML <default> values; they were never ours.
    graph_attrs.pop("node_default", None)
    graph_attrs.pop("edge_default", None)

    def decode(data: dict[str, Any], names: list[str]) -> dict[str, Any]:
        return {k: json.loads(v) if k in names else v for k, v in data.items()}

    graph = nx.MultiDiGraph()
    graph.graph.update(decode(graph_attrs, marker.get("graph", [])))
    for node, data in flat.nodes(data=True):
        graph.add_node(node, **decode(data, marker.get("node", [])))
    for source, target, key, data in flat.edges(keys=True, data=True):
        graph.add_edge(source, target, key=key, **decode(data, marker.get("edge", [])))
    return graph


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write the graph as GraphML to ``path`` atomically (list/dict attributes as JSON).

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "graph.graphml"
    >>> g = nx.MultiDiGraph(articles={"a1": {"title": "T"}})
    >>> write_graphml(g, target)
    >>> read_graphml(target).graph
    {'articles': {'a1': {'title': 'T'}}}
    """
    with atomic_write(path, "wb") as handle:
        nx.write_graphml(to_graphml_graph(graph), handle, encoding="utf-8")


def read_graphml(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a graph written by ``write_graphml``; it equals the graph that was written."""
    flat = nx.read_graphml(path, node_type=str, edge_key_type=str, force_multigraph=True)
    return from_graphml_graph(flat)
