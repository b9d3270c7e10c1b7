"""The ``newsgraph`` command line: a thin layer that parses arguments and calls the library.

Examples::

    newsgraph build examples/articles --out out/
    newsgraph build articles.jsonl https://example.org/story.html --out out/ --format ttl,html
    newsgraph stats out/graph.json

Each command lives in a module of ``graph.cli``; importing it registers it on ``app``.
"""

from __future__ import annotations

from graph.cli import build as _build  # noqa: F401  (registers build, stats)
from graph.cli import explain as _explain  # noqa: F401  (registers explain)
from graph.cli import store as _store  # noqa: F401  (add, remove, query, serve, push)
from graph.cli import view as _view  # noqa: F401  (registers view)
from graph.cli.app import app


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
