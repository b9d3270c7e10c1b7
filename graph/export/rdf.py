"""Export the knowledge graph as RDF (Turtle, N-Triples, JSON-LD).

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

The RDF graph uses no blank nodes, so the same networkx graph always gives the same triples;
the writers sort their output so the files are byte-for-byte reproducible as well. They format
the triples directly (``graph.export.rdf_text``) rather than through an rdflib ``Graph``, which
was most of the export time.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from datetime import date as Date
from functools import lru_cache
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO, Namespace

from graph.export.atomic import write_bytes_atomic, write_text_atomic
from graph.export.rdf_text import Triple, to_jsonld_text, to_ntriples_text, to_turtle_text
from graph.vocab.identity import (
    ARTICLE_BASE,
    EVIDENCE_BASE,
    ID_BASE,
    STATEMENT_BASE,
    article_iri,
    entity_iri,
    evidence_iri,
    statement_iri,
)
from graph.vocab.namespace import NG, ONTOLOGY_BASE, predicate_iri

#: Our class and the schema.org class of each node type (``EntityType`` values).
TYPE_CLASSES: dict[str, tuple[URIRef, URIRef]] = {
    "Person": (NG.Person, SDO.Person),
    "Country": (NG.Country, SDO.Country),
    "Organization": (NG.Organization, SDO.Organization),
    "Agreement": (NG.Agreement, SDO.CreativeWork),
    "Event": (NG.Event, SDO.Event),
    "Place": (NG.Place, SDO.Place),
}

# The same article and entity IRIs recur in thousands of triples; quoting them is not free.
_article_iri = lru_cache(maxsize=65_536)(article_iri)
_entity_iri = lru_cache(maxsize=65_536)(entity_iri)

#: Prefixes bound on every exported graph, so Turtle reads ``person:sergei-lavrov``.
PREFIXES: dict[str, str] = {
    "ng": ONTOLOGY_BASE,
    "schema": str(SDO),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "article": ARTICLE_BASE,
    "statement": STATEMENT_BASE,
    "evidence": EVIDENCE_BASE,
    **{t.lower(): f"{ID_BASE}{t.lower()}/" for t in TYPE_CLASSES},
}

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Characters that may not appear in an IRI written as <...> in Turtle / N-Triples.
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')


#: Modalities whose edges are direct triples: acts stated as done, known or reported. A planned,
#: conditional or wished act is only a statement carrying its modality.
DIRECT_MODALITIES = frozenset({"", "asserted", "known", "reported"})


@lru_cache(maxsize=8192)
def _date_literal(text: str) -> Literal:
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
            return Literal(text, datatype=XSD.date)
    return Literal(text)


def _stated_date_literal(text: str) -> Literal:
    """A node's ``date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) typed by its precision.

    >>> [str(_stated_date_literal(d).datatype).split("#")[1] for d in ("2016", "2016-11")]
    ['gYear', 'gYearMonth']
    """
    if re.fullmatch(r"\d{4}", text):
        return Literal(text, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        return Literal(text, datatype=XSD.gYearMonth)
    return _date_literal(text)


def _url_term(url: str) -> URIRef | Literal:
    """An article URL as an IRI when it is a safe absolute http(s) IRI, else an anyURI literal."""
    if re.match(r"https?://", url, re.IGNORECASE) and not _IRI_UNSAFE.search(url):
        return URIRef(url)
    return Literal(url, datatype=XSD.anyURI)


def new_rdf_graph() -> Graph:
    """An empty rdflib graph with newsgraph's prefixes bound (and rdflib's extras not).

    >>> g = new_rdf_graph()
    >>> dict(g.namespaces())["ng"]
    rdflib.term.URIRef('https://newsgraph.dev/ontology#')
    """
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, Namespace(namespace), override=True, replace=True)
    return graph


def rdf_triples(graph: nx.MultiDiGraph, *, counts: bool = True) -> set[Triple]:
    """The RDF triples of a ``graph.merge.build`` knowledge graph, as a set of rdflib terms.

    The one place the modelling above is written down: ``to_rdf`` loads these triples into an
    rdflib ``Graph``, the file writers format them directly (``graph.export.rdf_text``).
    ``counts=False`` leaves out the ``ng:articleCount`` triples (see ``to_rdf``).

    >>> import networkx as nx
    >>> len(rdf_triples(nx.MultiDiGraph(articles={"a1": {"title": "T"}})))
    5
    """
    triples: set[Triple] = set()
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


def to_rdf(graph: nx.MultiDiGraph, *, counts: bool = True) -> Graph:
    """Convert a ``graph.merge.build`` knowledge graph into an rdflib ``Graph``.

    ``counts=False`` leaves out the ``ng:articleCount`` triples: the store writes each article
    as its own named graph, and a per-article count of 1 in every graph would read as a wrong
    total in their union (there the count is a ``COUNT(DISTINCT ?article)`` query).

    >>> from extract.types import Article, ArticleResult, Entity, EntityType
    >>> from graph.merge.build import build_graph
    >>> ru = Entity("country/RU", "Russia", EntityType.COUNTRY)
    >>> g = to_rdf(build_graph([ArticleResult(Article(id="a1", text="..."), (ru,))]))
    >>> (entity_iri("country/RU"), SDO.name, Literal("Russia")) in g
    True
    """
    rdf = new_rdf_graph()
    for triple in rdf_triples(graph, counts=counts):
        rdf.add(triple)
    return rdf


def _add_entity(triples: set[Triple], key: str, data: dict[str, Any], counts: bool) -> None:
    add = triples.add
    iri = _entity_iri(key)
    node_type = data.get("type", "")
    for cls in TYPE_CLASSES.get(node_type, ()):
        add((iri, RDF.type, cls))
    add((iri, NG.key, Literal(key)))
    label = data.get("label") or key
    # One Literal per text, reused for each property: building Literals is the costly part.
    name = Literal(label)
    for prop in (SDO.name, RDFS.label, SKOS.prefLabel):
        add((iri, prop, name))
    for alias in data.get("aliases", ()):
        if alias != label:
            alternate = Literal(alias)
            add((iri, SDO.alternateName, alternate))
            add((iri, SKOS.altLabel, alternate))
    if role := data.get("role"):
        role_literal = Literal(role)
        add((iri, NG.role, role_literal))
        if node_type == "Person":
            add((iri, SDO.jobTitle, role_literal))
    for merged in data.get("merged_from", ()):
        add((iri, NG.mergedFrom, Literal(merged)))
    if (stated := data.get("date")) and node_type in ("Agreement", "Event"):
        add((iri, SDO.startDate, _stated_date_literal(stated)))
    mentioned_in = data.get("articles", ())
    if counts:
        add((iri, NG.articleCount, Literal(len(mentioned_in))))
    for article_id in mentioned_in:
        article = _article_iri(article_id)
        add((iri, SDO.subjectOf, article))
        add((article, DCTERMS.references, iri))
        add((article, SDO.mentions, iri))


@lru_cache(maxsize=8192, typed=True)
def _repeated_literal(value: bool | int | str) -> Literal:
    """One shared Literal per small value that recurs on many statements (flags, offsets, codes).

    Building an rdflib Literal is the costly part of ``rdf_triples``; ``typed`` keeps ``True``
    and ``1`` apart, which compare equal as Python keys but are different RDF literals.
    """
    return Literal(value)


def _add_edge(
    triples: set[Triple], source: str, target: str, data: dict[str, Any], counts: bool
) -> None:
    add = triples.add
    subject, obj = _entity_iri(source), _entity_iri(target)
    name = data["predicate"]
    predicate = predicate_iri(name)
    negated = bool(data.get("negated", False))
    add((predicate, RDF.type, RDF.Property))
    add((predicate, RDFS.label, _repeated_literal(name.replace("_", " "))))
    if not negated and data.get("modality", "") in DIRECT_MODALITIES:
        add((subject, predicate, obj))

    statement = statement_iri(source, name, negated, target)
    add((statement, RDF.type, NG.Statement))
    add((statement, RDF.type, RDF.Statement))
    add((statement, RDF.subject, subject))
    add((statement, RDF.predicate, predicate))
    add((statement, RDF.object, obj))
    add((statement, NG.negated, _repeated_literal(negated)))
    label = f"{source} {'not ' if negated else ''}{name} {target}"
    add((statement, RDFS.label, Literal(label)))
    if cameo := data.get("cameo"):
        add((statement, NG.cameo, _repeated_literal(str(cameo))))
    if modality := data.get("modality"):
        add((statement, NG.modality, _repeated_literal(modality)))
    if when := data.get("date"):
        add((statement, DCTERMS.date, _date_literal(when)))
    articles = data.get("articles", ())
    if counts:
        add((statement, NG.articleCount, _repeated_literal(len(articles))))
    for article_id in articles:
        add((statement, PROV.wasDerivedFrom, _article_iri(article_id)))
    for evidence in data.get("evidence", ()):
        _add_evidence(triples, statement, evidence)


def _add_evidence(triples: set[Triple], statement: URIRef, evidence: dict[str, Any]) -> None:
    add = triples.add
    node = evidence_iri(statement, evidence)
    add((statement, NG.evidence, node))
    add((node, RDF.type, NG.Evidence))
    add((node, NG.sentence, Literal(evidence.get("sentence", ""))))
    add((node, NG.startOffset, _repeated_literal(int(evidence.get("start", 0)))))
    add((node, NG.endOffset, _repeated_literal(int(evidence.get("end", 0)))))
    if trigger := evidence.get("trigger"):
        add((node, NG.trigger, _repeated_literal(trigger)))
    if when := evidence.get("date"):
        add((node, DCTERMS.date, _date_literal(when)))
    if article_id := evidence.get("article_id"):
        add((node, PROV.wasDerivedFrom, _article_iri(article_id)))


def _add_article(triples: set[Triple], article_id: str, meta: dict[str, Any]) -> None:
    add = triples.add
    iri = _article_iri(article_id)
    add((iri, RDF.type, NG.Article))
    add((iri, RDF.type, SDO.NewsArticle))
    add((iri, DCTERMS.identifier, Literal(article_id)))
    if title := meta.get("title"):
        add((iri, DCTERMS.title, Literal(title)))
        add((iri, SDO.headline, Literal(title)))
    if when := meta.get("date"):
        add((iri, DCTERMS.date, _date_literal(when)))
        add((iri, SDO.datePublished, _date_literal(when)))
    if url := meta.get("url"):
        add((iri, SDO.url, _url_term(url)))
    if outlet := meta.get("outlet"):
        add((iri, DCTERMS.publisher, Literal(outlet)))
        add((iri, SDO.publisher, Literal(outlet)))


def to_turtle(graph: nx.MultiDiGraph) -> str:
    """The graph as Turtle text: subjects sorted, each with its types and sorted predicates."""
    return to_turtle_text(rdf_triples(graph), PREFIXES)


def to_ntriples(graph: nx.MultiDiGraph) -> str:
    """The graph as N-Triples, one triple per line, lines sorted for reproducible files."""
    return to_ntriples_text(rdf_triples(graph))


def to_jsonld(graph: nx.MultiDiGraph) -> str:
    """The graph as compact JSON-LD with an inline ``@context`` (no remote context to fetch)."""
    return to_jsonld_text(rdf_triples(graph), PREFIXES)


def write_turtle(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write the graph as Turtle to ``path`` atomically.

    >>> import tempfile, pathlib, networkx as nx
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "graph.ttl"
    >>> write_turtle(nx.MultiDiGraph(articles={}), target)
    >>> target.exists()
    True
    """
    write_bytes_atomic(path, to_turtle(graph).encode("utf-8"))


