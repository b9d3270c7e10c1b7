"""The file format of the word lists: ``[name]`` sections of words or ``key = value`` lines.

``file_sections`` cuts one file into its sections, each entry with the file and line it came
from, so that every error ``extract.vocabulary.word_lists`` raises names where it is. ``#``
starts a comment; blank lines are skipped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass


class WordListError(ValueError):
    """A word-list file that cannot be read as the rules expect: says which file and line."""


@dataclass
class Section:
    """One ``[name]`` of a file as read: where it starts and its entries with their lines."""

    name: str
    where: str
    entries: list[tuple[str, str | None, str]] = dataclasses.field(default_factory=list)


def file_sections(text: str, source: str) -> Iterator[Section]:
    """The sections of one file; entries are (word or key, value or None, "file:line").

    >>> [(s.name, s.entries) for s in file_sections("[heads]\\nchief  # a title\\n", "t.txt")]
    [('heads', [('chief', None, 't.txt:2')])]
    """
    section: Section | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        where = f"{source}:{number}"
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            if not (line.endswith("]") and line[1:-1].isidentifier()):
                raise WordListError(f"{where}: malformed list name {line!r}")
            if section is not None:
                yield section
            section = Section(line[1:-1], where)
            continue
        if section is None:
            raise WordListError(f"{where}: {line!r} comes before any [list name]")
        key, sep, value = line.partition("=")
        section.entries.append((key.strip(), value.strip() if sep else None, where))
    if section is not None:
        yield section
