"""A company's officers, quoted by title alone in the company's own story, are the company's."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def _affiliations(text: str) -> set[tuple[str, str]]:
    result = next(iter(extract_articles([Article(id="c", text=text)])))
    return {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}


def test_officers_by_title_alone_belong_to_the_storys_company() -> None:
    found = _affiliations(
        "Vantor Systems Inc said first quarter net fell 12 pct. Chairman Lena Moss said sales "
        'would recover. "Prices were the major factor," Tom Hale, president, said.'
    )
    assert ("person/lena-moss", "organization/vantor-systems") in found
    assert ("person/tom-hale", "organization/vantor-systems") in found


def test_a_president_before_the_name_is_no_company_officer() -> None:
    found = _affiliations("Vantor Systems Inc said profit rose. President Reagan praised it.")
    assert not any(s == "person/reagan" for s, _ in found)


def test_the_company_of_the_reported_clause_is_the_storys_company() -> None:
    found = _affiliations(
        "Harlow Ceramics AG expects profits to rise this year, managing board chairman Kurt "
        "Lindqvist said. Lindqvist said orders were firm."
    )
    assert ("person/kurt-lindqvist", "organization/harlow-ceramics") in found, found
