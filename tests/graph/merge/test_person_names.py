"""The word lists person names are taken apart with: a checked data file."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.merge.person_names import NAME_WORDS_PATH, load_name_words, parse_person_name


def test_the_shipped_lists_load_and_are_used() -> None:
    words = load_name_words()
    assert {"president", "minister"} <= words.title_words
    assert frozenset({"robert", "bob", "bobby", "rob"}) in words.nickname_groups
    assert parse_person_name("person/x", "Foreign Minister Sergei Lavrov").surname == "lavrov"
    assert parse_person_name("person/y", "Xi Jinping").surname == "xi"  # family name first


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (('suffixes = [\n    "jr"', 'suffixes = [\n    "Jr"'), "'suffixes' holds words"),
        (
            (
                'nickname_groups = [\n    "robert bob bobby rob"',
                'nickname_groups = [\n    "robert"',
            ),
            "nickname group needs two",
        ),
        (("family_first = [", "family_firsts = ["), "'family_first' must be a non-empty list"),
    ],
)
def test_a_damaged_list_is_refused_naming_the_file(
    tmp_path: Path, change: tuple[str, str], complaint: str
) -> None:
    text = NAME_WORDS_PATH.read_text(encoding="utf-8")
    assert change[0] in text
    damaged = tmp_path / "person_names.toml"
    damaged.write_text(text.replace(*change), encoding="utf-8")
    with pytest.raises(ValueError, match=complaint) as caught:
        load_name_words(damaged)
    assert str(damaged) in str(caught.value)
