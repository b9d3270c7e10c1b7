"""Participants taken from the wrong clause (helper args2, round 20).

Each rule has a sentence of our own: a person named in a relative clause on a title noun is
not the title's holder ("The ambassador, who visited Netanyahu, ..." is not Netanyahu); a news
outlet that says or reports an act passes the news on: it neither accuses the actor nor does
the act; a finite verb the model joined to an infinitive ("refused to sign the treaty and
criticised France") shares the subject of the verb the infinitive completes, not its wish.
All sentences go through the real pipeline in one batch.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_articles
from extract.types import Article

Edge = tuple[str, str, str]

SENTENCES = {
    "relative-clause": "The ambassador, who visited Netanyahu last week, criticised the plan.",
    "outlet-says": "The Iraqi News Agency said Iranian troops had shelled Basra.",
    "outlet-reports": "Tehran radio reported an attack on the port of Umm Qasr.",
    "joined-to-infinitive": "Chile urged Peru to seize the trawlers and expelled the Japanese "
    "ambassador.",
}


@pytest.fixture(scope="module")
def edges() -> dict[str, set[Edge]]:
    """Each sentence's event edges (subject, predicate, object)."""
    articles = [Article(id=name, text=text) for name, text in SENTENCES.items()]
    return {
        result.article.id: {(r.subject, r.predicate, r.object) for r in result.relations if r.cameo}
        for result in extract_articles(articles)
    }


def test_a_name_in_a_relative_clause_is_not_the_title_holder(edges: dict[str, set[Edge]]) -> None:
    assert not any(s == "person/netanyahu" for s, _, _ in edges["relative-clause"])


def test_an_outlet_reporting_an_act_neither_accuses_nor_acts(edges: dict[str, set[Edge]]) -> None:
    assert edges["outlet-says"] == {("country/IR", "fought", "place/basra")}
    assert not any("radio" in s for s, _, _ in edges["outlet-reports"])


def test_a_finite_verb_joined_to_an_infinitive_is_the_governor_s_act(
    edges: dict[str, set[Edge]],
) -> None:
    assert ("country/CL", "expelled", "country/JP") in edges["joined-to-infinitive"]
