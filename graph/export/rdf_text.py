"""Write a set of RDF triples as N-Triples, Turtle or compact JSON-LD text, fast.

``graph.export.rdf`` produces the triples of a knowledge graph (rdflib ``URIRef`` and
``Literal`` terms, never blank nodes). Loading them into an rdflib ``Graph`` and running its
serialisers cost most of the export time (indexing every triple in the memory store, then
re-sorting it per format), so these writers format the triples directly:

* N-Triples: rdflib's escaping (``\\``, ``"``, newline, carriage return), lines sorted — the
  same bytes rdflib's ``nt`` writer gives once its lines are sorted;
* Turtle: subjects sorted, each with its ``a`` types first and then its predicates sorted,
  prefixed names where the local part is plainly safe, full ``<IRI>`` otherwise; parses to a
  graph isomorphic to the triples;
* JSON-LD: the structure rdflib's compacting writer builds with our prefixes as the inline
  context (integers and booleans native, other datatypes as ``@type``/``@value``), then the
  same canonical sort — the same bytes ``graph.export.rdf`` wrote through rdflib.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from rdflib import RDF, XSD, Literal, URIRef
from rdflib.plugins.shared.jsonld.util import split_iri

#: One RDF triple as ``graph.export.rdf`` makes them: IRI subject and predicate, any object.
Triple = tuple[URIRef, URIRef, URIRef | Literal]

# Local parts written as ``prefix:local`` in Turtle. Deliberately narrower than the grammar's
# PN_LOCAL (no percent escapes, no trailing dot) so every reader takes them the same way.
_SAFE_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?")
# Datatypes rdflib's JSON-LD writer turns into native JSON values in a compacted document.
_NATIVE_JSON_TYPES = frozenset({XSD.integer, XSD.boolean, XSD.double, XSD.string})
# rdflib resolves ``RDF.type`` through a namespace __getattr__ on every use; the writers compare
# every triple's predicate with it, so they read this one constant instead.
_RDF_TYPE = RDF.type
# Its text, for tests that need no rdflib comparison: ``URIRef.__eq__`` is Python code that
# converts both sides to ``str``, once per triple otherwise.
_RDF_TYPE_TEXT = str(RDF.type)
_XSD_INTEGER = XSD.integer
_XSD_BOOLEAN = XSD.boolean


def quote_string(text: str) -> str:
    """A string as an N-Triples / Turtle ``"..."`` token, escaped as rdflib's N-Triples writer.

    >>> quote_string('say "hi"\\n')
    '"say \\\\"hi\\\\"\\\\n"'
    """
    escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')
    return '"' + escaped.replace("\r", "\\r") + '"'


def _nt_term(term: URIRef | Literal) -> str:
    if isinstance(term, Literal):
        if term.datatype is not None:
            return f"{quote_string(str(term))}^^<{term.datatype}>"
        if term.language:
            return f"{quote_string(str(term))}@{term.language}"
        return quote_string(str(term))
    return f"<{term}>"


def to_ntriples_text(triples: Iterable[Triple]) -> str:
    """N-Triples text, one triple per line, lines sorted (reproducible byte for byte).

    >>> from rdflib import RDFS
    >>> to_ntriples_text({(URIRef("https://x.org/a"), RDFS.label, Literal("A"))})
    '<https://x.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .\\n'
    """
    formatted: dict[Any, str] = {}

    def term(value: URIRef | Literal) -> str:
        # IRIs recur in thousands of triples; format each distinct term once.
        text = formatted.get(value)
        if text is None:
            text = formatted[value] = _nt_term(value)
        return text

    lines = sorted({f"{term(s)} {term(p)} {term(o)} ." for s, p, o in triples})
    return "\n".join(lines) + "\n" if lines else ""


class _TurtleTerms:
    """Formats terms for Turtle with the prefixes given, remembering each distinct term."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self._prefix_of = {namespace: prefix for prefix, namespace in prefixes.items()}
        self._formatted: dict[Any, str] = {}

    def iri(self, iri: str) -> str:
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        prefix = self._prefix_of.get(iri[:cut]) if cut else None
        local = iri[cut:]
        if prefix is not None and _SAFE_LOCAL.fullmatch(local):
            return f"{prefix}:{local}"
        return f"<{iri}>"

    def __call__(self, term: URIRef | Literal) -> str:
        text = self._formatted.get(term)
        if text is None:
            text = self._formatted[term] = self._format(term)
        return text

    def _format(self, term: URIRef | Literal) -> str:
        if not isinstance(term, Literal):
            return self.iri(str(term))
        lexical = str(term)
        if term.datatype is None:
            tail = f"@{term.language}" if term.language else ""
            return quote_string(lexical) + tail
        # Integers and booleans in their short form, as rdflib writes them.
        if term.datatype == _XSD_INTEGER and re.fullmatch(r"[+-]?[0-9]+", lexical):
            return lexical
        if term.datatype == _XSD_BOOLEAN and lexical in ("true", "false"):
            return lexical
        return f"{quote_string(lexical)}^^{self.iri(str(term.datatype))}"


