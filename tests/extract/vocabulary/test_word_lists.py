"""The word lists load from extract/data/words and the loader refuses malformed files, naming
the file and the line."""

from __future__ import annotations

import dataclasses
import shutil
from importlib import resources
from pathlib import Path

import pytest

from extract.vocabulary.word_lists import (
    CASED_LISTS,
    WORDS,
    WordListError,
    WordLists,
    load_word_lists,
    read_word_lists,
)

SHIPPED = Path(str(resources.files("extract") / "data" / "words"))


def test_every_declared_list_is_shipped_and_not_empty() -> None:
    for field in dataclasses.fields(WordLists):
        assert getattr(WORDS, field.name), field.name


def test_lists_are_read_once_per_process() -> None:
    assert load_word_lists() is load_word_lists() is WORDS


def test_words_are_lower_case_except_where_case_is_the_point() -> None:
    for field in dataclasses.fields(WordLists):
        words = getattr(WORDS, field.name)
        if field.name not in CASED_LISTS:
            assert all(word == word.lower() for word in words), field.name
    assert WORDS.party_adjectives["Democrats"] == "Democratic Party"


def test_mappings_are_read_with_their_types() -> None:
    assert WORDS.month_numbers["sept"] == 9
    assert WORDS.day_offsets["yesterday"] == -1
    assert WORDS.refusal_codes["04"] == "125"
    assert WORDS.occasion_synonyms["vote"] == frozenset({"referendum", "election"})
    # The order of the classes is the order they are tried in.
    assert list(WORDS.occasion_classes) == ["meeting", "vote"]


@pytest.fixture
def words_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "words"
    shutil.copytree(SHIPPED, folder)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, text: str) -> int:
    # the last such line: a word given twice is refused where it comes again
    lines = path.read_text(encoding="utf-8").splitlines()
    return max(n for n, line in enumerate(lines, start=1) if line == text)


def test_a_copy_of_the_shipped_files_reads_back_equal(words_folder: Path) -> None:
    assert read_word_lists(words_folder) == WORDS


@pytest.mark.parametrize(
    ("file", "old", "new", "problem"),
    [
        ("grammar.txt", "[male_pronouns]", "[male_pronoun]", "unknown list [male_pronoun]"),
        ("grammar.txt", "him\n", "He\n", "'He' in [male_pronouns] must be lower-case"),
        ("grammar.txt", "him\n", "he\n", "'he' is listed twice in [male_pronouns]"),
        ("grammar.txt", "him\n", "him or her\n", "malformed entry 'him or her'"),
        ("dates.txt", "jan = 1\n", "jan = one\n", "'one' is not a number"),
        ("dates.txt", "jan = 1\n", "jan\n", "wants 'key = value'"),
        ("grammar.txt", "him\n", "him = his\n", "holds words, not 'key = value'"),
        ("cameo.txt", "[meeting_codes]", "[meeting codes]", "malformed list name"),
    ],
)
def test_a_bad_line_is_named_with_file_and_line(
    words_folder: Path, file: str, old: str, new: str, problem: str
) -> None:
    _edit(words_folder / file, old, new)
    line = _line_of(words_folder / file, new.rstrip("\n"))
    with pytest.raises(WordListError) as caught:
        read_word_lists(words_folder)
    assert f"{file}:{line}: " in str(caught.value)
    assert problem in str(caught.value)


def test_a_missing_list_is_named(words_folder: Path) -> None:
    text = (words_folder / "places.txt").read_text(encoding="utf-8")
    kept = text[: text.index("[capital_nouns]")]
    (words_folder / "places.txt").write_text(kept, encoding="utf-8")
    with pytest.raises(WordListError, match="no list named capital_nouns, place_prepositions"):
        read_word_lists(words_folder)


def test_a_list_given_twice_is_named_with_both_places(words_folder: Path) -> None:
    (words_folder / "extra.txt").write_text("[hedge_modals]\nmay\n", encoding="utf-8")
    with pytest.raises(WordListError) as caught:
        read_word_lists(words_folder)
    line = _line_of(words_folder / "modality.txt", "[hedge_modals]")
    assert f"modality.txt:{line}: [hedge_modals] is given twice" in str(caught.value)
    assert "extra.txt:1)" in str(caught.value)


def test_words_before_any_list_name_are_refused(words_folder: Path) -> None:
    (words_folder / "extra.txt").write_text("# a comment\nstray\n", encoding="utf-8")
    with pytest.raises(WordListError, match=r"extra.txt:2: 'stray' comes before any"):
        read_word_lists(words_folder)


def test_an_empty_list_is_refused(words_folder: Path) -> None:
    _edit(words_folder / "grammar.txt", "[male_pronouns]", "[male_pronouns]\n[unused]")
    with pytest.raises(WordListError, match="male_pronouns"):
        read_word_lists(words_folder)
