"""One name in one article is one thing: an organisation is not also a place."""

from __future__ import annotations

from extract.coref.one_type import unify_types
from extract.mentions.mention import ActorMention
from extract.types import EntityType


def test_the_majority_type_wins_for_every_mention_of_a_name() -> None:
    # "Bidders for Veltro ... Veltro said ... the sale of Veltro ... workers in Veltro"
    mentions = [
        ActorMention(2, 3, EntityType.ORGANIZATION, "Veltro"),
        ActorMention(8, 9, EntityType.ORGANIZATION, "Veltro"),
        ActorMention(15, 16, EntityType.ORGANIZATION, "Veltro"),
        ActorMention(22, 23, EntityType.PLACE, "Veltro"),
        ActorMention(30, 31, EntityType.PLACE, "Lisbon"),
    ]
    unify_types(mentions)
    assert [m.type for m in mentions[:4]] == [EntityType.ORGANIZATION] * 4
    assert mentions[4].type is EntityType.PLACE


def test_a_place_named_mostly_as_a_place_stays_one() -> None:
    mentions = [
        ActorMention(1, 2, EntityType.PLACE, "Crimea"),
        ActorMention(5, 6, EntityType.PLACE, "Crimea"),
        ActorMention(9, 10, EntityType.ORGANIZATION, "Crimea"),
    ]
    unify_types(mentions)
    assert {m.type for m in mentions} == {EntityType.PLACE}


def test_on_a_tie_a_name_the_gazetteer_knows_is_a_place() -> None:
    mentions = [
        ActorMention(1, 2, EntityType.PLACE, "Mindanao"),
        ActorMention(9, 10, EntityType.ORGANIZATION, "Mindanao"),
        ActorMention(12, 13, EntityType.PLACE, "KTZV"),
        ActorMention(15, 16, EntityType.ORGANIZATION, "KTZV"),
    ]
    unify_types(mentions)
    assert [m.type for m in mentions] == [EntityType.PLACE] * 2 + [EntityType.ORGANIZATION] * 2


def test_a_name_read_as_a_person_and_as_a_place_is_a_place() -> None:
    person = ActorMention(3, 5, EntityType.PERSON, "Tal Abyad")
    place = ActorMention(12, 14, EntityType.PLACE, "Tal Abyad")
    unify_types([person, place])
    assert person.type is EntityType.PLACE


def test_a_surname_of_a_person_named_in_full_stays_a_person() -> None:
    full = ActorMention(0, 2, EntityType.PERSON, "Valeska Paris")
    surname = ActorMention(9, 10, EntityType.PERSON, "Paris")
    city = ActorMention(20, 21, EntityType.PLACE, "Paris")
    unify_types([full, surname, city])
    assert surname.type is EntityType.PERSON
