"""The trigger screen (extract.relations.trigger_words.possible_positions) passes over only
tokens that the full reading finds no trigger for, and reads the same tables as the reading."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.language import Language

from extract.pipeline import load_pipeline
from extract.relations.trigger_words import possible_positions, trigger_of
from extract.vocabulary.triggers import Trigger, load_triggers

_TEXT = (
    "Japan imposed sanctions on Iran after talks in Geneva failed. Officials hoped the "
    "ministers would restore ties, and Britain is opposed to the air strike. Prices rose "
    "sharply on Tuesday as the bank held its rates."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_screened_out_tokens_have_no_trigger(nlp: Language) -> None:
    triggers = load_triggers()
    doc = nlp(_TEXT)
    possible = possible_positions(doc, triggers)
    found = {t.i for t in doc if trigger_of(t, triggers) is not None}
    # Every token with a trigger is kept, and the screen still passes over some candidates
    # ("rose", "Prices", "rates" start no line).
    assert found <= possible
    assert {"imposed", "sanctions", "talks", "opposed", "strike"} <= {doc[i].text for i in found}
    assert {t.i for t in doc if t.pos_ in ("VERB", "NOUN")} - possible


def test_a_new_noun_line_passes_the_screen(nlp: Language) -> None:
    # One source of truth: a noun line added to the table alone is found, with no second
    # list for the screen to learn it from.
    table = load_triggers()
    rates = Trigger(("rate",), "noun", "setsRate", "", frozenset())
    triggers = dataclasses.replace(table, nouns={**table.nouns, "rate": rates})
    doc = nlp(_TEXT)
    rate = next(t for t in doc if t.text == "rates")
    assert rate.i not in possible_positions(doc, load_triggers())
    assert rate.i in possible_positions(doc, triggers)
    assert trigger_of(rate, triggers) == rates
