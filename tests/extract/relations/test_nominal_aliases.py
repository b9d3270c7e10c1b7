"""A bare "the tax" after a named tax is one of that tax's names.

The rule lives in ``extract.relations.nominal_aliases``.
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
