"""People's names written with one letter wrong: "Kristin Wilkins" beside "Kristen Wilkins".

A reporter who names a person several times may slip once: a given name with one letter
changed ("Kristen Wilkins" twice, "Kristin Wilkins" once), or a bare surname with one letter
dropped ("K.C. Maurer" ... "Mauer"). Read literally, the slip is a second person, and it makes
the bare surname ambiguous ("Wilkins" now ends two full names). Within one article:

* a full name written once that differs from a full name written at least twice in one word
  only, one edit apart (``extract.vocabulary.misspellings.one_edit_apart``), is that name;
  two names written once each ("Louis Smith", "Louise Smith") are two people;
* a one-word name that no full name of the article explains and that is one edit from the
  surname of exactly one full name is that person, unless a dictionary knows the word as it is
  ("Reagan" beside "Donald Regan" is the president) or it is the surname's plural.

Both words must be five letters or longer: shorter names sit one letter from too many others.
"""

from __future__ import annotations

from collections import Counter

from extract.mentions.keys import entity_key
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.misspellings import MIN_LENGTH, is_known_word, one_edit_apart


def unify_respelt_full_names(mentions: list[ActorMention]) -> None:
    """Give a full name written once the spelling of the full name it misspells, in place.

    >>> names = ["Kristen Wilkins", "Kristin Wilkins", "Kristen Wilkins"]
    >>> found = [ActorMention(i, i + 2, EntityType.PERSON, n) for i, n in enumerate(names)]
    >>> unify_respelt_full_names(found)
    >>> sorted({m.name for m in found})
    ['Kristen Wilkins']
    """
    people = [m for m in mentions if m.type is EntityType.PERSON and " " in m.name]
    counts = Counter(m.name for m in people)
    spelling = {}
    for name, count in counts.items():
        if count != 1:
            continue
        fits = [other for other, times in counts.items() if times > 1 and _respelt(name, other)]
        if len(fits) == 1:
            spelling[name] = fits[0]
    for mention in people:
        mention.name = spelling.get(mention.name, mention.name)


def join_respelt_surnames(mentions: list[ActorMention]) -> None:
    """Give a one-word name left to itself the key of the one full name whose surname it
    misspells, in place; run after the surnames the article spells alike are joined.

    >>> full = ActorMention(0, 2, EntityType.PERSON, "Brent Beesely", key="person/brent-beesely")
    >>> slip = ActorMention(7, 8, EntityType.PERSON, "Beesley", key="person/beesley")
    >>> join_respelt_surnames([full, slip])
    >>> slip.key
    'person/brent-beesely'
    """
    people = [m for m in mentions if m.type is EntityType.PERSON]
    full_names = sorted({m.name for m in people if " " in m.name})
    for mention in people:
        word = mention.name
        if " " in word or mention.key != entity_key(EntityType.PERSON, word):
            continue  # a full name, or a surname already joined
        if len(word) < MIN_LENGTH or is_known_word(word):
            continue
        fits = [full for full in full_names if _respelt_word(word, full.split()[-1])]
        if len(fits) == 1:
            mention.name = fits[0]
            mention.key = entity_key(EntityType.PERSON, fits[0])


def _respelt(name: str, other: str) -> bool:
    words, others = name.split(), other.split()
    if len(words) != len(others):
        return False
    different = [(a, b) for a, b in zip(words, others, strict=True) if a != b]
    return len(different) == 1 and _respelt_word(*different[0])


def _respelt_word(word: str, other: str) -> bool:
    """Whether two name words are one edit apart, both long enough, and not a plural pair."""
    if min(len(word), len(other)) < MIN_LENGTH:
        return False
    if word + "s" == other or other + "s" == word:
        return False  # "the Wallenbergs", a family, beside "Wallenberg"
    return one_edit_apart(word, other)
