"""A person's name misspelt once by one letter is that person; real names one letter apart
("Reagan", "Regan") and two names written once each stay apart."""

from __future__ import annotations

from extract.types import ArticleResult

TEXTS = {
    "slips": (
        "Kristen Wilkins, a curator, opened the show on Monday. Kristin Wilkins said it drew "
        "crowds. Wilkins added that Kristen Wilkins would stay. The chairman, Brent Beesely, "
        "agreed. Beesley said the museum would buy more."
    ),
    "names": (
        "Donald Regan met reporters on Monday. Reagan said no. Louis Smith and Louise Smith "
        "signed the letter."
    ),
}


def _texts(result: ArticleResult) -> dict[str, set[str]]:
    return {e.key: {m.text for m in e.mentions} for e in result.entities}


def test_a_name_misspelt_once_is_the_person(results: dict[str, ArticleResult]) -> None:
    texts = _texts(results["slips"])
    assert {"Kristin Wilkins", "Wilkins"} <= texts["person/kristen-wilkins"]
    assert "Beesley" in texts["person/brent-beesely"]


def test_names_one_letter_apart_that_are_names_stay_apart(
    results: dict[str, ArticleResult],
) -> None:
    keys = set(_texts(results["names"]))
    assert {"person/reagan", "person/donald-regan"} <= keys
    assert {"person/louis-smith", "person/louise-smith"} <= keys
