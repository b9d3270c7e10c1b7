"""The generic agent table derived from PETRARCH2: nouns in both numbers with a group type."""

from __future__ import annotations

from pathlib import Path

from extract.vocabulary.agents import agent, agent_nouns

TABLE = Path(__file__).resolve().parents[3] / "extract" / "data" / "agents.tsv"


def test_rows_are_well_formed_sorted_and_typed() -> None:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    assert len(rows) > 4_000
    nouns = [row[0] for row in rows]
    assert nouns == sorted(nouns) and len(set(nouns)) == len(nouns)
    for noun, code, group_type, organisation in rows:
        assert noun == " ".join(noun.lower().split()), noun
        assert code.isalpha() and code.isupper() and len(code) % 3 == 0, noun
        assert group_type, noun
        assert organisation in ("", "yes"), noun


def test_sectors_and_group_types() -> None:
    police = agent("police")
    assert police is not None and (police.code, police.group_type) == ("COP", "police")
    assert agent("Rebels") == agent("rebel")
    assert agent("policemen").sector == "COP"
    assert agent("foreign  ministry").group_type == "government"
    assert agent("teapot") is None


def test_organisation_agents_are_marked() -> None:
    troops = agent("peacekeeping troops")
    assert troops is not None and troops.organisation and troops.sector == "IGO"
    assert not agent("police").organisation


def test_substitution_markers_are_expanded() -> None:
    # "CONGRESS!PERSON!"-style lines: every substitute, no plural made of them
    assert {"businessman", "businessmen", "businesswoman"} <= agent_nouns()
