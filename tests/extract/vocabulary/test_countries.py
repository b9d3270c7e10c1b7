"""Country normalisation: names, demonyms, seats of government, official names, labels."""

from __future__ import annotations

from contextlib import nullcontext

import pycountry
import pytest

from extract.vocabulary.countries import (
    CountryForm,
    _match_pycountry,
    country_label,
    known_spelling,
    match_country,
    match_misspelt_country,
)


@pytest.mark.parametrize(
    ("text", "code", "form"),
    [
        ("Russia", "RU", CountryForm.NAME),
        ("the Russian Federation", "RU", CountryForm.NAME),
        ("Russia's", "RU", CountryForm.NAME),
        ("Russian", "RU", CountryForm.DEMONYM),
        ("Russians", "RU", CountryForm.DEMONYM),
        ("Spanish", "ES", CountryForm.DEMONYM),
        ("U.S.", "US", CountryForm.NAME),
        ("the United States", "US", CountryForm.NAME),
        ("Britain", "GB", CountryForm.NAME),
        ("Moscow", "RU", CountryForm.SEAT),
        ("the Kremlin", "RU", CountryForm.SEAT),
        ("Washington", "US", CountryForm.SEAT),
        ("the White House", "US", CountryForm.SEAT),
        ("Pyongyang", "KP", CountryForm.SEAT),
        ("the Hermit Kingdom", "KP", CountryForm.NAME),
        ("Azerbaijani", "AZ", CountryForm.DEMONYM),
        ("Czechoslovakia", "CS", CountryForm.NAME),  # states of 1987 Reuters news
        ("East German", "DD", CountryForm.DEMONYM),
    ],
)
def test_news_forms_map_to_one_code(text: str, code: str, form: CountryForm) -> None:
    match = match_country(text)
    assert match is not None
    assert (match.code, match.form) == (code, form)


def test_official_names_fall_back_to_pycountry() -> None:
    match = match_country("Plurinational State of Bolivia")
    assert match is not None and match.code == "BO"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Plurinational State of Bolivia", "BO"),
        ("BOLIVIA, PLURINATIONAL STATE OF", "BO"),
        ("ESP", None),  # three letters: an acronym first
        ("Bolivian government", None),
        ("Fed Chairman Paul Volcker", None),
    ],
)
def test_the_pycountry_fallback_answers_as_pycountry_lookup_does(
    text: str, code: str | None
) -> None:
    # A text no pycountry index holds is settled without pycountry's scan of every country.
    match = _match_pycountry(text)
    assert (match.code if match else None) == code
    if len(text) > 3:
        with pytest.raises(LookupError) if code is None else nullcontext():
            pycountry.countries.lookup(text)


@pytest.mark.parametrize("text", ["NATO", "DHS", "EU", "Lavrov", "the", ""])
def test_acronyms_and_other_words_are_no_country(text: str) -> None:
    assert match_country(text) is None


def test_labels() -> None:
    assert country_label("GB") == "United Kingdom"
    assert country_label("ru") == "Russia"
    assert country_label("BO")  # pycountry supplies labels the table lacks
    assert country_label("BU") == "Burma"  # and those of states that no longer exist
    with pytest.raises(KeyError):
        country_label("ZZ")


def test_a_misspelt_name_or_seat_is_read_only_when_no_dictionary_knows_the_word() -> None:
    assert match_misspelt_country("Venezuala").code == "VE"
    assert known_spelling("Toyko") == "Tokyo"
    # A given name, a dictionary's name, a public figure, a short word: no slip.
    for word in ("Nigel", "Athena", "Hollande", "Irak", "Egypt"):
        assert match_misspelt_country(word) is None