def to_turtle_text(triples: Iterable[Triple], prefixes: Mapping[str, str]) -> str:
    """Turtle text grouped by subject, with ``prefixes`` declared; deterministic.

    >>> print(to_turtle_text({(URIRef("https://x.org/a"), RDF.type, URIRef("https://x.org/T"))},
    ...                      {"x": "https://x.org/"}), end="")
    @prefix x: <https://x.org/> .
    <BLANKLINE>
    x:a a x:T .
    """
    by_subject: dict[URIRef, dict[URIRef, set[URIRef | Literal]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for s, p, o in triples:
        by_subject[s][p].add(o)
    term = _TurtleTerms(prefixes)
    parts = [f"@prefix {prefix}: <{prefixes[prefix]}> .\n" for prefix in sorted(prefixes)]
    # Subjects and predicates are IRIs, which rdflib orders by their text: sorting on ``str``
    # gives the same order with C string comparisons instead of ``URIRef.__lt__``.
    for subject in sorted(by_subject, key=str):
        properties = by_subject[subject]
        # rdf:type first (as "a"), then the other predicates in IRI order.
        ordered = sorted(properties, key=lambda p: (str(p) != _RDF_TYPE_TEXT, str(p)))
        lines = []
        for predicate in ordered:
            verb = "a" if str(predicate) == _RDF_TYPE_TEXT else term(predicate)
            objects = sorted(term(o) for o in properties[predicate])
            lines.append(f"{verb} " + ",\n        ".join(objects))
        parts.append(f"\n{term(subject)} " + " ;\n    ".join(lines) + " .\n")
    return "".join(parts)


class _JsonLdTerms:
    """Compacts IRIs and literals the way rdflib's JSON-LD writer does with a prefix context."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self._prefix_of = {namespace: prefix for prefix, namespace in prefixes.items()}
        self._compact: dict[str, str] = {}

    def iri(self, iri: str) -> str:
        text = self._compact.get(iri)
        if text is None:
            namespace, local = split_iri(iri)
            prefix = self._prefix_of.get(namespace)
            text = self._compact[iri] = f"{prefix}:{local}" if prefix else iri
        return text

    def value(self, term: URIRef | Literal) -> Any:
        if not isinstance(term, Literal):
            return {"@id": self.iri(str(term))}
        if term.datatype is None:
            if term.language:
                return {"@language": term.language, "@value": str(term)}
            return str(term)
        if term.datatype in _NATIVE_JSON_TYPES:
            return term.toPython()
        return {"@type": self.iri(str(term.datatype)), "@value": str(term)}


# json.dumps with any non-default option builds a new JSONEncoder on every call; one shared
# encoder gives the same text (these options, default separators) without that cost per item.
# Sorting keys is not needed: _canonical_json has already rebuilt every dict in key order.
_SORT_KEY_ENCODER = json.JSONEncoder(ensure_ascii=False)


_encode_string = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False


def _canonical_json(value: Any) -> Any:
    # RDF is unordered and we use no @list, so sorting JSON-LD arrays changes no meaning and
    # makes the file independent of any set iteration order.
    if isinstance(value, dict):
        return {k: _canonical_json(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_canonical_json(v) for v in value]
        return sorted(items, key=_sort_key(items))
    return value


def _sort_key(items: list[Any]) -> Callable[[Any], str]:
    """How a canonical array is sorted: by each item's JSON text.

    Node objects whose first key is ``"@id"`` (every node of ``@graph``) start their text with
    ``{"@id": "<id>"``; with the ids all different, their order is decided inside the ids, so
    the encoded id alone sorts them the same without encoding each whole node for its key.
    """
    if len(items) > 1 and all(isinstance(i, dict) and next(iter(i), None) == "@id" for i in items):
        ids = {_encode_string(i["@id"]) for i in items if isinstance(i["@id"], str)}
        if len(ids) == len(items):
            return lambda node: _encode_string(node["@id"])
    return _SORT_KEY_ENCODER.encode


def _indented_json(value: Any, indent: str = "\n") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` for a document of dicts with string
    keys, lists and JSON scalars: the same text, built by joining strings instead of through
    the generator chain of ``json``'s pure-Python indenting encoder (the C encoder does not
    indent). ``indent`` is the newline and the spaces of ``value``'s own level.

    >>> doc = {"a": [1, True, None, {"b": "é"}], "c": {}, "d": [], "e": 1.5}
    >>> _indented_json(doc) == json.dumps(doc, ensure_ascii=False, indent=2)
    True
    """
    if isinstance(value, str):
        return _encode_string(value)
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        members = (f"{_encode_string(k)}: {_indented_json(v, inner)}" for k, v in value.items())
        return "{" + inner + ("," + inner).join(members) + indent + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        return (
            "[" + inner + ("," + inner).join(_indented_json(v, inner) for v in value) + indent + "]"
        )
    # Numbers, booleans and null: the C encoder writes them as json.dumps does.
    return _SORT_KEY_ENCODER.encode(value)


def to_jsonld_text(triples: Iterable[Triple], prefixes: Mapping[str, str]) -> str:
    """Compact JSON-LD with ``prefixes`` as the inline ``@context``; keys and arrays sorted.

    >>> text = to_jsonld_text({(URIRef("https://x.org/a"), RDF.type, URIRef("https://x.org/T"))},
    ...                       {"x": "https://x.org/"})
    >>> json.loads(text)["@type"]
    'x:T'
    """
    term = _JsonLdTerms(prefixes)
    nodes: dict[str, dict[str, Any]] = {}
    for s, p, o in triples:
        node_id = term.iri(str(s))
        node = nodes.get(node_id)
        if node is None:
            node = nodes[node_id] = {"@id": node_id}
        if isinstance(o, URIRef) and str(p) == _RDF_TYPE_TEXT:
            key, value = "@type", term.iri(str(o))
        else:
            key, value = term.iri(str(p)), term.value(o)
        # One value stays a scalar; a second turns the entry into an array (as rdflib does).
        if key not in node:
            node[key] = value
        elif isinstance(node[key], list):
            node[key].append(value)
        else:
            node[key] = [node[key], value]
    document: dict[str, Any] = {"@context": dict(prefixes)}
    if len(nodes) == 1:
        document.update(next(iter(nodes.values())))
    else:
        document["@graph"] = list(nodes.values())
    return _indented_json(_canonical_json(document)) + "\n"
