"""Identity: node ids and IRIs are pure, safe functions of keys and ids."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.vocab.identity import (
    ID_BASE,
    article_iri,
    entity_iri,
    evidence_iri,
    node_id,
    statement_iri,
)
from graph.vocab.namespace import NG, ONTOLOGY_BASE, predicate_iri

# After percent-encoding only unreserved characters, "%" and the path "/" may remain.
_SAFE_IRI = re.compile(r"https://newsgraph\.dev/id/[A-Za-z0-9\-._~%/]+")

HOSTILE_NAMES = [
    'say "hello"',
    "<script>alert(1)</script>",
    "a b\tc\nd",
    "Łódź – Ελλάδα – 北京",
    "x" * 5000,
    "100% {pure} |pipe| ^caret^ `tick` back\\slash",
    "",
]


def test_node_id_is_the_key() -> None:
    assert node_id("country/RU") == "country/RU"
    with pytest.raises(ValueError):
        node_id("")


def test_entity_iri_keeps_readable_keys_readable() -> None:
    assert str(entity_iri("person/sergei-lavrov")) == ID_BASE + "person/sergei-lavrov"
    assert str(entity_iri("country/RU")) == ID_BASE + "country/RU"


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_names_give_safe_iris(name: str) -> None:
    for iri in (entity_iri(f"person/{name}"), article_iri(name)):
        assert _SAFE_IRI.fullmatch(str(iri)), str(iri)[:200]


def test_distinct_keys_give_distinct_iris() -> None:
    keys = ["person/a b", "person/a%20b", "person/a/b", "person/a%2Fb", "person/ab"]
    assert len({entity_iri(k) for k in keys}) == len(keys)
    assert article_iri("a/b") != article_iri("a%2Fb")


def test_entity_keys_cannot_impersonate_reserved_iris() -> None:
    with pytest.raises(ValueError, match="reserved"):
        entity_iri("article/a1")


def test_statement_iri_is_deterministic_and_distinguishes_negation() -> None:
    first = statement_iri("person/a", "proposed", False, "agreement/b")
    assert first == statement_iri("person/a", "proposed", False, "agreement/b")
    assert first != statement_iri("person/a", "proposed", True, "agreement/b")
    assert first != statement_iri("agreement/b", "proposed", False, "person/a")
    # Concatenation ambiguities must not collide.
    assert statement_iri("a", "b c", False, "d") != statement_iri("a b", "c", False, "d")
    assert re.fullmatch(ID_BASE + r"statement/[0-9a-f]{40}", str(first))


def test_evidence_iri_depends_on_all_evidence_fields() -> None:
    statement = statement_iri("person/a", "met", False, "person/b")
    evidence = {"article_id": "a1", "sentence": "A met B.", "start": 0, "end": 8}
    base = evidence_iri(statement, evidence)
    assert base == evidence_iri(statement, dict(evidence))
    assert base != evidence_iri(statement, {**evidence, "start": 1})
    assert base != evidence_iri(statement, {**evidence, "article_id": "a2"})
    assert base != evidence_iri(statement_iri("person/a", "met", True, "person/b"), evidence)


def test_vocabulary_fails_on_typos() -> None:
    assert str(NG.Statement) == ONTOLOGY_BASE + "Statement"
    with pytest.raises(AttributeError):
        _ = NG.negatd  # type: ignore[attr-defined]


def test_predicate_iri() -> None:
    assert str(predicate_iri("proposed")) == ONTOLOGY_BASE + "proposed"
    assert str(predicate_iri("affiliated_with")) == ONTOLOGY_BASE + "affiliated_with"
    for bad in ("negated", "role", "Person", "has space", "", "a<b>", "1st"):
        with pytest.raises(ValueError):
            predicate_iri(bad)


def test_every_predicate_of_the_triggers_file_has_an_iri() -> None:
    path = Path(__file__).parents[3] / "extract" / "data" / "triggers.tsv"
    if not path.exists():
        pytest.skip("extract/data/triggers.tsv not written yet")
    rows = [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    column = rows[0].index("predicate") if "predicate" in rows[0] else 2
    names = {row[column] for row in rows[1:] if len(row) > column}
    assert names
    for name in names:
        assert str(predicate_iri(name)).startswith(ONTOLOGY_BASE)
