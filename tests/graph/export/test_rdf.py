"""RDF export: modelling, SPARQL answers, parse-back of every format, hostile names."""

from __future__ import annotations

import copy
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.compare import isomorphic

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.export.rdf import (
    to_jsonld,
    to_ntriples,
    to_rdf,
    to_turtle,
    write_jsonld,
    write_ntriples,
    write_turtle,
)
from graph.merge.build import build_graph
from graph.vocab.identity import article_iri, entity_iri, statement_iri
from graph.vocab.namespace import NG, predicate_iri

ROOT = Path(__file__).parents[3]
LAVROV = "person/sergei-lavrov"
CEASEFIRE = "agreement/ceasefire"


def sample_graph() -> nx.MultiDiGraph:
    """Two articles: Lavrov proposes a ceasefire; Ukraine does not agree to it."""
    lavrov = Entity(LAVROV, "Sergei Lavrov", EntityType.PERSON, ("Lavrov",), role="Minister")
    russia = Entity("country/RU", "Russia", EntityType.COUNTRY)
    ukraine = Entity("country/UA", "Ukraine", EntityType.COUNTRY)
    ceasefire = Entity(CEASEFIRE, "ceasefire", EntityType.AGREEMENT)
    first = "Lavrov proposed a ceasefire on Monday."
    second = "Ukraine did not agree to the ceasefire."
    a1 = Article("a1", first, "Lavrov proposes truce", "2024-03-01", "https://ex.com/1", "Reuters")
    a2 = Article("a2", second, "Kyiv says no", "March 2024", "not a url", "AP")
    proposed = Relation(
        LAVROV,
        "proposed",
        CEASEFIRE,
        "03",
        False,
        Evidence("a1", first, 0, 38, "2024-03-01", "propose"),
    )
    agreed = Relation(
        "country/UA",
        "agreed",
        CEASEFIRE,
        "08",
        True,
        Evidence("a2", second, 0, 39, None, "agree"),
        modality="reported",
    )
    return build_graph(
        [
            ArticleResult(a1, (lavrov, russia, ceasefire), (proposed,)),
            ArticleResult(a2, (ukraine, ceasefire), (agreed,)),
        ]
    )


def hostile_graph() -> nx.MultiDiGraph:
    names = [
        'The "Quoted" <Org> & Co',
        "<script>alert(1)</script> <img src=x onerror=alert(1)>",
        "Łódź – Ελλάδα – 北京 \\ back\\slash\nnew line\ttab",
        "L" * 5000,
    ]
    entities = tuple(
        Entity(f"organization/{name}", name, EntityType.ORGANIZATION, (name + " alias", "'"))
        for name in names
    )
    sentence = '</script> "quoted" \\ \n <b>bold</b> ' + "s" * 5000
    relations = tuple(
        Relation(
            a.key, "criticized", b.key, "12", i % 2 == 1, Evidence('a "1" <x>', sentence, 0, 5)
        )
        for i, (a, b) in enumerate(itertools.pairwise(entities))
    )
    article = Article(
        'a "1" <x>', sentence, title='<b>"T"</b>', date="2024-02-30", url="javascript:x"
    )
    return build_graph([ArticleResult(article, entities, relations)])


def test_entities_are_typed_and_labelled() -> None:
    rdf = to_rdf(sample_graph())
    lavrov = entity_iri(LAVROV)
    assert (lavrov, ns.RDF.type, NG.Person) in rdf
    assert (lavrov, ns.RDF.type, ns.SDO.Person) in rdf
    assert (entity_iri(CEASEFIRE), ns.RDF.type, ns.SDO.CreativeWork) in rdf
    assert (entity_iri("country/RU"), ns.RDF.type, ns.SDO.Country) in rdf
    for prop in (ns.SDO.name, ns.SKOS.prefLabel):
        assert (lavrov, prop, Literal("Sergei Lavrov")) in rdf
    assert (lavrov, ns.SKOS.altLabel, Literal("Lavrov")) in rdf
    assert (lavrov, ns.SDO.alternateName, Literal("Lavrov")) in rdf
    assert (lavrov, NG.role, Literal("Minister")) in rdf
    assert (lavrov, ns.SDO.subjectOf, article_iri("a1")) in rdf
    assert (article_iri("a1"), ns.DCTERMS.references, lavrov) in rdf


def test_direct_triple_only_for_asserted_edges() -> None:
    rdf = to_rdf(sample_graph())
    assert (entity_iri(LAVROV), predicate_iri("proposed"), entity_iri(CEASEFIRE)) in rdf
    assert (entity_iri("country/UA"), predicate_iri("agreed"), entity_iri(CEASEFIRE)) not in rdf
    negated = statement_iri("country/UA", "agreed", True, CEASEFIRE)
    assert (negated, NG.negated, Literal(True)) in rdf
    assert (negated, ns.RDF.predicate, predicate_iri("agreed")) in rdf
    assert (negated, NG.modality, Literal("reported")) in rdf


