"""A post and its body set off by commas around a name, read on the surface
(roles.post_phrases)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

TEXTS = {
    "before": "A member of the Danish Parliament, Lars Madsen said the bill would pass.",
    "before-closed": (
        "After the vote, the director of Greenpeace International, Tomas Reyes, said the "
        "ruling was a blow."
    ),
    "after": (
        "Walter Brandt, ranking Democrat on the Senate Finance Committee, told reporters the "
        "bill was dead."
    ),
    "not-an-apposition": "After meeting the chairman of Toyota, John Fowler said he was pleased.",
}


@pytest.fixture(scope="module")
def affiliations(
    affiliation_pairs: Callable[[dict[str, str]], dict[str, set[tuple[str, str]]]],
) -> dict[str, set[tuple[str, str]]]:
    return affiliation_pairs(TEXTS)


def test_a_post_phrase_opening_the_sentence_places_the_name(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    assert ("person/lars-madsen", "organization/denmark-parliament") in affiliations["before"]


def test_a_post_phrase_closed_by_a_comma_after_the_name_places_it(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    found = affiliations["before-closed"]
    assert ("person/tomas-reyes", "organization/greenpeace-international") in found, found


def test_a_post_phrase_after_the_name_places_it(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    found = affiliations["after"]
    assert ("person/walter-brandt", "organization/senate-finance-committee") in found, found


def test_a_post_of_the_clause_before_the_subject_is_not_the_subjects(
    affiliations: dict[str, set[tuple[str, str]]],
) -> None:
    found = affiliations["not-an-apposition"]
    assert not any(s == "person/john-fowler" for s, _ in found), found
