"""Short forms of names join their full names within an article."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def _keys(text: str) -> set[str]:
    result = next(iter(extract_articles([Article(id="s", text=text)])))
    return {e.key for e in result.entities}


def test_last_words_of_one_organisation_name_are_that_organisation() -> None:
    keys = _keys(
        "The Caribbean Development Fund approved a loan to Jamaica. "
        "The Fund said Jamaica would repay it within ten years."
    )
    assert "organization/caribbean-development-fund" in keys
    assert "organization/fund" not in keys


def test_the_head_before_of_of_one_organisation_name_is_that_organisation() -> None:
    keys = _keys(
        "The Church of Pastafarianism sued Latvia on Monday. The Church said the ban was unlawful."
    )
    assert "organization/church-of-pastafarianism" in keys
    assert "organization/church" not in keys


def test_surname_first_name_joins_its_short_form() -> None:
    keys = _keys("Premier Lin Hsiao-Wen ordered new talks. Lin said Taiwan would wait.")
    assert "person/lin-hsiao-wen" in keys
    assert "person/lin" not in keys


def test_a_given_name_alone_joins_the_one_full_name_it_opens() -> None:
    keys = _keys(
        "Tomas Varga, a 19-year-old student, was arrested in Vienna. His lawyer said Tomas "
        "would sue the Austrian police."
    )
    assert "person/tomas-varga" in keys
    assert "person/tomas" not in keys


def test_a_person_that_opens_one_company_name_is_that_company() -> None:
    keys = _keys(
        "Norway banned the Iranian carrier Zagros Airways Ltd from its airports. "
        "Zagros denied any link to the military."
    )
    assert "organization/zagros-airways" in keys
    assert "person/zagros" not in keys


def test_a_bracketed_short_name_is_an_alias_of_the_name_before_it() -> None:
    keys = _keys(
        "Ministers met at the Andean Fisheries Organisation (AnFO) in Lima. "
        "Peru said the AnFO would set new quotas."
    )
    assert "organization/andean-fisheries-organisation" in keys
    assert not any("anfo" in key for key in keys)


def test_an_acronym_of_the_capitals_of_one_name_is_that_organisation() -> None:
    keys = _keys(
        "The Compagnie Generale des Eaux won the tender. CGE said it would hire 300 workers "
        "in Lyon."
    )
    assert "organization/compagnie-generale-des-eaux" in keys
    assert "organization/cge" not in keys, keys


def test_the_first_word_of_one_company_written_out_in_full_is_that_company() -> None:
    keys = _keys(
        "Tokyo-based Hokuriku Electric Power Co Inc agreed to buy coal from Australia. "
        "Hokuriku said the price would be fixed in April."
    )
    assert "organization/hokuriku-electric-power" in keys, keys
    assert not {"organization/hokuriku", "person/hokuriku", "place/hokuriku"} & keys, keys


def test_a_given_name_read_as_a_place_is_the_person_it_opens() -> None:
    text = (
        "Valeska Paris, an Australian woman, was held on the ship for two years. "
        "Valeska said she was told to stay below deck."
    )
    (result,) = extract_articles([Article(id="valeska", text=text)])
    texts = {e.key: {m.text for m in e.mentions} for e in result.entities}
    assert "Valeska" in texts["person/valeska-paris"]
    assert not any(key.startswith("place/valeska") for key in texts)
