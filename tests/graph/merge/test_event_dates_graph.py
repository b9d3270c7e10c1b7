"""An agreement's or event's date on the graph: kept through merging (both builders, any
order), carried by every export (RDF + SHACL, JSON, GraphML, the HTML view's panel)."""

from __future__ import annotations

import json
from itertools import permutations
from pathlib import Path

import networkx as nx
import pyshacl
import pytest
from rdflib import RDF, XSD, Graph, Literal
from rdflib.namespace import SDO

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.export.graphml import read_graphml, write_graphml
from graph.export.html_payload import build_payload
from graph.export.json import read_json, to_json, write_json
from graph.export.rdf import to_rdf, to_turtle
from graph.merge.build import build_graph, merge_graphs
from graph.vocab.identity import entity_iri
from graph.vocab.namespace import NG, SHAPES_PATH

ELECTION = "event/2016-presidential-election"


def _article(article_id: str, date: str | None, *entities: Entity) -> ArticleResult:
    us = Entity("country/US", "United States", EntityType.COUNTRY)
    relation = Relation(
        "country/US",
        "held",
        entities[0].key if entities else "country/US",
        "",
        False,
        Evidence(article_id, "The US held it.", 0, 15, date),
    )
    relations = (relation,) if entities else ()
    return ArticleResult(Article(article_id, "...", date=date), (us, *entities), relations)


def _results() -> list[ArticleResult]:
    """One election with three dates (a year, two days), a treaty with one, a person."""

    def election(date: str | None) -> Entity:
        return Entity(ELECTION, "2016 presidential election", EntityType.EVENT, date=date)

    treaty = Entity("agreement/new-start", "New START", EntityType.AGREEMENT, date="2010-04")
    return [
        _article("a", "2016-11-10", election("2016-11-09")),
        _article("b", "2017-01-02", election("2016")),
        _article("c", None, election("2016-11-08"), treaty),
        _article("d", "2016-11-08", election(None)),
    ]


def _dump(graph: nx.MultiDiGraph) -> str:
    return json.dumps(to_json(graph), sort_keys=False)


@pytest.mark.parametrize("order", list(permutations(range(4))))
def test_the_most_precise_then_earliest_date_wins_in_every_order(order: tuple[int, ...]) -> None:
    results = [_results()[i] for i in order]
    graph = build_graph(results)
    assert graph.nodes[ELECTION]["date"] == "2016-11-08"
    assert graph.nodes["agreement/new-start"]["date"] == "2010-04"
    assert graph.nodes["country/US"]["date"] == ""
    assert _dump(build_graph(reversed(results))) == _dump(graph)  # any order, any iterable


def test_merge_graphs_keeps_the_date() -> None:
    results = _results()
    parts = merge_graphs(build_graph(results[:1]), build_graph(results[1:]))
    assert parts.nodes[ELECTION]["date"] == "2016-11-08"
    assert _dump(parts) == _dump(build_graph(results))


def test_a_resolved_node_takes_the_date_of_its_variants() -> None:
    variant = Entity("event/2016-election", "2016 election", EntityType.EVENT, date="2016-11-08")
    named = Entity(ELECTION, "2016 presidential election", EntityType.EVENT)
    results = [_article("a", None, named), _article("b", None, variant)]
    graph = build_graph(results)
    assert list(graph.nodes[ELECTION]["merged_from"]) == ["event/2016-election", ELECTION]
    assert graph.nodes[ELECTION]["date"] == "2016-11-08"
    assert _dump(build_graph(reversed(results))) == _dump(graph)  # any order, any iterable


def test_json_and_graphml_round_trip_the_date(tmp_path: Path) -> None:
    graph = build_graph(_results())
    write_json(graph, tmp_path / "graph.json")
    write_graphml(graph, tmp_path / "graph.graphml")
    for read in (read_json(tmp_path / "graph.json"), read_graphml(tmp_path / "graph.graphml")):
        assert read.nodes[ELECTION]["date"] == "2016-11-08"
        assert nx.utils.graphs_equal(read, graph)
        assert dict(read.nodes(data=True)) == dict(graph.nodes(data=True))


@pytest.mark.parametrize(
    ("date", "datatype"),
    [("2016-11-08", XSD.date), ("2010-04", XSD.gYearMonth), ("2016", XSD.gYear)],
)
def test_rdf_start_date_is_typed_by_precision(date: str, datatype: object) -> None:
    event = Entity("event/x-summit", "X summit", EntityType.EVENT, date=date)
    rdf = to_rdf(build_graph([_article("a", None, event)]))
    assert rdf.value(entity_iri(event.key), SDO.startDate) == Literal(date, datatype=datatype)


def test_rdf_has_no_date_for_other_types_or_when_none_is_stated() -> None:
    rdf = to_rdf(build_graph(_results()))
    dated = {str(s) for s, _, _ in rdf.triples((None, SDO.startDate, None))}
    assert dated == {str(entity_iri(ELECTION)), str(entity_iri("agreement/new-start"))}


def _conforms(rdf: Graph) -> tuple[bool, str]:
    shapes = Graph().parse(SHAPES_PATH)
    conforms, _, text = pyshacl.validate(rdf, shacl_graph=shapes, advanced=True)
    return bool(conforms), str(text)


def test_dated_exports_conform_to_the_shapes() -> None:
    text = to_turtle(build_graph(_results()))
    conforms, report = _conforms(Graph().parse(data=text, format="turtle"))
    assert conforms, report


@pytest.mark.parametrize("broken", ["a weekday as the date", "a country with a date"])
def test_the_shapes_catch_bad_dates(broken: str) -> None:
    rdf = to_rdf(build_graph(_results()))
    if broken == "a weekday as the date":
        rdf.set((entity_iri(ELECTION), SDO.startDate, Literal("Tuesday")))
    else:
        rdf.add((entity_iri("country/US"), SDO.startDate, Literal("2016", datatype=XSD.gYear)))
    assert (entity_iri("country/US"), RDF.type, NG.Country) in rdf
    conforms, report = _conforms(rdf)
    assert not conforms, broken
    assert "Constraint Violation" in report


def test_the_view_panel_shows_the_date() -> None:
    payload = build_payload(build_graph(_results()))
    assert payload["details"]["nodes"][ELECTION]["date"] == "2016-11-08"
    assert payload["details"]["nodes"]["country/US"]["date"] == ""
    script = Path(__file__).resolve().parents[3] / "graph" / "export" / "html_assets" / "view.js"
    assert '"Date: " + info.date' in script.read_text(encoding="utf-8")
