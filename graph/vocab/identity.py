"""The one place that turns keys and ids into node ids and IRIs.

Identity is a pure function of the canonical key (``country/RU``, ``person/sergei-lavrov``),
so graphs built on different machines from parts of a corpus merge by plain set union, in
networkx and in RDF alike.

IRIs live under ``https://newsgraph.dev/id/``: an entity key's segments become path segments
(``https://newsgraph.dev/id/person/sergei-lavrov``); articles, statements and evidence use the
reserved first segments ``article``, ``statement`` and ``evidence``, which no entity type uses.
Every segment is percent-encoded (UTF-8, nothing but ``A-Za-z0-9-._~`` left raw), so quotes,
angle brackets, spaces, non-ASCII letters or 5,000-character names still give IRIs that are
valid in Turtle, N-Triples and JSON-LD.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from rdflib import URIRef

ID_BASE = "https://newsgraph.dev/id/"
ARTICLE_BASE = f"{ID_BASE}article/"
STATEMENT_BASE = f"{ID_BASE}statement/"
EVIDENCE_BASE = f"{ID_BASE}evidence/"
_RESERVED = frozenset({"article", "statement", "evidence"})


def _segment(text: str) -> str:
    # safe="" so "/" inside an article id cannot fake extra path segments.
    return quote(text, safe="")


def _digest(*parts: str) -> str:
    # JSON keeps the parts apart unambiguously ("a|b", "c" vs "a", "b|c").
    return hashlib.sha1(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()


def node_id(key: str) -> str:
    """The networkx node id of the entity with canonical key ``key``: the key itself.

    >>> node_id("country/RU")
    'country/RU'
    """
    if not isinstance(key, str) or not key:
        raise ValueError(f"not an entity key: {key!r}")
    return key


def entity_iri(key: str) -> URIRef:
    """IRI of the entity with canonical key ``key``; each ``/``-separated segment is quoted.

    >>> str(entity_iri("person/sergei-lavrov"))
    'https://newsgraph.dev/id/person/sergei-lavrov'
    >>> str(entity_iri('person/"Bad" <name>'))
    'https://newsgraph.dev/id/person/%22Bad%22%20%3Cname%3E'
    """
    segments = node_id(key).split("/")
    if segments[0] in _RESERVED:
        raise ValueError(f"entity key {key!r} uses the reserved prefix {segments[0]!r}")
    return URIRef(ID_BASE + "/".join(_segment(s) for s in segments))


def article_iri(article_id: str) -> URIRef:
    """IRI of an article, from its stable id.

    >>> str(article_iri("2024/reuters 1"))
    'https://newsgraph.dev/id/article/2024%2Freuters%201'
    """
    return URIRef(ARTICLE_BASE + _segment(article_id))


def statement_iri(source: str, predicate: str, negated: bool, target: str) -> URIRef:
    """IRI of the statement node of one graph edge: a SHA-1 of its defining parts.

    The parts are exactly what identifies a ``graph.merge.build`` edge (its endpoints and key), so
    the same claim read on two machines gets the same IRI.

    >>> str(statement_iri("person/a", "met", False, "person/b"))[:41]
    'https://newsgraph.dev/id/statement/78607d'
    """
    return URIRef(STATEMENT_BASE + _digest(source, predicate, "negated" if negated else "", target))


def evidence_iri(statement: str, evidence: Mapping[str, Any]) -> URIRef:
    """IRI of one piece of evidence (article, sentence, offsets, trigger, date) for a statement.

    >>> ev = {"article_id": "a1", "sentence": "S.", "start": 0, "end": 2}
    >>> str(evidence_iri("https://newsgraph.dev/id/statement/x", ev)).startswith(EVIDENCE_BASE)
    True
    """
    parts = [str(statement)] + [
        str(evidence.get(name, "")) for name in ("article_id", "start", "end", "trigger", "date")
    ]
    parts.append(str(evidence.get("sentence", "")))
    return URIRef(EVIDENCE_BASE + _digest(*parts))
