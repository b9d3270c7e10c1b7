"""A person's party from the party word before the name, in an apposition or before a list."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_articles
from extract.types import Article


def _affiliations(text: str) -> set[tuple[str, str]]:
    result = next(iter(extract_articles([Article(id="party", text=text)])))
    return {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Republican Dana Holt, who lost the vote, received 180 votes.", "dana-holt", "republican"),
        (
            "Mark Toller, ranking Democrat on the Senate Finance Committee, told reporters.",
            "mark-toller",
            "democratic",
        ),
    ],
)
def test_party_word_next_to_the_name(text: str, person: str, party: str) -> None:
    assert (f"person/{person}", f"organization/{party}-party") in _affiliations(text)


def test_party_of_a_plural_title_holds_for_each_name_of_its_list() -> None:
    text = "Three Republican Senators, Ann Voss, Carl Dent and Joan Pike, voted against the bill."
    found = _affiliations(text)
    for person in ("ann-voss", "carl-dent", "joan-pike"):
        assert (f"person/{person}", "organization/republican-party") in found


def test_a_party_word_after_a_verb_is_no_apposition() -> None:
    text = "Tom Reid, defeating Republican rivals in Ohio, won the seat."
    assert ("person/tom-reid", "organization/republican-party") not in _affiliations(text)


def test_party_before_a_title_and_in_a_legislators_mark() -> None:
    text = (
        "Aides to Republican Sens. Ann Voss (Ky.) and Carl Dent (Ohio) said they oppose it. "
        "Sen. Joan Pike (D-Neb.), backed by Midwestern Democrats, may join the panel. "
        "The plan of Rep. Tom Reid, a California Republican, failed."
    )
    found = _affiliations(text)
    for person in ("ann-voss", "carl-dent", "tom-reid"):
        assert (f"person/{person}", "organization/republican-party") in found
    assert ("person/joan-pike", "organization/democratic-party") in found


def test_a_mark_gives_no_party_the_article_does_not_name() -> None:
    text = "Sen. Joan Pike (D-Neb.) said the bill would pass."
    assert not any(o.endswith("-party") for _, o in _affiliations(text))
