"""Cross-article resolution of events and agreements: "2016 election" = "2016 U.S. elections".

Four rules, in this order (records chain):

1. **Name variants**: equal names once case, "the", possessives, punctuation and plural
   endings are ignored ("the Paris Agreement" = "Paris Agreement", "talks" = "talk").
2. **Acronyms**: as for organisations ("INF Treaty" → "Intermediate-Range Nuclear Forces
   Treaty").
3. **Same head, same year, compatible modifiers**: a name is read as a head noun (the last
   word, or the last word before "in"/"of"/"on"/… in "interference in the 2016 election"),
   a year, and modifiers. Names with the same head and the same year are the same event when
   their modifiers do not conflict: at most one *kind* each (presidential, parliamentary,
   midterm, …) and, for the other modifiers, one side's are a subset of the other's. So
   "2016 presidential election", "2016 U.S. elections" and "2016 election" merge, but
   "2016 U.S. election" and "2016 French election" do not, nor "2016 election" and "2020
   election", nor anything without a year (too vague to merge across articles). "Election
   campaign" reads as the election, and "race" with no other modifiers as an election
   ("the 2016 race"), never "arms race".
4. **Proper names with and without their year**: a capitalised name of two or more words is
   the same with or without a year ("1991 Strategic Arms Reduction Treaty" = "Strategic Arms
   Reduction Treaty"), unless it occurs with two different years ("2014 Minsk Agreement",
   "2015 Minsk Agreement"), which leaves the yearless one apart.

Names are bucketed by (type, head, year) before any comparison, so cost grows with the corpus
and not with its square; inside a bucket ``cluster_compatible`` refuses ambiguous merges.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from extract.types import EntityType
from graph.merge.clusters import KeyNames, Merge, ParsedLabel, cluster_compatible
from graph.merge.organisations import (
    fold_into_targets,
    name_form,
    resolve_acronyms,
    resolve_name_variants,
)

_PREPOSITIONS = frozenset({"in", "of", "on", "for", "over", "against", "at", "with", "about"})
_NEUTRAL = frozenset(
    {"a", "an", "the", "new", "recent", "last", "next", "upcoming", "latest", "this", "that"}
)
_KINDS = frozenset(
    [
        "presidential",
        "parliamentary",
        "legislative",
        "midterm",
        "primary",
        "general",
        "local",
        "municipal",
        "regional",
        "congressional",
        "gubernatorial",
        "senate",
        "senatorial",
        "mayoral",
        "snap",
        "federal",
        "provincial",
        "runoff",
        "bilateral",
        "trilateral",
        "multilateral",
    ]
)
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


@dataclass(frozen=True)
class EventName(ParsedLabel):
    """An event or agreement name read as head noun, year(s), kind and other modifiers."""

    head: str
    years: tuple[str, ...]
    kinds: frozenset[str]
    others: frozenset[str]
    reread: bool = False  # "campaign" dropped or "race" read as election


def singular(word: str) -> str:
    """A plural noun's singular by the regular English endings; other words unchanged.

    >>> [singular(w) for w in ("elections", "talks", "us", "crisis", "treaties", "press")]
    ['election', 'talk', 'us', 'crisis', 'treaty', 'press']
    """
    if len(word) <= 3 or word.endswith(("ss", "us", "is")) or not word.endswith("s"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1]


def event_form(label: str) -> str:
    """``name_form`` with every word in the singular: "the 2016 U.S. Elections" → "2016 us
    election"."""
    return " ".join(singular(word) for word in name_form(label).split())


def parse_event_name(key: str, label: str) -> EventName | None:
    """Read a name as head, years and modifiers; ``None`` when it has no year or no head.

    >>> name = parse_event_name("event/x", "interference in the 2016 U.S. elections")
    >>> name.head, name.years, sorted(name.kinds), sorted(name.others)
    ('interference', ('2016',), [], ['election', 'us'])
    """
    words = [w for w in event_form(label).split() if w not in _NEUTRAL]
    split_at = next((i for i, w in enumerate(words) if w in _PREPOSITIONS and i > 0), len(words))
    before, after = words[:split_at], [w for w in words[split_at + 1 :] if w not in _PREPOSITIONS]
    modifiers = [*before[:-1], *after]
    head = before[-1] if before else ""
    if head == "campaign" and modifiers and modifiers[-1] == "election":
        head = modifiers.pop()
    # "An election campaign" is talked about as the election ("interference in the campaign").
    modifiers = [
        w
        for n, w in enumerate(modifiers)
        if not (w == "campaign" and modifiers[n - 1 : n] == ["election"])
    ]
    years = tuple(sorted({w for w in modifiers if _YEAR.match(w)}))
    if not years or not head or _YEAR.match(head):
        return None
    kinds = frozenset(w for w in modifiers if w in _KINDS)
    others = frozenset(w for w in modifiers if w not in _KINDS and not _YEAR.match(w))
    if head == "race" and not others:
        head = "election"
    reread = head != before[-1] or len(modifiers) != len(before) - 1 + len(after)
    return EventName(key, label, head, years, kinds, others, reread)


