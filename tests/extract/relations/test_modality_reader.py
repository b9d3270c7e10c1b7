"""Modality read on one word of an invented sentence (extract.relations.modality), for the
constructions that seldom leave an edge to check in the sentence table: a command has no
subject, and a possible act is often named by a noun with no actor."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.pipeline import load_pipeline
from extract.relations.modality import modality_of


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # the auxiliaries reach the complement through the adjective that carries it
        ("Kenya could be ready to sign the Geneva accord.", "sign", "conditional"),
        ("Kenya was ready to sign the Geneva accord.", "sign", None),
        # a command states the act wanted, not done
        ("Impose sanctions on Iran now.", "Impose", "wished"),
        # an act a noun of possibility frames is possible, not done
        (
            "Kenya warned of the possibility of sanctions against Uganda.",
            "sanctions",
            "conditional",
        ),
        ("Kenya has the option to sanction Uganda.", "sanction", "conditional"),
        ("Kenya lifted the sanctions against Uganda.", "sanctions", None),
        # an adverb of possibility hedges the act as "may" does
        ("Kenya will perhaps sign the Geneva accord.", "sign", "conditional"),
        ("Kenya will certainly sign the Geneva accord.", "sign", "planned"),
        # an act noun dated after the article is ahead of it, one dated before is done
        ("Markets waited for next week's EAC summit in Arusha.", "summit", "planned"),
        ("Markets waited for the upcoming EAC summit in Arusha.", "summit", "planned"),
        ("Markets fell after last week's EAC summit in Arusha.", "summit", None),
    ],
)
def test_modality_of_the_construction(
    nlp: Language, text: str, word: str, modality: str | None
) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert modality_of(token) == modality
