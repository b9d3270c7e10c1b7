"""The state a country's land belonged to on a date, from ``extract/data/former_states.tsv``.

The city table gives today's country: Belgrade is in Serbia, Moscow in Russia. A story of 1987
filed from Belgrade was filed from Yugoslavia, and its "Deputy Prime Minister" is Yugoslavia's;
``state_on`` turns today's code into the code of the state that held the land on the story's
date (a row of ``extract/data/countries.tsv``), and leaves it as it is after that state's end
or when the date is unknown.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple

TABLE = "data/former_states.tsv"


class FormerState(NamedTuple):
    """Today's country ``code`` was part of ``former`` until the day before ``until``."""

    code: str
    former: str
    until: str


@cache
def former_states() -> dict[str, FormerState]:
    """Today's code → the former state it belonged to, as the table lists it.

    >>> former_states()["RS"].former
    'YU'
    """
    text = resources.files("extract").joinpath(TABLE).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    header, *body = rows
    if header != ["code", "former", "until"]:
        raise ValueError(f"former_states.tsv: unexpected header {header!r}")
    return {code: FormerState(code, former, until) for code, former, until in body}


def state_on(code: str, date: str | None) -> str:
    """The code of the state that held ``code``'s land on the ISO ``date`` (``YYYY`` …).

    >>> state_on("RS", "1987-03-20"), state_on("RS", "2019-05-01"), state_on("RS", None)
    ('YU', 'RS', 'RS')
    >>> state_on("FR", "1987-03-20")
    'FR'
    """
    row = former_states().get(code)
    if row is None or not date:
        return code
    return row.former if date < row.until else code