def _compatible(left: EventName, right: EventName) -> bool:
    if (left.head, left.years) != (right.head, right.years):
        return False
    if left.kinds and right.kinds and left.kinds != right.kinds:
        return False
    return left.others <= right.others or right.others <= left.others


def _preference(name: EventName) -> tuple[int, bool, int, str]:
    # The most specific name stands for the event, preferring one taken literally ("2016
    # presidential election" over "2016 presidential election campaign"), then the longer.
    return (-(len(name.kinds) + len(name.others)), name.reread, -len(name.label), name.key)


def resolve_same_events(entries: Iterable[KeyNames]) -> list[Merge]:
    """Rule 3 of the module docstring: same head, same year, compatible modifiers."""
    buckets: dict[tuple[EntityType, str, tuple[str, ...]], list[EventName]] = defaultdict(list)
    for entry in entries:
        parsed = parse_event_name(entry.key, entry.label)
        if parsed is not None:
            buckets[(entry.type, parsed.head, parsed.years)].append(parsed)
    merges: list[Merge] = []
    for bucket in sorted(buckets):
        names = sorted(buckets[bucket], key=lambda name: name.key)
        for group in cluster_compatible(names, _compatible):
            target = min(group, key=_preference)
            for name in group:
                if name.key == target.key:
                    continue
                mods = {n.label: sorted(n.kinds | n.others) or ["none"] for n in (name, target)}
                merges.append(
                    Merge(
                        name.key,
                        target.key,
                        "same-event",
                        f'"{name.label}" and "{target.label}": same head noun "{target.head}" '
                        f"and year {', '.join(target.years)}; modifiers "
                        f"{' vs '.join('/'.join(m) for m in mods.values())} do not conflict, "
                        f"and no other {target.head} of that year fits both",
                    )
                )
    return merges


def _proper_name_without_year(label: str) -> str | None:
    """ "1991 Strategic Arms Reduction Treaty" → "strategic arms reduction treaty"; None when
    the label is not a capitalised name of two or more words."""
    words = [w for w in re.sub(r"^[Tt]he\s+", "", label).split() if not _YEAR.match(w)]
    major = [w for w in words if w.lower() not in _PREPOSITIONS | {"and", "the", "a", "an"}]
    if len(major) < 2 or not all(w[0].isupper() for w in major):
        return None
    return event_form(" ".join(words))


def _year_of(label: str) -> str:
    return next((w for w in label.split() if _YEAR.match(w)), "")


def _one_is_yearless(left: KeyNames, right: KeyNames) -> bool:
    return not _year_of(left.label) or not _year_of(right.label)


def resolve_named_years(entries: Iterable[KeyNames]) -> list[Merge]:
    """Rule 4 of the module docstring: proper names with and without a year."""
    buckets: dict[tuple[EntityType, str], list[KeyNames]] = defaultdict(list)
    for entry in entries:
        name = _proper_name_without_year(entry.label)
        if name is not None:
            buckets[(entry.type, name)].append(entry)
    merges: list[Merge] = []
    for bucket in sorted(buckets):
        entries_here = sorted(buckets[bucket], key=lambda entry: entry.key)
        for group in cluster_compatible(entries_here, _one_is_yearless):
            # The yearless name is how the thing is usually called, so it keys the node.
            target = min(group, key=lambda entry: (bool(_year_of(entry.label)), entry.key))
            merges.extend(
                Merge(
                    entry.key,
                    target.key,
                    "named-year-variant",
                    f'"{entry.label}" is the proper name "{target.label}" with its year; no '
                    f"other year is given for it in the corpus",
                )
                for entry in group
                if entry.key != target.key
            )
    return merges


def resolve_events(entries: Iterable[KeyNames]) -> list[Merge]:
    """All three rules over event or agreement keys (see the module docstring).

    >>> from extract.types import EntityType as T
    >>> names = [KeyNames(f"event/{n}", T.EVENT, frozenset({l}), frozenset()) for n, l in
    ...          [("e1", "2016 election"), ("e2", "2016 presidential election"),
    ...           ("e3", "2016 U.S. elections"), ("e4", "2020 election")]]
    >>> sorted((m.source, m.target) for m in resolve_events(names))
    [('event/e1', 'event/e2'), ('event/e3', 'event/e2')]
    """
    # Article-scoped keys ("agreement/<article>--new-treaty") name nothing beyond their
    # article, so they never merge across articles (see extract.mentions.keys.article_scoped_key).
    entries = [entry for entry in entries if "--" not in entry.key.split("/", 1)[-1]]
    variants = resolve_name_variants(entries, form=event_form)
    remaining = fold_into_targets(entries, variants)
    acronyms = resolve_acronyms(remaining)
    remaining = fold_into_targets(remaining, acronyms)
    same = resolve_same_events(remaining)
    return variants + acronyms + same + resolve_named_years(fold_into_targets(remaining, same))
