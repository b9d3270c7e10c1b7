"""The ``newsgraph`` Typer app and the console helpers every command module shares.

Command modules in ``graph.cli`` register themselves on ``app``; ``graph.cli.main`` imports
them all and runs it.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Annotated

import typer
from rich.console import Console

from graph.cli.terminal import safe_for_terminal, show_notices

#: ``--skip-bad``, shared by every command that reads articles.
SkipBadOption = Annotated[
    bool,
    typer.Option("--skip-bad", help="Warn about and skip bad articles instead of stopping."),
]
#: ``--allow-private-urls``, shared by every command that reads articles.
AllowPrivateUrlsOption = Annotated[
    bool,
    typer.Option(
        "--allow-private-urls",
        help="Let URLs listed in .urls files reach loopback and private addresses.",
    ),
]

app = typer.Typer(
    name="newsgraph",
    help=(
        "Turn news articles into a knowledge graph.\n\n"
        "Example: newsgraph build examples/articles --out out/"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True)
stdout = Console()


def _version() -> str:
    try:
        return version("newsgraph")
    except PackageNotFoundError:
        return "unknown"


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one line on stderr and return the exit to raise (no traceback for user errors)."""
    # One line whatever the cause says: parsers (SPARQL, RocksDB) put line breaks in theirs.
    line = " ".join(safe_for_terminal(message).splitlines())
    stderr.print(
        f"newsgraph: error: {line}",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    return typer.Exit(code)


def _version_callback(value: bool) -> None:
    if value:
        stdout.print(f"newsgraph {_version()}", markup=False, highlight=False)
        raise typer.Exit()


@app.callback()
def main_options(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version_callback,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Turn news articles into a knowledge graph (RDF, JSON, GraphML, interactive HTML)."""
    show_notices(stderr)
