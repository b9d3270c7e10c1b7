"""The verb table derived from PETRARCH2: well-formed rows, lookups that prefer the most
specific pattern, and predicates in the one vocabulary."""

from __future__ import annotations

import re
from pathlib import Path

from extract.vocabulary.cameo_verbs import (
    known_lemmas,
    lookup_verb,
    match_verb,
    patterns_for,
)
from extract.vocabulary.triggers import load_triggers
from graph.vocab.cameo import CAMEO_FAMILIES
from graph.vocab.cameo_events import event_predicate

TABLE = Path(__file__).resolve().parents[3] / "extract" / "data" / "cameo_verbs.tsv"
_CODE = re.compile(r"^\d{3,4}$")
_PREDICATE = re.compile(r"^[a-z][a-z_]*[a-z]$")


def _rows() -> list[list[str]]:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")][1:]


def test_rows_are_well_formed_sorted_and_one_per_phrase() -> None:
    rows = _rows()
    assert len(rows) > 15_000
    keys = [tuple(row[:5]) for row in rows]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    for row in rows:
        assert len(row) == 9, row
        for code, predicate in ((row[5], row[6]), (row[7], row[8])):
            assert bool(code) == bool(predicate), row
            if code:
                assert _CODE.match(code) and code[:2] in CAMEO_FAMILIES, row
                assert _PREDICATE.match(predicate), row


def test_every_predicate_is_a_trigger_predicate_or_the_cameo_name_of_its_code() -> None:
    trigger_predicates = set(load_triggers().predicates)
    for row in _rows():
        for code, predicate in ((row[5], row[6]), (row[7], row[8])):
            if code and predicate not in trigger_predicates:
                assert predicate == event_predicate(code), row


def test_the_most_specific_pattern_that_the_dependents_satisfy_wins() -> None:
    assert match_verb("appeal").cameo == "020"
    assert match_verb("appeal", preps={"for": ["ceasefire"]}).cameo == "0256"
    # a preposition object the table does not list falls back to the plain verb
    assert match_verb("appeal", preps={"for": ["teapot"]}).cameo == "020"
    sanctions = match_verb("impose", objects=["sanction"], preps={"on": ["country"]})
    assert (sanctions.cameo, sanctions.predicate) == ("163", "imposed_embargo")
    assert match_verb("impose").cameo == "170"


def test_a_phrase_the_dictionary_says_is_no_event_is_returned_as_such() -> None:
    court = match_verb("appeal", objects=["court"])
    assert court is not None and not court.is_event and court.predicate == ""


def test_passive_codes_are_kept() -> None:
    visit = lookup_verb("visit")
    assert visit is not None
    assert (visit.cameo, visit.predicate, visit.passive_cameo, visit.passive_predicate) == (
        "042",
        "visited",
        "043",
        "hosted",
    )


def test_verbs_triggers_tsv_is_silent_on_get_cameo_names() -> None:
    triggers = load_triggers()
    assert triggers.verb("ambush") is None and triggers.verb("intend") is None
    assert lookup_verb("ambush").predicate == "used_conventional_military_force"
    assert lookup_verb("intend").predicate == "expressed_intent_to_cooperate"
    assert lookup_verb("riot").predicate == "protested_violently"
    assert "ambush" in known_lemmas()


def test_patterns_are_most_specific_first_and_unknown_lemmas_have_none() -> None:
    slots = [pattern.specificity for pattern in patterns_for("call")]
    assert slots == sorted(slots, reverse=True)
    assert patterns_for("frobnicate") == ()
    assert match_verb("frobnicate") is None
