"""One way to name an entity, for every command and API call that takes one.

``resolve_entity(graph, name)`` tries, in order:

1. the exact node key (``person/sergei-lavrov``), or a key that was merged into a node;
2. a label or an alias equal to ``name`` ignoring case (one level: in 2,000 Reuters articles
   "Baker" is the label of an unresolved ``person/baker`` and an alias of James and Howard
   Baker, and preferring the label would silently pick the least informative of the three);

and otherwise fails with the best-ranked suggestions (names that contain ``name`` or are
close to it, best connected first). A name that several entities carry equally ("Baker":
three people) is never settled by a silent guess: ``AmbiguousNameError`` lists the choices, and
the commands print them and exit non-zero.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

import networkx as nx

#: Suggestions or choices listed in an error message.
MAX_LISTED = 6


@dataclass(frozen=True)
class Choice:
    """An entity offered as a choice or a suggestion: its key, label, type and degree."""

    key: str
    label: str
    type: str
    degree: int

    def __str__(self) -> str:
        relations = "1 relation" if self.degree == 1 else f"{self.degree} relations"
        return f"{self.key} ({self.label}, {self.type or 'unknown type'}, {relations})"


class EntityNameError(KeyError):
    """A name that does not designate exactly one entity; ``choices`` are the candidates.

    A ``KeyError`` (so a ``LookupError``), as ``api.neighbourhood`` raised before names were
    resolved; its message is the plain sentence, not ``KeyError``'s quoted repr.
    """

    def __init__(self, message: str, choices: list[Choice]) -> None:
        super().__init__(message)
        self.choices = choices

    def __str__(self) -> str:
        return str(self.args[0])


class EntityNotFoundError(EntityNameError):
    """No entity has the name; ``choices`` are ranked suggestions (maybe none)."""


class AmbiguousNameError(EntityNameError):
    """Several entities carry the name equally; ``choices`` lists them, best connected first."""


def _names(data: dict[str, Any]) -> tuple[str, list[str]]:
    return str(data.get("label") or ""), [str(a) for a in data.get("aliases", ()) if a]


def _choice(graph: nx.MultiDiGraph, node: str) -> Choice:
    data = graph.nodes[node]
    return Choice(
        str(node),
        str(data.get("label") or node),
        str(data.get("type") or ""),
        int(graph.degree(node)),
    )


def _ranked(graph: nx.MultiDiGraph, nodes: set[str]) -> list[Choice]:
    choices = [_choice(graph, node) for node in nodes]
    return sorted(choices, key=lambda c: (-c.degree, c.key))


def _listing(choices: list[Choice]) -> str:
    shown = "; ".join(str(c) for c in choices[:MAX_LISTED])
    more = len(choices) - MAX_LISTED
    return shown + (f"; and {more} more" if more > 0 else "")


def suggestions(graph: nx.MultiDiGraph, name: str) -> list[Choice]:
    """Entities whose key or a name contains ``name`` or is close to it, best connected first.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("organization/usair", label="USAir")
    >>> [c.key for c in suggestions(g, "usa")]
    ['organization/usair']
    """
    wanted = name.strip().casefold()
    found: set[str] = set()
    spelled: dict[str, set[str]] = {}
    for node, data in graph.nodes(data=True):
        label, aliases = _names(data)
        for text in (str(node), label, *aliases):
            folded = text.casefold()
            if wanted and wanted in folded:
                found.add(node)
            spelled.setdefault(folded, set()).add(node)
    close = difflib.get_close_matches(wanted, list(spelled), n=MAX_LISTED, cutoff=0.75)
    nearby = {node for text in close for node in spelled[text]} - found
    return _ranked(graph, found)[:MAX_LISTED] + _ranked(graph, nearby)[:MAX_LISTED]


def resolve_entity(graph: nx.MultiDiGraph, name: str) -> str:
    """The key of the one entity ``name`` designates: a key, else a label or an alias.

    Raises ``EntityNotFoundError`` (with suggestions) or ``AmbiguousNameError`` (with the
    choices); both messages are one line that lists them.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("person/sergei-lavrov", label="Sergei Lavrov", aliases=["Lavrov"])
    >>> g.add_node("person/james-baker", label="James Baker", aliases=["Baker"])
    >>> g.add_node("person/kenneth-baker", label="Kenneth Baker", aliases=["Baker"])
    >>> resolve_entity(g, "LAVROV"), resolve_entity(g, "person/sergei-lavrov")
    ('person/sergei-lavrov', 'person/sergei-lavrov')
    >>> try:
    ...     resolve_entity(g, "Baker")
    ... except AmbiguousNameError as error:
    ...     print([choice.key for choice in error.choices])
    ['person/james-baker', 'person/kenneth-baker']
    """
    if name in graph:
        return name
    merged = {n for n, d in graph.nodes(data=True) if name in d.get("merged_from", ())}
    wanted = name.strip().casefold()
    if not wanted:
        raise EntityNotFoundError("an empty name designates no entity", [])
    named = set()
    for node, data in graph.nodes(data=True):
        label, aliases = _names(data)
        if any(text.casefold() == wanted for text in (label, *aliases)):
            named.add(node)
    for matches in (merged, named):
        if len(matches) == 1:
            return str(next(iter(matches)))
        if matches:
            choices = _ranked(graph, matches)
            raise AmbiguousNameError(
                f"{name!r} names {len(choices)} entities: {_listing(choices)}; "
                "give one of their keys",
                choices,
            )
    hints = suggestions(graph, name)
    hint = f"; did you mean {_listing(hints)}?" if hints else ""
    raise EntityNotFoundError(f"no entity named {name!r}{hint}", hints)
