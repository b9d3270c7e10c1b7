"""``newsgraph build`` and ``newsgraph stats``: articles in, graph files out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from extract.errors import ExtractionError, InputError
from extract.types import Article
from graph.cli_app import app, fail, stderr, stdout
from graph.corpus import build_from_paths, graph_stats
from graph.export import FILE_NAMES, write_outputs
from graph.export.json import read_json

ALL_FORMATS = ",".join(FILE_NAMES)


def _parse_formats(value: str) -> list[str]:
    formats = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [name for name in formats if name not in FILE_NAMES]
    if unknown or not formats:
        raise typer.BadParameter(
            f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from {ALL_FORMATS}"
        )
    return formats


@app.command()
def build(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files, folders (read recursively), .urls files or URLs."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the output files.")] = Path(
        "out"
    ),
    formats: Annotated[
        str, typer.Option("--format", "-f", help=f"Comma-separated formats: {ALL_FORMATS}.")
    ] = ALL_FORMATS,
    skip_bad: Annotated[
        bool,
        typer.Option("--skip-bad", help="Warn about and skip bad articles instead of stopping."),
    ] = False,
    processes: Annotated[
        int, typer.Option("--processes", "-j", min=1, help="Parser processes.")
    ] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 32,
) -> None:
    """Build the graph of the articles under PATHS and write it to --out.

    Example: newsgraph build examples/articles --out out/ --format ttl,json,html
    """
    chosen = _parse_formats(formats)
    skipped: list[InputError] = []

    def warn(error: InputError) -> None:
        skipped.append(error)
        stderr.print(f"newsgraph: skipped: {error}", markup=False, highlight=False, soft_wrap=True)

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
        console=stderr,
        disable=not stderr.is_terminal,
        transient=True,
    )
    with progress:
        task = progress.add_task("extracting", total=None)

        def advance(article: Article) -> None:
            progress.update(task, advance=1, description=f"extracting {article.id}")

        try:
            graph = build_from_paths(
                paths,
                skip_bad=skip_bad,
                on_skip=warn,
                on_article=advance,
                n_process=processes,
                batch_size=batch_size,
            )
        except InputError as error:
            raise fail(str(error)) from None
        except ExtractionError as error:
            raise fail(str(error)) from None
    try:
        written = write_outputs(graph, out, chosen)
    except OSError as error:
        raise fail(f"{out}: cannot write output: {error.strerror or error}") from None
    stats = graph_stats(graph)
    stderr.print(
        f"newsgraph: {stats['articles']['articles']} articles → {graph.number_of_nodes()} nodes, "
        f"{graph.number_of_edges()} edges"
        + (f" ({len(skipped)} inputs skipped)" if skipped else ""),
        markup=False,
        highlight=False,
    )
    for name, path in written.items():
        stdout.print(f"{name:8} {path}", markup=False, highlight=False)


@app.command()
def stats(
    graph_file: Annotated[Path, typer.Argument(help="A graph.json written by `newsgraph build`.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Count a graph's nodes by type and edges by predicate.

    Example: newsgraph stats out/graph.json
    """
    if not graph_file.exists():
        raise fail(f"{graph_file}: no such file")
    try:
        graph = read_json(graph_file)
    except (ValueError, KeyError, TypeError) as error:
        raise fail(f"{graph_file}: not a newsgraph JSON graph ({error})") from None
    except OSError as error:
        raise fail(f"{graph_file}: cannot read: {error.strerror or error}") from None
    counts = graph_stats(graph)
    if as_json:
        sys.stdout.write(json.dumps(counts, indent=2) + "\n")
        return
    for title, column in (("nodes", "type"), ("edges", "predicate")):
        table = Table(title=f"{title} by {column}")
        table.add_column(column)
        table.add_column("count", justify="right")
        for name, count in counts[title].items():
            table.add_row(name, str(count))
        table.add_row("total", str(sum(counts[title].values())), style="bold")
        stdout.print(table)
    stdout.print(f"articles: {counts['articles']['articles']}")
