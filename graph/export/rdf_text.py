"""Plain RDF triples, and writing them as N-Triples or Turtle text, fast.

``graph.export.rdf_model`` produces the triples of a knowledge graph as plain data (never blank
nodes): an IRI is a ``str``, a literal a ``(lexical form, datatype IRI)`` pair. Loading rdflib
terms into an rdflib ``Graph`` and running its serialisers cost most of the export time
(indexing every triple in the memory store, then re-sorting it per format), so these writers
format the plain triples directly:

* N-Triples: rdflib's escaping (``\\``, ``"``, newline, carriage return), lines sorted — the
  same bytes rdflib's ``nt`` writer gives once its lines are sorted;
* Turtle: subjects sorted, each with its ``a`` types first and then its predicates sorted,
  prefixed names where the local part is plainly safe, full ``<IRI>`` otherwise; parses to a
  graph isomorphic to the triples.

JSON-LD is written from the same plain triples by ``graph.export.jsonld_text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from rdflib import RDF, XSD, Literal, URIRef

#: One RDF triple as rdflib terms: IRI subject and predicate, any object.
Triple = tuple[URIRef, URIRef, URIRef | Literal]
#: A literal as plain data: its lexical form and its datatype IRI ("" for a plain string).
PlainLiteral = tuple[str, str]
#: One RDF triple as plain data: IRIs are ``str``, the object an IRI or a ``PlainLiteral``.
PlainTriple = tuple[str, str, str | PlainLiteral]

# Local parts written as ``prefix:local`` in Turtle. Deliberately narrower than the grammar's
# PN_LOCAL (no percent escapes, no trailing dot) so every reader takes them the same way.
_SAFE_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?")
_RDF_TYPE = str(RDF.type)
_XSD_INTEGER = str(XSD.integer)
_XSD_BOOLEAN = str(XSD.boolean)


def rdflib_term(term: str | PlainLiteral) -> URIRef | Literal:
    """The rdflib term of a plain one.

    >>> rdflib_term(("1", str(XSD.integer))) == Literal(1)
    True
    >>> rdflib_term("https://x.org/a")
    rdflib.term.URIRef('https://x.org/a')
    """
    if isinstance(term, str):
        return URIRef(term)
    lexical, datatype = term
    return Literal(lexical, datatype=URIRef(datatype)) if datatype else Literal(lexical)


def quote_string(text: str) -> str:
    """A string as an N-Triples / Turtle ``"..."`` token, escaped as rdflib's N-Triples writer.

    >>> quote_string('say "hi"\\n')
    '"say \\\\"hi\\\\"\\\\n"'
    """
    escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')
    return '"' + escaped.replace("\r", "\\r") + '"'


def _nt_term(term: str | PlainLiteral) -> str:
    if isinstance(term, str):
        return f"<{term}>"
    lexical, datatype = term
    return f"{quote_string(lexical)}^^<{datatype}>" if datatype else quote_string(lexical)


class _Formatted(dict[str | PlainLiteral, str]):
    """Each distinct term's text, made on first use: IRIs recur in thousands of triples, and a
    hit is a plain ``dict`` look-up in C (``__missing__`` runs only for a new term)."""

    def __init__(self, format_term: Callable[[str | PlainLiteral], str]) -> None:
        super().__init__()
        self._format_term = format_term

    def __missing__(self, term: str | PlainLiteral) -> str:
        text = self[term] = self._format_term(term)
        return text


def to_ntriples_text(triples: Iterable[PlainTriple]) -> str:
    """N-Triples text, one triple per line, lines sorted (reproducible byte for byte).

    >>> to_ntriples_text({("https://x.org/a", "https://x.org/label", ("A", ""))})
    '<https://x.org/a> <https://x.org/label> "A" .\\n'
    """
    term = _Formatted(_nt_term)
    lines = sorted({f"{term[s]} {term[p]} {term[o]} ." for s, p, o in triples})
    return "\n".join(lines) + "\n" if lines else ""


class _TurtleTerms:
    """Formats terms for Turtle with the prefixes given."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self._prefix_of = {namespace: prefix for prefix, namespace in prefixes.items()}

    def iri(self, iri: str) -> str:
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        prefix = self._prefix_of.get(iri[:cut]) if cut else None
        local = iri[cut:]
        if prefix is not None and _SAFE_LOCAL.fullmatch(local):
            return f"{prefix}:{local}"
        return f"<{iri}>"

    def format(self, term: str | PlainLiteral) -> str:
        if isinstance(term, str):
            return self.iri(term)
        lexical, datatype = term
        if not datatype:
            return quote_string(lexical)
        # Integers and booleans in their short form, as rdflib writes them.
        if datatype == _XSD_INTEGER and re.fullmatch(r"[+-]?[0-9]+", lexical):
            return lexical
        if datatype == _XSD_BOOLEAN and lexical in ("true", "false"):
            return lexical
        return f"{quote_string(lexical)}^^{self.iri(datatype)}"


def to_turtle_text(triples: Iterable[PlainTriple], prefixes: Mapping[str, str]) -> str:
    """Turtle text grouped by subject, with ``prefixes`` declared; deterministic.

    >>> print(to_turtle_text({("https://x.org/a", str(RDF.type), "https://x.org/T")},
    ...                      {"x": "https://x.org/"}), end="")
    @prefix x: <https://x.org/> .
    <BLANKLINE>
    x:a a x:T .
    """
    by_subject: dict[str, set[tuple[bool, str, str]]] = {}
    term = _Formatted(_TurtleTerms(prefixes).format)
    for s, p, o in triples:
        # Sorted, these rows put rdf:type first (as "a"), then the other predicates in IRI
        # order, and each predicate's objects in the order of their text.
        row = (p != _RDF_TYPE, p, term[o])
        rows = by_subject.get(s)
        if rows is None:
            by_subject[s] = {row}
        else:
            rows.add(row)
    parts = [f"@prefix {prefix}: <{prefixes[prefix]}> .\n" for prefix in sorted(prefixes)]
    # Subjects and predicates are IRIs, ordered by their text (as rdflib orders them).
    for subject in sorted(by_subject):
        lines = []
        objects: list[str] = []
        current = None
        for not_type, predicate, obj in sorted(by_subject[subject]):
            if predicate != current:
                objects = []
                lines.append((term[predicate] if not_type else "a", objects))
                current = predicate
            objects.append(obj)
        statements = (f"{verb} " + ",\n        ".join(values) for verb, values in lines)
        parts.append(f"\n{term[subject]} " + " ;\n    ".join(statements) + " .\n")
    return "".join(parts)
