"""``newsgraph view``: draw a graph, a neighbourhood or a query's answer as one HTML page."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import networkx as nx
import typer

from extract.errors import ExtractionError, InputError
from graph.cli.app import app, fail, stderr, stdout
from graph.explore.names import EntityNameError, resolve_entity
from graph.explore.subgraphs import around, query_subgraph
from graph.export.html import DEFAULT_TOP_N, WEBGL_THRESHOLD, write_html
from graph.export.json import read_json
from graph.run.corpus import build_from_paths


class Renderer(StrEnum):
    """How the page draws: chosen by size, vis-network's canvas, or sigma.js in WebGL."""

    auto = "auto"
    canvas = "canvas"
    webgl = "webgl"


def load_graph(source: Path) -> nx.MultiDiGraph:
    """The graph in ``source``: a graph.json, a folder holding one, or a folder of articles.

    Raises ``InputError`` with a one-line message naming ``source`` when it cannot be read.
    """
    if not source.exists():
        raise InputError(str(source), "no such file or folder")
    if source.is_dir() and not (source / "graph.json").is_file():
        return build_from_paths([source])
    path = source / "graph.json" if source.is_dir() else source
    try:
        return read_json(path)
    except (ValueError, KeyError, TypeError) as error:
        raise InputError(str(path), f"not a newsgraph JSON graph ({error})") from None
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None


@app.command()
def view(
    source: Annotated[
        Path,
        typer.Argument(
            help="A graph.json from `newsgraph build`, its output folder, or a folder of articles."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path(
        "view.html"
    ),
    query: Annotated[
        Path | None,
        typer.Option(
            "--query", "--query-file", "-q", help="A SPARQL SELECT/CONSTRUCT file: draw its answer."
        ),
    ] = None,
    centre: Annotated[
        str | None,
        typer.Option(
            "--around",
            "-a",
            help="Draw the neighbourhood of this entity (key, name or alias), selected and "
            "centred. An ambiguous name lists the choices.",
        ),
    ] = None,
    hops: Annotated[
        int, typer.Option("--hops", min=0, max=6, help="Neighbourhood radius for --around.")
    ] = 2,
    top: Annotated[
        int | None,
        typer.Option(
            "--top",
            min=1,
            help=f"Nodes shown when the page opens, by degree [default: {DEFAULT_TOP_N} on "
            "the canvas, all with WebGL].",
            show_default=False,
        ),
    ] = None,
    renderer: Annotated[
        Renderer,
        typer.Option(
            "--renderer",
            help=f"auto: WebGL (sigma.js) above {WEBGL_THRESHOLD:,} entities, else the "
            "canvas (vis-network).",
        ),
    ] = Renderer.auto,
    title: Annotated[str | None, typer.Option(help="Page title.")] = None,
) -> None:
    """Write an interactive, offline HTML view of a graph or of part of it.

    Examples:

      newsgraph view out/graph.json --out view.html

      newsgraph view out/ --around "Lavrov" --hops 2 --out lavrov.html

      newsgraph view out/graph.json --query who-proposed.rq --out proposals.html
    """
    if query is not None and centre is not None:
        raise fail("use either --query or --around, not both")
    try:
        graph = load_graph(source)
        sparql = query.read_text(encoding="utf-8") if query is not None else None
    except (InputError, ExtractionError) as error:
        raise fail(str(error)) from None
    except OSError as error:
        raise fail(f"{query}: cannot read: {error.strerror or error}") from None
    heading = title or source.name
    focus = None
    if sparql is not None:
        try:
            graph = query_subgraph(graph, sparql)
        except ValueError as error:
            raise fail(f"{query}: {error}") from None
        if graph.number_of_nodes() == 0:
            raise fail(f"{query}: the answer names no entity of the graph; nothing to draw")
        heading = title or f"{source.name}: {query.name}"  # type: ignore[union-attr]
    elif centre is not None:
        try:
            focus = resolve_entity(graph, centre)
        except EntityNameError as error:
            raise fail(f"{source}: {error}") from None
        graph = around(graph, focus, hops)
        label = graph.nodes[focus].get("label", focus)
        heading = title or f"{label} ({hops} hops)"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_html(graph, out, title=heading, top_n=top, focus=focus, renderer=renderer.value)
    except OSError as error:
        raise fail(f"{out}: cannot write: {error.strerror or error}") from None
    stderr.print(
        f"newsgraph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges drawn",
        markup=False,
        highlight=False,
    )
    stdout.print(str(out), markup=False, highlight=False)
