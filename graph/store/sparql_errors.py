"""Oxigraph's SPARQL syntax errors as one line a person can act on.

The engine reports ``error at 1:29: expected one of Prefix not found, ['%'], ['-' | '0' ..=
'9' | '\\u{00B7}' …`` over five lines of Unicode ranges. This keeps the line and column, says
"unknown prefix 'foo:'" when that is the cause (with the predeclared prefixes), and otherwise
lists the few keywords or punctuation expected, with the text found there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)
_PREFIXED = re.compile(r"([A-Za-z][\w.-]*)?:\S*$")
#: Expected tokens listed before "…".
MAX_EXPECTED = 6


def _found_at(query: str, line: int, column: int) -> str:
    lines = query.splitlines() or [""]
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return text[max(column - 1, 0) :].strip()[:20]


def _prefix_before(query: str, line: int, column: int) -> str | None:
    lines = query.splitlines() or [""]
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    head = text[: max(column - 1, 0) + 1].split()
    match = _PREFIXED.search(head[-1]) if head else None
    return match.group(1) or "" if match else None


def _expected(detail: str) -> str:
    # Keep keywords and quoted punctuation; character classes ("['A' ..= 'Z' …]") say nothing.
    cleaned = re.sub(r"\[[^\]]*\]", "", detail.replace("Prefix not found", ""))
    tokens = [
        t for t in re.findall(r'"[^"]*"|[A-Za-z]\w*', cleaned) if t not in ("expected", "one", "of")
    ]
    shown = ", ".join(tokens[:MAX_EXPECTED]) + (", …" if len(tokens) > MAX_EXPECTED else "")
    return f"expected {shown}" if tokens else "unexpected text"


def syntax_error_message(error: str, query: str, prefixes: Iterable[str] = ()) -> str:
    """One line for Oxigraph's syntax ``error`` in ``query``: position, cause, text found.

    >>> syntax_error_message("error at 1:29: expected one of Prefix not found, ['%']",
    ...                      "SELECT ?x WHERE { ?x foo:bar ?y }", ["ng", "schema"])
    "line 1, column 29: unknown prefix 'foo:' (predeclared: ng, schema)"
    >>> syntax_error_message('error at 1:28: expected one of ",", ".", "}", [_]',
    ...                      "SELECT ?x WHERE { ?x ?p ?y ")
    'line 1, column 28: expected ",", ".", "}" (at the end of the query)'
    """
    match = _POSITION.match(error.strip())
    if not match:
        return " ".join(error.split())
    line, column, detail = int(match[1]), int(match[2]), match[3]
    where = f"line {line}, column {column}"
    if "Prefix not found" in detail:
        prefix = _prefix_before(query, line, column)
        if prefix is not None:
            known = ", ".join(sorted(prefixes))
            listed = f" (predeclared: {known})" if known else ""
            return f"{where}: unknown prefix '{prefix}:'{listed}"
    found = _found_at(query, line, column)
    last = line >= len(query.splitlines())
    return (
        f"{where}: {_expected(detail)} "
        + (f"(found {found!r})" if found else "(at the end of the query)" if last else "").rstrip()
    )
