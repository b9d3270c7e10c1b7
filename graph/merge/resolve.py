"""Cross-article entity resolution: decide which entity keys denote the same real-world thing.

Within one article the extractor already maps "Lavrov" to "Sergei Lavrov". Across articles a
name may be spelled many ways ("Trump", "President Trump", "Donald J. Trump"; "DHS", "the
Department of Homeland Security"; "2016 election", "2016 U.S. elections"), so before merging
the corpus we map such keys onto one key per real-world entity. The rules live by type:

* people: ``graph.merge.people`` (surnames, initials, middle names, nicknames, titles);
* organisations: ``graph.merge.organisations`` (name variants, acronyms ↔ long forms);
* events and agreements: ``graph.merge.events`` (name variants, acronyms, same head noun +
  same year + compatible modifiers);
* countries and places: nothing (countries are keyed by ISO code already), except that an
  organisation key whose every name is one place's or country's name folds into it
  (``graph.merge.places``: "Crimea" tagged as an organisation).

Every rule is conservative (a name that could be two things is left alone), deterministic (a
pure function of the set of entities, whatever their order), explainable (each merge is a
``Merge`` record with a rule and a reason, kept on the node as ``merge_reasons`` by
``graph.merge.build.record_merge_reasons``) and indexed
(by surname, initials or head noun and year), so a 10,000-article corpus costs no pairwise
comparison of all its names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from extract.types import Entity, EntityType
from graph.merge.clusters import KeyNames, Merge, compose
from graph.merge.events import resolve_events
from graph.merge.organisations import resolve_organisations
from graph.merge.people import resolve_people
from graph.merge.places import resolve_place_named_organisations

_RESOLVERS = {
    EntityType.PERSON: resolve_people,
    EntityType.ORGANIZATION: resolve_organisations,
    EntityType.EVENT: resolve_events,
    EntityType.AGREEMENT: resolve_events,
}


@dataclass(frozen=True)
class Resolution:
    """The merges decided for a corpus and the key each merged key ends up at."""

    merges: tuple[Merge, ...]
    mapping: dict[str, str]
    # Each kept key's own longest label, which names its node (graph.merge.build records it).
    labels: dict[str, str] = field(default_factory=dict)

    def reasons_for(self, node: str, members: Iterable[str]) -> list[str]:
        """The explanation lines of every merge that led a key of ``members`` into ``node``.

        >>> r = resolve_entities([Entity("person/trump", "Trump", EntityType.PERSON),
        ...     Entity("person/donald-trump", "Donald Trump", EntityType.PERSON)])
        >>> r.reasons_for("person/donald-trump", ["person/trump"])  # doctest: +ELLIPSIS
        ['person/trump → person/donald-trump: [person-surname] "Trump" is the surname of ...']
        """
        return sorted(
            merge.describe()
            for member in set(members)
            for merge in self.merges_by_source.get(member, ())
            if self.mapping.get(merge.source) == node
        )

    @cached_property
    def merges_by_source(self) -> dict[str, tuple[Merge, ...]]:
        """The merges indexed by source key, so ``reasons_for`` need not scan every merge."""
        index: dict[str, list[Merge]] = defaultdict(list)
        for merge in self.merges:
            index[merge.source].append(merge)
        return {source: tuple(found) for source, found in index.items()}


def collect_key_names(entities: Iterable[Entity]) -> list[KeyNames]:
    """One ``KeyNames`` per distinct key: the union of the labels and aliases seen for it."""
    labels: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    types: dict[str, EntityType] = {}
    for entity in entities:
        types.setdefault(entity.key, entity.type)
        labels[entity.key].add(entity.label)
        aliases[entity.key].update(entity.aliases)
    return [
        KeyNames(key, types[key], frozenset(labels[key]), frozenset(aliases[key]))
        for key in sorted(types)
    ]


def resolve_entities(entities: Iterable[Entity]) -> Resolution:
    """Decide which keys of a corpus are one real-world entity, with the reason for each.

    >>> r = resolve_entities([Entity("organization/dhs", "DHS", EntityType.ORGANIZATION),
    ...     Entity("organization/department-of-homeland-security",
    ...            "Department of Homeland Security", EntityType.ORGANIZATION)])
    >>> r.mapping
    {'organization/dhs': 'organization/department-of-homeland-security'}
    >>> r.merges[0].rule
    'acronym-initials'
    """
    by_type: dict[EntityType, list[KeyNames]] = defaultdict(list)
    for names in collect_key_names(entities):
        by_type[names.type].append(names)
    merges: list[Merge] = []
    for entity_type, resolver in _RESOLVERS.items():
        if by_type.get(entity_type):
            merges.extend(resolver(by_type[entity_type]))
    settled = {merge.source for merge in merges} | {merge.target for merge in merges}
    merges.extend(
        resolve_place_named_organisations(
            by_type.get(EntityType.ORGANIZATION, []),
            by_type.get(EntityType.PLACE, []) + by_type.get(EntityType.COUNTRY, []),
            settled=settled,
        )
    )
    merges.sort(key=lambda merge: (merge.source, merge.target, merge.rule))
    mapping = compose(merges)
    kept = set(mapping.values())
    labels = {
        names.key: min(names.labels, key=lambda text: (-len(text), text))
        for entries in by_type.values()
        for names in entries
        if names.key in kept
    }
    return Resolution(tuple(merges), mapping, labels)


def resolve_keys(entities: Iterable[Entity]) -> dict[str, str]:
    """Map each entity key that names the same thing as another to the key kept for it.

    Keys that stay as they are are absent from the mapping.

    >>> from extract.types import Entity, EntityType as T
    >>> resolve_keys([Entity("person/trump", "Trump", T.PERSON),
    ...               Entity("person/donald-trump", "Donald Trump", T.PERSON)])
    {'person/trump': 'person/donald-trump'}
    """
    return resolve_entities(entities).mapping
