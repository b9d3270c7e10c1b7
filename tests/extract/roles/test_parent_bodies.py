"""A body that is part of a larger body the article names is affiliated with it."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def _affiliations(text: str) -> set[tuple[str, str]]:
    result = next(iter(extract_articles([Article(id="parts", text=text)])))
    return {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}


def test_a_commission_named_with_its_community_is_a_part_of_it() -> None:
    found = _affiliations(
        "The Andean Community met in Lima on Monday. The Andean Executive Commission proposed "
        "new quotas for coffee exports."
    )
    assert any("commission" in s and o == "organization/andean-community" for s, o in found), found


def test_a_commission_with_a_name_of_its_own_is_no_part_of_the_community() -> None:
    found = _affiliations(
        "The Andean Community met in Lima on Monday. The Tower Commission published its report "
        "on the arms sales."
    )
    assert not any("commission" in s and "community" in o for s, o in found), found


def test_a_seat_of_international_bodies_gives_a_body_no_country() -> None:
    found = _affiliations(
        "The Brussels Commission proposed cuts in farm prices, officials in Belgium said."
    )
    assert not any("commission" in s and o == "country/BE" for s, o in found), found


def test_a_part_of_a_national_body_shares_its_country() -> None:
    found = _affiliations(
        "The 18th Philippine Congress opened on Monday. The House of Representatives voted "
        "for the budget."
    )
    assert any("house" in s and o == "country/PH" for s, o in found), found


def test_a_commissioner_serves_the_community_of_the_commission() -> None:
    found = _affiliations(
        "Ministers of the Andean Community met in Lima. Agriculture Commissioner Ana Quispe "
        "said the Commission would cut farm prices."
    )
    assert ("person/ana-quispe", "organization/andean-community") in found, found
