"""The progress bar of long commands: named stages; percentage and time left for a known total.

``newsgraph build`` reads, extracts, merges and writes. The articles are read lazily, so their
number is counted beforehand from the inputs (``count_articles``: a file is one article, a
JSON Lines file one per line, a ``.urls`` file one per URL); with that total the bar shows
the percentage and the time left, and a stage name that changes when the work does, so it
never sits on the last article while the graph is merged and written. On stderr, and off when
stderr is not a terminal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from extract.ingest.read import reader_for


def _count_file(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".urls"):
        with path.open("rb") as lines:
            return sum(1 for line in lines if line.strip() and not line.startswith(b"#"))
    return 1 if reader_for(path) is not None else 0


def count_articles(inputs: Iterable[str | Path]) -> int | None:
    """How many articles ``inputs`` hold, counted without reading them; ``None`` if unknown.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("One."), (folder / "b.jsonl").write_text('{}\\n{}\\n')
    >>> count_articles([folder, "https://example.org/story"])
    4
    """
    total = 0
    for item in inputs:
        text = str(item)
        if text.startswith(("http://", "https://")):
            total += 1
            continue
        path = Path(text)
        try:
            if path.is_dir():
                total += sum(_count_file(p) for p in sorted(path.rglob("*")) if p.is_file())
            elif path.is_file():
                total += _count_file(path)
        except OSError:
            return None  # an unreadable input: the build reports it; the bar just has no total
    return total or None


class StageProgress:
    """One bar whose description is the current stage and whose total may be known."""

    def __init__(self, console: Console, total: int | None) -> None:
        columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn()]
        if total:
            columns += [MofNCompleteColumn(), TaskProgressColumn(), TimeRemainingColumn()]
        else:
            columns += [TextColumn("{task.completed} articles")]
        columns.append(TimeElapsedColumn())
        self.total = total
        self.bar = Progress(
            *columns, console=console, disable=not console.is_terminal, transient=True
        )
        self.task = self.bar.add_task("reading", total=total)

    def advance(self, what: str) -> None:
        """One article done (``what`` names it); after the last one the stage is merging."""
        self.bar.update(self.task, advance=1, description=f"extracting {what}")
        done = self.bar.tasks[0].completed
        if self.total and done > self.total:
            # The count was low (a JSON file holding several articles): the total follows.
            self.bar.update(self.task, total=done)
        elif self.total and done == self.total:
            self.bar.update(self.task, description="merging")

    def stage(self, name: str) -> None:
        """Switch to the named stage ("merging", "writing ttl, json …")."""
        self.bar.update(self.task, description=name)


@contextmanager
def stage_progress(console: Console, total: int | None) -> Iterator[StageProgress]:
    """A ``StageProgress`` shown while the block runs.

    >>> from io import StringIO
    >>> with stage_progress(Console(file=StringIO()), 2) as progress:
    ...     progress.advance("a1"); progress.advance("a2")
    ...     progress.bar.tasks[0].description
    'merging'
    """
    progress = StageProgress(console, total)
    with progress.bar:
        yield progress
