"""A title owned by "its" or "the company's" belongs to the organisation named just before."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def _affiliations(text: str) -> set[tuple[str, str]]:
    result = next(iter(extract_articles([Article(id="p", text=text)])))
    return {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}


def test_its_and_the_companys_title_before_or_after_the_name() -> None:
    found = _affiliations(
        "Vantor Systems Inc said its new chief operating officer Lena Moss starts in May. "
        "Her duties go to Tom Hale, the company's chief executive officer."
    )
    assert ("person/lena-moss", "organization/vantor-systems") in found
    assert ("person/tom-hale", "organization/vantor-systems") in found


def test_the_companys_title_is_no_countrys() -> None:
    found = _affiliations("Norway froze the loans. The company's chairman Tom Hale objected.")
    assert not any(s == "person/tom-hale" for s, _ in found)
