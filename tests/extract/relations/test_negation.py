"""Negation read on one verb of an invented sentence (extract.relations.negation): each
construction with a case that is negated and one that is not."""

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


@pytest.mark.parametrize(
    ("text", "verb", "negated"),
    [
        ("Kenya did not sign or ratify the treaty.", "ratify", True),
        ("Kenya did not sign the treaty but ratified the protocol.", "ratified", False),
        ("Kenya stayed at home rather than meet Uganda.", "meet", True),
    ],
)
def test_negation_reaches_verbs_joined_by_or_nor_than(
    nlp: Language, text: str, verb: str, negated: bool
) -> None:
    token = next(t for t in nlp(text) if t.text == verb)
    assert is_negated(token) is negated


@pytest.mark.parametrize(
    ("text", "verb", "negated"),
    [
        ("Kenya was not ready to sign the treaty.", "sign", True),
        ("Kenya is no longer able to pay its debts.", "pay", True),
        ("Kenya is able to pay its debts.", "pay", False),
        ("Kenya was too weak to attack Uganda.", "attack", True),
        ("Kenya was strong enough to attack Uganda.", "attack", False),
        # a noun of failure or refusal takes its infinitive with it, as its verb does
        ("Kenya regretted the failure to agree quotas with Uganda.", "agree", True),
        ("Kenya welcomed the decision to agree quotas with Uganda.", "agree", False),
        ("Kenya is unlikely to sign the treaty.", "sign", True),
    ],
)
def test_negation_reaches_through_the_adjective_no_longer_and_too(
    nlp: Language, text: str, verb: str, negated: bool
) -> None:
    token = next(t for t in nlp(text) if t.text == verb)
    assert is_negated(token) is negated
