"""Generic agents: nouns that name a sector of a country ("police", "rebels", "ministry").

``data/agents.tsv`` is derived from PETRARCH2's agent dictionary by
``scripts/build_petrarch_tables.py`` (MIT, credited in NOTICE). Each noun, singular and plural,
has a CAMEO role code ("COP", "GOVMED"), the plain-English group type of its first three
letters ("police", "government"), and whether it names an organisation of that kind rather
than a sector ("peacekeeping troops" are an intergovernmental body). "Russian police" is then a
group of type police affiliated with Russia.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple

TABLE = "data/agents.tsv"


class Agent(NamedTuple):
    """What a generic agent noun names."""

    code: str  # CAMEO role code: "COP", "GOVMED", "REB" ...
    group_type: str  # plain English: "police", "government", "rebels" ...
    organisation: bool  # an organisation of that kind ("truce monitor": IGO), not a sector

    @property
    def sector(self) -> str:
        """The first three letters of the code.

        >>> Agent("GOVMED", "government", False).sector
        'GOV'
        """
        return self.code[:3]


@cache
def _table() -> dict[str, Agent]:
    agents: dict[str, Agent] = {}
    text = resources.files("extract").joinpath(TABLE).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#") or line.startswith("noun\t"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise ValueError(f"extract/{TABLE}:{number}: expected 4 columns, got {len(fields)}")
        agents[fields[0]] = Agent(fields[1], fields[2], fields[3] == "yes")
    return agents


def agent(noun: str) -> Agent | None:
    """The agent a noun or noun phrase names (either number, any case), or None.

    >>> agent("Police").group_type, agent("rebels").code, agent("foreign ministry").sector
    ('police', 'REB', 'GOV')
    >>> agent("teapot") is None
    True
    """
    return _table().get(" ".join(noun.lower().split()))


def agent_nouns() -> frozenset[str]:
    """Every noun and noun phrase of the table.

    >>> "main opposition" in agent_nouns()
    True
    """
    return frozenset(_table())
