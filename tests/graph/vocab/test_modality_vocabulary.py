"""The modality names agree wherever they are written: what extraction produces, how merging
ranks them, which become direct triples, how the view draws them, what the SHACL shapes allow
and what the ontology documents."""

from __future__ import annotations

import re
from pathlib import Path

from extract.relations.modality import MODALITIES
from extract.roles.known_affiliations import KNOWN
from graph.export.html_payload import MODALITY_DASHES
from graph.export.rdf import DIRECT_MODALITIES
from graph.merge.parts import MODALITY_ORDER

VOCAB = Path(__file__).resolve().parents[3] / "graph" / "vocab"
PRODUCED = frozenset(MODALITIES) | {KNOWN}
STATEMENT_ONLY = PRODUCED - DIRECT_MODALITIES


def test_merge_ranks_every_modality_extraction_produces() -> None:
    assert set(MODALITY_ORDER) - {""} == PRODUCED


def test_the_view_draws_every_modality() -> None:
    assert set(MODALITY_DASHES) - {"negated"} == PRODUCED


def test_direct_triples_are_the_stated_known_and_reported_acts() -> None:
    assert DIRECT_MODALITIES - {""} == {"asserted", KNOWN, "reported"}
    assert {"planned", "conditional", "wished"} == STATEMENT_ONLY


def test_shapes_split_the_modalities_as_the_rdf_writer_does() -> None:
    shapes = (VOCAB / "shapes.ttl").read_text(encoding="utf-8")
    lists = [
        frozenset(re.findall(r'"(\w+)"', found))
        for found in re.findall(r"\?\w+ IN \(([^)]*)\)", shapes)
    ]
    assert DIRECT_MODALITIES - {""} in lists
    assert STATEMENT_ONLY in lists


def test_the_ontology_documents_every_modality() -> None:
    ontology = (VOCAB / "ontology.ttl").read_text(encoding="utf-8")
    comment = re.search(
        r'ng:modality a owl:DatatypeProperty ;.*?rdfs:comment "(.*?)"@en', ontology, re.S
    )
    assert comment is not None
    named = set(re.findall(r'\\"(\w+)\\"', comment.group(1)))
    assert named == PRODUCED - {"asserted"}
