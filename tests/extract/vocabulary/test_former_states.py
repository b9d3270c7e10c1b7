"""Today's country code turned into the state that held its land on a date."""

from __future__ import annotations

from extract.vocabulary.countries import country_label, match_country
from extract.vocabulary.former_states import former_states, state_on


def test_every_former_state_is_a_country_the_text_can_name() -> None:
    for row in former_states().values():
        named = match_country(country_label(row.former))
        assert named is not None and named.code == row.former, row


def test_a_state_holds_until_the_day_it_ended() -> None:
    assert state_on("RU", "1991-12-25") == "SU"
    assert state_on("RU", "1991-12-26") == "RU"
    assert state_on("SK", "1987") == "CS"
