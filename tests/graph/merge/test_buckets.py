"""Resolution buckets: resolving the keys connected through shared buckets gives the same keys
as resolving everything, which is what lets the store read only those (graph.store)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from extract.mentions.keys import entity_key
from extract.types import Entity, EntityType
from graph.merge.buckets import linked_bucket, resolution_buckets
from graph.merge.resolve import resolve_keys
from graph.run.corpus import iter_results

PER, ORG, EVT, AGR, PLACE, COUNTRY = (
    EntityType.PERSON,
    EntityType.ORGANIZATION,
    EntityType.EVENT,
    EntityType.AGREEMENT,
    EntityType.PLACE,
    EntityType.COUNTRY,
)


def _entity(kind: EntityType, label: str, *aliases: str) -> Entity:
    return Entity(entity_key(kind, label), label, kind, (label, *aliases))


#: One or more cases of every rule of graph.merge.resolve, with a near miss beside each.
RULE_CASES = [
    _entity(PER, "Trump"),
    _entity(PER, "Donald J. Trump"),
    _entity(PER, "President Trump's"),
    _entity(PER, "Bob Mueller"),
    _entity(PER, "Robert S. Mueller III"),
    _entity(PER, "Xi Jinping"),
    _entity(PER, "Kim Jong Un"),
    _entity(PER, "K. Jong Un"),
    _entity(PER, "Melania Trump"),
    _entity(ORG, "DHS"),
    _entity(ORG, "Department of Homeland Security"),
    _entity(ORG, "The Associated Press"),
    _entity(ORG, "Associated Press"),
    _entity(ORG, "the AP"),
    _entity(ORG, "IRA"),
    _entity(ORG, "Internet Research Agency"),
    _entity(ORG, "Irish Republican Army"),
    _entity(ORG, "Federal Bureau of Investigation", "FBI"),
    _entity(ORG, "F.B.I."),
    _entity(ORG, "Bureau of Alcohol, Tobacco and Firearms", "ATF"),  # initials do not spell it
    _entity(ORG, "ATF"),
    _entity(ORG, "Reuters"),
    # Keys made apart by hand: only the normalised name says these are one.
    Entity("organization/reuters-s", "Reuters's", ORG, ("Reuters's",)),
    _entity(ORG, "Crimea"),
    _entity(ORG, "Georgia"),
    _entity(PLACE, "Crimea"),
    _entity(PLACE, "Georgia"),
    _entity(COUNTRY, "Georgia"),
    _entity(EVT, "2016 election"),
    _entity(EVT, "2016 presidential election"),
    _entity(EVT, "2016 U.S. elections"),
    _entity(EVT, "2020 election"),
    _entity(EVT, "interference in the 2016 U.S. election campaign"),
    _entity(EVT, "the 2016 race"),
    _entity(AGR, "INF Treaty"),
    _entity(AGR, "Intermediate-Range Nuclear Forces Treaty"),
    _entity(AGR, "1991 Strategic Arms Reduction Treaty"),
    _entity(AGR, "Strategic Arms Reduction Treaty"),
    _entity(AGR, "2014 Minsk Agreement"),
    _entity(AGR, "2015 Minsk Agreement"),
    _entity(AGR, "Minsk Agreement"),
    _entity(EVT, "talks"),
    _entity(EVT, "talk"),
    _entity(AGR, "the Paris Agreements"),
    _entity(AGR, "Paris Agreement"),
]


def _connected(entities: list[Entity], start: Entity) -> list[Entity]:
    """The entities reachable from ``start`` through shared buckets (as the store reads them)."""
    buckets_of = {e.key: resolution_buckets(e.type, e.key, {e.label, *e.aliases}) for e in entities}
    keys_in: dict[str, set[str]] = defaultdict(set)
    for key, buckets in buckets_of.items():
        for bucket in buckets:
            keys_in[bucket].add(key)
    reached, frontier = {start.key}, set(buckets_of[start.key])
    seen: set[str] = set()
    while frontier:
        seen |= frontier
        new = {key for bucket in frontier for key in keys_in[linked_bucket(bucket)]} - reached
        reached |= new
        frontier = set().union(*(buckets_of[key] for key in new)) - seen
    return [e for e in entities if e.key in reached]


def _assert_local_resolution_agrees(entities: list[Entity]) -> int:
    """Resolving each key's connected entities maps every one of them as resolving all does."""
    everything = resolve_keys(entities)
    checked = 0
    for entity in entities:
        part = _connected(entities, entity)
        local = resolve_keys(part)
        for member in part:
            assert local.get(member.key, member.key) == everything.get(member.key, member.key), (
                member.key,
                [e.key for e in part],
            )
        checked += len(part)
    return checked


def test_every_rule_resolves_the_same_within_the_connected_keys() -> None:
    assert len(resolve_keys(RULE_CASES)) >= 12  # the cases do exercise the rules
    assert _assert_local_resolution_agrees(RULE_CASES) > len(RULE_CASES)


def test_the_sample_and_seed_articles_resolve_the_same_within_the_connected_keys(
    examples_dir: Path, seeds_dir: Path
) -> None:
    entities = [e for result in iter_results([examples_dir, seeds_dir]) for e in result.entities]
    assert resolve_keys(entities)
    assert _assert_local_resolution_agrees(entities) >= len({e.key for e in entities})


@pytest.mark.parametrize(
    ("kind", "label", "expected"),
    [
        (PER, "President Trump", {"surname:trump"}),
        (ORG, "DHS", {"acronym-short:DHS:", "acronym-long:DHS:", "form:dhs", "place-org:dhs"}),
        (AGR, "agreement/a1--new-treaty", set()),
    ],
)
def test_buckets_of_a_name(kind: EntityType, label: str, expected: set[str]) -> None:
    key = label if "/" in label else entity_key(kind, label)
    assert resolution_buckets(kind, key, [label]) == expected


def test_keys_sharing_no_bucket_are_far_apart() -> None:
    trump = resolution_buckets(PER, "person/donald-trump", ["Donald Trump"])
    mueller = resolution_buckets(PER, "person/robert-mueller", ["Robert Mueller"])
    assert trump and mueller and not trump & mueller
