"""The RDF triples of a knowledge graph, as plain data: the one place the modelling is written.

Modelling (IRIs from ``graph.vocab.identity``, our terms from ``graph.vocab.namespace``):

* each entity is typed with our class and the matching schema.org class (Agreement →
  ``schema:CreativeWork``) and named with ``schema:name``, ``rdfs:label`` and
  ``skos:prefLabel``; aliases are ``schema:alternateName`` and ``skos:altLabel``; an
  agreement's or event's stated date is ``schema:startDate`` (``xsd:date``, ``xsd:gYearMonth``
  or ``xsd:gYear`` after its precision);
* each edge that is not negated and is stated as done, known or reported (not planned,
  conditional or wished: ``DIRECT_MODALITIES``) is a direct triple ``subject ng:<predicate>
  object``, so "who proposed what" is one triple pattern and answers only acts that happened;
* each edge (negated or not) is also an ``ng:Statement`` / ``rdf:Statement`` carrying
  ``rdf:subject/predicate/object``, ``ng:negated``, ``ng:cameo``, ``ng:modality``,
  ``dcterms:date`` and ``prov:wasDerivedFrom`` its articles, plus one ``ng:Evidence`` node per
  supporting sentence (text, offsets, trigger, date, article), so "which article says so" is
  answerable;
* articles are ``schema:NewsArticle`` with Dublin Core title/date/publisher and
  ``dcterms:references`` / ``schema:mentions`` the entities they mention (and entities
  ``schema:subjectOf`` the article).

The triples are plain data (``graph.export.rdf_text.PlainTriple``): an IRI is a ``str``, a
literal a ``(lexical form, datatype IRI)`` pair. Python hashes and compares those in C, where
rdflib's terms hash and compare in Python code; building a set of 180,000 rdflib triples for
1,000 articles cost more than writing the three files. Every literal whose lexical form rdflib
would normalise (dates, numbers, booleans, URLs) is made by rdflib once per value and read
back (``plain_literal``), so ``graph.export.rdf.rdf_triples`` (the same triples as rdflib
terms) gets exactly the terms rdflib built before.
"""

from __future__ import annotations

import re
from datetime import date as Date
from functools import lru_cache
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO

from graph.export.rdf_text import PlainLiteral, PlainTriple
from graph.vocab.identity import article_iri, entity_iri, evidence_iri, statement_iri
from graph.vocab.namespace import NG, predicate_iri

#: Our class and the schema.org class of each node type (``EntityType`` values).
TYPE_CLASSES: dict[str, tuple[URIRef, URIRef]] = {
    "Person": (NG.Person, SDO.Person),
    "Country": (NG.Country, SDO.Country),
    "Organization": (NG.Organization, SDO.Organization),
    "Agreement": (NG.Agreement, SDO.CreativeWork),
    "Event": (NG.Event, SDO.Event),
    "Place": (NG.Place, SDO.Place),
}

#: Modalities whose edges are direct triples: acts stated as done, known or reported. A planned,
#: conditional or wished act is only a statement carrying its modality.
DIRECT_MODALITIES = frozenset({"", "asserted", "known", "reported"})

# The IRIs every triple is made of, as plain text once: rdflib resolves ``NG.key`` through a
# namespace ``__getattr__`` on every use, a sixth of the model's time when read per triple.
_CLASSES = {name: (str(ours), str(schema)) for name, (ours, schema) in TYPE_CLASSES.items()}
_TYPE = str(RDF.type)
_LABEL = str(RDFS.label)
_NAMES = (str(SDO.name), _LABEL, str(SKOS.prefLabel))
_ALTERNATE_NAMES = (str(SDO.alternateName), str(SKOS.altLabel))
_JOB_TITLE = str(SDO.jobTitle)
_START_DATE = str(SDO.startDate)
_SUBJECT_OF = str(SDO.subjectOf)
_MENTIONS = (str(DCTERMS.references), str(SDO.mentions))
_PROPERTY = str(RDF.Property)
_STATEMENT_TYPES = (str(NG.Statement), str(RDF.Statement))
_SUBJECT, _PREDICATE, _OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_DERIVED_FROM = str(PROV.wasDerivedFrom)
_DATE = str(DCTERMS.date)
_ARTICLE_TYPES = (str(NG.Article), str(SDO.NewsArticle))
_IDENTIFIER = str(DCTERMS.identifier)
_TITLES = (str(DCTERMS.title), str(SDO.headline))
_PUBLISHED = str(SDO.datePublished)
_URL = str(SDO.url)
_PUBLISHERS = (str(DCTERMS.publisher), str(SDO.publisher))
# Every term of our own vocabulary (``ng:key``, ``ng:Evidence``, …) by its name.
_NG = {name: str(getattr(NG, name)) for name in NG.__annotations__ if not name.startswith("_")}

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Characters that may not appear in an IRI written as <...> in Turtle / N-Triples.
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')


