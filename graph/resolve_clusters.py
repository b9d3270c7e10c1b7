"""The building blocks every cross-article resolver shares: merge records and safe clustering.

A resolver looks at the distinct entity keys of a corpus (``KeyNames``: a key with every
label and alias seen for it) and returns ``Merge`` records, each saying "key A denotes the
same thing as key B, by rule R, because …". Records may chain (A → B by one rule, B → C by
another); ``compose`` follows the chains to the final key.

``cluster_compatible`` is the conservative grouping used for people and events. Given a
symmetric "could be the same" test, an item is *settled* when everything it could be is also
compatible with everything else it could be (its neighbourhood is a clique). Only settled
items are grouped, so a bare "Trump" that could be Donald Trump or Melania Trump stays on its
own while "Donald Trump" and "Donald J. Trump" still merge. Settled neighbourhoods never
overlap partially (if two settled items are compatible their neighbourhoods are equal), so
the groups do not depend on the order the items come in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from extract.types import EntityType

Item = TypeVar("Item")


@dataclass(frozen=True)
class KeyNames:
    """One distinct entity key of the corpus with every label and alias seen for it."""

    key: str
    type: EntityType
    labels: frozenset[str]
    aliases: frozenset[str]

    @property
    def label(self) -> str:
        """The label to reason about: mixed case over shouting, then longest, then first.

        >>> KeyNames("person/x", EntityType.PERSON, frozenset({"SERGEI LAVROV",
        ...          "Sergei Lavrov"}), frozenset()).label
        'Sergei Lavrov'
        """
        return min(self.labels, key=lambda text: (text.isupper(), -len(text), text))


@dataclass(frozen=True)
class Merge:
    """``source`` denotes the same thing as ``target``, by ``rule``, for the stated ``reason``."""

    source: str
    target: str
    rule: str
    reason: str

    def describe(self) -> str:
        """One line for people: ``"person/trump → person/donald-trump: [rule] reason"``.

        >>> Merge("org/ap", "org/associated-press", "acronym", "initials").describe()
        'org/ap → org/associated-press: [acronym] initials'
        """
        return f"{self.source} → {self.target}: [{self.rule}] {self.reason}"


def compose(merges: Iterable[Merge]) -> dict[str, str]:
    """Map every merged key to the key at the end of its chain of merges.

    >>> compose([Merge("a", "b", "r", ""), Merge("b", "c", "r", "")])
    {'a': 'c', 'b': 'c'}
    """
    step = {merge.source: merge.target for merge in merges}
    final: dict[str, str] = {}
    for source in sorted(step):
        target, seen = step[source], {source}
        while target in step and target not in seen:
            seen.add(target)
            target = step[target]
        final[source] = target
    return final


def cluster_compatible(
    items: Sequence[Item], compatible: Callable[[Item, Item], bool]
) -> list[list[Item]]:
    """Groups (of two or more) of items that are all compatible and unambiguous.

    ``compatible`` must be symmetric. Cost is quadratic in ``len(items)``, so callers pass
    small buckets (people sharing a surname, events sharing a head noun and a year).

    >>> same_initial = lambda a, b: a[0] == b[0] and (len(a) == 1 or len(b) == 1 or a == b)
    >>> cluster_compatible(["d", "donald", "m", "melania"], same_initial)
    [['d', 'donald'], ['m', 'melania']]
    """
    neighbours = [
        {j for j in range(len(items)) if j != i and compatible(items[i], items[j])}
        for i in range(len(items))
    ]
    settled = [_is_clique(neighbours, i) for i in range(len(items))]
    groups: list[list[Item]] = []
    assigned: set[int] = set()
    for i in range(len(items)):
        if not settled[i] or i in assigned:
            continue
        members = sorted({i} | {j for j in neighbours[i] if settled[j]})
        assigned.update(members)
        if len(members) > 1:
            groups.append([items[j] for j in members])
    return groups


def _is_clique(neighbours: list[set[int]], index: int) -> bool:
    around = sorted(neighbours[index])
    return all(b in neighbours[a] for n, a in enumerate(around) for b in around[n + 1 :])
