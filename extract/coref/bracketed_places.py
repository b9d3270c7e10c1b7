"""A place's other name in brackets after it: "Mumbai (Bombay)", "Myanmar's Yangon (Rangoon)".

News gives a renamed city's old name, or its local name, in brackets the first time it names
it. The two names are one place when the gazetteer (``extract.dates_places.places``) lists the
bracketed name among the first name's own names, so "Portland (Oregon)" stays two places: the
qualifier is not a name of the city. Every mention of either name in the article then takes
the first name's key, so a later bare "Bombay" is Mumbai too.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.dates_places.places import candidates, fold
from extract.mentions.keys import entity_key
from extract.mentions.mention import ActorMention
from extract.types import EntityType


def join_bracketed_places(doc: Doc, mentions: list[ActorMention]) -> None:
    """Give the mentions of a bracketed other name the key and name of the place it follows.

    >>> import spacy
    >>> doc = spacy.blank("en")("Police in Mumbai ( Bombay ) arrested men . Bombay is calm .")
    >>> mentions = [ActorMention(2, 3, EntityType.PLACE, "Mumbai"),
    ...             ActorMention(4, 5, EntityType.PLACE, "Bombay"),
    ...             ActorMention(9, 10, EntityType.PLACE, "Bombay")]
    >>> join_bracketed_places(doc, mentions)
    >>> [(m.name, m.key) for m in mentions]
    [('Mumbai', 'place/mumbai'), ('Mumbai', 'place/mumbai'), ('Mumbai', 'place/mumbai')]
    """
    places = [m for m in mentions if m.type is EntityType.PLACE and not m.key]
    by_start = {m.start: m for m in places}
    renamed: dict[str, ActorMention] = {}
    for first in places:
        if first.end + 2 >= len(doc) or doc[first.end].text != "(":
            continue
        other = by_start.get(first.end + 1)
        if other is None or doc[other.end].text != ")" or other.name == first.name:
            continue
        if _same_place(first.name, other.name):
            renamed.setdefault(other.name, first)
    for mention in places:
        named = renamed.get(mention.name)
        if named is not None:
            mention.name = named.name
            mention.key = entity_key(EntityType.PLACE, named.name)
    for named in renamed.values():
        named.key = entity_key(EntityType.PLACE, named.name)


def _same_place(name: str, other: str) -> bool:
    """Whether the gazetteer's strongest place called ``name`` is also called ``other``.

    >>> _same_place("Mumbai", "Bombay"), _same_place("Portland", "Oregon")
    (True, False)
    """
    found = candidates(name)
    if not found:
        return False
    strongest = found[0]
    return any(place == strongest for place in candidates(other)) and fold(other) != fold(name)
