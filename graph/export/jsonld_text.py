"""Write plain RDF triples as compact JSON-LD text: the document rdflib's writer builds, sorted.

The document is the structure rdflib's compacting JSON-LD writer builds with our prefixes as
the inline ``@context`` (integers and booleans native, other datatypes as ``@type``/``@value``,
one value a scalar and several an array), with every object's keys and every array sorted so
the file never depends on a set's order, written as ``json.dumps(..., ensure_ascii=False,
indent=2)`` would write it.

A graph of any size has its nodes in ``@graph``; there the text is assembled from pieces
made once per distinct RDF term (its JSON text at the two depths a value can sit at, and the
text arrays are sorted by) instead of building the whole document as dicts, rebuilding it in
sorted order and encoding it: the same bytes (``tests/graph/export/test_rdf_text.py`` checks
them against the general path, which writes the documents of one node or none).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from rdflib import RDF, XSD
from rdflib.plugins.shared.jsonld.util import split_iri

from graph.export.rdf_text import PlainLiteral, PlainTriple, rdflib_term

# Datatypes rdflib's JSON-LD writer turns into native JSON values in a compacted document.
_NATIVE_JSON_TYPES = frozenset(str(t) for t in (XSD.integer, XSD.boolean, XSD.double, XSD.string))
_RDF_TYPE = str(RDF.type)

# json.dumps with any non-default option builds a new JSONEncoder on every call; one shared
# encoder gives the same text (these options, default separators) without that cost per item.
# Sorting keys is not needed: _canonical_json has already rebuilt every dict in key order.
_SORT_KEY_ENCODER = json.JSONEncoder(ensure_ascii=False)
_encode_string = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False

# Where the pieces of a document with ``@graph`` sit, as the newline and spaces before them.
_NODE = "\n    "  # a node, an item of @graph
_MEMBER = _NODE + "  "  # a member of a node
_ITEM = _MEMBER + "  "  # an item of a member's array


class _Rendered(NamedTuple):
    """One value of a node member, as JSON and as text: made once per distinct term."""

    value: Any  # its JSON value, keys and arrays sorted
    sort_text: str  # its compact JSON text, which arrays are sorted by
    member_text: str  # its text as a member's only value
    item_text: str  # its text as an item of a member's array


class _Lookup(dict[Any, Any]):
    """``make(key)`` for each distinct key, made on first use; a hit is a plain dict look-up."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: Any) -> Any:
        made = self[key] = self._make(key)
        return made


def _rendered(value: Any) -> _Rendered:
    if isinstance(value, str):  # most values (sentences, names): one text at every depth
        text = _encode_string(value)
        return _Rendered(value, text, text, text)
    if isinstance(value, dict) and list(value) == ["@id"] and isinstance(value["@id"], str):
        # A reference to a node, the other common value: its texts written out directly.
        member = '"@id": ' + _encode_string(value["@id"])
        return _Rendered(
            value,
            "{" + member + "}",
            "{" + _MEMBER + "  " + member + _MEMBER + "}",
            "{" + _ITEM + "  " + member + _ITEM + "}",
        )
    canonical = _canonical_json(value)
    return _Rendered(
        canonical,
        _SORT_KEY_ENCODER.encode(canonical),
        _indented_json(canonical, _MEMBER),
        _indented_json(canonical, _ITEM),
    )


