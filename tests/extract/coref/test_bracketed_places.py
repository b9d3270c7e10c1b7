"""A place's other name in brackets that the gazetteer knows as its name is that place, in
the brackets and wherever the article uses it later; a qualifier in brackets is not."""

from __future__ import annotations

from extract.types import ArticleResult

TEXTS = {
    "renamed": (
        "Police in Mumbai (Bombay) arrested five men on Monday. "
        "India said the men had planned an attack on the Bombay stock exchange in Bombay."
    ),
    "qualified": "Police in Portland (Oregon) arrested five men on Monday.",
}


def test_an_old_name_in_brackets_is_the_same_place(results: dict[str, ArticleResult]) -> None:
    places = {e.key: e for e in results["renamed"].entities}
    assert "place/bombay" not in places
    assert {"Mumbai", "Bombay"} <= {m.text for m in places["place/mumbai"].mentions}


def test_a_qualifier_in_brackets_stays_its_own_place(results: dict[str, ArticleResult]) -> None:
    places = {e.key: e for e in results["qualified"].entities}
    assert {m.text for m in places["place/portland"].mentions} == {"Portland"}
