"""One type per name within an article: an organisation is not also a place.

The small model tags the same name differently from sentence to sentence: "CGCT" is an
organisation five times and, after "in", a place once; "Mahan Air" an organisation in one
sentence and a facility in the next. A reader takes one name in one article for one thing, so
every mention of a name typed both ways takes the type most of its mentions have. On a tie the
gazetteer decides: a name it knows as a place ("Crete", "Mindanao") is a place, any other
("CGCT", "YPG") an organisation.

A name read as a person in one sentence and as a place in another ("entered Tell Tamer and Ain
Issa" ... "a camp at Ain Issa") is a place: the model takes an unknown name for a person by
default, while a place reading rests on the words around it (a preposition of place, an area
noun) or on the gazetteer.
"""

from __future__ import annotations

from collections import Counter

from extract.dates_places.places import place_country
from extract.mentions.mention import ActorMention
from extract.types import EntityType

_EITHER = (EntityType.ORGANIZATION, EntityType.PLACE)


def unify_types(mentions: list[ActorMention]) -> None:
    """Give every organisation-or-place mention of one name the name's majority type, in place.

    >>> cgct = [ActorMention(i, i + 1, EntityType.ORGANIZATION, "CGCT") for i in range(2)]
    >>> place = ActorMention(9, 10, EntityType.PLACE, "CGCT")
    >>> unify_types([*cgct, place])
    >>> place.type.value
    'Organization'
    """
    _places_over_people(mentions)
    votes: dict[str, Counter[EntityType]] = {}
    for mention in mentions:
        if mention.type in _EITHER and not mention.key:
            votes.setdefault(_folded(mention.name), Counter())[mention.type] += 1
    for mention in mentions:
        count = votes.get(_folded(mention.name)) if mention.type in _EITHER else None
        if count is None or len(count) < 2 or mention.key:
            continue
        organisations, places = count[EntityType.ORGANIZATION], count[EntityType.PLACE]
        if places == organisations:
            known_place = place_country(mention.name.removeprefix("the ")) is not None
            mention.type = EntityType.PLACE if known_place else EntityType.ORGANIZATION
        else:
            mention.type = EntityType.PLACE if places > organisations else EntityType.ORGANIZATION


def _folded(name: str) -> str:
    return name.removeprefix("the ").removeprefix("The ").casefold()


def _places_over_people(mentions: list[ActorMention]) -> None:
    """Give the person mentions of a name that other mentions type as a place the place type;
    a surname of a person named in full stays a person ("Valeska Paris" ... "Paris said")."""
    places = {_folded(m.name) for m in mentions if m.type is EntityType.PLACE and not m.key}
    if not places:
        return
    places -= {
        _folded(m.name.split()[-1])
        for m in mentions
        if m.type is EntityType.PERSON and " " in m.name
    }
    for mention in mentions:
        if (
            mention.type is EntityType.PERSON
            and not mention.key
            and _folded(mention.name) in places
        ):
            mention.type = EntityType.PLACE
