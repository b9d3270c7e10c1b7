"""Countries of public figures the news names without a title ("Obama said", "Putin met").

Event coders keep actor dictionaries for this; ours is ``data/public_figures.tsv``: heads of
state and government and long-serving foreign ministers, with the country each serves. It gives
an affiliation only (never a role: roles change over time, nationality of office does not), and
only when the article itself states none. A surname alone matches only where the table marks it
distinctive ("Obama" yes, "Johnson" no).

>>> public_figure_country("Barack Obama")
'US'
>>> public_figure_country("Putin")
'RU'
>>> public_figure_country("Johnson") is None
True
"""

from __future__ import annotations

import csv
import unicodedata
from functools import cache
from importlib import resources


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.replace("-", " ").split()).casefold()


@cache
def _table() -> tuple[dict[str, str], dict[str, str]]:
    full: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    source = resources.files("extract").joinpath("data/public_figures.tsv")
    with source.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            name, code = row["name"].strip(), row["iso2"].strip().upper()
            full[_fold(name)] = code
            if row["surname_alone"].strip() == "yes":
                surnames.setdefault(_fold(name.split()[-1]), set()).add(code)
    # A surname shared by figures of two countries identifies neither.
    unique = {surname: next(iter(codes)) for surname, codes in surnames.items() if len(codes) == 1}
    return full, unique


def public_figure_country(name: str) -> str | None:
    """ISO code of the country a listed public figure serves, or ``None``."""
    full, surnames = _table()
    folded = _fold(name)
    if folded in full:
        return full[folded]
    if " " not in folded:
        return surnames.get(folded)
    return None
