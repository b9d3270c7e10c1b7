"""Capitalised common words after a country abbreviation (a wire artefact) are no names."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, EntityType


def test_capitalised_common_words_after_us_are_no_organisation() -> None:
    text = (
        "U.S. Lawmakers urged Canada to cut its lumber tariffs. Other lawmakers said "
        "the U.S. Embassy in Ottawa had passed on the request."
    )
    result = next(iter(extract_articles([Article(id="wire", text=text)])))
    organisations = {e.label for e in result.entities if e.type is EntityType.ORGANIZATION}
    assert not any("Lawmakers" in label for label in organisations)
    assert "country/US" in {e.key for e in result.entities}
    assert any("Embassy" in label for label in organisations)


def test_a_word_english_writes_in_lower_case_is_no_name_after_us() -> None:
    # "Tariffs" is written nowhere else in lower case: the derived common-word list decides.
    text = "Ottawa said the duty broke U.S. Tariffs rules. The U.S. Trade Commission disagreed."
    result = next(iter(extract_articles([Article(id="wire", text=text)])))
    organisations = {e.label for e in result.entities if e.type is EntityType.ORGANIZATION}
    assert not any("Tariffs" in label for label in organisations)
    assert any("Commission" in label for label in organisations)


def test_a_state_body_named_after_us_stays_a_name() -> None:
    text = "The U.S. Agriculture Department reported lower wheat prices on Tuesday."
    result = next(iter(extract_articles([Article(id="wire", text=text)])))
    organisations = {e.label for e in result.entities if e.type is EntityType.ORGANIZATION}
    assert any("Agriculture Department" in label for label in organisations)
