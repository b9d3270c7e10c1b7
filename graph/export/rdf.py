"""Export the knowledge graph as RDF (Turtle, N-Triples, JSON-LD).

Modelling (IRIs from ``graph.identity``, our terms from ``graph.vocab``):

* each entity is typed with our class and the matching schema.org class (Agreement →
  ``schema:CreativeWork``) and named with ``schema:name``, ``rdfs:label`` and
  ``skos:prefLabel``; aliases are ``schema:alternateName`` and ``skos:altLabel``;
* each edge that is not negated is a direct triple ``subject ng:<predicate> object``, so
  "who proposed what" is one triple pattern;
* each edge (negated or not) is also an ``ng:Statement`` / ``rdf:Statement`` carrying
  ``rdf:subject/predicate/object``, ``ng:negated``, ``ng:cameo``, ``ng:modality``,
  ``dcterms:date`` and ``prov:wasDerivedFrom`` its articles, plus one ``ng:Evidence`` node per
  supporting sentence (text, offsets, trigger, date, article), so "which article says so" is
  answerable;
* articles are ``schema:NewsArticle`` with Dublin Core title/date/publisher and
  ``dcterms:references`` / ``schema:mentions`` the entities they mention (and entities
  ``schema:subjectOf`` the article).

The RDF graph uses no blank nodes, so the same networkx graph always gives the same triples;
the writers sort their output so the files are byte-for-byte reproducible as well.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date as Date
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO, Namespace

from graph.export.atomic import write_bytes_atomic, write_text_atomic
from graph.identity import (
    ARTICLE_BASE,
    EVIDENCE_BASE,
    ID_BASE,
    STATEMENT_BASE,
    article_iri,
    entity_iri,
    evidence_iri,
    statement_iri,
)
from graph.vocab import NG, ONTOLOGY_BASE, predicate_iri

#: Our class and the schema.org class of each node type (``EntityType`` values).
TYPE_CLASSES: dict[str, tuple[URIRef, URIRef]] = {
    "Person": (NG.Person, SDO.Person),
    "Country": (NG.Country, SDO.Country),
    "Organization": (NG.Organization, SDO.Organization),
    "Agreement": (NG.Agreement, SDO.CreativeWork),
    "Event": (NG.Event, SDO.Event),
    "Place": (NG.Place, SDO.Place),
}

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


def _date_literal(text: str) -> Literal:
    """``xsd:date`` for a real ISO date, else a plain string (a "2024-13-45" stays text)."""
    if _ISO_DATE.fullmatch(text):
        try:
            Date.fromisoformat(text)
        except ValueError:
            pass
        else:
            return Literal(text, datatype=XSD.date)
    return Literal(text)


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


def to_rdf(graph: nx.MultiDiGraph, *, counts: bool = True) -> Graph:
    """Convert a ``graph.build`` knowledge graph into an rdflib ``Graph``.

    ``counts=False`` leaves out the ``ng:articleCount`` triples: the store writes each article
    as its own named graph, and a per-article count of 1 in every graph would read as a wrong
    total in their union (there the count is a ``COUNT(DISTINCT ?article)`` query).

    >>> from extract.types import Article, ArticleResult, Entity, EntityType
    >>> from graph.build import build_graph
    >>> ru = Entity("country/RU", "Russia", EntityType.COUNTRY)
    >>> g = to_rdf(build_graph([ArticleResult(Article(id="a1", text="..."), (ru,))]))
    >>> (entity_iri("country/RU"), SDO.name, Literal("Russia")) in g
    True
    """
    rdf = new_rdf_graph()
    articles: dict[str, dict[str, Any]] = dict(graph.graph.get("articles", {}))
    for node, data in graph.nodes(data=True):
        _add_entity(rdf, node, data, counts)
        for article_id in data.get("articles", ()):
            articles.setdefault(article_id, {})
    for source, target, data in graph.edges(data=True):
        _add_edge(rdf, source, target, data, counts)
        for article_id in data.get("articles", ()):
            articles.setdefault(article_id, {})
    for article_id, meta in articles.items():
        _add_article(rdf, article_id, meta)
    return rdf


def _add_entity(rdf: Graph, key: str, data: dict[str, Any], counts: bool) -> None:
    iri = entity_iri(key)
    node_type = data.get("type", "")
    for cls in TYPE_CLASSES.get(node_type, ()):
        rdf.add((iri, RDF.type, cls))
    rdf.add((iri, NG.key, Literal(key)))
    label = data.get("label") or key
    for prop in (SDO.name, RDFS.label, SKOS.prefLabel):
        rdf.add((iri, prop, Literal(label)))
    for alias in data.get("aliases", ()):
        if alias != label:
            rdf.add((iri, SDO.alternateName, Literal(alias)))
            rdf.add((iri, SKOS.altLabel, Literal(alias)))
    if role := data.get("role"):
        rdf.add((iri, NG.role, Literal(role)))
        if node_type == "Person":
            rdf.add((iri, SDO.jobTitle, Literal(role)))
    for merged in data.get("merged_from", ()):
        rdf.add((iri, NG.mergedFrom, Literal(merged)))
    mentioned_in = data.get("articles", ())
    if counts:
        rdf.add((iri, NG.articleCount, Literal(len(mentioned_in))))
    for article_id in mentioned_in:
        article = article_iri(article_id)
        rdf.add((iri, SDO.subjectOf, article))
        rdf.add((article, DCTERMS.references, iri))
        rdf.add((article, SDO.mentions, iri))


def _add_edge(rdf: Graph, source: str, target: str, data: dict[str, Any], counts: bool) -> None:
    subject, obj = entity_iri(source), entity_iri(target)
    name = data["predicate"]
    predicate = predicate_iri(name)
    negated = bool(data.get("negated", False))
    rdf.add((predicate, RDF.type, RDF.Property))
    rdf.add((predicate, RDFS.label, Literal(name.replace("_", " "))))
    if not negated:
        rdf.add((subject, predicate, obj))

    statement = statement_iri(source, name, negated, target)
    rdf.add((statement, RDF.type, NG.Statement))
    rdf.add((statement, RDF.type, RDF.Statement))
    rdf.add((statement, RDF.subject, subject))
    rdf.add((statement, RDF.predicate, predicate))
    rdf.add((statement, RDF.object, obj))
    rdf.add((statement, NG.negated, Literal(negated)))
    label = f"{source} {'not ' if negated else ''}{name} {target}"
    rdf.add((statement, RDFS.label, Literal(label)))
    if cameo := data.get("cameo"):
        rdf.add((statement, NG.cameo, Literal(str(cameo))))
    if modality := data.get("modality"):
        rdf.add((statement, NG.modality, Literal(modality)))
    if when := data.get("date"):
        rdf.add((statement, DCTERMS.date, _date_literal(when)))
    articles = data.get("articles", ())
    if counts:
        rdf.add((statement, NG.articleCount, Literal(len(articles))))
    for article_id in articles:
        rdf.add((statement, PROV.wasDerivedFrom, article_iri(article_id)))
    for evidence in data.get("evidence", ()):
        _add_evidence(rdf, statement, evidence)


def _add_evidence(rdf: Graph, statement: URIRef, evidence: dict[str, Any]) -> None:
    node = evidence_iri(statement, evidence)
    rdf.add((statement, NG.evidence, node))
    rdf.add((node, RDF.type, NG.Evidence))
    rdf.add((node, NG.sentence, Literal(evidence.get("sentence", ""))))
    rdf.add((node, NG.startOffset, Literal(int(evidence.get("start", 0)))))
    rdf.add((node, NG.endOffset, Literal(int(evidence.get("end", 0)))))
    if trigger := evidence.get("trigger"):
        rdf.add((node, NG.trigger, Literal(trigger)))
    if when := evidence.get("date"):
        rdf.add((node, DCTERMS.date, _date_literal(when)))
    if article_id := evidence.get("article_id"):
        rdf.add((node, PROV.wasDerivedFrom, article_iri(article_id)))


def _add_article(rdf: Graph, article_id: str, meta: dict[str, Any]) -> None:
    iri = article_iri(article_id)
    rdf.add((iri, RDF.type, NG.Article))
    rdf.add((iri, RDF.type, SDO.NewsArticle))
    rdf.add((iri, DCTERMS.identifier, Literal(article_id)))
    if title := meta.get("title"):
        rdf.add((iri, DCTERMS.title, Literal(title)))
        rdf.add((iri, SDO.headline, Literal(title)))
    if when := meta.get("date"):
        rdf.add((iri, DCTERMS.date, _date_literal(when)))
        rdf.add((iri, SDO.datePublished, _date_literal(when)))
    if url := meta.get("url"):
        rdf.add((iri, SDO.url, _url_term(url)))
    if outlet := meta.get("outlet"):
        rdf.add((iri, DCTERMS.publisher, Literal(outlet)))
        rdf.add((iri, SDO.publisher, Literal(outlet)))


def _sorted_lines(text: str) -> str:
    # split("\n"), not splitlines(): the N-Triples writer leaves \x0b, \x85, \u2028... raw
    # inside literals, and splitlines() would cut a triple in two there.
    lines = sorted(line for line in text.split("\n") if line.strip())
    return "\n".join(lines) + "\n" if lines else ""


def to_turtle(graph: nx.MultiDiGraph) -> str:
    """The graph as Turtle text (rdflib's Turtle writer orders subjects and predicates)."""
    return to_rdf(graph).serialize(format="turtle")


def to_ntriples(graph: nx.MultiDiGraph) -> str:
    """The graph as N-Triples, one triple per line, lines sorted for reproducible files."""
    return _sorted_lines(to_rdf(graph).serialize(format="nt"))


def _canonical_json(value: Any) -> Any:
    # RDF is unordered and we use no @list, so sorting JSON-LD arrays changes no meaning and
    # makes the file independent of rdflib's set iteration order.
    if isinstance(value, dict):
        return {k: _canonical_json(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_canonical_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def to_jsonld(graph: nx.MultiDiGraph) -> str:
    """The graph as compact JSON-LD with an inline ``@context`` (no remote context to fetch)."""
    rdf = to_rdf(graph)
    text = rdf.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    return json.dumps(_canonical_json(json.loads(text)), ensure_ascii=False, indent=2) + "\n"


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
