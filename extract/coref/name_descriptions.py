"""Descriptions by the head of a name: "the bank" after "the Bank of Japan", "the ministry"
after "the Finance Ministry", "the exchange" after "the Tokyo Stock Exchange".

News names an organisation in full once, then calls it by the class noun its name is built on.
A bare definite singular noun ("the bank"; not "a bank", "the banks", "the bank's chief" or
"the bank of Spain") is the latest organisation named before it in the article whose name has
that noun as its head: the word before the name's first "of" or "for", else its last word
("Bank of Japan", "State Department"). Words that modify the description must be in the name
too ("the central bank" is no "Export-Import Bank"). When no organisation fits, the argument
resolver's next rule is tried.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.types import EntityType

if TYPE_CHECKING:  # the argument resolver imports this module
    from extract.relations.doc_context import DocContext

#: Words after which a name goes on with what the body is of or for.
_NAME_PREPOSITIONS = frozenset({"of", "for"})


def name_head(name: str) -> str:
    """The head noun of an organisation's name, lower-cased.

    >>> name_head("Bank of Japan"), name_head("U.S. State Department"), name_head("Fed")
    ('bank', 'department', 'fed')
    """
    words = name.lower().replace("-", " ").split()
    before = next((i for i, w in enumerate(words) if w in _NAME_PREPOSITIONS and i > 0), None)
    return words[before - 1] if before is not None else words[-1]


def _is_bare_definite_singular(token: Token) -> bool:
    if token.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
        return False
    # "the bank of Spain", "the bank's": the noun says whose it is itself.
    return not any(
        c.dep_ in ("poss", "case") or (c.dep_ == "prep" and c.lower_ in _NAME_PREPOSITIONS)
        for c in token.children
    )


def organisation_by_name_head(
    ctx: DocContext, token: Token, acted_on: bool
) -> list[ActorMention] | None:
    """ "the bank" → the latest organisation before it whose name's head is "bank"; None when
    the noun is no such description or no organisation fits (a rule of
    ``extract.relations.arguments``).

    >>> import spacy
    >>> from extract.relations.doc_context import DocContext
    >>> doc = spacy.blank("en")("the bank")
    >>> organisation_by_name_head(DocContext(doc, []), doc[1], False) is None
    True
    """
    if not _is_bare_definite_singular(token):
        return None
    head = token.lower_
    modifiers = {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")}
    for mention in ctx.before(token.i, EntityType.ORGANIZATION):
        name = mention.name.lower()
        if name_head(name) == head and modifiers <= set(name.replace("-", " ").split()):
            return [mention]
    return None
