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

The name is resolved as in every command (``graph.explore.names``): a node key, a key that
was merged into a node, a label or an alias (case-insensitive). A name that several nodes
carry ("Moscow": the country and the city) lists them and exits non-zero; give a key.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import networkx as nx
import typer

from graph.cli.app import app, fail, stdout
from graph.cli.graph_paths import graph_json_path
from graph.explore.names import EntityNameError, resolve_entity
from graph.export.json import read_json


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


def _read_graph(source: Path) -> nx.MultiDiGraph:
    graph_file = graph_json_path(source)
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
        Path,
        typer.Option(
            "--graph", "-g", help="A graph.json written by `newsgraph build`, or its folder."
        ),
    ] = Path("out/graph.json"),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Show a node's names, the keys merged into it and why, and its articles.

    Example: newsgraph explain "Lavrov" --graph out/graph.json
    """
    graph = _read_graph(graph_file)
    try:
        key = resolve_entity(graph, node)
    except EntityNameError as error:
        raise fail(f"{graph_file}: {error}") from None
    explanation = explain_node(graph, key)
    if as_json:
        sys.stdout.write(json.dumps([explanation], ensure_ascii=False, indent=2) + "\n")
        return
    stdout.print(format_explanation(explanation), markup=False, highlight=False, soft_wrap=True)
