"""Cross-article resolution of organisations (and the name rules agreements and events share).

Two rules, applied in this order, each only when the answer is unique in the corpus:

1. **Name variants**: keys whose names are equal once case, accents, a leading "the",
   a possessive and the dots of abbreviations are ignored are one organisation ("The
   Associated Press" = "Associated Press", "U.S. Senate" = "US Senate", "the AP" = "AP").
2. **Acronyms ↔ long forms**: a name that is an acronym, optionally followed by ordinary words
   ("DHS", "INF Treaty"), maps to the one long form that an article gave it as an alias
   ("the Department of Homeland Security (DHS)"), or else to the one long form whose initials
   spell it, with or without the small words ("Internet Research Agency" → IRA,
   "Joint Comprehensive Plan of Action" → JCPOA, "Intermediate-Range Nuclear Forces Treaty" →
   "INF Treaty"). Two long forms that fit (Irish Republican Army and Internet Research Agency
   for "IRA") leave the acronym on its own.

Long forms are indexed by their initials, so the cost is linear in the number of names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from graph.merge.clusters import KeyNames, Merge, compose

_MINOR_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "to", "a", "an", "&", "at"})
_ACRONYM = re.compile(r"^(?:[A-Z](?:\.?[A-Z&]){1,9}\.?|[A-Z](?:\.[A-Z])+\.?)$")
_MAX_TAIL = 2


def name_form(label: str) -> str:
    """A name with case, accents, a leading "the", possessives and abbreviation dots removed.

    >>> name_form("The Associated Press's")
    'associated press'
    >>> name_form("the U.S. Senate")
    'us senate'
    """
    text = label.replace("’", "'")
    text = re.sub(r"'s\b|'$", "", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"(?<=\b[A-Za-z])\.", "", text).lower().replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", text)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def fold_into_targets(entries: Iterable[KeyNames], merges: list[Merge]) -> list[KeyNames]:
    """The entries left after ``merges``, each carrying the names of the keys merged into it."""
    final = compose(merges)
    labels: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    types = {}
    for entry in entries:
        target = final.get(entry.key, entry.key)
        types[target] = entry.type
        if target == entry.key:
            labels[target] |= entry.labels
        aliases[target] |= entry.aliases | entry.labels
    return [
        KeyNames(key, types[key], frozenset(labels[key] or aliases[key]), frozenset(aliases[key]))
        for key in sorted(types)
    ]


def resolve_name_variants(
    entries: Iterable[KeyNames], form: Callable[[str], str] = name_form
) -> list[Merge]:
    """Merge keys whose names have the same ``form``; the shortest key is kept.

    >>> from extract.types import EntityType as T
    >>> [m.describe() for m in resolve_name_variants([
    ...     KeyNames("organization/the-ap", T.ORGANIZATION, frozenset({"the AP"}), frozenset()),
    ...     KeyNames("organization/ap", T.ORGANIZATION, frozenset({"AP"}), frozenset())])]
    ['organization/the-ap → organization/ap: [name-variant] "the AP" and "AP" are the same \
name apart from case, accents, a leading "the", possessives, plurals or punctuation']
    """
    by_form: dict[str, list[KeyNames]] = defaultdict(list)
    for entry in entries:
        by_form[form(entry.label)].append(entry)
    merges: list[Merge] = []
    for form_key in sorted(by_form):
        group = by_form[form_key]
        target = min(group, key=lambda entry: (len(entry.key), entry.key))
        merges.extend(
            Merge(
                entry.key,
                target.key,
                "name-variant",
                f'"{entry.label}" and "{target.label}" are the same name apart from case, '
                f'accents, a leading "the", possessives, plurals or punctuation',
            )
            for entry in sorted(group, key=lambda entry: entry.key)
            if entry.key != target.key
        )
    return merges


def _split_acronym(label: str) -> tuple[str, str] | None:
    """("DHS", "") for "DHS", ("INF", "treaty") for "INF Treaty", None for ordinary names."""
    words = label.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not _ACRONYM.match(words[0]):
        return None
    if any(_ACRONYM.match(word) for word in words[1:]):
        return None
    return words[0].replace(".", "").upper(), " ".join(words[1:]).lower()


def initial_spellings(words: list[str]) -> set[str]:
    """Every acronym the words could give: small words skipped or kept, hyphens split or not.

    >>> sorted(initial_spellings("Intermediate-Range Nuclear Forces".split()))
    ['INF', 'IRNF']
    >>> sorted(initial_spellings("Joint Comprehensive Plan of Action".split()))
    ['JCPA', 'JCPOA']
    """
    spellings = set()
    for keep_minor in (False, True):
        for split_hyphens in (False, True):
            parts = [p for w in words for p in (w.split("-") if split_hyphens else [w]) if p]
            kept = [p for p in parts if keep_minor or p.lower() not in _MINOR_WORDS]
            if len(kept) > 1 and all(p[0].isalpha() for p in kept):
                spellings.add("".join(p[0].upper() for p in kept))
    return spellings


def _spelled_out(entries: list[KeyNames]) -> Iterator[KeyNames]:
    """The entries whose own label is not an acronym: the long forms acronyms may stand for."""
    return (entry for entry in entries if not _split_acronym(entry.label))


def long_form_spellings(name: str) -> Iterator[tuple[str, str]]:
    """Every acronym a long name's words could spell, each with the words left after it
    (up to ``_MAX_TAIL`` of them, lower-cased), a leading "The" dropped.

    >>> sorted(long_form_spellings("International Monetary Fund Board"))
    [('IM', 'fund board'), ('IMF', 'board'), ('IMFB', '')]
    """
    words = re.sub(r"^[Tt]he\s+", "", name).split()
    for tail_length in range(min(_MAX_TAIL, len(words) - 2) + 1):
        head = words[: len(words) - tail_length]
        tail = " ".join(words[len(words) - tail_length :]).lower()
        for spelling in initial_spellings(head):
            yield spelling, tail


def _long_form_index(entries: list[KeyNames]) -> dict[tuple[str, str], set[str]]:
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in _spelled_out(entries):
        for name in entry.labels | entry.aliases:
            if _split_acronym(name):
                continue
            for spelling, tail in long_form_spellings(name):
                index[(spelling, tail)].add(entry.key)
    return index


def _alias_index(entries: list[KeyNames]) -> dict[tuple[str, str], set[str]]:
    """Acronyms that articles gave as aliases of a long form, e.g. DHS → the department."""
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in _spelled_out(entries):
        for alias in entry.aliases:
            split = _split_acronym(alias)
            if split:
                index[split].add(entry.key)
    return index


def resolve_acronyms(entries: Iterable[KeyNames]) -> list[Merge]:
    """Merge acronym keys into the single long form they abbreviate (see the module docstring).

    >>> from extract.types import EntityType as T
    >>> [m.rule for m in resolve_acronyms([
    ...     KeyNames("organization/ira", T.ORGANIZATION, frozenset({"IRA"}), frozenset()),
    ...     KeyNames("organization/internet-research-agency", T.ORGANIZATION,
    ...              frozenset({"Internet Research Agency"}), frozenset())])]
    ['acronym-initials']
    """
    entries = sorted(entries, key=lambda entry: entry.key)
    by_alias, by_initials = _alias_index(entries), _long_form_index(entries)
    merges: list[Merge] = []
    for entry in entries:
        split = _split_acronym(entry.label)
        if split is None:
            continue
        shown = entry.label
        named = by_alias.get(split, set()) - {entry.key}
        spelled = by_initials.get(split, set()) - {entry.key}
        if len(named) == 1:
            target = next(iter(named))
            merges.append(
                Merge(
                    entry.key,
                    target,
                    "acronym-alias",
                    f'an article gives "{shown}" as the short name of {target}, and no '
                    f"other long form has it",
                )
            )
        elif not named and len(spelled) == 1:
            target = next(iter(spelled))
            merges.append(
                Merge(
                    entry.key,
                    target,
                    "acronym-initials",
                    f'"{shown}" spells the initials of {target}, the only name in the corpus '
                    f"that it abbreviates",
                )
            )
    return merges


def resolve_organisations(organisations: Iterable[KeyNames]) -> list[Merge]:
    """Name-variant merges, then acronym merges over what is left (records chain)."""
    entries = list(organisations)
    variants = resolve_name_variants(entries)
    return variants + resolve_acronyms(fold_into_targets(entries, variants))
