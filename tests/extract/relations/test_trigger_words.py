"""The trigger screen (extract.relations.trigger_words.possible_positions) passes over only
tokens that the full reading finds no trigger for."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.pipeline import load_pipeline
from extract.relations.trigger_words import _read_trigger, possible_positions, trigger_of
from extract.vocabulary.triggers import load_triggers

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
    found = {t.i for t in doc if _read_trigger(t, triggers) is not None}
    # Every token the full reading finds is kept, and the screen still passes over some
    # candidates ("rose", "Prices", "rates" start no line).
    assert found <= possible
    assert {"imposed", "sanctions", "talks"} <= {doc[i].text for i in found}
    assert {t.i for t in doc if t.pos_ in ("VERB", "NOUN")} - possible
    assert all(trigger_of(t, triggers) is None for t in doc if t.i not in possible)
