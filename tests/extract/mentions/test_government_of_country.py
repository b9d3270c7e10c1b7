"""A country's Government or Administration, tagged as an organisation, is the country."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def test_a_demonym_government_is_its_country() -> None:
    text = "The Norwegian Government rejected the whaling quota that Iceland proposed."
    result = next(iter(extract_articles([Article(id="gov", text=text)])))
    keys = {e.key for e in result.entities}
    assert "country/NO" in keys, keys
    assert not any(k.startswith("organization/") and "government" in k for k in keys), keys
