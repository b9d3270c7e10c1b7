"""Verbs in a sense that is no act, and sides that are no participants (round 19 rules).

Each rule has a sentence of our own where it holds and, beside it, one where the act stays:
the meeting met with a response, the bare dictionary rows of general and leading verbs, the
question put to the main clause's subject ("Asked if ..."), the country an audience comes from,
the country of a firm dealt with, a company part sold, a side's own word about its act, and a
person defeated.
All sentences go through the real pipeline in one batch.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_articles
from extract.types import Article

Triple = tuple[str, str, str]

SENTENCES = {
    "meets-a-response": "Michel Barnier met with a cool response to his new fishing plan.",
    "meets-a-partner": "Michel Barnier met with Irish officials on Monday.",
    "considers-buying": "Canada is considering buying Brazilian aircraft.",
    "joined-by": "Portugal, joined by Spain, backed the plan.",
    "led-by": "U.S. banks, led by Citibank, rejected the offer.",
    "asked-if": "Asked whether Kenya would raise tariffs, Ruto said no decision had been taken.",
    "asks": "Ruto asked Uganda to lower its tariffs.",
    "tells-businessmen": "Modi told Kenyan businessmen that trade would grow.",
    "tells-officials": "Modi told Kenyan officials that trade would grow.",
    "own-report": "U.S. warships destroyed an Iranian oil platform on Monday, the Pentagon said.",
    "claim-about-another": "Iran attacked a U.S. tanker on Monday, the Pentagon said.",
    "firm-partner": "Siemens agreed to cooperate with a Canadian firm.",
    "state-partner": "Siemens agreed to cooperate with Canada.",
    "sells-a-division": "Siemens Corp agreed to buy the Osram Lighting division of Philips NV.",
    "defeats-a-person": "Senator Maria Lopez defeated Governor John Hale in the primary.",
    "defeats-a-country": "Ethiopian troops defeated Eritrea in the border war.",
}


@pytest.fixture(scope="module")
def modalities() -> dict[str, dict[Triple, str | None]]:
    """Each sentence's edges (subject, predicate, object) with their modality, in one batch."""
    articles = [Article(id=name, text=text) for name, text in SENTENCES.items()]
    return {
        result.article.id: {
            (r.subject, r.predicate, r.object): r.modality for r in result.relations
        }
        for result in extract_articles(articles)
    }


@pytest.fixture(scope="module")
def edges(modalities: dict[str, dict[Triple, str | None]]) -> dict[str, set[Triple]]:
    """Each sentence's edges (subject, predicate, object)."""
    return {name: set(found) for name, found in modalities.items()}


def _predicates(found: set[Triple]) -> set[str]:
    return {predicate for _, predicate, _ in found}


def test_meeting_with_a_response_is_no_meeting(edges: dict[str, set[Triple]]) -> None:
    assert "met" not in _predicates(edges["meets-a-response"])
    assert ("person/michel-barnier", "met", "country/IE") in edges["meets-a-partner"]


def test_bare_rows_of_general_and_leading_verbs_code_nothing(
    edges: dict[str, set[Triple]],
) -> None:
    assert "consulted" not in _predicates(edges["considers-buying"])
    assert "consulted" not in _predicates(edges["joined-by"])
    assert ("country/PT", "supported", "agreement/joined-by--plan") in edges["joined-by"]
    assert "cooperated_with" not in _predicates(edges["led-by"])


def test_the_one_asked_in_a_participle_clause_asks_nobody(edges: dict[str, set[Triple]]) -> None:
    assert "asked" not in _predicates(edges["asked-if"])
    assert ("person/ruto", "asked", "country/UG") in edges["asks"]


def test_the_country_an_audience_comes_from_is_not_told(edges: dict[str, set[Triple]]) -> None:
    assert ("person/modi", "said", "country/KE") not in edges["tells-businessmen"]
    assert ("person/modi", "said", "country/KE") in edges["tells-officials"]


def test_a_side_reporting_its_own_act_asserts_it(
    modalities: dict[str, dict[Triple, str | None]],
) -> None:
    own = modalities["own-report"]
    assert own[("country/US", "used_conventional_military_force", "country/IR")] is None
    assert ("organization/pentagon", "accused", "country/US") not in own
    other = modalities["claim-about-another"]
    assert other[("country/IR", "attacked", "country/US")] == "reported"


def test_the_country_a_firm_comes_from_is_no_partner(edges: dict[str, set[Triple]]) -> None:
    assert ("organization/siemens", "cooperated_with", "country/CA") not in edges["firm-partner"]
    assert ("organization/siemens", "cooperated_with", "country/CA") in edges["state-partner"]


def test_a_company_part_changing_hands_is_no_party(edges: dict[str, set[Triple]]) -> None:
    found = edges["sells-a-division"]
    assert ("organization/siemens", "agreed", "organization/osram-lighting") not in found
    assert ("organization/siemens", "agreed", "organization/philips") in found


def test_a_person_defeated_lost_a_contest_not_a_war(edges: dict[str, set[Triple]]) -> None:
    assert "used_conventional_military_force" not in _predicates(edges["defeats-a-person"])
    assert ("country/ET", "used_conventional_military_force", "country/ER") in edges[
        "defeats-a-country"
    ]
