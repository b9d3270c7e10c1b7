"""A post and the body it is held in, set off by commas around a name, read on the surface.

News names a person's post in a phrase next to the name, set off by a comma: before it, "the
director of Argentina's Amnesty International, Mariela Belski, said" and "A member of the
Tunisian Parliament, Samir Dilou said"; after it, "Jake Garn, ranking Republican on the Senate
Banking Committee, told ...". ``extract.roles.titles.read_appositive_organisations`` reads such
phrases from the parse, but the small model parses them in many shapes (the post as the subject
and the name as an apposition of the body, the name as the subject and the post cut off), so
here the words themselves are read: a post noun (``WORDS.role_heads``, ``WORDS.member_nouns``,
or a party word: a "ranking Republican on" a committee sits on it), a post preposition, and an
organisation or a country named right after it. The person gets the organisation as the body
of the post, or the country as his.

Before the name, the phrase must open its sentence or be closed by a comma after the name too,
so that in "after meeting the chairman of Toyota, John Smith said" Smith is not Toyota's.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm
from extract.vocabulary.word_lists import WORDS

#: Prepositions that tie a post to the body it is held in.
_POST_PREPOSITIONS = frozenset({"at", "of", "on", "for", "in", "with"})
#: Words between a comma and the post noun after a name: "an assistant deputy minister".
_MODIFIER_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "VERB", "PROPN"})
_MAX_MODIFIERS = 4


def read_post_phrase(doc: Doc, mention: ActorMention, bodies: Mapping[int, ActorMention]) -> None:
    """Place a person in the organisation (or country) of a post phrase set off by a comma.

    ``bodies`` maps each token of an organisation or country mention to the mention. Nothing
    changes when the person's post is placed already.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("A member of the Tunisian Parliament , Samir Dilou , said")
    >>> person = ActorMention(7, 9, EntityType.PERSON, "Samir Dilou")
    >>> parliament = ActorMention(3, 6, EntityType.ORGANIZATION, "Tunisian Parliament")
    >>> read_post_phrase(doc, person, {i: parliament for i in range(3, 6)})
    >>> person.organisations
    [3]
    """
    if mention.type is not EntityType.PERSON or mention.organisations:
        return
    body = _body_before(doc, mention, bodies) or _body_after(doc, mention, bodies)
    if body is None:
        return
    if body.type is EntityType.ORGANIZATION:
        mention.organisations.append(body.start)
    elif body.country and body.country not in mention.affiliations:
        mention.affiliations.append(body.country)


def _body_before(
    doc: Doc, mention: ActorMention, bodies: Mapping[int, ActorMention]
) -> ActorMention | None:
    """ "the director of Argentina's Amnesty International, Mariela Belski," → the body."""
    comma = mention.start - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    body = _placed_body(bodies.get(comma - 1))
    if body is None or body.end != comma:
        return None
    preposition = _preposition_before(doc, body.start, bodies)
    if preposition is None or not _is_post(doc[preposition - 1]):
        return None
    closed = mention.end < len(doc) and doc[mention.end].text == ","
    return body if closed or _opens_sentence(doc, preposition - 1) else None


def _body_after(
    doc: Doc, mention: ActorMention, bodies: Mapping[int, ActorMention]
) -> ActorMention | None:
    """ "Jake Garn, ranking Republican on the Senate Banking Committee," → the committee."""
    i = mention.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    sentence_end = doc[i].sent.end
    for k in range(i + 1, min(i + 2 + _MAX_MODIFIERS, sentence_end - 1)):
        token = doc[k]
        if _is_post(token) and doc[k + 1].lower_ in _POST_PREPOSITIONS:
            start = k + 2
            if start + 1 < sentence_end and doc[start].lower_ == "the" and start not in bodies:
                start += 1
            return _body_at(doc, start, bodies)
        if token.pos_ not in _MODIFIER_POS or token.ent_type_ == "PERSON" or token.text == ",":
            return None
    return None


def _preposition_before(doc: Doc, start: int, bodies: Mapping[int, ActorMention]) -> int | None:
    """The index of the post preposition before a body starting at ``start``, over a "the" and
    a possessor country ("of Argentina's Amnesty International")."""
    i = start - 1
    if i >= 1 and doc[i].tag_ == "POS":
        owner = bodies.get(i - 1)
        if owner is None or owner.type is not EntityType.COUNTRY:
            return None
        i = owner.start - 1
    if i >= 1 and doc[i].lower_ == "the":
        i -= 1
    return i if i >= 1 and doc[i].lower_ in _POST_PREPOSITIONS else None


def _body_at(doc: Doc, start: int, bodies: Mapping[int, ActorMention]) -> ActorMention | None:
    """The body whose mention starts at ``start``, also after a possessor country."""
    body = bodies.get(start)
    owner = body is not None and body.type is EntityType.COUNTRY and body.end < len(doc)
    if body is not None and owner and doc[body.end].tag_ == "POS":
        body = bodies.get(body.end + 1)  # "of Canada's Energy Department"
    body = _placed_body(body)
    return body if body is not None and body.start >= start - 1 else None


def _placed_body(body: ActorMention | None) -> ActorMention | None:
    """An organisation, or a country named by its name (a demonym or a seat is no body)."""
    if body is None:
        return None
    if body.type is EntityType.ORGANIZATION:
        return body
    if body.type is EntityType.COUNTRY and body.form is CountryForm.NAME:
        return body
    return None


def _is_post(token: Token) -> bool:
    lower = token.lower_
    return (
        lower in WORDS.role_heads
        or lower.rstrip("s") in WORDS.role_heads
        or lower in WORDS.member_nouns
        or token.text in WORDS.party_adjectives
    )


def _opens_sentence(doc: Doc, head: int) -> bool:
    """Whether the noun phrase of the post noun at ``head`` opens its sentence: only
    determiners and modifiers stand before it ("A member of ...", "The then director of ...")."""
    i = head - 1
    start = doc[head].sent.start
    while i >= start and doc[i].pos_ in ("DET", "ADJ", "ADV", "PUNCT") and doc[i].text != ",":
        i -= 1
    return i < start
