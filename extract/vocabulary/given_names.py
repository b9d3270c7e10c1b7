"""The gender a given name tells: ``data/given_names.tsv``.

The table is derived by ``scripts/build_given_names.py`` from the US Census Bureau's 1990
first-name frequencies (credited in NOTICE); a name both genders bear is not in it. Some 5,000
names, read on first use.

>>> given_name_gender("Margaret"), given_name_gender("john"), given_name_gender("Wei")
('female', 'male', None)
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _genders() -> dict[str, str]:
    source = resources.files("extract").joinpath("data/given_names.tsv")
    rows = source.read_text(encoding="utf-8").split("\n")
    return dict(line.split("\t", 1) for line in rows if line and not line.startswith("#"))


def given_name_gender(name: str) -> str | None:
    """ "female" or "male" for a given name the table knows (any case), else None."""
    return _genders().get(name.lower())
