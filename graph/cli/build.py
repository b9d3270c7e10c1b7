"""``newsgraph build`` and ``newsgraph stats``: articles in, graph files out."""

from __future__ import annotations

import contextlib
import json
import sys
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Annotated

import spacy
import typer
from rich.table import Table

from extract.errors import ExtractionError, InputError
from extract.types import Article
from graph.cli.app import (
    AllowPrivateUrlsOption,
    SkipBadOption,
    app,
    fail,
    stderr,
    stdout,
)
from graph.cli.graph_paths import graph_json_path
from graph.cli.progress import count_articles, stage_progress
from graph.cli.terminal import safe_for_terminal
from graph.export import output_formats, parse_formats, write_outputs
from graph.export.json import read_json
from graph.run.cache import CACHE_DIR_VARIABLE, default_cache_dir
from graph.run.corpus import BuildReport, build_from_paths, graph_stats
from graph.run.distributed import ClusterError, extract_on_cluster, open_cluster_client
from graph.run.options import MODEL_NAME, BuildOptions

ALL_FORMATS = ",".join(output_formats())


def _parse_formats(value: str) -> list[str]:
    try:
        return parse_formats(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


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
    skip_bad: SkipBadOption = False,
    processes: Annotated[
        int,
        typer.Option(
            "--processes",
            "-j",
            min=1,
            help="Processes extracting on this machine, this one included.",
        ),
    ] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 32,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", min=1, help="Extract on a local Dask cluster of N worker processes."
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Extract on the Dask cluster whose scheduler is at tcp://HOST:PORT.",
        ),
    ] = None,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            "--cache",
            help=f"Folder of cached article results [default: ${CACHE_DIR_VARIABLE} or "
            "~/.cache/newsgraph].",
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Extract every article; read and write no cache.")
    ] = False,
    model: Annotated[
        str, typer.Option("--model", help="spaCy model (package name or path) to extract with.")
    ] = MODEL_NAME,
    allow_private_urls: AllowPrivateUrlsOption = False,
) -> None:
    """Build the graph of the articles under PATHS and write it to --out.

    Unchanged articles are taken from the result cache; only new or edited ones are extracted.

    Example: newsgraph build examples/articles --out out/ --format ttl,json,html
    (add --workers 2, or --scheduler tcp://10.0.0.5:8786, to extract on a Dask cluster)
    """
    chosen = _parse_formats(formats)
    if workers and scheduler:
        raise fail("--workers and --scheduler exclude each other: pick one")
    if scheduler and not scheduler.startswith(("tcp://", "tls://", "inproc://", "ucx://")):
        raise fail(f"--scheduler {scheduler}: expected an address like tcp://HOST:8786")
    if workers and processes > 1:
        raise fail("--workers and --processes exclude each other: pick one")
    if not spacy.util.is_package(model) and not Path(model).is_dir():
        raise fail(f"--model {model}: not an installed spaCy model package or a model folder")
    report = BuildReport()

    def warn(error: InputError) -> None:
        stderr.print(
            f"newsgraph: skipped: {safe_for_terminal(str(error))}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        progress.advance("(skipped)")  # a skipped article was counted in the total

    with stage_progress(stderr, count_articles(paths)) as progress:

        def advance(article: Article) -> None:
            progress.advance(article.id)

        options = BuildOptions(
            skip_bad=skip_bad,
            n_process=processes,
            batch_size=batch_size,
            model=model,
            cache_dir=None if no_cache else (cache_dir or default_cache_dir()),
            on_skip=warn,
            on_article=advance,
            allow_private_urls=allow_private_urls,
        )
        try:
            with contextlib.ExitStack() as stack:
                if workers or scheduler:
                    client = stack.enter_context(
                        open_cluster_client(workers=workers, scheduler=scheduler, model=model)
                    )
                    on_cluster = partial(
                        extract_on_cluster, client=client, batch_size=batch_size, model=model
                    )
                    options = replace(options, extractor=on_cluster)
                graph = build_from_paths(paths, options, report)
        except (InputError, ExtractionError, ClusterError) as error:
            raise fail(str(error)) from None
        except OSError as error:  # the cache folder cannot be created or written
            where = options.cache_dir or out
            raise fail(f"{where}: cannot write the cache: {error}") from None
        progress.stage(f"writing {', '.join(chosen)}")
        try:
            written = write_outputs(graph, out, chosen, processes=processes)
        except OSError as error:
            raise fail(f"{out}: cannot write output: {error.strerror or error}") from None
    skipped = report.skipped
    stderr.print(
        f"newsgraph: {report.summary()} → {graph.number_of_nodes()} nodes, "
        f"{graph.number_of_edges()} edges"
        + (f" ({len(skipped)} inputs skipped)" if skipped else ""),
        markup=False,
        highlight=False,
    )
    for name, path in written.items():
        stdout.print(f"{name:8} {path}", markup=False, highlight=False)


@app.command()
def stats(
    source: Annotated[
        Path, typer.Argument(help="A graph.json written by `newsgraph build`, or its folder.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Count a graph's nodes by type and edges by predicate.

    Example: newsgraph stats out/
    """
    graph_file = graph_json_path(source)
    if not graph_file.exists():
        raise fail(f"{graph_file}: no such file")
    try:
        graph = read_json(graph_file)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
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