def write_ntriples(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write the graph as N-Triples to ``path`` atomically (see ``to_ntriples``)."""
    write_bytes_atomic(path, to_ntriples(graph).encode("utf-8"))


def write_jsonld(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write the graph as JSON-LD to ``path`` atomically (see ``to_jsonld``)."""
    write_text_atomic(path, to_jsonld(graph))


#: RDF format name → how its text is formatted from the triples.
RDF_FORMATTERS: dict[str, Callable[[set[Triple]], str]] = {
    "ttl": lambda triples: to_turtle_text(triples, PREFIXES),
    "nt": to_ntriples_text,
    "jsonld": lambda triples: to_jsonld_text(triples, PREFIXES),
}


def write_rdf_files(graph: nx.MultiDiGraph, paths: Mapping[str, str | os.PathLike[str]]) -> None:
    """Write several RDF formats (``"ttl"``, ``"nt"``, ``"jsonld"`` → path) from one set of
    triples, so a build that writes all three builds the RDF model once, not three times.

    Each file is byte-identical to what ``write_turtle``/``write_ntriples``/``write_jsonld``
    write, and atomic.
    """
    unknown = sorted(set(paths) - set(RDF_FORMATTERS))
    if unknown:
        raise ValueError(f"not RDF formats: {unknown}")
    if not paths:
        return
    triples = rdf_triples(graph)
    for name, path in paths.items():
        write_bytes_atomic(path, RDF_FORMATTERS[name](triples).encode("utf-8"))
