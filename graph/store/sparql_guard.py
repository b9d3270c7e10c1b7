"""Keep SPARQL inside: find the ``SERVICE`` clauses of a query before an engine runs it.

A ``SERVICE <http://…>`` clause (SPARQL 1.1 federated query) makes the engine send an HTTP
request to the address the query names and join in the answer. Through ``newsgraph serve``
that lets any browser tab that can reach the server make it call internal services; through
``newsgraph query`` it makes a local query reach out to the network. So both refuse every
``SERVICE`` clause unless its endpoint is in an allow list the user gave, one IRI at a time.

The scan is lexical and errs towards refusing: SPARQL's ``\\uXXXX`` escapes are decoded first
(they may spell the keyword), comments, string literals and IRIs are blanked, and what remains
is searched for the keyword. An endpoint given as a variable or a prefixed name cannot be
checked against the list and is refused.

>>> service_endpoints("SELECT * { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } }")
['http://10.0.0.1/sparql']
>>> service_endpoints('SELECT * { ?s ?p "SERVICE <http://x/>" } # SERVICE <http://y/>')
[]
>>> check_services("SELECT * { SERVICE ?where { ?s ?p ?o } }", allowed=())
Traceback (most recent call last):
...
graph.store.sparql_guard.ServiceRefused: SERVICE ?where refused: federated queries are off ...
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl

__all__ = [
    "ServiceRefused",
    "check_services",
    "request_sparql",
    "service_endpoints",
    "with_base",
]


class ServiceRefused(ValueError):
    """A query names a ``SERVICE`` endpoint that is not allowed."""


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# Order matters: long strings before short ones, IRIs and comments outside strings.
_BLANKED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*(?:"""|$)'
    r"|'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)"
    r'|"(?:[^"\\\n]|\\.)*(?:"|$)'
    r"|'(?:[^'\\\n]|\\.)*(?:'|$)"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
    re.DOTALL,
)
_SERVICE = re.compile(
    r"(?<![\w?$:.\-])SERVICE(?![\w:\-])\s*(?:SILENT(?![\w:\-])\s*)?(\S*)", re.IGNORECASE
)


def _decode_escapes(text: str) -> str:
    def code_point(found: re.Match[str]) -> str:
        value = int(found.group(1) or found.group(2), 16)
        return chr(value) if value <= 0x10FFFF else found.group(0)

    return _ESCAPE.sub(code_point, text)


def _scan(text: str) -> list[str]:
    """The endpoint token of each SERVICE keyword: ``<iri>``, ``?var``, ``ex:name`` or ``''``."""
    decoded = _decode_escapes(text)
    iris: list[str] = []

    def blank(found: re.Match[str]) -> str:
        token = found.group(0)
        if token.startswith("<"):
            iris.append(token)
            return f"<{len(iris) - 1}>"  # kept, numbered, so an endpoint can be read back
        return " "

    plain = _BLANKED.sub(blank, decoded)
    endpoints = []
    for found in _SERVICE.finditer(plain):
        token = found.group(1)
        number = re.match(r"<(\d+)>", token)
        endpoints.append(iris[int(number.group(1))] if number else token)
    return endpoints


def service_endpoints(text: str) -> list[str]:
    """The endpoints of the ``SERVICE`` clauses in a query or update, in order (IRIs without
    their angle brackets; variables and prefixed names as written)."""
    return [token[1:-1] if token.startswith("<") else token for token in _scan(text)]


def check_services(text: str, allowed: Iterable[str]) -> None:
    """Raise ``ServiceRefused`` (one line) unless every ``SERVICE`` endpoint is in ``allowed``.

    >>> check_services("SELECT * { SERVICE <http://a/q> {} }", allowed=["http://a/q"])
    """
    permitted = set(allowed)
    for token in _scan(text):
        endpoint = token[1:-1] if token.startswith("<") else None
        if endpoint is not None and endpoint in permitted:
            continue
        shown = token[:120] or "(no endpoint)"
        hint = (
            f"allow it with --allow-service {endpoint}"
            if endpoint is not None
            else "name the endpoint as a full <IRI> and allow it with --allow-service"
        )
        raise ServiceRefused(f"SERVICE {shown} refused: federated queries are off ({hint})")


def with_base(text: str, base: str) -> str:
    """The query with ``BASE <base>`` put first, so relative IRIs resolve against the public
    address rather than the engine's internal one (a query's own BASE, later, still wins).

    >>> with_base("SELECT ?x { BIND(<x> AS ?x) }", "http://127.0.0.1:7878/query")
    'BASE <http://127.0.0.1:7878/query>\\nSELECT ?x { BIND(<x> AS ?x) }'
    """
    return f"BASE <{base}>\n{text}"


def request_sparql(
    path: str, content_type: str, body: bytes
) -> tuple[str, str, list[tuple[str, str]]] | None:
    """The SPARQL text of a protocol request: ``(kind, text, other_parameters)``.

    ``kind`` is ``"query"`` or ``"update"``; the text comes from the URL (``?query=``), a form
    body (``query=`` / ``update=``) or a direct body (``application/sparql-query`` /
    ``application/sparql-update``). ``None`` for a request that carries no SPARQL (a Graph Store
    request, the start page). A request with two texts raises ``ServiceRefused``: which one an
    engine would run is not ours to guess.

    >>> request_sparql("/query?query=ASK%7B%7D&default-graph-uri=g", "", b"")
    ('query', 'ASK{}', [('default-graph-uri', 'g')])
    """
    route, _, query_string = path.partition("?")
    parameters = parse_qsl(query_string, keep_blank_values=True)
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "application/x-www-form-urlencoded":
        parameters += parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    texts = [(name, value) for name, value in parameters if name in ("query", "update")]
    if media in ("application/sparql-query", "application/sparql-update"):
        texts.append((media.rsplit("-", 1)[1], body.decode("utf-8", errors="replace")))
    if len(texts) > 1:
        raise ServiceRefused("a request may carry one query or update, not several")
    if not texts:
        return None if route.rstrip("/") not in ("/query", "/update") else ("query", "", [])
    kind, text = texts[0]
    others = [(name, value) for name, value in parameters if name not in ("query", "update")]
    return kind, text, others
