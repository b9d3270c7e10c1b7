"""Names an agreement or event goes by: a bare "the tax" after a named tax, "Peru's accord".

The rules live in ``extract.relations.nominal_aliases`` and ``extract.assemble``.
"""

from __future__ import annotations

from extract.pipeline import extract_text
from extract.types import EntityType


def test_a_definite_bare_noun_is_an_alias_of_the_measure_named_before() -> None:
    result = extract_text(
        "Ottawa imposed a levy on steel imports. Japan later criticised the levy.", "levy-alias"
    )
    levies = [e for e in result.entities if e.type is EntityType.EVENT]
    assert [e.key for e in levies] == ["event/levy-on-steel-imports"]
    assert "the levy" in levies[0].aliases


def test_an_agreement_written_with_its_possessor_has_that_name_too() -> None:
    result = extract_text("Creditors praised Peru's 12-year rescheduling accord.", "owned-accord")
    accords = [e for e in result.entities if e.type is EntityType.AGREEMENT]
    assert len(accords) == 1
    assert "Peru's 12-year rescheduling accord" in accords[0].aliases


def test_a_definite_agreement_word_is_the_agreement_named_before() -> None:
    result = extract_text(
        "Producers and consumers agreed on a new rubber pact. The accord runs for five years.",
        "accord-after-pact",
    )
    agreements = [e for e in result.entities if e.type is EntityType.AGREEMENT]
    assert len(agreements) == 1
    assert "The accord" in agreements[0].aliases
