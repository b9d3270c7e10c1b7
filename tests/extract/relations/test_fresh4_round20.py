"""Rules of round 20 read against fresh Reuters and Wikinews text (helper fresh4).

A company that an agreeing verb's complement acquires or sells ("agreed to buy Redfield Inc")
is what changes hands, no party to the agreement; a side the complement acts with stays one.
"a great deal" is an amount, no agreement node. Who slashes aid reduces it and provides none.
The country whose problems are to be discussed is the talks' topic, no partner or party.
All sentences go through the real pipeline in one batch.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult

Edge = tuple[str, str, str]

SENTENCES = {
    "buys": "Northwind Corp said it agreed to buy Redfield Inc for 40 mln dlrs.",
    "cooperates": "Northwind Corp said it agreed to cooperate with Redfield Inc.",
    "amount": "Finance minister Ana Rojas said Peru had accomplished a great deal.",
    "slashes-aid": "The Senate voted to slash military aid to Honduras.",
    "topic": "Chile has agreed to discuss the problems of Bolivia in its talks with Peru.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, ArticleResult]:
    """Each sentence's extraction result."""
    articles = [Article(id=name, text=text) for name, text in SENTENCES.items()]
    return {result.article.id: result for result in extract_articles(articles)}


@pytest.fixture(scope="module")
def edges(results: dict[str, ArticleResult]) -> dict[str, set[Edge]]:
    """Each sentence's event edges (subject, predicate, object)."""
    return {
        name: {
            (r.subject, r.predicate, r.object)
            for r in result.relations
            if r.cameo  # structural edges have no CAMEO code
        }
        for name, result in results.items()
    }


def test_a_company_bought_is_no_party_to_the_agreement(edges: dict[str, set[Edge]]) -> None:
    bought = {e for e in edges["buys"] if e[1] == "agreed"}
    assert not any(e[2].startswith("organization/redfield") for e in bought)
    cooperating = edges["cooperates"]
    assert any(e[2].startswith("organization/redfield") for e in cooperating), cooperating


def test_a_great_deal_is_an_amount(results: dict[str, ArticleResult]) -> None:
    keys = {entity.key for entity in results["amount"].entities}
    assert "person/ana-rojas" in keys
    assert not any(key.startswith("agreement/") for key in keys), keys


def test_slashing_aid_reduces_it(edges: dict[str, set[Edge]]) -> None:
    found = edges["slashes-aid"]
    assert ("organization/senate", "reduced_material_aid", "country/HN") in found, found
    assert not any(e[1] == "provided" for e in found), found


def test_a_topic_country_is_no_partner(edges: dict[str, set[Edge]]) -> None:
    found = edges["topic"]
    assert not any(e[2] == "country/BO" for e in found), found
