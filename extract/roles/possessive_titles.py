"""Titles owned by a possessive: "its leader Ian Paisley", "the company's chief executive".

A title whose owner is "its" belongs to the organisation or country last named before it; one
owned by "the company's" (a class noun of firms) to the organisation last named. Read by
``extract.roles.mention_roles`` after every other reader of titles, for people they leave
unplaced.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS


def read_possessive_title(doc: Doc, mention: ActorMention, owners: list[ActorMention]) -> None:
    """ "The Democratic Unionist Party did not accept it. Its leader Ian Paisley ...": a title
    owned by "its" belongs to the organisation or country last named before it; one owned by
    "the company's" (a class noun of firms, ``WORDS.company_nouns``) to the organisation last
    named. The title stands before the name ("its new chief operating officer George Ebright")
    or in apposition after it ("Thomas McDonnell, the company's chief executive officer").

    ``owners`` are the article's organisation and country mentions. Only these possessors are
    read (one owner, never a person); the owner must be in the same or the previous sentence.
    """
    if mention.affiliations or mention.organisations:
        return
    possessor = _title_possessor(doc, mention)
    if possessor is None:
        return
    sentence = possessor.sent
    earliest = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    firm = possessor.lower_ != "its"
    candidates = [
        m
        for m in owners
        if earliest <= m.start
        and m.end <= possessor.i
        and not (firm and m.type is not EntityType.ORGANIZATION)
    ]
    if not candidates:
        return
    owner = max(candidates, key=lambda m: m.start)
    if owner.country and owner.type is not EntityType.ORGANIZATION:
        mention.affiliations.append(owner.country)
    else:
        mention.organisations.append(owner.start)


def _title_possessor(doc: Doc, mention: ActorMention) -> Token | None:
    """The "its" or "(the) company" that owns the person's title, before or after the name."""
    title = next(
        (
            doc[i]
            for i in range(max(mention.start - 4, 0), mention.start)
            if doc[i].lemma_.lower() in WORDS.role_heads
        ),
        None,
    )
    phrase: list[Token] = []
    if title is not None:
        sentence_start = doc[mention.start].sent.start
        before = doc[title.i - 1] if title.i > sentence_start else None
        if before is not None and before.lower_ == "its":
            return before
        phrase = list(doc[title.i : mention.start])
    else:
        root = doc[mention.end - 1]
        for child in root.rights:
            if child.dep_ == "appos" and any(
                t.lemma_.lower() in WORDS.role_heads for t in child.subtree
            ):
                phrase = [child, *(t for t in child.subtree if t.i < child.i)]
                break
    for token in phrase:
        for child in token.children:
            if child.dep_ == "poss" and _is_owner_word(child):
                return child
    return None


def _is_owner_word(token: Token) -> bool:
    """ "its", or "the company's" / "the bank's": a firm's class noun after "the"."""
    if token.lower_ == "its":
        return True
    return token.lower_ in WORDS.company_nouns and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    )
