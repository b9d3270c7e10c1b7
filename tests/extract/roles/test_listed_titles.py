"""A plural title before a list of names holds for every name of the list."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def test_plural_abbreviated_title_holds_for_each_listed_name() -> None:
    text = (
        "The envoy met Republican Sens. Amy Lowell of Ohio, Carl Brandt of Iowa "
        "and Dana Whitfield of Utah on Tuesday."
    )
    result = next(iter(extract_articles([Article(id="l", text=text)])))
    found = {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}
    for person in ("amy-lowell", "carl-brandt", "dana-whitfield"):
        assert (f"person/{person}", "organization/republican-party") in found


def test_listed_demonyms_pair_off_with_the_listed_names() -> None:
    text = (
        "The Kenyan trade minister met his Danish and Chilean counterparts, "
        "Mette Holm and Ricardo Lagos, in Nairobi on Monday."
    )
    result = next(iter(extract_articles([Article(id="l", text=text)])))
    found = {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}
    assert ("person/mette-holm", "country/DK") in found
    assert ("person/ricardo-lagos", "country/CL") in found
    assert ("person/mette-holm", "country/CL") not in found


def test_names_in_apposition_to_a_plural_title_after_a_comma_take_it() -> None:
    text = (
        "The House of Representatives passed the bill. Two Republican Representatives, "
        "Dana Holt and Ray Corbin, voted against it."
    )
    result = next(iter(extract_articles([Article(id="plural", text=text)])))
    found = {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}
    for person in ("dana-holt", "ray-corbin"):
        assert (f"person/{person}", "organization/house-of-representatives") in found, found
