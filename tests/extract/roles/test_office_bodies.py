"""A titled person sits in the body of the office the article names."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def _affiliations(text: str) -> set[tuple[str, str]]:
    result = next(iter(extract_articles([Article(id="office", text=text)])))
    return {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}


def test_a_minister_sits_in_the_ministry_of_the_portfolio() -> None:
    found = _affiliations(
        "The Trade Ministry said exports fell in May. Trade Minister Aldo Brenner told "
        "reporters that the figures would improve."
    )
    assert ("person/aldo-brenner", "organization/trade-ministry") in found


def test_a_minister_of_another_portfolio_joins_no_ministry() -> None:
    found = _affiliations(
        "The Trade Ministry said exports fell in May. Health Minister Aldo Brenner told "
        "reporters that hospitals were full."
    )
    assert ("person/aldo-brenner", "organization/trade-ministry") not in found


def test_a_title_that_names_the_body_joins_it() -> None:
    found = _affiliations(
        "The Senate passed the farm bill on Tuesday. Mara Quist, the Republican Senate "
        "Majority Leader, said the vote was close."
    )
    assert any(s == "person/mara-quist" and "senate" in o for s, o in found), found


def test_a_commissioner_sits_in_the_commission_whatever_the_portfolio() -> None:
    found = _affiliations(
        "Fisheries Commissioner Lena Vossberg said the quotas would be cut. The Commission "
        "will publish its proposal next week."
    )
    assert any(s == "person/lena-vossberg" and "commission" in o for s, o in found), found


def test_abbreviated_legislators_titles_sit_in_their_chamber() -> None:
    found = _affiliations(
        "An aide to Sen. Joan Pike said the Senate would vote on Friday. The plan of Rep. Tom "
        "Reid was rejected by the House."
    )
    assert ("person/joan-pike", "organization/senate") in found
    assert ("person/tom-reid", "organization/house") in found
