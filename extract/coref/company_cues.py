"""A name the words around it make a company is one, whatever type the model gave it.

The small model takes an unknown capitalised name for a person or a place: "Yukos founder
Mikhail Khodorkovsky" gives a person "Yukos", "Jeumont-Schneider, a subsidiary of Schneider SA"
another. But only a company has a founder, a chairman, shareholders, shares traded under its
name, subsidiaries and units (``WORDS.company_part_nouns``). A person-or-place name that is
the compound or possessor of such a noun ("Yukos founder", "Outboard Marine's chairman"),
its object after "of" ("the founder of Fermenta"), or is set in apposition to a class noun of
companies or comes right after one (``WORDS.company_apposition_nouns``: "Jeumont-Schneider, a
subsidiary of ...", "Tony Lama, the boot maker", "Schneider's subsidiary Jeumont-Schneider") is a
company, and so is every other mention of that name in the article (the model may read
"Yukos" right before "founder" and as a person in "Yukos said").

Possessed shares are left out ("Icahn's shares" are his), and so is a name with a title
("Chairman Mao"), a person named in full whose surname the name is, and a public figure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.public_figures import public_figure_country
from extract.vocabulary.word_lists import WORDS

_RETYPED = (EntityType.PERSON, EntityType.PLACE)
_NAMED_TYPES = (*_RETYPED, EntityType.ORGANIZATION)
#: "Icahn's shares" are the man's; "Outboard Marine shares" the company's.
_OWNED_BY_PEOPLE_TOO = frozenset({"shares"})


def retype_cued_companies(doc: Doc, mentions: list[ActorMention]) -> None:
    """Make every person or place mention of a name placed as a company's an organisation,
    in place.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Yukos", "founder", "Khodorkovsky", "was", "jailed", "."]
    >>> heads, deps = [1, 2, 4, 4, 4, 4], ["compound", "compound", "nsubjpass", "auxpass",
    ...                                    "ROOT", "punct"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    >>> yukos = ActorMention(0, 1, EntityType.PERSON, "Yukos")
    >>> retype_cued_companies(doc, [yukos])
    >>> yukos.type.value
    'Organization'
    """
    candidates = [m for m in mentions if m.type in _RETYPED and not m.key and _untitled(m)]
    if not candidates:
        return
    # "Yukos founder X" read right, "Yukos said" read as a person: any mention's place counts.
    named = [m for m in mentions if m.type in _NAMED_TYPES and not m.key and _untitled(m)]
    surnames = {
        m.name.split()[-1].casefold()
        for m in mentions
        if m.type is EntityType.PERSON and " " in m.name
    }
    # "Norstar" beside "Norstar Bancorp": the short form is the longer name's already
    # (extract.coref.short_forms reads a one-word "person" opening an organisation's name so).
    openers = {
        _folded(m.name.split()[0])
        for m in mentions
        if m.type is EntityType.ORGANIZATION and " " in m.name
    }
    companies = {
        _folded(m.name)
        for m in named
        if (_placed_as_company(doc[m.end - 1]) or (m.role and _company_class(m.role)))
        and _folded(m.name) not in surnames | openers
        and not public_figure_country(m.name)
    }
    for mention in candidates:
        if _folded(mention.name) in companies:
            mention.type = EntityType.ORGANIZATION
            mention.role = None  # "its subsidiary X": a class, not a post


def _untitled(mention: ActorMention) -> bool:
    """No title before the name ("Chairman Mao"), or a class noun of companies read as one."""
    return not mention.role or _company_class(mention.role)


def _company_class(word: str) -> bool:
    return word.lower() in WORDS.company_apposition_nouns


def _folded(name: str) -> str:
    return name.removeprefix("the ").removeprefix("The ").casefold()


def _placed_as_company(last: Token) -> bool:
    """Whether the last word of a name stands where a company's name stands."""
    head = last.head
    if last.dep_ == "compound" and head.lower_ in WORDS.company_part_nouns:
        return True  # "Yukos founder", "Outboard Marine shares"
    if last.dep_ == "poss" and head.lower_ in WORDS.company_part_nouns - _OWNED_BY_PEOPLE_TOO:
        return True  # "Tony Lama's chairman"
    if last.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in WORDS.company_part_nouns:
        return True  # "the founder of Fermenta", "shares of Outboard Marine"
    # "Jeumont-Schneider, a subsidiary of ...", "the boot maker, Tony Lama", "Schneider's
    # subsidiary Jeumont-Schneider"; never "X, chairman of ...": a chairman is a person.
    classed = [
        c for c in last.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < last.i)
    ]
    if last.dep_ == "appos":
        classed.append(head)
    return any(_company_class(token.text) for token in classed)