def plain_literal(literal: Literal) -> PlainLiteral:
    """An rdflib literal as plain data: its (normalised) lexical form and datatype IRI.

    >>> plain_literal(Literal(True))
    ('true', 'http://www.w3.org/2001/XMLSchema#boolean')
    >>> plain_literal(Literal("text"))
    ('text', '')
    """
    if literal.language:
        raise ValueError(f"language-tagged literal {literal!r} has no plain form")
    return str(literal), str(literal.datatype) if literal.datatype is not None else ""


# The same article and entity IRIs recur in thousands of triples; quoting them is not free.
@lru_cache(maxsize=65_536)
def _entity(key: str) -> str:
    return str(entity_iri(key))


@lru_cache(maxsize=65_536)
def _article(article_id: str) -> str:
    return str(article_iri(article_id))


@lru_cache(maxsize=8192)
def _date_literal(text: str) -> PlainLiteral:
    """``xsd:date`` for a real ISO date, else a plain string (a "2024-13-45" stays text).

    Remembered per text: an article's date recurs on the article, each of its edges and each
    piece of evidence, and building a typed Literal is the costly part (rdflib parses it).
    """
    if _ISO_DATE.fullmatch(text):
        try:
            Date.fromisoformat(text)
        except ValueError:
            pass
        else:
            return plain_literal(Literal(text, datatype=XSD.date))
    return text, ""


def _stated_date_literal(text: str) -> PlainLiteral:
    """A node's ``date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) typed by its precision.

    >>> [_stated_date_literal(d)[1].split("#")[1] for d in ("2016", "2016-11")]
    ['gYear', 'gYearMonth']
    """
    if re.fullmatch(r"\d{4}", text):
        return plain_literal(Literal(text, datatype=XSD.gYear))
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        return plain_literal(Literal(text, datatype=XSD.gYearMonth))
    return _date_literal(text)


def _url_term(url: str) -> str | PlainLiteral:
    """An article URL as an IRI when it is a safe absolute http(s) IRI, else an anyURI literal."""
    if re.match(r"https?://", url, re.IGNORECASE) and not _IRI_UNSAFE.search(url):
        return url
    return plain_literal(Literal(url, datatype=XSD.anyURI))


@lru_cache(maxsize=8192, typed=True)
def _repeated_literal(value: bool | int | str) -> PlainLiteral:
    """The literal of a small value that recurs on many statements (flags, offsets, codes),
    made by rdflib once per value; ``typed`` keeps ``True`` and ``1`` apart, which compare
    equal as Python keys but are different RDF literals.
    """
    return plain_literal(Literal(value))


def plain_triples(graph: nx.MultiDiGraph, *, counts: bool = True) -> set[PlainTriple]:
    """The RDF triples of a ``graph.merge.build`` knowledge graph, as plain data.

    ``counts=False`` leaves out the ``ng:articleCount`` triples (see ``graph.export.rdf``).

    >>> sorted(plain_triples(nx.MultiDiGraph(articles={"a1": {"title": "T"}})))[0]
    ('https://newsgraph.dev/id/article/a1', 'http://purl.org/dc/terms/identifier', ('a1', ''))
    """
    triples: set[PlainTriple] = set()
    articles: dict[str, dict[str, Any]] = dict(graph.graph.get("articles", {}))
    for node, data in graph.nodes(data=True):
        _add_entity(triples, node, data, counts)
        for article_id in data.get("articles", ()):
            articles.setdefault(article_id, {})
    for source, target, data in graph.edges(data=True):
        _add_edge(triples, source, target, data, counts)
        for article_id in data.get("articles", ()):
            articles.setdefault(article_id, {})
    for article_id, meta in articles.items():
        _add_article(triples, article_id, meta)
    return triples


