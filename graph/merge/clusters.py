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
class ParsedLabel:
    """A key's label as a resolver reads it; subclasses add the parts they take apart."""

    key: str
    label: str


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
    items: Sequence[Item],
    compatible: Callable[[Item, Item], bool],
    candidates: Iterable[tuple[int, int]] | None = None,
) -> list[list[Item]]:
    """Groups (of two or more) of items that are all compatible and unambiguous.

    ``compatible`` must be symmetric. It is asked once per pair, or only for the index pairs
    ``candidates`` yields when the caller can tell which pairs could possibly be compatible
    (every compatible pair must be among them; pairs left out count as incompatible). Without
    candidates the cost is quadratic in the bucket.

    >>> same_initial = lambda a, b: a[0] == b[0] and (len(a) == 1 or len(b) == 1 or a == b)
    >>> cluster_compatible(["d", "donald", "m", "melania"], same_initial)
    [['d', 'donald'], ['m', 'melania']]
    >>> cluster_compatible(["d", "donald", "m", "melania"], same_initial, [(0, 1), (2, 3)])
    [['d', 'donald'], ['m', 'melania']]
    """
    neighbours: list[set[int]] = [set() for _ in items]
    if candidates is None:
        candidates = ((i, j) for i in range(len(items)) for j in range(i + 1, len(items)))
    for i, j in candidates:
        if i != j and j not in neighbours[i] and compatible(items[i], items[j]):
            neighbours[i].add(j)
            neighbours[j].add(i)
    # An item is settled when its closed neighbourhood (itself and everything it could be) is
    # a clique, and two compatible settled items have equal closed neighbourhoods. So items
    # are grouped by closed neighbourhood and each distinct neighbourhood is tested once,
    # instead of testing every pair around every item (cubic in a large bucket of equals).
    by_neighbourhood: dict[frozenset[int], list[int]] = {}
    for i, around in enumerate(neighbours):
        by_neighbourhood.setdefault(frozenset(around | {i}), []).append(i)
    groups: list[tuple[int, list[Item]]] = []
    for closed, members in by_neighbourhood.items():
        if len(members) > 1 and _is_clique(closed, members, neighbours):
            groups.append((members[0], [items[j] for j in members]))
    return [group for _, group in sorted(groups, key=lambda entry: entry[0])]


def _is_clique(closed: frozenset[int], members: list[int], neighbours: list[set[int]]) -> bool:
    # Items sharing this closed neighbourhood are adjacent to all of it by definition; only
    # the others in it need checking, each with one C-level subset test.
    sharing = set(members)
    return all(closed <= neighbours[j] | {j} for j in closed if j not in sharing)
