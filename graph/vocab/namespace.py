"""newsgraph's own RDF vocabulary, declared once.

``NG`` is a ``DefinedNamespace`` with ``_fail = True``: ``NG.negatd`` raises at import or
test time instead of quietly minting a wrong IRI. Classes and properties:

* classes ``Person``, ``Country``, ``Organization``, ``Agreement``, ``Event``, ``Place`` (the
  entity types), ``Article``, ``Statement`` (one per graph edge) and ``Evidence`` (one per
  sentence that supports a statement);
* statements are reified with the standard ``rdf:subject`` / ``rdf:predicate`` /
  ``rdf:object`` (each statement is also an ``rdf:Statement``), so generic RDF tools
  understand them; our properties add ``negated``, ``cameo``, ``modality``, ``articleCount``
  and ``evidence`` (statement → evidence node);
* evidence nodes carry ``sentence``, ``startOffset``, ``endOffset`` and ``trigger``;
* entities carry ``key`` (canonical key), ``mergedFrom`` (keys resolved into it), ``role``
  and ``articleCount``;
* ``Entity`` is the superclass of the node types, ``relation`` the superproperty of every
  relation predicate, and ``cameoCode`` annotates a relation property with its CAMEO code.

The full vocabulary, with labels, comments and alignments to schema.org, SKOS, PROV and Dublin
Core, ships as Turtle in ``graph/vocab/ontology.ttl`` (``ONTOLOGY_PATH``); the SHACL shapes every
export must satisfy are in ``graph/vocab/shapes.ttl`` (``SHAPES_PATH``).

Relation predicates (``proposed``, ``affiliated_with``, …) come from the trigger data file,
so they are not listed here: ``predicate_iri`` mints them in the same namespace, keeping the
name exactly as the data file spells it (no camelCase), so the IRI's local name and the
networkx edge's ``predicate`` attribute are the same string.
"""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

ONTOLOGY_BASE = "https://newsgraph.dev/ontology#"
ONTOLOGY_PATH = Path(__file__).parent / "ontology.ttl"
SHAPES_PATH = Path(__file__).parent / "shapes.ttl"


class NG(DefinedNamespace):
    """Classes and properties of the newsgraph ontology (``https://newsgraph.dev/ontology#``)."""

    _NS = Namespace(ONTOLOGY_BASE)
    _fail = True

    # Classes (Entity is the superclass of the six node types)
    Entity: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Agreement: URIRef
    Event: URIRef
    Place: URIRef
    Article: URIRef
    Statement: URIRef
    Evidence: URIRef

    # Statement properties (subject/predicate/object use rdf:subject, rdf:predicate, rdf:object)
    negated: URIRef
    cameo: URIRef
    modality: URIRef
    evidence: URIRef

    # Evidence properties
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    trigger: URIRef

    # Entity properties
    key: URIRef
    mergedFrom: URIRef
    role: URIRef
    articleCount: URIRef

    # Relation properties: the superproperty of every relation, and the CAMEO code annotation
    relation: URIRef
    cameoCode: URIRef


# Lower-case first so a predicate named like a class ("Person") still reads as a property.
_PREDICATE_NAME = re.compile(r"[a-z][A-Za-z0-9_]*")
_RESERVED = frozenset(name for name in NG.__annotations__ if not name.startswith("_"))


def predicate_iri(name: str) -> URIRef:
    """IRI of the relation predicate ``name`` (as spelled in the triggers data file).

    Names must look like identifiers (``affiliated_with``) and must not collide with one of
    our own properties (``negated``, ``role``, …); anything else is a data-file mistake, so it
    fails loudly rather than producing an ambiguous IRI.

    >>> str(predicate_iri("proposed"))
    'https://newsgraph.dev/ontology#proposed'
    >>> str(predicate_iri("affiliated_with"))
    'https://newsgraph.dev/ontology#affiliated_with'
    """
    if not _PREDICATE_NAME.fullmatch(name):
        raise ValueError(f"not a valid relation predicate name: {name!r}")
    if name in _RESERVED:
        raise ValueError(f"relation predicate {name!r} clashes with a term of the NG vocabulary")
    return URIRef(ONTOLOGY_BASE + name)