def _add_entity(triples: set[PlainTriple], key: str, data: dict[str, Any], counts: bool) -> None:
    add = triples.add
    iri = _entity(key)
    node_type = data.get("type", "")
    for cls in _CLASSES.get(node_type, ()):
        add((iri, _TYPE, cls))
    add((iri, _NG["key"], (key, "")))
    name = (data.get("label") or key, "")
    for prop in _NAMES:
        add((iri, prop, name))
    for alias in data.get("aliases", ()):
        if alias != name[0]:
            for prop in _ALTERNATE_NAMES:
                add((iri, prop, (alias, "")))
    if role := data.get("role"):
        add((iri, _NG["role"], (role, "")))
        if node_type == "Person":
            add((iri, _JOB_TITLE, (role, "")))
    for merged in data.get("merged_from", ()):
        add((iri, _NG["mergedFrom"], (merged, "")))
    if (stated := data.get("date")) and node_type in ("Agreement", "Event"):
        add((iri, _START_DATE, _stated_date_literal(stated)))
    mentioned_in = data.get("articles", ())
    if counts:
        add((iri, _NG["articleCount"], _repeated_literal(len(mentioned_in))))
    for article_id in mentioned_in:
        article = _article(article_id)
        add((iri, _SUBJECT_OF, article))
        for prop in _MENTIONS:
            add((article, prop, iri))


def _add_edge(
    triples: set[PlainTriple], source: str, target: str, data: dict[str, Any], counts: bool
) -> None:
    add = triples.add
    subject, obj = _entity(source), _entity(target)
    name = data["predicate"]
    predicate = str(predicate_iri(name))
    negated = bool(data.get("negated", False))
    add((predicate, _TYPE, _PROPERTY))
    add((predicate, _LABEL, _repeated_literal(name.replace("_", " "))))
    if not negated and data.get("modality", "") in DIRECT_MODALITIES:
        add((subject, predicate, obj))

    statement = str(statement_iri(source, name, negated, target))
    for cls in _STATEMENT_TYPES:
        add((statement, _TYPE, cls))
    add((statement, _SUBJECT, subject))
    add((statement, _PREDICATE, predicate))
    add((statement, _OBJECT, obj))
    add((statement, _NG["negated"], _repeated_literal(negated)))
    label = f"{source} {'not ' if negated else ''}{name} {target}"
    add((statement, _LABEL, (label, "")))
    if cameo := data.get("cameo"):
        add((statement, _NG["cameo"], _repeated_literal(str(cameo))))
    if modality := data.get("modality"):
        add((statement, _NG["modality"], _repeated_literal(modality)))
    if when := data.get("date"):
        add((statement, _DATE, _date_literal(when)))
    articles = data.get("articles", ())
    if counts:
        add((statement, _NG["articleCount"], _repeated_literal(len(articles))))
    for article_id in articles:
        add((statement, _DERIVED_FROM, _article(article_id)))
    for evidence in data.get("evidence", ()):
        _add_evidence(triples, statement, evidence)


def _add_evidence(triples: set[PlainTriple], statement: str, evidence: dict[str, Any]) -> None:
    add = triples.add
    node = str(evidence_iri(statement, evidence))
    add((statement, _NG["evidence"], node))
    add((node, _TYPE, _NG["Evidence"]))
    add((node, _NG["sentence"], (evidence.get("sentence", ""), "")))
    add((node, _NG["startOffset"], _repeated_literal(int(evidence.get("start", 0)))))
    add((node, _NG["endOffset"], _repeated_literal(int(evidence.get("end", 0)))))
    if trigger := evidence.get("trigger"):
        add((node, _NG["trigger"], _repeated_literal(trigger)))
    if when := evidence.get("date"):
        add((node, _DATE, _date_literal(when)))
    if article_id := evidence.get("article_id"):
        add((node, _DERIVED_FROM, _article(article_id)))


def _add_article(triples: set[PlainTriple], article_id: str, meta: dict[str, Any]) -> None:
    add = triples.add
    iri = _article(article_id)
    for cls in _ARTICLE_TYPES:
        add((iri, _TYPE, cls))
    add((iri, _IDENTIFIER, (article_id, "")))
    if title := meta.get("title"):
        for prop in _TITLES:
            add((iri, prop, (title, "")))
    if when := meta.get("date"):
        add((iri, _DATE, _date_literal(when)))
        add((iri, _PUBLISHED, _date_literal(when)))
    if url := meta.get("url"):
        add((iri, _URL, _url_term(url)))
    if outlet := meta.get("outlet"):
        for prop in _PUBLISHERS:
            add((iri, prop, (outlet, "")))
