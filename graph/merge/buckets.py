"""The buckets a key falls in for cross-article resolution: who it could possibly merge with.

Every rule of ``graph.merge.resolve`` compares names only inside a bucket: people by surname,
organisations and events by normalised name and by acronym spelling, events also by head noun
and year and by proper name without its year, organisations and places by their plain names.
``resolution_buckets`` gives every bucket any name of a key falls in, under any of those rules.
Two keys that share none cannot merge, nor can either change what happens to the other; so
resolving a set of keys only needs the keys connected to it through shared buckets. The store
uses that to read, for a batch of new articles, just the stored entities that matter
(``graph.store.stored_names``) instead of every entity stored.

Two rules match one side of a name against the other, never a side against itself: an
acronym against the long forms it could stand for, an organisation's name against places'
names. Their buckets come in pairs (``acronym-short:``/``acronym-long:``, ``place-org:``/
``place-of:``) and ``linked_bucket`` says where a bucket's keys are to be found: in the same
bucket, or in its partner. Two long forms with the same initials, or two places of one name,
are not thereby connected (on the whole Reuters store, one two-letter spelling alone is shared
by a hundred long forms).

Buckets are an over-approximation on purpose: every name of a key (labels and aliases alike)
counts, though a resolver reads some rules from the chosen label only. A bucket too many costs
a few extra entities read; a bucket missing would change a merge, which the tests rule out by
checking that every merge ``resolve_entities`` makes is between keys sharing a bucket.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from extract.types import EntityType
from graph.merge.events import _proper_name_without_year, event_form, parse_event_name
from graph.merge.organisations import _split_acronym, long_form_spellings, name_form
from graph.merge.person_names import parse_person_name

_NAMED_LIKE_PLACES = frozenset({EntityType.ORGANIZATION, EntityType.PLACE, EntityType.COUNTRY})
_EVENT_LIKE = frozenset({EntityType.EVENT, EntityType.AGREEMENT})


def resolution_buckets(entity_type: EntityType, key: str, names: Iterable[str]) -> set[str]:
    """Every resolution bucket that a key of ``entity_type`` with these names falls in.

    >>> sorted(resolution_buckets(EntityType.PERSON, "person/trump", ["President Trump"]))
    ['surname:trump']
    >>> sorted(resolution_buckets(EntityType.ORGANIZATION, "organization/dhs", ["DHS"]))
    ['acronym-long:DHS:', 'acronym-short:DHS:', 'form:dhs', 'place-org:dhs']
    """
    buckets: set[str] = set()
    if entity_type in _EVENT_LIKE and "--" in key.split("/", 1)[-1]:
        return buckets  # article-scoped: never merged across articles (graph.merge.events)
    for name in names:
        if entity_type is EntityType.PERSON:
            parsed = parse_person_name(key, name)
            if parsed is not None:
                buckets.add(f"surname:{parsed.surname}")
            continue
        if entity_type in _NAMED_LIKE_PLACES and name.strip():
            side = "place-org" if entity_type is EntityType.ORGANIZATION else "place-of"
            buckets.add(f"{side}:{name.casefold()}")
        if entity_type is EntityType.ORGANIZATION:
            buckets.add(f"form:{name_form(name)}")
            buckets.update(_acronym_buckets(name))
        elif entity_type in _EVENT_LIKE:
            buckets.update(_event_buckets(entity_type, key, name))
    return buckets


def _event_buckets(entity_type: EntityType, key: str, name: str) -> Iterator[str]:
    yield f"event-form:{event_form(name)}"
    yield from _acronym_buckets(name)
    parsed = parse_event_name(key, name)
    if parsed is not None:
        yield f"same-event:{entity_type.value}:{parsed.head}:{' '.join(parsed.years)}"
    without_year = _proper_name_without_year(name)
    if without_year is not None:
        yield f"named:{entity_type.value}:{without_year}"


def _acronym_buckets(name: str) -> Iterator[str]:
    """The acronym a name is, or every acronym its words could spell (as the long-form index
    of ``graph.merge.organisations`` reads them), each with the words after it."""
    split = _split_acronym(name)
    if split is not None:
        letters, tail = split
        yield f"acronym-short:{letters}:{tail}"
        # An acronym an article gave as an alias of a long form stands for that long form
        # (the alias index of graph.merge.organisations): for other acronyms, a long side.
        yield f"acronym-long:{letters}:{tail}"
        return
    for spelling, tail in long_form_spellings(name):
        yield f"acronym-long:{spelling}:{tail}"


_PARTNERS = {
    "acronym-short": "acronym-long",
    "acronym-long": "acronym-short",
    "place-org": "place-of",
    "place-of": "place-org",
}


def linked_bucket(bucket: str) -> str:
    """The bucket where the keys that ``bucket`` connects a key to are: its partner for the
    rules that match one side against the other, else itself.

    >>> linked_bucket("acronym-long:DHS:"), linked_bucket("surname:trump")
    ('acronym-short:DHS:', 'surname:trump')
    """
    kind, _, rest = bucket.partition(":")
    return f"{_PARTNERS[kind]}:{rest}" if kind in _PARTNERS else bucket


__all__ = ["linked_bucket", "resolution_buckets"]
