"""The vocabulary file and the SHACL shapes: every export of the samples and seeds conforms,
and the shapes catch what they are meant to catch."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pyshacl
import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from graph.export.rdf import to_jsonld, to_ntriples, to_rdf, to_turtle
from graph.merge.build import build_graph
from graph.run.corpus import iter_results
from graph.store.store import add_results, open_store
from graph.vocab.namespace import NG, ONTOLOGY_BASE, ONTOLOGY_PATH, SHAPES_PATH

REPO = Path(__file__).resolve().parents[3]
STRUCTURAL = ("affiliated_with", "party_to", "held_in", "located_in")
PLACE_RELATIONS = ("met_in",)  # read by extract/place_relations.py, not a trigger line


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_PATH)


def _trigger_predicates() -> set[str]:
    lines = (REPO / "extract" / "data" / "triggers.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    column = rows[0].index("predicate")
    return {row[column] for row in rows[1:]}


def _validate(data: Graph, shapes: Graph) -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, advanced=True)
    return bool(conforms), str(text)


def test_every_relation_is_in_the_vocabulary_with_label_and_comment(ontology: Graph) -> None:
    for name in sorted(_trigger_predicates() | set(STRUCTURAL) | set(PLACE_RELATIONS)):
        term = URIRef(ONTOLOGY_BASE + name)
        assert (term, RDF.type, OWL.ObjectProperty) in ontology, name
        assert ontology.value(term, RDFS.label), name
        assert ontology.value(term, RDFS.comment), name
        assert (term, RDFS.subPropertyOf, NG.relation) in ontology, name


def test_every_ng_term_is_documented_and_aligned(ontology: Graph) -> None:
    for name in (n for n in NG.__annotations__ if not n.startswith("_")):
        term = getattr(NG, name)
        assert ontology.value(term, RDFS.label), name
        assert ontology.value(term, RDFS.comment) or name == "cameoCode", name
    schema = "https://schema.org/"
    for cls in ("Person", "Country", "Organization", "Agreement", "Event", "Place", "Article"):
        parents = {str(o) for o in ontology.objects(getattr(NG, cls), RDFS.subClassOf)}
        assert any(p.startswith(schema) for p in parents), cls
    assert (NG.Statement, RDFS.subClassOf, RDF.Statement) in ontology


@pytest.fixture(scope="module", params=["examples", "seeds"])
def corpus_graph(request: pytest.FixtureRequest) -> tuple[nx.MultiDiGraph, list]:
    folder = request.getfixturevalue(f"{request.param}_dir")
    results = list(iter_results([folder]))
    return build_graph(results), results


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_every_export_conforms(
    corpus_graph: tuple[nx.MultiDiGraph, list], shapes: Graph, fmt: str
) -> None:
    graph, _ = corpus_graph
    text = {"turtle": to_turtle, "nt": to_ntriples, "json-ld": to_jsonld}[fmt](graph)
    conforms, report = _validate(Graph().parse(data=text, format=fmt), shapes)
    assert conforms, report


def test_the_store_conforms(
    tmp_path: Path, corpus_graph: tuple[nx.MultiDiGraph, list], shapes: Graph
) -> None:
    _, results = corpus_graph
    store = open_store(tmp_path / "store")
    add_results(store, results)
    dumped = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    conforms, report = _validate(Graph().parse(data=dumped, format="nt"), shapes)
    assert conforms, report


@pytest.fixture(scope="module")
def example_rdf(examples_dir: Path) -> Graph:
    return to_rdf(build_graph(iter_results([examples_dir / "04_minsk_ii.txt"])))


def _broken(base: Graph, change: str) -> Graph:
    graph = Graph()
    graph += base
    statement = next(s for s in graph.subjects(RDF.type, NG.Statement)
                     if graph.value(s, NG.negated) == Literal(False))  # fmt: skip
    evidence = graph.value(statement, NG.evidence)
    subject, predicate, obj = (graph.value(statement, p) for p in (RDF.subject, RDF.predicate,
                                                                    RDF.object))  # fmt: skip
    if change == "direct triple missing":
        graph.remove((subject, predicate, obj))
    elif change == "offsets reversed":
        graph.set((evidence, NG.startOffset, Literal(10**6)))
    elif change == "no evidence":
        graph.remove((statement, NG.evidence, None))
    elif change == "negated not boolean":
        graph.set((statement, NG.negated, Literal("no")))
    elif change == "entity without key":
        graph.remove((subject, NG.key, None))
    elif change == "direct triple without statement":
        graph.remove((statement, None, None))
    elif change == "article without identifier":
        article = next(graph.subjects(RDF.type, NG.Article))
        graph.remove((article, URIRef("http://purl.org/dc/terms/identifier"), None))
    return graph


@pytest.mark.parametrize(
    "change",
    [
        "direct triple missing",
        "offsets reversed",
        "no evidence",
        "negated not boolean",
        "entity without key",
        "direct triple without statement",
        "article without identifier",
    ],
)
def test_shapes_catch_broken_graphs(example_rdf: Graph, shapes: Graph, change: str) -> None:
    assert _validate(example_rdf, shapes)[0]
    conforms, report = _validate(_broken(example_rdf, change), shapes)
    assert not conforms, change
    assert "Constraint Violation" in report
