"""A name's short form in brackets after it: "the Asian Development Bank (ADB)".

News gives an organisation's acronym in brackets the first time it names it. Inside the
complement of an event or agreement ("the annual meeting of the Asian Development Bank
(ADB)") the brackets are no part of what names the event: the complement ends with the
name, and the brackets neither count towards its length nor make it a clause.

After the brackets the article names the body by the acronym alone, and the small model often
leaves it untagged ("The World Health Organisation (WHO) recommends ... WHO say"): every later
untagged occurrence of the acronym, written as defined, is a mention of the body
(``acronym_mentions``); coreference gives it the long name's key.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extract.doc_words import doc_words
from extract.mentions.mention import ActorMention
from extract.types import EntityType

# "DHS", "U.N.", and mixed-case short names with more capitals than small letters ("AfCFTA").
_ACRONYM = re.compile(r"^[A-Z][A-Za-z.&]{1,9}$")
_DEFINED_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.PLACE})

#: The most words a bracketed short form holds: "(ADB)", "(G-7)", "(MOT.N)".
_LONGEST_ALIAS = 3


def without_bracketed_alias(phrase: list[Token]) -> list[Token]:
    """``phrase`` (tokens in order) less the bracketed short form it ends with, if any.

    >>> import spacy
    >>> doc = spacy.blank("en")("of the Asian Development Bank ( ADB )")
    >>> [t.text for t in without_bracketed_alias(list(doc))]
    ['of', 'the', 'Asian', 'Development', 'Bank']
    >>> [t.text for t in without_bracketed_alias(list(doc[:5]))]
    ['of', 'the', 'Asian', 'Development', 'Bank']
    """
    if len(phrase) < 4 or phrase[-1].text != ")":
        return phrase
    opening = next((k for k in range(len(phrase) - 2, 0, -1) if phrase[k].text == "("), None)
    if opening is None or len(phrase) - opening - 2 > _LONGEST_ALIAS:
        return phrase
    inside = phrase[opening + 1 : -1]
    if not inside or not all(t.text[:1].isupper() for t in inside):
        return phrase
    return phrase[:opening]


def is_acronym(text: str) -> bool:
    """ "DHS", "AfCFTA", "U.N.": a short name of capitals, with fewer small letters than
    capitals (the dots of "U.N." are no letters).

    >>> is_acronym("AfCFTA"), is_acronym("DHS"), is_acronym("U.N."), is_acronym("McCain")
    (True, True, True, False)
    >>> is_acronym("Fund"), is_acronym("Co.")
    (False, False)
    """
    capitals = sum(c.isupper() for c in text)
    small = sum(c.islower() for c in text)
    return bool(_ACRONYM.match(text)) and capitals >= 2 and capitals > small


def defined_acronym(doc: Doc, mention: ActorMention) -> str | None:
    """The acronym in brackets right after an organisation's or a place's name, if any, when
    its capitals begin the name's words: "World Health Organisation (WHO)" gives "WHO"."""
    after = doc[mention.end : mention.end + 3]
    bracketed = len(after) == 3 and after[0].text == "(" and after[2].text == ")"
    if not bracketed or not is_acronym(after[1].text):
        return None
    acronym = after[1].text
    return acronym if _spells_initials(acronym, mention.name) else None


def _spells_initials(acronym: str, name: str) -> bool:
    """Whether the acronym's capitals begin the name's capitalised words, in order: "WHO" for
    "World Health Organisation"; not "MP" for "Parliament" ("Members of Parliament (MP)")."""
    initials = [word[0] for word in name.replace("-", " ").split() if word[:1].isupper()]
    capitals = [c for c in acronym if c.isupper()]
    position = 0
    for capital in capitals:
        while position < len(initials) and initials[position] != capital:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return capitals[:1] == initials[:1]


def acronym_mentions(doc: Doc, mentions: list[ActorMention], taken: set[int]) -> list[ActorMention]:
    """Mentions of the untagged occurrences of an acronym after the brackets that define it.

    >>> import spacy
    >>> doc = spacy.blank("en")("The World Health Organisation ( WHO ) spoke . WHO said so .")
    >>> who = ActorMention(1, 4, EntityType.ORGANIZATION, "World Health Organisation")
    >>> [(m.start, m.name) for m in acronym_mentions(doc, [who], set(range(1, 4)))]
    [(9, 'WHO')]
    """
    defined: dict[str, tuple[int, EntityType]] = {}
    for mention in mentions:
        acronym = defined_acronym(doc, mention) if mention.type in _DEFINED_TYPES else None
        if acronym is not None and acronym not in defined:
            defined[acronym] = (mention.end + 2, mention.type)
    found = []
    for i in doc_words(doc).positions(defined.keys(), lower=False):
        bracket, kind = defined[doc[i].text]
        if i > bracket and i not in taken:
            found.append(ActorMention(i, i + 1, kind, doc[i].text))
    return found
