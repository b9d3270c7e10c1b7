"""Negation read on one verb of an invented sentence (extract.relations.negation), for the
constructions that leave no edge to check in the sentence table."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.pipeline import load_pipeline
from extract.relations.negation import is_negated


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "verb", "negated"),
    [
        ("Kenya did not have the votes to defeat the motion.", "defeat", True),
        ("Kenya had no chance to respond.", "respond", True),
        ("Kenya had the votes to defeat the motion.", "defeat", False),
        # Not rejecting an offer to negotiate is not declining to negotiate.
        ("Kenya did not reject the offer to negotiate.", "negotiate", False),
    ],
)
def test_lacking_the_means_negates_the_act(
    nlp: Language, text: str, verb: str, negated: bool
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert is_negated(token) is negated