def test_articles_use_dublin_core_and_schema() -> None:
    rdf = to_rdf(sample_graph())
    a1, a2 = article_iri("a1"), article_iri("a2")
    assert (a1, ns.RDF.type, ns.SDO.NewsArticle) in rdf
    assert (a1, ns.DCTERMS.title, Literal("Lavrov proposes truce")) in rdf
    assert (a1, ns.DCTERMS.date, Literal("2024-03-01", datatype=ns.XSD.date)) in rdf
    assert (a1, ns.SDO.url, URIRef("https://ex.com/1")) in rdf
    assert (a1, ns.DCTERMS.publisher, Literal("Reuters")) in rdf
    # Non-ISO dates and non-URLs stay literals instead of becoming broken typed values.
    assert (a2, ns.DCTERMS.date, Literal("March 2024")) in rdf
    assert (a2, ns.SDO.url, Literal("not a url", datatype=ns.XSD.anyURI)) in rdf


def test_sparql_who_proposed_what() -> None:
    rdf = to_rdf(sample_graph())
    rows = rdf.query(
        """
        SELECT ?who ?what WHERE {
          ?s ng:proposed ?o . ?s schema:name ?who . ?o schema:name ?what .
        }"""
    )
    assert {(str(r.who), str(r.what)) for r in rows} == {("Sergei Lavrov", "ceasefire")}


def test_sparql_which_article_says_so() -> None:
    rdf = to_rdf(sample_graph())
    rows = rdf.query(
        """
        SELECT ?title ?sentence ?negated WHERE {
          ?st a ng:Statement ; rdf:predicate ?p ; ng:negated ?negated ;
              prov:wasDerivedFrom ?article ; ng:evidence ?ev .
          ?ev ng:sentence ?sentence ; prov:wasDerivedFrom ?article .
          ?article dcterms:title ?title .
        } ORDER BY ?title""",
    )
    assert [(str(r.title), r.negated.toPython(), str(r.sentence)) for r in rows] == [
        ("Kyiv says no", True, "Ukraine did not agree to the ceasefire."),
        ("Lavrov proposes truce", False, "Lavrov proposed a ceasefire on Monday."),
    ]


def test_to_rdf_does_not_modify_the_graph() -> None:
    graph = sample_graph()
    before = copy.deepcopy(graph)
    to_rdf(graph)
    assert nx.utils.graphs_equal(graph, before)
    assert list(graph.edges(keys=True, data=True)) == list(before.edges(keys=True, data=True))


@pytest.mark.parametrize("build", [sample_graph, hostile_graph])
@pytest.mark.parametrize(
    ("writer", "fmt"), [(write_turtle, "turtle"), (write_ntriples, "nt"), (write_jsonld, "json-ld")]
)
def test_files_parse_back_to_the_same_triples(build, writer, fmt: str, tmp_path: Path) -> None:
    graph = build()
    expected = to_rdf(graph)
    path = tmp_path / "out"
    writer(graph, path)
    parsed = Graph().parse(path, format=fmt)
    assert len(parsed) == len(expected)
    assert isomorphic(parsed, expected)


def test_hostile_names_survive_as_literals() -> None:
    graph = hostile_graph()
    parsed = Graph().parse(data=to_turtle(graph), format="turtle")
    names = {str(o) for o in parsed.objects(None, ns.SDO.name)}
    assert "L" * 5000 in names
    assert "<script>alert(1)</script> <img src=x onerror=alert(1)>" in names
    assert len(Graph().parse(data=to_ntriples(graph), format="nt")) == len(parsed)


def test_turtle_uses_readable_prefixes() -> None:
    text = to_turtle(sample_graph())
    assert "person:sergei-lavrov" in text
    assert "ng:proposed" in text
    assert "@prefix schema: <https://schema.org/>" in text


def test_jsonld_has_an_inline_context() -> None:
    data = json.loads(to_jsonld(sample_graph()))
    assert data["@context"]["ng"] == "https://newsgraph.dev/ontology#"


_DUMP = """
import sys, pathlib
sys.path[:0] = [{root!r}, {tests!r}]
from test_rdf import sample_graph, hostile_graph
from graph.export.rdf import to_turtle, to_ntriples, to_jsonld
g = sample_graph(); h = hostile_graph()
sys.stdout.write("".join(f(x) for x in (g, h) for f in (to_turtle, to_ntriples, to_jsonld)))
"""


def test_output_is_identical_across_hash_seeds() -> None:
    script = _DUMP.format(root=str(ROOT), tests=str(Path(__file__).parent))
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
