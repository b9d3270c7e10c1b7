"""Affiliations from the actor dictionary as of the article's date (roles.known_affiliations)."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, Relation


def _affiliations(text: str, date: str | None) -> dict[str, Relation]:
    [result] = extract_articles([Article(id="known", text=text, date=date)])
    return {r.subject: r for r in result.relations if r.predicate == "affiliated_with"}


def test_an_unqualified_person_gets_the_country_that_holds_on_the_article_date() -> None:
    found = _affiliations(
        "Secretary of State George Shultz met Nakasone in Tokyo. Japan and the United States talk.",
        "1987-03-02",
    )
    assert found["person/george-shultz"].object == "country/US"
    assert found["person/george-shultz"].modality == "known"


def test_a_surname_alone_joins_the_one_country_its_holders_share() -> None:
    found = _affiliations("Reagan said the talks with the United States would go on.", "1987-03-02")
    assert found["person/reagan"].object == "country/US"


def test_no_country_the_article_does_not_name() -> None:
    assert "person/george-shultz" not in _affiliations("George Shultz met Nakasone.", "1987-03-02")


def test_what_the_text_states_wins_over_the_dictionary() -> None:
    found = _affiliations("Canadian Foreign Minister Joe Clark met reporters.", "1987-03-02")
    assert found["person/joe-clark"].object == "country/CA"
    assert found["person/joe-clark"].modality is None


def test_a_company_gets_its_home_country() -> None:
    found = _affiliations(
        "Chevron Corp said it would sell the field to the United States.", "1987-03-02"
    )
    assert found["organization/chevron"].object == "country/US"


def test_a_former_office_holder_keeps_the_one_country_of_his_periods() -> None:
    found = _affiliations(
        "Egypt broke with Moscow when then-president Anwar Sadat turned to the West.",
        "1987-03-16",
    )
    assert found["person/anwar-sadat"].object == "country/EG"
    assert found["person/anwar-sadat"].modality == "known"


def test_of_the_countries_a_name_is_listed_under_the_one_the_article_names_wins() -> None:
    found = _affiliations(
        "Queen Elizabeth II opened the session, and Britain welcomed the speech.", "2019-09-11"
    )
    assert found["person/elizabeth-ii"].object == "country/GB"
