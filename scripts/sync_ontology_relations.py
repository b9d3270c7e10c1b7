"""Rewrite the relation section of graph/vocab/ontology.ttl from extract/data/triggers.tsv and
extract/data/cameo_verbs.tsv.

Adding a relation is a line in the trigger file; run this script to give its predicate an
ontology entry (label, comment naming its trigger words, CAMEO code and family), and
tests/graph/test_shapes.py checks that no predicate is left out. The verb table derived from
PETRARCH2 (scripts/build_petrarch_tables.py) names the codes triggers.tsv lacks after CAMEO's
event categories (graph/vocab/cameo_events.py); those predicates get an entry here too, after
the trigger file's, so there is one vocabulary.

Usage: .venv/bin/python scripts/sync_ontology_relations.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a plain script from a checkout

from graph.export.atomic import write_text_atomic  # noqa: E402
from graph.vocab.cameo import CAMEO_FAMILIES  # noqa: E402
from graph.vocab.cameo_events import CAMEO_EVENTS  # noqa: E402

TRIGGERS = ROOT / "extract" / "data" / "triggers.tsv"
CAMEO_VERBS = ROOT / "extract" / "data" / "cameo_verbs.tsv"
DERIVED_MARKER = (
    "# Relations named after CAMEO's event categories, for the codes of\n"
    "# extract/data/cameo_verbs.tsv (derived from PETRARCH2) that triggers.tsv does not cover"
)
# Phrases quoted in a derived relation's comment: enough to recognise it, not the whole table.
EXAMPLE_PHRASES = 6
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


def read_derived_relations(path: Path, known: set[str]) -> dict[str, tuple[str, list[str]]]:
    """Predicate → (three-digit CAMEO category, example phrases) of the verb table's
    predicates that ``known`` (triggers.tsv's) lacks, sorted by category then name."""
    found: dict[str, tuple[str, list[str]]] = {}
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        row = dict(zip(header, fields, strict=True))
        phrase = " ".join(row[k] for k in ("lemma", "particle", "object", "prep", "prep_object")
                          if row[k])  # fmt: skip
        for code, predicate in ((row["cameo"], row["predicate"]),
                                (row["passive_cameo"], row["passive_predicate"])):  # fmt: skip
            if predicate and predicate not in known:
                _, phrases = found.setdefault(predicate, (code[:3], []))
                phrases.append(phrase)
    return dict(sorted(found.items(), key=lambda item: (item[1][0], item[0])))


def derived_block(name: str, category: str, phrases: list[str]) -> str:
    """The Turtle description of one relation named after a CAMEO category."""
    label = name.replace("_", " ")
    family = category[:2]
    # Lone verbs first: they say most about the relation; then the shortest phrases.
    examples = sorted(set(phrases), key=lambda p: (len(p.split()), p))[:EXAMPLE_PHRASES]
    words = ", ".join(f'\\"{p}\\"' for p in examples)
    return (
        f"\nng:{name} a owl:ObjectProperty ;\n"
        f'    rdfs:label "{label}"@en ;\n'
        f'    rdfs:comment "CAMEO {category} \\"{CAMEO_EVENTS[category]}\\", family {family} '
        f"({CAMEO_FAMILIES[family]}). Read from PETRARCH2's verb dictionary "
        f'(extract/data/cameo_verbs.tsv), e.g. {words}."@en ;\n'
        "    rdfs:subPropertyOf ng:relation ;\n"
        f'    ng:cameoCode "{category}" .\n'
    )


def main() -> None:
    """Regenerate everything after the marker line of the ontology."""
    text = ONTOLOGY.read_text(encoding="utf-8")
    head, found, _ = text.partition(MARKER)
    if not found:
        raise SystemExit(f"{ONTOLOGY}: marker line {MARKER!r} not found")
    relations = read_relations(TRIGGERS)
    blocks = [
        relation_block(name, cameo, family, triggers)
        for name, (cameo, family, triggers) in relations.items()
        if name not in STRUCTURAL
    ]
    derived = read_derived_relations(CAMEO_VERBS, set(relations))
    blocks.append("\n" + DERIVED_MARKER + "\n")
    blocks.extend(derived_block(name, code, phrases) for name, (code, phrases) in derived.items())
    annotation = (
        "\n\nng:cameoCode a owl:AnnotationProperty ;\n"
        '    rdfs:label "CAMEO code of a relation"@en ;\n'
        '    rdfs:comment "The CAMEO event code a relation property stands for; statements '
        'repeat it as ng:cameo."@en .\n'
    )
    write_text_atomic(ONTOLOGY, head + MARKER + annotation + "".join(blocks))
    print(f"{ONTOLOGY}: {len(blocks) - 1} relations, {len(derived)} of them from cameo_verbs.tsv")


if __name__ == "__main__":
    main()
