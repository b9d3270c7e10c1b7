"""Organisations that are only ever a place's name: "Crimea" tagged as an organisation.

The tagger sometimes reads a place as an organisation ("Putin signed a decree that recognized
Crimea as a sovereign state"), and the corpus then holds ``organization/crimea`` next to
``place/crimea``: one territory drawn twice. An organisation key is folded into a place (or
country) key when *every* name seen for it is a name of that one place and of no other, and
no other resolver already moved it or merged something into it. A real organisation named
after a place keeps a name of its own somewhere ("Chelsea FC", "Crimean parliament") and is
left alone, as is a name two places share.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from graph.merge.clusters import KeyNames, Merge

RULE = "organisation-named-as-place"


def _names(entry: KeyNames) -> set[str]:
    return {name.casefold() for name in entry.labels | entry.aliases if name.strip()}


def resolve_place_named_organisations(
    organisations: Iterable[KeyNames], places: Iterable[KeyNames], *, settled: set[str]
) -> list[Merge]:
    """Merges of organisation keys whose every name names exactly one place key.

    ``settled`` holds the keys other resolvers already merged from or into; they stay put.

    >>> from extract.types import EntityType as T
    >>> org = KeyNames("organization/crimea", T.ORGANIZATION, frozenset({"Crimea"}), frozenset())
    >>> place = KeyNames("place/crimea", T.PLACE, frozenset({"Crimea"}), frozenset())
    >>> [m.target for m in resolve_place_named_organisations([org], [place], settled=set())]
    ['place/crimea']
    """
    places_by_name: dict[str, set[str]] = defaultdict(set)
    for place in places:
        for name in _names(place):
            places_by_name[name].add(place.key)
    merges = []
    for organisation in organisations:
        names = _names(organisation)
        if not names or organisation.key in settled:
            continue
        if not all(name in places_by_name for name in names):
            continue  # a name of its own: a real organisation, perhaps named after the place
        targets = set().union(*(places_by_name[name] for name in names))
        if len(targets) != 1:
            continue  # two places share the name: nothing says which one is meant
        (target,) = targets
        reason = f"every name of it ({', '.join(sorted(names))}) is a name of {target} alone"
        merges.append(Merge(organisation.key, target, RULE, reason))
    return merges