class _JsonLdTerms:
    """Compacts IRIs and literals the way rdflib's JSON-LD writer does with a prefix context."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self._prefix_of = {namespace: prefix for prefix, namespace in prefixes.items()}
        self._compact: dict[str, str] = {}
        self._native: dict[PlainLiteral, Any] = {}
        self._values: dict[str | PlainLiteral, _Rendered] = {}
        self._types: dict[str, _Rendered] = {}

    def iri(self, iri: str) -> str:
        text = self._compact.get(iri)
        if text is None:
            namespace, local = split_iri(iri)
            prefix = self._prefix_of.get(namespace)
            text = self._compact[iri] = f"{prefix}:{local}" if prefix else iri
        return text

    def value(self, term: str | PlainLiteral) -> Any:
        if isinstance(term, str):
            return {"@id": self.iri(term)}
        lexical, datatype = term
        if not datatype:
            return lexical
        if datatype in _NATIVE_JSON_TYPES:
            # The Python value rdflib gives the literal (an int, a bool), found once per term.
            if term not in self._native:
                self._native[term] = rdflib_term(term).toPython()
            return self._native[term]
        return {"@type": self.iri(datatype), "@value": lexical}

    def rendered_value(self, term: str | PlainLiteral) -> _Rendered:
        made = self._values.get(term)
        if made is None:
            made = self._values[term] = _rendered(self.value(term))
        return made

    def rendered_type(self, iri: str) -> _Rendered:
        made = self._types.get(iri)
        if made is None:
            made = self._types[iri] = _rendered(self.iri(iri))
        return made


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


#: A node of the document: its members (compacted key → the values rendered), ``@id`` apart.
_Node = dict[str, list[_Rendered]]


def _nodes(triples: Iterable[PlainTriple], term: _JsonLdTerms) -> dict[str, _Node]:
    """The triples grouped by compacted subject id and key, each value rendered."""
    # Look-ups that run Python code only for a new term: a hit is a dict look-up in C.
    compact = _Lookup(term.iri)
    rendered_value = _Lookup(term.rendered_value)
    rendered_type = _Lookup(term.rendered_type)
    nodes: dict[str, _Node] = {}
    for s, p, o in triples:
        node_id = compact[s]
        node = nodes.get(node_id)
        if node is None:
            node = nodes[node_id] = {}
        if p == _RDF_TYPE and isinstance(o, str):
            key, value = "@type", rendered_type[o]
        else:
            key, value = compact[p], rendered_value[o]
        values = node.get(key)
        if values is None:
            node[key] = [value]
        else:
            values.append(value)
    return nodes


def _node_text(node_id: str, node: _Node) -> str:
    """A node's text as an item of ``@graph``: keys sorted, arrays sorted by their items' text.

    Items are sorted by their full compact text, as ``_canonical_json`` sorts them (its
    shortcut by ``@id`` gives the same order: ``test_node_arrays_sort_by_id_as_by_...``).
    """
    texts = {"@id": _encode_string(node_id)}
    for key, values in node.items():
        if len(values) == 1:  # one value stays a scalar (as rdflib writes it)
            texts[key] = values[0].member_text
        else:
            items = sorted(values, key=lambda value: value.sort_text)
            texts[key] = (
                "[" + _ITEM + ("," + _ITEM).join(v.item_text for v in items) + _MEMBER + "]"
            )
    members = (f"{_encode_string(key)}: {texts[key]}" for key in sorted(texts))
    return "{" + _MEMBER + ("," + _MEMBER).join(members) + _NODE + "}"


def _small_document(nodes: dict[str, _Node], context: dict[str, str]) -> dict[str, Any]:
    """The document of one node or none, as dicts: the node's members sit beside ``@context``."""
    document: dict[str, Any] = {"@context": context}
    for node_id, node in nodes.items():
        document["@id"] = node_id
        for key, values in node.items():
            document[key] = values[0].value if len(values) == 1 else [v.value for v in values]
    if not nodes:
        document["@graph"] = []
    return document


def to_jsonld_text(triples: Iterable[PlainTriple], prefixes: Mapping[str, str]) -> str:
    """Compact JSON-LD with ``prefixes`` as the inline ``@context``; keys and arrays sorted.

    >>> text = to_jsonld_text({("https://x.org/a", str(RDF.type), "https://x.org/T")},
    ...                       {"x": "https://x.org/"})
    >>> json.loads(text)["@type"]
    'x:T'
    """
    term = _JsonLdTerms(prefixes)
    nodes = _nodes(triples, term)
    if len(nodes) < 2:
        return _indented_json(_canonical_json(_small_document(nodes, dict(prefixes)))) + "\n"
    context = _indented_json(_canonical_json(dict(prefixes)), "\n  ")
    # Node ids are all different, so sorting by the encoded id is sorting by the node's text.
    ordered = sorted(nodes, key=_encode_string)
    graph = ("," + _NODE).join(_node_text(node_id, nodes[node_id]) for node_id in ordered)
    return '{\n  "@context": ' + context + ',\n  "@graph": [' + _NODE + graph + "\n  ]\n}\n"
