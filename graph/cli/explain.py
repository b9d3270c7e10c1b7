"""``newsgraph explain``: why a node is what it is — its names, the keys merged into it, and why.

Example::

    $ newsgraph explain Trump --graph out/graph.json
    person/donald-trump — Donald Trump (Person)
    role: President
    aliases: Donald Trump; Trump
    merged from:
      person/trump → person/donald-trump: [person-surname] "Trump" is the surname of …
    articles (3):
      000_3972e05684198fd9  2018-11-06  Russia, Spain agree to set up cybersecurity group

The name may be a node key, a key that was merged into a node, or any label or alias
(case-insensitive); a name that several nodes carry ("Moscow": the country and the city)
explains each of them.
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import networkx as nx
import typer

from graph.cli.app import app, fail, stdout
from graph.export.json import read_json


def find_nodes(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """The nodes ``name`` designates: by key, by a key merged into them, else by any alias.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("person/donald-trump", label="Donald Trump", aliases=["Trump"],
    ...            merged_from=["person/donald-trump", "person/trump"])
    >>> find_nodes(g, "person/trump"), find_nodes(g, "TRUMP"), find_nodes(g, "Melania")
    (['person/donald-trump'], ['person/donald-trump'], [])
    """
    if name in graph:
        return [name]
    merged_into = [
        node for node, data in graph.nodes(data=True) if name in data.get("merged_from", ())
    ]
    if merged_into:
        return sorted(merged_into)
    wanted = name.casefold().strip()
    return sorted(
        node
        for node, data in graph.nodes(data=True)
        if any(text.casefold() == wanted for text in _names(data))
    )


def _names(data: dict[str, Any]) -> list[str]:
    return [data.get("label", ""), *data.get("aliases", ())]


def explain_node(graph: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    """Everything that says what ``node`` is, as plain data (what ``--json`` prints).

    Keys merged into the node without a recorded reason (a graph built by an older version)
    are listed with the reason ``None``.
    """
    data = graph.nodes[node]
    reasons = list(data.get("merge_reasons", ()))
    merged = []
    for key in data.get("merged_from", ()):
        if key == node:
            continue
        lines = [line for line in reasons if line.startswith(f"{key} → ")]
        merged.append({"key": key, "reasons": lines or None})
    table = graph.graph.get("articles", {})
    articles = [
        {
            "id": article,
            "date": table.get(article, {}).get("date", ""),
            "title": table.get(article, {}).get("title", ""),
        }
        for article in data.get("articles", ())
    ]
    return {
        "key": node,
        "label": data.get("label", node),
        "type": data.get("type", ""),
        "role": data.get("role", ""),
        "aliases": list(data.get("aliases", ())),
        "merged_from": merged,
        "articles": articles,
        "edges": {"out": graph.out_degree(node), "in": graph.in_degree(node)},
    }


def format_explanation(explanation: dict[str, Any]) -> str:
    """The plain-text report ``newsgraph explain`` prints for one node."""
    lines = [f"{explanation['key']} — {explanation['label']} ({explanation['type']})"]
    if explanation["role"]:
        lines.append(f"role: {explanation['role']}")
    lines.append(f"aliases: {'; '.join(explanation['aliases']) or '(none)'}")
    if explanation["merged_from"]:
        lines.append("merged from:")
        for merged in explanation["merged_from"]:
            for reason in merged["reasons"] or [f"{merged['key']}: (no reason recorded)"]:
                lines.append(f"  {reason}")
    else:
        lines.append("merged from: nothing (every article used this key)")
    lines.append(f"articles ({len(explanation['articles'])}):")
    for article in explanation["articles"]:
        lines.append(f"  {article['id']}  {article['date'] or '----------'}  {article['title']}")
    edges = explanation["edges"]
    lines.append(f"edges: {edges['out']} out, {edges['in']} in")
    return "\n".join(lines)


def _read_graph(graph_file: Path) -> nx.MultiDiGraph:
    if not graph_file.exists():
        raise fail(f"{graph_file}: no such file (write one with `newsgraph build … --out DIR`)")
    try:
        return read_json(graph_file)
    except (ValueError, KeyError, TypeError) as error:
        raise fail(f"{graph_file}: not a newsgraph JSON graph ({error})") from None
    except OSError as error:
        raise fail(f"{graph_file}: cannot read: {error.strerror or error}") from None


@app.command()
def explain(
    node: Annotated[str, typer.Argument(help="A node key (person/sergei-lavrov) or any alias.")],
    graph_file: Annotated[
        Path, typer.Option("--graph", "-g", help="A graph.json written by `newsgraph build`.")
    ] = Path("out/graph.json"),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Show a node's names, the keys merged into it and why, and its articles.

    Example: newsgraph explain "Lavrov" --graph out/graph.json
    """
    graph = _read_graph(graph_file)
    found = find_nodes(graph, node)
    if not found:
        names = sorted({n for _, data in graph.nodes(data=True) for n in _names(data) if n})
        close = difflib.get_close_matches(node, [*graph.nodes, *names], n=3)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise fail(f"{graph_file}: no node with key or alias {node!r}{hint}")
    explanations = [explain_node(graph, key) for key in found]
    if as_json:
        sys.stdout.write(json.dumps(explanations, ensure_ascii=False, indent=2) + "\n")
        return
    if len(found) > 1:
        stdout.print(f"{len(found)} nodes are called {node!r}:\n", markup=False, highlight=False)
    text = "\n\n".join(format_explanation(explanation) for explanation in explanations)
    stdout.print(text, markup=False, highlight=False, soft_wrap=True)
