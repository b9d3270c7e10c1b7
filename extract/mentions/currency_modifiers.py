"""Countries named only to say which money is meant.

Wire copy prices everything in a country's currency: "32 U.S. dlrs a tonne", "against the
Australian dollar", "bail of US$ 20,000", "the U.S. currency". There the country's name or
demonym qualifies the money; it does not name the country as a party to anything, and an
article that names the country only so gets no node for it. A country name that the parse hangs
on a currency noun (``WORDS.currency_nouns``), or that stands right before one, as a compound,
adjective or noun modifier is such a mention; as the currency's possessor ("Japan's yen") or
anywhere else it stays.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "quantmod"})


def names_a_currency(doc: Doc, mention: ActorMention) -> bool:
    """Whether a country mention only qualifies the currency its words modify.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["It", "cost", "32", "U.S.", "dlrs", "in", "Japan", "."]
    >>> heads = [1, 1, 4, 4, 1, 1, 5, 1]
    >>> deps = ["nsubj", "ROOT", "nummod", "compound", "dobj", "prep", "pobj", "punct"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    >>> us = ActorMention(3, 4, EntityType.COUNTRY, "United States", "US")
    >>> japan = ActorMention(6, 7, EntityType.COUNTRY, "Japan", "JP")
    >>> names_a_currency(doc, us), names_a_currency(doc, japan)
    (True, False)
    """
    if mention.type is not EntityType.COUNTRY:
        return False
    root = mention.span(doc).root
    head = root.head
    if head.i == root.i or root.dep_ not in _MODIFIER_DEPS:
        return False
    # "a 300 mln U.S. dlr loan": the parse may hang both words on the noun after them
    after = doc[mention.end] if mention.end < len(doc) else None
    return head.lower_ in WORDS.currency_nouns or (
        after is not None and after.lower_ in WORDS.currency_nouns
    )
