"""Who a named actor is affiliated with, and when: ``data/known_actors.tsv``.

The table is derived from PETRARCH2's actor dictionaries by
``scripts/build_petrarch_tables.py`` (MIT, credited in NOTICE): about 17,000 names of heads of
state and government, ministers, parties, armed groups, international organisations and
companies, each with the country (ISO 3166-1 alpha-2, "" for an international organisation),
the CAMEO role code and the dates the affiliation holds. "Brian Mulroney" is a Canadian elite
until 17 September 1984, Canada's government until 25 June 1993, an elite again after.

What the table says is known, not stated: a rule that uses it marks the affiliation as such.
Lookups are hash lookups on :func:`normalise_name` of the name, the table is read once.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

TABLE = "data/known_actors.tsv"
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"(?:'s|')$")


class Affiliation(NamedTuple):
    """One period of a name's affiliation. Dates are ISO strings, "" where open; a row with
    neither is the default that holds when no dated period does."""

    country: str  # ISO 3166-1 alpha-2, or "" for an international organisation
    role: str  # CAMEO role code: "GOV", "ELI", "MIL", "GOVMIL", "IGOUNO", "MNC" ...
    start: str
    end: str

    @property
    def sector(self) -> str:
        """The first three letters of the role: "GOV" for "GOVMIL", "IGO" for "IGOUNO".

        >>> Affiliation("US", "GOVMIL", "", "").sector
        'GOV'
        """
        return self.role[:3]

    def holds_on(self, day: str) -> bool:
        """Whether a dated period holds on an ISO date (inclusive at both ends, as PETRARCH).

        >>> Affiliation("CA", "GOV", "1984-09-17", "1993-06-25").holds_on("1987-03-01")
        True
        """
        return bool(self.start or self.end) and (
            (not self.start or self.start <= day) and (not self.end or day <= self.end)
        )


def normalise_name(text: str) -> str:
    """The form names take in the table: accents folded, lower case, one space between words,
    no leading "the", no trailing possessive, underscores (PETRARCH's spaces) as spaces.

    >>> normalise_name("The  Reagan_Administration"), normalise_name("José Sócrates's")
    ('reagan administration', 'jose socrates')
    """
    text = unicodedata.normalize("NFKD", text.replace("_", " ").replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = " ".join(text.split())
    return _POSSESSIVE.sub("", _LEADING_THE.sub("", text)).strip()


@cache
def _table() -> dict[str, list[str]]:
    """Name → its rows' other columns, unsplit: the table has 47,000 rows and a lookup needs
    few of them, so a row becomes an :class:`Affiliation` only when its name is asked for."""
    rows: dict[str, list[str]] = {}
    text = resources.files("extract").joinpath(TABLE).read_text(encoding="utf-8")
    for line in text.splitlines():
        name, tab, rest = line.partition("\t")
        if tab and not name.startswith("#"):
            rows.setdefault(name, []).append(rest)
    rows.pop("name", None)  # the column header
    return rows


def _affiliation(name: str, rest: str) -> Affiliation:
    fields = rest.split("\t")
    if len(fields) != 4:
        raise ValueError(f"extract/{TABLE}: row of {name!r} has {len(fields) + 1} columns, not 5")
    return Affiliation(*fields)


# Asked for every name of every person and organisation, with and without its title: a news
# corpus repeats its names, and the answer (a tuple of immutable periods) depends on nothing else.
@lru_cache(maxsize=1 << 16)
def affiliations(name: str) -> tuple[Affiliation, ...]:
    """Every period the table holds for a name, in table order (empty when unknown): the
    default first, then by start date.

    >>> [(a.role, a.start[:4]) for a in affiliations("Brian Mulroney")]
    [('ELI', ''), ('ELI', '1957'), ('GOV', '1984')]
    """
    key = normalise_name(name)
    return tuple(_affiliation(key, rest) for rest in _table().get(key, ()))


def affiliation_at(name: str, when: date | str | None) -> Affiliation | None:
    """The affiliation that holds for ``name`` on the article's date ``when``.

    A dated period containing the date wins (of several, the one that began last: the newer
    office); else the default period; None for an unknown name. Without a date only the
    default can be chosen.

    >>> affiliation_at("Ronald Reagan", "1987-06-01")[:2]
    ('US', 'GOV')
    >>> affiliation_at("President Reagan", date(1995, 1, 1))[:2]
    ('US', 'ELI')
    >>> affiliation_at("Nobody In Particular", "1987-06-01") is None
    True
    """
    periods = affiliations(name)
    if not periods:
        return None
    default = next((p for p in periods if not (p.start or p.end)), None)
    if when is None:
        return default
    day = when.isoformat() if isinstance(when, date) else when[:10]
    holding = [p for p in periods if p.holds_on(day)]
    if holding:
        return max(holding, key=lambda period: period.start)
    return default


def known_names() -> frozenset[str]:
    """Every normalised name of the table (for matchers that scan a text for them).

    >>> "brian mulroney" in known_names()
    True
    """
    return frozenset(_table())
