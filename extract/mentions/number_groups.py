"""Groups of states named by how many they are: "the Group of Seven", "G-7", "the G5".

Economic diplomacy names its clubs by a count: the Group of Five, Seven or Eight, the Group of
20, the Group of 77, written out or as "G" and the number ("G-7", "G7", "G-20"). The small model
tags "Group of" as an organisation and the number word as a cardinal, or nothing at all, so the
club is lost. A capitalised "Group of" and a number, or a "G" joined to one, is such a group:
one organisation whatever the spelling, named "Group of Seven" (number words up to ten, the
figures above: "Group of 77"), so "G-7" in one article and "the Group of Seven" in the next are
one node.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from extract.doc_words import doc_words
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

# "G-7", "G7", "G-20", "G77": every short form, so finding them is a hash lookup per word
_SHORT_FORMS = {f"G{sep}{n}": n for n in range(1, 100) for sep in ("", "-")}
_WORD_OF = {value: word for word, value in WORDS.number_words.items() if len(word) > 2}


def number_groups(doc: Doc) -> Iterator[ActorMention]:
    """Organisation mentions of the groups of states a doc names by their count.

    >>> import spacy
    >>> doc = spacy.blank("en")("The Group of Seven met after the G-5 talks .")
    >>> [(m.start, m.end, m.name) for m in number_groups(doc)]
    [(1, 4, 'Group of Seven'), (7, 8, 'Group of Five')]
    """
    words = doc_words(doc)
    found = []
    for i in words.positions({"Group"}, lower=False):
        if i + 2 < len(doc) and words.lowers[i + 1] == "of":
            count = _count(words.texts[i + 2])
            if count is not None:
                found.append(ActorMention(i, i + 3, EntityType.ORGANIZATION, _name(count)))
    for i in words.positions(_SHORT_FORMS.keys(), lower=False):
        count = _SHORT_FORMS[words.texts[i]]
        found.append(ActorMention(i, i + 1, EntityType.ORGANIZATION, _name(count)))
    yield from sorted(found, key=lambda m: m.start)


def _count(word: str) -> int | None:
    """The number a capitalised number word or a figure gives, if any ("Seven", "77")."""
    if word.isdigit():
        return int(word)
    if word[:1].isupper() and word.lower() in _WORD_OF.values():
        return WORDS.number_words[word.lower()]
    return None


def _name(count: int) -> str:
    word = _WORD_OF.get(count)
    return f"Group of {word.capitalize() if word else count}"
