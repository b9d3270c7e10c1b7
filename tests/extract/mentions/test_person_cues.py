"""People told by a noun that names only people, before the name or in apposition."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, EntityType


def test_a_person_noun_makes_the_name_a_person() -> None:
    text = (
        "Quebec Dallas, a student from Ohio, won the prize. The show featured photographs of "
        "fashion designer Marseille."
    )
    result = next(iter(extract_articles([Article(id="p", text=text)])))
    types = {e.label: e.type for e in result.entities}
    assert types.get("Quebec Dallas") is EntityType.PERSON  # the model: two places
    assert types.get("Marseille") is EntityType.PERSON  # the model: an organisation
    assert types.get("Ohio") is EntityType.PLACE
