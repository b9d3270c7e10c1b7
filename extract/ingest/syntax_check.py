"""Check the syntax of every JSON input before a strict build spends time extracting.

A strict build stops at the first bad input. Reading streams, so without a check first a
malformed line 25,001 of a JSONL file was reported only after the 25,000 lines before it had
been parsed by spaCy (106 s). ``check_syntax`` reads every ``.jsonl`` line and every ``.json``
file once, cheaply (JSON parsing only: no cleaning, no NLP, no download), and raises the
``InputError`` the reader would raise later: malformed JSON, nesting too deep, bytes that are
not UTF-8, a line too large, a value that is not an object with a string ``text``. Other kinds
of input (text, HTML, URL lists) have no syntax to check; reading judges them.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.jsonl").write_text('{"text": "fine"}\\n{"text": \\n')
>>> check_syntax([folder])
Traceback (most recent call last):
...
extract.errors.InputError: .../a.jsonl:2: malformed JSON: Expecting value (column 1)
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from extract.errors import InputError
from extract.ingest.fetch import is_url
from extract.ingest.formats import MAX_JSON_FILE_BYTES
from extract.ingest.json_lines import json_lines, parse_json_document, parse_json_line

__all__ = ["check_syntax"]


def check_syntax(paths: Iterable[str | Path]) -> None:
    """Raise the first syntax error of any JSON or JSONL input under ``paths``; else ``None``.

    Missing paths, unreadable files and non-JSON inputs are left to reading, which reports
    them in order.
    """
    for path in _json_files(paths):
        if path.suffix.lower() == ".jsonl":
            _check_jsonl(path)
        else:
            _check_json(path)


def _json_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    seen: set[str] = set()
    for raw in paths:
        if isinstance(raw, str) and is_url(raw):
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, seen)
        elif _is_json(path) and path.is_file():
            real = os.path.realpath(path)
            if real not in seen:
                seen.add(real)
                yield path


def _is_json(path: Path) -> bool:
    return path.suffix.lower() in (".json", ".jsonl")


def _walk(folder: Path, seen: set[str]) -> Iterator[Path]:
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError:
        return  # reading reports it
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif _is_json(entry) and entry.is_file():
            real_file = os.path.realpath(entry)
            if real_file not in seen:
                seen.add(real_file)
                yield entry


def _check_value(value: Any, source: str, line: int | None) -> None:
    if isinstance(value, dict):
        if not isinstance(value.get("text"), str):
            raise InputError(source, "JSON object has no string 'text' field", line)
        return
    raise InputError(source, f"expected a JSON object, got {type(value).__name__}", line)


def _check_jsonl(path: Path) -> None:
    source = str(path)
    try:
        with path.open("rb") as handle:
            for number, raw in json_lines(handle, source):
                if isinstance(raw, InputError):
                    raise raw
                _check_value(parse_json_line(raw, source, number), source, number)
    except OSError:
        return  # reading reports it


def _check_json(path: Path) -> None:
    source = str(path)
    try:
        if path.stat().st_size > MAX_JSON_FILE_BYTES:
            return  # reading refuses it with the size
        data = path.read_bytes()
    except OSError:
        return
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return  # a legacy or UTF-16 encoding: reading detects it
    if not text.strip():
        return
    value = parse_json_document(text, source)
    if isinstance(value, list):
        for index, item in enumerate(value, start=1):
            _check_value(item, f"{source}[{index}]", None)
    else:
        _check_value(value, source, None)
