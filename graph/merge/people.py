"""Cross-article resolution of people: one node per person whatever the spelling of the name.

Each person key's label is parsed into given name(s), middle names, surname and suffix
(``graph.merge.person_names``, which undoes titles, possessives, case and nicknames first).

Two names *could be the same person* when they have the same surname and

* their given names agree, or one is missing ("Lavrov"), or one is an initial of the other
  ("S. Lavrov"), or one is a nickname of the other (a short list of usual English nicknames,
  plus any nickname an article gave in parentheses for that surname);
* their middle names agree position by position where both give one (initials match the
  full name), and their suffixes agree where both give one.

Names are only compared within their surname, so the cost grows with the corpus, not with its
square. Grouping uses ``cluster_compatible``: a name that could be two different people (a
bare "Trump" when Donald Trump and Melania Trump both occur) stays on its own, and people with
different first names are never merged.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import partial

from graph.merge.clusters import KeyNames, Merge, cluster_compatible
from graph.merge.person_names import NICKNAME_GROUPS_OF, PersonName, parse_person_name

__all__ = ["PersonName", "parse_person_name", "resolve_people"]


def _given_match(left: str, right: str, learned: frozenset[frozenset[str]]) -> str:
    """How two given names match ("same", "initial", "nickname") or "" when they do not."""
    if left == right:
        return "same"
    if (len(left) == 1 or len(right) == 1) and left[0] == right[0]:
        return "initial"
    shared_group = NICKNAME_GROUPS_OF.get(left, frozenset()) & NICKNAME_GROUPS_OF.get(
        right, frozenset()
    )
    if shared_group or (learned and frozenset({left, right}) in learned):
        return "nickname"
    return ""


def _compatible(left: PersonName, right: PersonName, learned: frozenset[frozenset[str]]) -> bool:
    if left.surname != right.surname:
        return False
    if left.suffix and right.suffix and left.suffix != right.suffix:
        return False
    if left.given_names and right.given_names:
        pairs = ((a, b) for a in left.given_names for b in right.given_names)
        if not any(_given_match(a, b, learned) for a, b in pairs):
            return False
    for a, b in zip(left.middles, right.middles, strict=False):
        if _given_match(a, b, frozenset()) not in ("same", "initial"):
            return False
    return True


def _candidate_pairs(
    names: list[PersonName], learned: frozenset[frozenset[str]]
) -> Iterator[tuple[int, int]]:
    """Index pairs of a surname bucket whose given names could match (``_given_match``).

    Every pair ``_compatible`` accepts is among them: a name without a given name pairs with
    all; full given names pair through the same name, a shared nickname group or a learned
    nickname; an initial pairs with every given name starting with it. So a bucket of many
    different first names costs about its size, not its square (a bare "Smith" and 3,000
    "Given Smith": 7.0 s → 0.05 s).
    """
    by_token: dict[tuple[str, object], list[int]] = defaultdict(list)
    by_letter: dict[str, list[int]] = defaultdict(list)
    initials: list[tuple[int, str]] = []
    for index, name in enumerate(names):
        if not name.given_names:
            yield from ((index, other) for other in range(len(names)) if other != index)
            continue
        tokens: set[tuple[str, object]] = set()
        for given in name.given_names:
            by_letter[given[0]].append(index)
            if len(given) == 1:
                initials.append((index, given))
                continue
            tokens.add(("given", given))
            tokens.update(("group", group) for group in NICKNAME_GROUPS_OF.get(given, ()))
            tokens.update(("learned", pair) for pair in learned if given in pair)
        for token in tokens:
            by_token[token].append(index)
    for members in by_token.values():
        yield from itertools.combinations(members, 2)
    for index, initial in initials:
        yield from ((index, other) for other in by_letter[initial] if other != index)


def _preference(name: PersonName) -> tuple[bool, bool, int, int, str]:
    # The node keeps the everyday "Given Surname" key when the corpus has it, preferring the
    # formal given name ("Robert" over "Bob"); otherwise the most complete name.
    return (
        not len(name.given) > 1,
        not name.is_plain,
        -len(name.given),
        -len(name.middles),
        name.key,
    )


def resolve_people(people: Iterable[KeyNames]) -> list[Merge]:
    """Merges between person keys that name the same person (see the module docstring).

    >>> from extract.types import EntityType as T
    >>> names = [KeyNames(k, T.PERSON, frozenset({l}), frozenset()) for k, l in
    ...          [("person/trump", "Trump"), ("person/donald-trump", "Donald Trump")]]
    >>> [m.describe() for m in resolve_people(names)]  # doctest: +ELLIPSIS
    ['person/trump → person/donald-trump: [person-surname] "Trump" is the surname of ...']
    """
    by_surname: dict[str, list[PersonName]] = defaultdict(list)
    for entry in people:
        parsed = parse_person_name(entry.key, entry.label)
        if parsed is not None:
            by_surname[parsed.surname].append(parsed)
    merges: list[Merge] = []
    for surname in sorted(by_surname):
        names = sorted(by_surname[surname], key=lambda name: name.key)
        if len(names) < 2:
            continue
        learned = frozenset(
            frozenset({name.given, nick})
            for name in names
            for nick in name.nicknames
            if name.given and nick != name.given
        )
        groups = cluster_compatible(
            names, partial(_compatible, learned=learned), _candidate_pairs(names, learned)
        )
        for group in groups:
            target = min(group, key=_preference)
            merges.extend(
                Merge(name.key, target.key, *_explain(name, target, learned))
                for name in group
                if name.key != target.key
            )
    return merges


def _explain(
    name: PersonName, target: PersonName, learned: frozenset[frozenset[str]]
) -> tuple[str, str]:
    """The rule and the human reason for merging ``name`` into ``target``."""
    shown = f'"{name.label}"'
    if not name.given_names:
        extra = f" (the title {name.title!r} dropped)" if name.title else ""
        return (
            "person-surname",
            f"{shown}{extra} is the surname of only one person in the corpus, {target.label}; "
            f"no other {name.surname.title()} could be meant",
        )
    how = {_given_match(a, b, learned) for a in name.given_names for b in target.given_names} - {""}
    if "same" not in how and "nickname" in how:
        source = "given in parentheses in an article" if learned else "a usual English nickname"
        return (
            "person-nickname",
            f"{shown}: {name.given.title()!r} and {target.given.title()!r} are the same first "
            f"name ({source}), same surname, nothing conflicting",
        )
    if "same" not in how:
        return (
            "person-initials",
            f"{shown}: initial {name.given.upper()!r} matches {target.given.title()!r}, same "
            f"surname, and no other person with that surname and initial is in the corpus",
        )
    differences = [
        label
        for label, present in (
            ("a title", name.title or target.title),
            ("middle names", name.middles != target.middles),
            ("a suffix", name.suffix != target.suffix),
            ("a nickname", name.nicknames != target.nicknames),
        )
        if present
    ]
    if not differences:
        return (
            "person-spelling",
            f"{shown}: the same name apart from case, accents, punctuation or a possessive",
        )
    return (
        "person-name-variant",
        f"{shown}: same first name and surname as {target.label!r}; differs only by "
        f"{' and '.join(differences)}, which do not conflict",
    )
