"""CAMEO's category names as predicates: one name per category, and every predicate of the
derived verb table in the ontology."""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from graph.vocab.cameo import CAMEO_FAMILIES
from graph.vocab.cameo_events import CAMEO_EVENTS, event_predicate, predicate_from_name
from graph.vocab.namespace import NG, ONTOLOGY_BASE, ONTOLOGY_PATH

CAMEO_VERBS = Path(__file__).resolve().parents[3] / "extract" / "data" / "cameo_verbs.tsv"


def test_every_category_has_its_own_predicate_name() -> None:
    names = [event_predicate(code) for code in CAMEO_EVENTS]
    assert len(set(names)) == len(names)
    assert all(name.isidentifier() and name.islower() for name in names)
    assert {code[:2] for code in CAMEO_EVENTS} == set(CAMEO_FAMILIES)


def test_the_naming_rule_on_the_examples_of_the_issue() -> None:
    assert event_predicate("163") == "imposed_embargo"
    assert event_predicate("030") == "expressed_intent_to_cooperate"
    assert event_predicate("141") == "demonstrated"
    assert event_predicate("190") == "used_conventional_military_force"
    assert event_predicate("0311") == event_predicate("031")
    assert predicate_from_name("Mobilize or increase police power") == "mobilized_police_power"


def test_every_predicate_of_the_verb_table_is_in_the_ontology() -> None:
    ontology = Graph().parse(ONTOLOGY_PATH)
    lines = CAMEO_VERBS.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    predicates = {row[i] for row in rows for i in (6, 8) if row[i]}
    assert len(predicates) > 100
    for name in sorted(predicates):
        term = URIRef(ONTOLOGY_BASE + name)
        assert (term, RDF.type, OWL.ObjectProperty) in ontology, name
        assert ontology.value(term, RDFS.label) and ontology.value(term, RDFS.comment), name
        assert (term, RDFS.subPropertyOf, NG.relation) in ontology, name
    derived = {name for name in predicates if name in {event_predicate(c) for c in CAMEO_EVENTS}}
    for name in derived:
        code = ontology.value(URIRef(ONTOLOGY_BASE + name), NG.cameoCode)
        assert isinstance(code, Literal) and str(code)[:2] in CAMEO_FAMILIES, name
