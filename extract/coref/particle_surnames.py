"""Surnames that open with a particle, written alone: "De Keersmaeker" after "Paul de
Keersmaeker".

A surname such as "de Keersmaeker", "Van Rompuy", "van den Broek" or "La Riva" is more than
one word, so the rule that joins a one-word surname to its full name
(``extract.coref.within_article``) never sees it, and the small model often types it alone as
a body ("La Riva said ..."). A name made of particles (``WORDS.name_particles``, any case)
and one last word is such a surname when exactly one person's full name in the article ends
in it; it then becomes a mention of that person. With two full names ending in it, nothing
says which is meant, and it is left alone.
"""

from __future__ import annotations

from extract.mentions.keys import entity_key
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

#: Types the model gives a surname read alone: a person, or a body ("La Riva said").
_SURNAME_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION})


def particle_surname(full_name: str) -> str | None:
    """The surname of a full name whose surname opens with particles, case-folded: the words
    from the first particle after the given name on; None for any other name.

    >>> particle_surname("Paul de Keersmaeker"), particle_surname("Hans van den Broek")
    ('de keersmaeker', 'van den broek')
    >>> particle_surname("Herman Van Rompuy"), particle_surname("Angela Merkel")
    ('van rompuy', None)
    """
    words = full_name.split()
    for i in range(1, len(words) - 1):
        if words[i].lower() in WORDS.name_particles:
            return " ".join(words[i:]).casefold()
    return None


def is_particle_surname(name: str) -> bool:
    """Whether a name is particles and one last word: a surname written alone.

    >>> is_particle_surname("De Keersmaeker"), is_particle_surname("Paul Keersmaeker")
    (True, False)
    """
    words = name.split()
    return len(words) > 1 and all(w.lower() in WORDS.name_particles for w in words[:-1])


def join_particle_surnames(mentions: list[ActorMention]) -> list[ActorMention]:
    """Give each surname of particles written alone the type, name and key of the one person
    whose full name ends in it, in place; return the mentions so joined.

    >>> full = ActorMention(0, 3, EntityType.PERSON, "Paul de Keersmaeker")
    >>> alone = ActorMention(9, 11, EntityType.ORGANIZATION, "De Keersmaeker")
    >>> [m.key for m in join_particle_surnames([full, alone])]
    ['person/paul-de-keersmaeker']
    >>> alone.type.value
    'Person'
    """
    owners: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.type is EntityType.PERSON and " " in mention.name:
            tail = particle_surname(mention.name)
            if tail is not None:
                owners.setdefault(tail, set()).add(mention.name)
    joined: list[ActorMention] = []
    if not owners:
        return joined
    for mention in mentions:
        if mention.type not in _SURNAME_TYPES or not is_particle_surname(mention.name):
            continue
        names = owners.get(mention.name.casefold(), set())
        if len(names) == 1:
            mention.type = EntityType.PERSON
            mention.name = next(iter(names))
            mention.key = entity_key(EntityType.PERSON, mention.name)
            joined.append(mention)
    return joined
