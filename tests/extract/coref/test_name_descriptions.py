"""Descriptions by the head of a name (``extract.coref.name_descriptions``), on texts of our
own through the real pipeline."""

from __future__ import annotations

import pytest

from extract.coref.name_descriptions import name_head
from extract.types import ArticleResult

TEXTS = {
    "the-bank": "The Reserve Bank of Malawi raised rates on Monday. The bank also criticized "
    "Zambia.",
    # "the central bank" is not the Export-Import Bank: its modifier is not in that name.
    "modifier-not-in-name": "The Export-Import Bank lent money to Chile. The central bank "
    "criticized Peru.",
}


def _edges(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in result.relations}


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Bank of Japan", "bank"),
        ("Tokyo Stock Exchange", "exchange"),
        ("Export-Import Bank", "bank"),
    ],
)
def test_the_head_of_a_name(name: str, head: str) -> None:
    assert name_head(name) == head


def test_a_description_by_the_head_of_a_name_is_that_organisation(
    results: dict[str, ArticleResult],
) -> None:
    assert ("organization/reserve-bank-of-malawi", "criticized", "country/ZM") in _edges(
        results["the-bank"]
    )
    edges = _edges(results["modifier-not-in-name"])
    assert ("organization/export-import-bank", "criticized", "country/PE") not in edges
