"""Walk a JSON-lines file line by line and parse its lines, naming the file and line of a fault.

The JSONL reader (``extract.ingest.formats``) and the syntax check that runs before a strict
build (``extract.ingest.syntax_check``) read a file the same way: refuse a binary file, skip
blank lines, drop a byte-order mark on the first line, report a line too large for one article
without holding it in memory, and turn a JSON error into an ``InputError`` with the line's
number. They differ only in what they do with a fault (the reader yields it and goes on; the
check raises it), so the walk is written once, here.

>>> import io
>>> lines = io.BytesIO(b'{"text": "a"}\\n\\n{"text": \\n')
>>> [(number, parse_json_line(raw, "x.jsonl", number)) for number, raw in
...  json_lines(lines, "x.jsonl") if isinstance(raw, bytes) and number == 1]
[(1, {'text': 'a'})]
>>> parse_json_line(b'{"text": \\n', "x.jsonl", 3)
Traceback (most recent call last):
...
extract.errors.InputError: x.jsonl:3: malformed JSON: Expecting value (column 1)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from extract.errors import InputError
from extract.ingest.encoding import looks_binary

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_JSONL_LINE_BYTES",
    "json_lines",
    "parse_json_document",
    "parse_json_line",
]

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
# JSON escapes ("\u0416", "\n") make a line longer than the text it holds.
MAX_JSONL_LINE_BYTES = MAX_ARTICLE_BYTES * 2


def json_lines(handle: IO[bytes], source: str) -> Iterator[tuple[int, bytes | InputError]]:
    """Yield ``(line number, raw line)`` for each non-blank line of a JSONL file opened in
    binary, or ``(number, InputError)`` for a line too large for one article (its rest is
    skipped without being held). Raise ``InputError`` for a binary file.

    >>> import io
    >>> list(json_lines(io.BytesIO(b'\\xef\\xbb\\xbf{"text": "a"}\\n  \\n{}'), "x.jsonl"))
    [(1, b'{"text": "a"}\\n'), (3, b'{}')]
    """
    if looks_binary(handle.read(8192)):
        raise InputError(source, "binary file (not JSON lines)")
    handle.seek(0)
    number = 0
    while raw := handle.readline(MAX_JSONL_LINE_BYTES + 1):
        number += 1
        if len(raw) > MAX_JSONL_LINE_BYTES and not raw.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # skip the remainder of the oversized line without holding it
            yield number, InputError(source, "line too large for one article", number)
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if raw.strip():
            yield number, raw


def parse_json_line(raw: bytes, source: str, number: int) -> Any:
    """The JSON value of one line, or ``InputError`` naming the file and line.

    >>> parse_json_line(b'[1, 2]', "x.jsonl", 4)
    [1, 2]
    >>> parse_json_line(b'"\\xff"', "x.jsonl", 5)
    Traceback (most recent call last):
    ...
    extract.errors.InputError: x.jsonl:5: line is not valid UTF-8
    """
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(source, "line is not valid UTF-8", number) from None
    except json.JSONDecodeError as exc:
        message = f"malformed JSON: {exc.msg} (column {exc.colno})"
        raise InputError(source, message, number) from None
    except RecursionError:
        raise InputError(source, "JSON nested too deeply", number) from None


def parse_json_document(text: str, source: str) -> Any:
    """The JSON value of a whole ``.json`` file's text, or ``InputError`` naming the file and
    the line of the fault.

    >>> parse_json_document('{"text": "a"}', "a.json")
    {'text': 'a'}
    >>> parse_json_document('{\\n"text": }', "a.json")
    Traceback (most recent call last):
    ...
    extract.errors.InputError: a.json:2: malformed JSON: Expecting value
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"malformed JSON: {exc.msg}", exc.lineno) from None
    except RecursionError:
        raise InputError(source, "JSON nested too deeply") from None
