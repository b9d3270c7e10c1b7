"""The trigger file: CAMEO coverage, predicate names, lookups and error reporting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.vocabulary.triggers import load_triggers, read_trigger_file
from graph.vocab.cameo import CAMEO_FAMILIES

# The CAMEO top-level families issue 4 asks the vocabulary to cover: all but 15 (exhibit force
# posture) and 20 (mass violence); 05 and 06 are the diplomatic and material halves of "engage
# in cooperation".
REQUIRED_FAMILIES = {
    code: name for code, name in CAMEO_FAMILIES.items() if code not in ("15", "20")
}
HEADER = "trigger\tpos\tpredicate\tcameo\tobject_preps\treciprocal\n"


def _all_triggers():  # type: ignore[no-untyped-def]
    table = load_triggers()
    return [*table.verbs.values(), *table.phrasal_verbs.values(), *table.nouns.values()]


def test_every_required_cameo_family_has_triggers() -> None:
    families = {trigger.family for trigger in _all_triggers()}
    missing = {code: name for code, name in REQUIRED_FAMILIES.items() if code not in families}
    assert not missing


def test_predicates_are_identifiers_with_a_cameo_code() -> None:
    for trigger in _all_triggers():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", trigger.predicate), trigger
        assert re.fullmatch(r"\d{3,4}", trigger.cameo), trigger


def test_one_predicate_stays_in_one_cameo_family() -> None:
    families: dict[str, set[str]] = {}
    for trigger in _all_triggers():
        families.setdefault(trigger.predicate, set()).add(trigger.family)
    mixed = {name: codes for name, codes in families.items() if len(codes) > 1}
    assert not mixed


def test_lookups_prefer_the_phrasal_form() -> None:
    table = load_triggers()
    call_for = table.verb("call", "for")
    assert call_for is not None and call_for.predicate == "called_for"
    call = table.verb("call", "off")
    assert call is None  # "call" alone makes no edge
    restore = table.verb("restore", "ties")
    assert restore is not None and restore.predicate == "restored_relations_with"
    proposal = table.noun("Proposal")
    assert proposal is not None and proposal.predicate == "proposed" and proposal.cameo == "030"


def test_reciprocal_and_symmetric_flags() -> None:
    table = load_triggers()
    agree, meet, accuse = table.verb("agree"), table.verb("meet"), table.verb("accuse")
    assert agree is not None and agree.reciprocal and not agree.symmetric
    assert meet is not None and meet.reciprocal and meet.symmetric
    assert accuse is not None and not accuse.reciprocal


def test_a_custom_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "triggers.tsv"
    path.write_text(
        "# comment\n" + HEADER + "rebuke\tverb\trebuked\t111\t-\t\nvow\tverb\tvowed\t030\tto\n",
        encoding="utf-8",
    )
    table = read_trigger_file(path)
    rebuke = table.verb("rebuke")
    assert rebuke is not None and rebuke.predicate == "rebuked" and not rebuke.object_preps
    vow = table.verb("vow")
    assert vow is not None and vow.object_preps == frozenset({"to"})
    assert table.predicates == {"rebuked": "111", "vowed": "030"}


def test_a_malformed_row_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(HEADER + "rebuke\tadverb\trebuked\t111\t-\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv"):
        read_trigger_file(path)
