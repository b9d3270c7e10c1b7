"""An acronym defined in brackets names the body wherever the article writes it later."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def _mentions(text: str) -> dict[str, set[str]]:
    result = next(iter(extract_articles([Article(id="a", text=text)])))
    return {e.label: {m.text for m in e.mentions} for e in result.entities}


def test_a_later_untagged_acronym_is_the_body_it_abbreviates() -> None:
    mentions = _mentions(
        "The World Health Organisation (WHO) recommends that every country iodise salt. "
        "WHO say iodine deficiency is common."
    )
    assert mentions["World Health Organisation"] >= {"WHO"}


def test_an_acronym_that_does_not_spell_the_name_is_left_alone() -> None:
    mentions = _mentions(
        "Members of the Bolvarian Parliament (MP) voted on Monday. MP Jan Kost said no."
    )
    assert all("MP" not in texts for texts in mentions.values())


def test_a_dotted_acronym_spelling_a_name_of_the_article_is_that_body() -> None:
    mentions = _mentions(
        "The Organization of Coffee Growers met in Lima on Monday. "
        "Later the O.C.G. said it agreed to cut quotas."
    )
    assert mentions["Organization of Coffee Growers"] >= {"O.C.G."}
