"""A person's post in an organisation, read from the apposition after the name."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def _affiliations(text: str) -> set[tuple[str, str]]:
    result = next(iter(extract_articles([Article(id="a", text=text)])))
    return {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}


def test_post_at_an_organisation_in_apposition() -> None:
    found = _affiliations(
        "Mara Lindqvist, a senior economist at Nordbanken Holdings, said rates would rise."
    )
    assert ("person/mara-lindqvist", "organization/nordbanken-holdings") in found


def test_apposition_naming_another_person_gives_no_post() -> None:
    found = _affiliations(
        "They met between Lindqvist, the then head of the Nordbanken Holdings Anders Berg "
        "and Smith in 1986."
    )
    assert not any(s == "person/lindqvist" and o.startswith("organization/") for s, o in found)


def test_a_title_of_an_organisation_before_the_name_places_the_person() -> None:
    found = _affiliations(
        "Officials said the chairman of the Federal Reserve Board Alan Whitby would testify "
        "on Tuesday."
    )
    assert ("person/alan-whitby", "organization/federal-reserve-board") in found, found


def test_a_plural_title_before_one_name_is_no_title_of_it() -> None:
    # Wire copy that dropped a comma: the officials are a group, not Hartley's post.
    found = _affiliations(
        "Following weekend talks here between Japanese and Canadian officials Hartley told "
        "reporters the deal was near."
    )
    assert not any(s == "person/hartley" for s, _ in found), found


def test_a_bracketed_company_the_model_half_took_for_a_person_is_the_post() -> None:
    found = _affiliations(
        "Gavin Reid, general manager of <Hamersley Dampier Coal Pty Ltd>, which exports coal "
        "to Japan, said prices would fall."
    )
    assert ("person/gavin-reid", "organization/hamersley-dampier-coal") in found, found


def test_organisation_before_a_lower_case_post_in_apposition() -> None:
    found = _affiliations("Lena Moss, Vantor Systems spokeswoman, said the vaccine is licensed.")
    assert ("person/lena-moss", "organization/vantor-systems") in found
    found = _affiliations(
        "With growth seen by Comptroller Tom Hale, the Texas Legislature must cut spending."
    )
    assert not any(s == "person/tom-hale" and o.startswith("organization/") for s, o in found)


def test_a_place_after_in_is_where_the_post_is_held_not_whose() -> None:
    found = _affiliations(
        '"Nobody knows," said Lena Moss, acting head of the EC delegation in Tokyo. Japan agreed.'
    )
    assert ("person/lena-moss", "country/JP") not in found
    assert ("person/lena-moss", "organization/ec") in found


def test_at_an_organisation_right_after_the_name() -> None:
    found = _affiliations(
        "Bank analyst Lena Moss at Nordbanken Holdings Ltd said rates would rise. Tom Hale "
        "spoke at the Nordic Council in Oslo."
    )
    assert ("person/lena-moss", "organization/nordbanken-holdings") in found
    assert not any(s == "person/tom-hale" and o.startswith("organization/") for s, o in found)
