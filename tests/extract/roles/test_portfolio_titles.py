"""A portfolio the model tagged as an organisation before a title is part of the title."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, EntityType


def test_portfolio_before_a_title_is_no_organisation() -> None:
    text = "Agriculture Secretary Tom Hale met EC Commerce Commissioner Ana Ruiz in Lisbon."
    result = next(iter(extract_articles([Article(id="p", text=text)])))
    organisations = {e.label for e in result.entities if e.type is EntityType.ORGANIZATION}
    assert not organisations & {"Agriculture", "Commerce", "EC Commerce"}
    affiliations = {(r.subject, r.object) for r in result.relations}
    assert ("person/ana-ruiz", "organization/ec") in affiliations


def test_lower_case_hyphenated_title_keeps_its_organisation() -> None:
    text = "Unilever vice-president Lena Moss told reporters the bid would stand."
    result = next(iter(extract_articles([Article(id="h", text=text)])))
    affiliations = {(r.subject, r.object) for r in result.relations}
    assert ("person/lena-moss", "organization/unilever") in affiliations


def test_an_organisation_before_a_chairperson_title_is_the_holders() -> None:
    text = "At the summit, OAS chairperson President Lena Moraes of Chile said trade would grow."
    result = next(iter(extract_articles([Article(id="c", text=text)])))
    affiliations = {(r.subject, r.object) for r in result.relations}
    assert ("person/lena-moraes", "organization/oas") in affiliations, affiliations


def test_common_words_of_a_ministers_portfolio_and_a_rank_are_no_organisation() -> None:
    text = (
        "Police fired tear gas, Information Minister Hugo Vaca said. Home Affairs Minister "
        "Ana Ruiz agreed. Treasury Assistant Secretary Tom Hale said the accord holds. "
        "SDLP minister Ian Doyle disagreed."
    )
    result = next(iter(extract_articles([Article(id="m", text=text)])))
    organisations = {e.label for e in result.entities if e.type is EntityType.ORGANIZATION}
    assert not organisations & {"Information", "Home", "Home Affairs", "Assistant"}
    assert {"Treasury", "SDLP"} <= organisations


def test_a_military_grade_before_a_title_is_no_organisation() -> None:
    text = "Lieutenant General Tom Hale sent letters to Brigadier General Ana Ruiz of Chile."
    result = next(iter(extract_articles([Article(id="g", text=text)])))
    organisations = {e.label for e in result.entities if e.type is EntityType.ORGANIZATION}
    assert not organisations & {"Lieutenant", "Brigadier"}
