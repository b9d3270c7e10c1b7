"""The command line's predeclared prefixes (``ng:``, ``schema:``, ``person:`` …) over HTTP too.

``newsgraph query`` predeclares newsgraph's prefixes; Oxigraph's HTTP endpoint does not, so the
same query got a 400 from ``newsgraph serve``. The server's front adds the declarations a query
lacks before forwarding it: for ``GET /query?query=…``, and for ``POST /query`` with a
``application/sparql-query`` or form body. A prefix the query declares itself is left alone.
The declarations go on the query's first line, so the engine's line numbers stay right.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

from graph.export.rdf import PREFIXES

_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)


def with_prefixes(query: str) -> str:
    """``query`` with a ``PREFIX`` declaration for each predeclared prefix it does not declare.

    >>> with_prefixes("PREFIX ng: <urn:x#> SELECT * {}").count("PREFIX ng:")
    1
    >>> "PREFIX schema: <https://schema.org/>" in with_prefixes("SELECT * {}")
    True
    """
    declared = {name or "" for name in _DECLARED.findall(query)}
    missing = [f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items() if name not in declared]
    return " ".join([*missing, query]) if missing else query


def _form(text: str) -> str:
    pairs = [(k, with_prefixes(v) if k == "query" else v) for k, v in parse_qsl(text, True)]
    return urlencode(pairs)


def prefixed_request(path: str, content_type: str, body: bytes | None) -> tuple[str, bytes | None]:
    """The path and body of a SPARQL protocol query request, its query given the prefixes.

    >>> path, body = prefixed_request("/query?query=ASK%20%7B%7D", "", None)
    >>> "PREFIX+ng" in path and body is None
    True
    """
    route, sep, query_string = path.partition("?")
    if sep and "query=" in query_string:
        path = f"{route}?{_form(query_string)}"
    media = content_type.split(";", 1)[0].strip().lower()
    if body and media == "application/sparql-query":
        body = with_prefixes(body.decode("utf-8", errors="replace")).encode("utf-8")
    elif body and media == "application/x-www-form-urlencoded":
        body = _form(body.decode("utf-8", errors="replace")).encode("utf-8")
    return path, body
