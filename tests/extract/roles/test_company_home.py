"""A company named with a legal form and placed by nothing else belongs to the home country
when that country's law has the form."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def _affiliations(article: Article) -> set[tuple[str, str]]:
    result = next(iter(extract_articles([article])))
    return {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}


def test_a_form_of_the_home_country_places_the_company() -> None:
    text = (
        "Dunmore Textiles Plc said it would buy a mill from Hallam Weaving Ltd. The deal keeps "
        "the mill in Britain."
    )
    found = _affiliations(Article(id="ldn", text=text, title="MILL SALE", dateline="LONDON"))
    assert ("organization/dunmore-textiles", "country/GB") in found, found
    assert ("organization/hallam-weaving", "country/GB") in found, found


def test_a_form_the_home_country_lacks_places_nothing() -> None:
    text = "Dunmore Textiles Plc said it would open a plant near Osaka. Japan welcomed it."
    found = _affiliations(Article(id="tyo", text=text, title="PLANT", dateline="TOKYO"))
    assert not any(s == "organization/dunmore-textiles" for s, _ in found), found
