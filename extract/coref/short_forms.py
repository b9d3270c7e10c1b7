"""Short forms of names within one article: "the Fund", "Chevron", "Yu".

News names a body in full once and then by part of its name. Within one article:

* an organisation named by the last words of exactly one longer organisation name of the
  article is that organisation: "the Fund" after "the International Monetary Fund", "the
  Community" for "the European Community", "the Supreme Court" for "the U.S. Supreme Court";
* an organisation named by the first words of exactly one longer name whose other words only
  complete it (``WORDS.company_forms``, ``WORDS.party_name_words``) is that organisation:
  "Chevron" = "Chevron Corp", "Labour" = "Labour Party";
* a one-word person mention that is the first word of exactly one full name of the article
  whose given name is hyphenated is that person: Chinese and Korean names put the surname
  first ("Premier Yu Kuo-Hua" ... "Yu said"; "Rha Woong-Bae" ... "Rha").

Two longer names that fit leave the short one alone ("the Commission" in an article naming the
European Commission and the Tower Commission).
"""

from __future__ import annotations

from extract.mentions.keys import entity_key
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS


def resolve_short_forms(mentions: list[ActorMention]) -> None:
    """Give short organisation names and surname-first short names their full name's key.

    >>> from extract.mentions.mention import ActorMention
    >>> from extract.types import EntityType
    >>> full = ActorMention(0, 3, EntityType.ORGANIZATION, "International Monetary Fund")
    >>> short = ActorMention(9, 10, EntityType.ORGANIZATION, "Fund")
    >>> resolve_short_forms([full, short])
    >>> short.key, short.name
    ('organization/international-monetary-fund', 'International Monetary Fund')
    """
    organisations = [m for m in mentions if m.type is EntityType.ORGANIZATION and not m.key]
    full_names = sorted({m.name for m in organisations if " " in m.name})
    for mention in organisations:
        full = _only(_organisation_fits(mention.name, full_names))
        if full is not None:
            mention.name = full
            mention.key = entity_key(EntityType.ORGANIZATION, full)
    people = [m for m in mentions if m.type is EntityType.PERSON]
    surname_first = sorted({m.name for m in people if _given_name_hyphenated(m.name)})
    for mention in people:
        if " " in mention.name or mention.key != entity_key(EntityType.PERSON, mention.name):
            continue  # a full name, or a surname rule 1 already joined
        full = _only([n for n in surname_first if n.split()[0] == mention.name])
        if full is not None:
            mention.name = full
            mention.key = entity_key(EntityType.PERSON, full)


def _organisation_fits(name: str, full_names: list[str]) -> list[str]:
    words = name.removeprefix("the ").split()
    size = len(words)
    if not words:
        return []
    fits = []
    completions = WORDS.company_forms | WORDS.party_name_words
    for full in full_names:
        other = full.split()
        if len(other) <= size:
            continue
        tail = [w.lower() for w in other[size:]]
        if other[-size:] == words or (
            other[:size] == words and all(w.rstrip(".") in completions for w in tail)
        ):
            fits.append(full)
    return fits


def _given_name_hyphenated(name: str) -> bool:
    words = name.split()
    return len(words) == 2 and "-" in words[1] and "-" not in words[0]


def _only(names: list[str]) -> str | None:
    return names[0] if len(names) == 1 else None
