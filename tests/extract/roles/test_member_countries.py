"""A person in a country's public body belongs to that country; a company's manager does not."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def _affiliations(text: str) -> set[tuple[str, str]]:
    result = next(iter(extract_articles([Article(id="m", text=text)])))
    return {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}


def test_a_spokesman_of_a_national_party_belongs_to_its_country() -> None:
    found = _affiliations(
        "Norway's opposition Agrarian Party attacked the budget. Agrarian Party spokesman "
        "Olav Brekke said the cuts would hurt farmers."
    )
    assert ("person/olav-brekke", "country/NO") in found, found


def test_a_company_manager_does_not_belong_to_the_company_country() -> None:
    found = _affiliations(
        "Norway's Fjordline Shipping Co ordered two ferries. Fjordline Shipping Co manager "
        "Olav Brekke said the ships would be built in Korea."
    )
    assert ("person/olav-brekke", "country/NO") not in found, found
