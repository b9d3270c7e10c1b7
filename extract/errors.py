"""Errors raised for bad input.

Each carries a one-line message that names the input (file, line, URL) so the CLI can print
it as is and exit non-zero without a traceback.
"""

from __future__ import annotations


class InputError(Exception):
    """An input that cannot be read as articles: missing, empty, binary, malformed."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        self.source = source
        self.problem = problem
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}")


class ExtractionError(Exception):
    """A failure inside the extraction pipeline, naming the article that caused it and, when
    known, where the article came from (``source``: a file, ``file:line`` or URL)."""

    def __init__(
        self, article_id: str, component: str, cause: BaseException, source: str | None = None
    ) -> None:
        self.article_id = article_id
        self.component = component
        self.source = source
        super().__init__(f"article {article_id!r}: {component} failed: {cause}")
