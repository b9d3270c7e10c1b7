"""People told by a noun that can only name a person, whatever the model tagged the name.

The small model reads a name it does not know by its look: "Valeska Paris" becomes two places,
"fashion designer Halston" a town. English says who is a person with a noun beside the name:
one right before it ("fashion designer Halston", "striker Harry Kane") or one in apposition
("Valeska Paris, an Australian woman"). When that noun is one of ``WORDS.person_nouns`` (nouns
that name nothing but people), the name is a person. The name is the proper noun the cue hangs
on and the capitalised proper nouns compounded before it.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from extract.labels import label_ids
from extract.mentions.mention import ActorMention
from extract.mentions.name_heads import positions_of
from extract.types import EntityType
from extract.vocabulary.countries import match_country
from extract.vocabulary.word_lists import WORDS

_PERSON_NOUN_IDS = label_ids(WORDS.person_nouns)
_APPOS, _COMPOUND = get_string_id("appos"), get_string_id("compound")


def described_people(doc: Doc, taken: set[int]) -> list[ActorMention]:
    """Names that a person noun before them or in apposition makes people.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Valeska", "Paris", ",", "an", "Australian", "woman", ",", "spoke", "."]
    >>> heads = [1, 7, 1, 5, 5, 1, 1, 7, 7]
    >>> deps = ["compound", "nsubj", "punct", "det", "amod", "appos", "punct", "ROOT", "punct"]
    >>> pos = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "PUNCT"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    >>> [(m.name, m.type.value) for m in described_people(doc, set())]
    [('Valeska Paris', 'Person')]
    """
    found = []
    for index in positions_of(doc, WORDS.person_nouns):
        token = doc[index]
        if token.pos != NOUN or token.lower not in _PERSON_NOUN_IDS or not token.is_lower:
            continue
        if token.dep not in (_APPOS, _COMPOUND) or (
            token.dep == _COMPOUND and token.i > token.head.i
        ):
            continue
        name = _name_at(token.head)
        if name is None or any(i in taken for i in range(*name)):
            continue
        text = doc[name[0] : name[1]].text
        if match_country(text) is None:
            found.append(ActorMention(name[0], name[1], EntityType.PERSON, text))
    return found


def _name_at(head: Token) -> tuple[int, int] | None:
    """The token span of the proper name whose last word is ``head``, if it is one."""
    if head.pos != PROPN or not head.is_title or head.ent_type_ == "PERSON":
        return None  # a name the model already takes for a person is read as one
    doc = head.doc
    start = head.i
    while start > 0:
        before = doc[start - 1]
        if before.pos != PROPN or not before.is_title or before.head.i != head.i:
            break
        start -= 1
    return start, head.i + 1
