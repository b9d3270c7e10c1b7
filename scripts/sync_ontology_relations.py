"""Rewrite the relation section of graph/vocab/ontology.ttl from extract/data/triggers.tsv.

Adding a relation is a line in the trigger file; run this script to give its predicate an
ontology entry (label, comment naming its trigger words, CAMEO code and family), and
tests/graph/test_shapes.py checks that no predicate is left out.

Usage: .venv/bin/python scripts/sync_ontology_relations.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a plain script from a checkout

from graph.export.atomic import write_text_atomic  # noqa: E402

TRIGGERS = ROOT / "extract" / "data" / "triggers.tsv"
ONTOLOGY = ROOT / "graph" / "vocab" / "ontology.ttl"
MARKER = "# CAMEO-coded relations, one per predicate of extract/data/triggers.tsv"
STRUCTURAL = {"affiliated_with", "party_to", "held_in", "located_in"}


def read_relations(path: Path) -> dict[str, tuple[str, str, list[str]]]:
    """Predicate → (CAMEO code, CAMEO family heading, trigger words), in file order."""
    relations: dict[str, tuple[str, str, list[str]]] = {}
    family = ""
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and line[2:4].isdigit():
            family = line[2:].strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        row = dict(zip(header, fields, strict=False))
        _, _, triggers = relations.setdefault(row["predicate"], (row["cameo"], family, []))
        if row["trigger"] not in triggers:
            triggers.append(row["trigger"])
    return relations


def relation_block(name: str, cameo: str, family: str, triggers: list[str]) -> str:
    """The Turtle description of one relation property."""
    label = name.replace("_", " ")
    words = ", ".join(f'\\"{t}\\"' for t in triggers)
    number, _, title = family.partition(" ")
    return (
        f"\nng:{name} a owl:ObjectProperty ;\n"
        f'    rdfs:label "{label}"@en ;\n'
        f'    rdfs:comment "The subject {label} the object. Read from {words}. '
        f'CAMEO {cameo}, family {number} ({title})."@en ;\n'
        "    rdfs:subPropertyOf ng:relation ;\n"
        f'    ng:cameoCode "{cameo}" .\n'
    )


def main() -> None:
    """Regenerate everything after the marker line of the ontology."""
    text = ONTOLOGY.read_text(encoding="utf-8")
    head, found, _ = text.partition(MARKER)
    if not found:
        raise SystemExit(f"{ONTOLOGY}: marker line {MARKER!r} not found")
    blocks = [
        relation_block(name, cameo, family, triggers)
        for name, (cameo, family, triggers) in read_relations(TRIGGERS).items()
        if name not in STRUCTURAL
    ]
    annotation = (
        "\n\nng:cameoCode a owl:AnnotationProperty ;\n"
        '    rdfs:label "CAMEO code of a relation"@en ;\n'
        '    rdfs:comment "The CAMEO event code a relation property stands for; statements '
        'repeat it as ng:cameo."@en .\n'
    )
    write_text_atomic(ONTOLOGY, head + MARKER + annotation + "".join(blocks))
    print(f"{ONTOLOGY}: {len(blocks)} relations")


if __name__ == "__main__":
    main()
