"""A person's party, read from the words next to the name.

News marks a politician's party with the party's adjective or noun close to the name:

* right before it, or before the title that opens it: "Republican Kevin McCarthy received 192
  votes", "the death of Nebraskan Democratic Sen. Edward Zorinsky";
* in the US legislator's mark after it, when the article names that party too: "Sen. James
  Exon (D-Neb.)", "Rep. Bill Emerson, R-Mo." (``WORDS.party_initials``);
* in an apposition after it: "Jake Garn, ranking Republican on the Senate Banking Committee,",
  "Mitch McConnell, the Republican leader,", "Jeff Van Drew, a Democrat,", "William
  Dannemeyer, a California Republican,";
* before a list the apposition names: "Two Democratic Representatives, Collin Peterson and Jeff
  Van Drew, opposed ...": every name of the list is the party's.

The party word must be a mention of the party (``WORDS.party_adjectives``, read by
``extract.mentions.name_repairs.party_mentions``); the person gets it as an organisation of their
post (``ActorMention.organisations``), which ``extract.assemble`` turns into ``affiliated_with``.
Reading stops at anything that starts a new statement: a verb other than a participle of a
post (``WORDS.post_participles``: "ranking", "outgoing"), a preposition, or another person's name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extract.mentions.mention import ActorMention
from extract.roles.listed_titles import after_separator, plural_title_before
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

# Words an apposition may open with before the party word: "the", "a", "two", "senior".
_OPENING_POS = frozenset({"DET", "NUM", "ADJ"})
_LOOKAHEAD = 5  # words of an apposition read for the party word
_TITLE_WORDS = 3  # title words read between a party word and the name: "Democratic Sen."
# "(D-Neb.)", ", R-Mo.": the party's initial, a hyphen and the state's abbreviation.
_PARTY_MARK = re.compile(r"\s*[(,]?\s*([A-Z])\s?-\s?[A-Z][A-Za-z]*\.?")
# Kinds of proper noun an apposition may name before the party word: "a California Republican".
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "NORP"})


def read_parties(doc: Doc, mentions: list[ActorMention]) -> None:
    """Give each person named with a party word the party as an organisation of their post.

    A person whose title or apposition already names an organisation keeps it and gains the
    party beside it.
    """
    parties = {m.start: m for m in mentions if _is_party(doc, m)}
    if not parties:
        return
    named = {m.name: m.start for m in sorted(parties.values(), key=lambda m: -m.start)}
    people = {m.start: m for m in mentions if m.type is EntityType.PERSON}
    for person in sorted(people.values(), key=lambda m: m.start):
        party = _party_before(doc, person, parties)
        if party is not None and doc[person.start - 1].lower_.rstrip(".").endswith("s"):
            _share_along_list(doc, person, people, party)  # "Republican Sens. A (Ky.) and B"
        if party is None:
            party = _party_of_mark(doc, person, named)
        if party is None:
            party = _party_in_apposition(doc, person, parties)
        if party is None:
            party = _party_of_listing(doc, person, parties)
            if party is not None:
                _share_along_list(doc, person, people, party)
        if party is not None and party not in person.organisations:
            person.organisations.append(party)


def _is_party(doc: Doc, mention: ActorMention) -> bool:
    return (
        mention.type is EntityType.ORGANIZATION
        and mention.end - mention.start == 1
        and doc[mention.start].text in WORDS.party_adjectives
    )


def _party_before(doc: Doc, person: ActorMention, parties: dict[int, ActorMention]) -> int | None:
    """ "Republican Kevin McCarthy", "Democratic Sen. Edward Zorinsky": the party word right
    before the name or before the title words that open it."""
    index = person.start - 1
    for _ in range(_TITLE_WORDS):
        if index < 0 or index in parties or not _is_title_word(doc[index]):
            break
        index -= 1
    return index if index in parties else None


def _is_title_word(token: Token) -> bool:
    """ "Sen.", "Sens.", "Rep.", "Senator", "Leader": a word of a title before a name."""
    word = token.lower_.rstrip(".")
    singular = word.removesuffix("s")
    return bool({word, singular} & (WORDS.role_heads | WORDS.state_office_heads))


def _party_of_mark(doc: Doc, person: ActorMention, named: dict[str, int]) -> int | None:
    """ "Sen. James Exon (D-Neb.)", "Rep. Bill Emerson, R-Mo.": the party whose initial the
    mark after the name gives, as the article names it elsewhere (a mention of it)."""
    end = doc[person.end - 1].idx + len(doc[person.end - 1].text)
    mark = _PARTY_MARK.match(doc.text, end)
    if mark is None:
        return None
    party = WORDS.party_initials.get(mark.group(1))
    return named.get(party) if party else None


def _party_in_apposition(
    doc: Doc, person: ActorMention, parties: dict[int, ActorMention]
) -> int | None:
    """ "Jake Garn, ranking Republican on ...": the party word opening the apposition."""
    i = person.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    for token in doc[i + 1 : min(len(doc), i + 1 + _LOOKAHEAD)]:
        if token.i in parties:
            return token.i
        if not _may_open_apposition(token):
            return None
    return None


def _may_open_apposition(token: Token) -> bool:
    if token.ent_type_ == "PERSON":
        return False
    if token.pos_ == "PROPN" and token.ent_type_ in _PLACE_ENTITIES:
        return True  # "a California Republican", "a Texas Democrat"
    if token.pos_ in _OPENING_POS:
        return True
    # "ranking", "outgoing": participles of a post, not a clause ("defeating Republican rivals")
    return token.dep_ == "amod" or token.lower_ in WORDS.post_participles


def _party_of_listing(
    doc: Doc, person: ActorMention, parties: dict[int, ActorMention]
) -> int | None:
    """ "Two Democratic Representatives, Collin Peterson and ...": a party word in the plural
    title whose list this name opens."""
    title = plural_title_before(doc, person.start)
    if title is None:
        return None
    for token in reversed(doc[max(0, title.i - 3) : title.i]):
        if token.i in parties:
            return token.i
        if token.pos_ not in _OPENING_POS | {"PROPN"}:
            return None
    return None


def _share_along_list(
    doc: Doc, first: ActorMention, people: dict[int, ActorMention], party: int
) -> None:
    """The party of a list's first name is each following name's ("A, B and C")."""
    current = first
    while (following := people.get(after_separator(doc, current.end))) is not None:
        if party not in following.organisations:
            following.organisations.append(party)
        current = following
