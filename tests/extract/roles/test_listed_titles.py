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
