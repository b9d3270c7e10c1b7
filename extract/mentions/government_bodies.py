"""A country's government bodies named by common nouns and their owner: "Canada's energy
department", "a Danish agriculture ministry official", "the Taiwan central bank", "the U.S.
embassy".

Wire copy often writes a ministry, a central bank or a parliament in lower case, so the model
tags no entity and the body gets no node; the owner then stands alone and the body's acts and
staff land on the country, or nowhere. A noun of a state body (``WORDS.state_body_heads``, the
PETRARCH agents of government, legislature, police and military that are institutions; a bank
with ``WORDS.state_bank_modifiers``; a mission of ``WORDS.mission_heads``) with an owner before
it is an organisation affiliated with that country. The owner is a country's name with "'s"
("China's parliament"), a demonym ("the Danish agriculture ministry") or a country's name used
as a modifier ("the Taiwan finance ministry"); the words between owner and noun are the
portfolio ("agriculture", "energy", "central").

The name keeps the owner, so "China's parliament" and "Norway's parliament" are two nodes. The
owner stays a mention of its own, and the body's acts are still coded as the owner's
(``ActorMention.acts_for_owner``): "the Canadian foreign ministry advised against travel to
Haiti" is Canada's act, as with any state noun a country modifies (``WORDS.state_nouns``),
except a legislature's ("China's parliament approved the budget"); the
node carries the affiliations ("Robert Skinner, an assistant deputy minister in Canada's
energy department"). A body noun that modifies another noun counts only before a person who
works there ("ministry officials", "embassy spokesman"), not before a thing ("treasury bills",
"police station").
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.dates_places.places import place_country
from extract.doc_words import doc_words
from extract.labels import NAME_POS, NOUN_POS
from extract.mentions.demonym_groups import is_determiner
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, match_country
from extract.vocabulary.word_lists import WORDS

# Institution nouns; "house" and "forces" are left out: "the U.S. house market", "Iraqi forces"
# (a group, read by extract.mentions.demonym_groups).
_BODY_HEADS = (WORDS.state_body_heads - {"house", "forces"}) | WORDS.mission_heads
_BANK = "bank"
# Every noun that may head a body of a country or of a place, looked up once per article.
_ALL_HEADS = _BODY_HEADS | {_BANK} | WORDS.local_body_heads
# The words between the owner and the body: "agriculture", "energy", "central".
_MAX_PORTFOLIO = 3
# Nouns after a body noun that make the body the place someone works: "ministry officials".
_STAFF_NOUNS = WORDS.spokesman_nouns | WORDS.role_heads | WORDS.person_nouns


def government_bodies(doc: Doc, taken: set[int]) -> list[ActorMention]:
    """Organisations for the state bodies named by a common noun after their owner, outside
    the ``taken`` tokens, each affiliated with the owner's country.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("a Danish agriculture ministry official said")
    >>> for token in doc:
    ...     token.pos_ = "NOUN" if token.text in ("agriculture", "ministry", "official") else "ADJ"
    >>> [(m.name, m.affiliations) for m in government_bodies(doc, set())]
    [('Danish agriculture ministry', ['DK'])]
    """
    words = doc_words(doc)
    found = []
    for head in words.positions(_ALL_HEADS):
        token = doc[head]
        if head in taken or token.ent_type or token.pos_ not in NOUN_POS:
            continue  # a body the model named is read with the other named entities
        staff = _staff_after(doc, head)
        if staff is None:
            continue
        if token.lower_ == _BANK and doc[head - 1].lower_ not in WORDS.state_bank_modifiers:
            continue  # "a Dutch bank" is a company; "the Dutch central bank" is the state's
        start = head
        while (
            start > 0
            and head - start < _MAX_PORTFOLIO
            and start - 1 not in taken
            and _is_portfolio_word(doc, start - 1)
        ):
            start -= 1
        owner = _owner(doc, start, token.lower_)
        if owner is None:
            continue
        owner_start, code, local = owner
        if not staff and owner_start > 0 and doc[owner_start - 1].lower_ in ("a", "an"):
            continue  # "an English court of law": any court, no body of the article
        # The owner stays out of the span: it is a mention of its country as well, which the
        # article's home country and its acts still count ("Bangladesh police mounted a hunt").
        owner_text = doc[owner_start:start].text.replace(" 's", "'s").replace(" ’s", "’s")
        # "Brazil's new central bank governor": "new" is the governor's, not the bank's name.
        body = [t.text for t in doc[start : head + 1] if t.lower_ not in WORDS.vague_modifiers]
        name = " ".join([owner_text, *body])
        found.append(
            ActorMention(
                start,
                head + 1,
                EntityType.ORGANIZATION,
                name,
                affiliations=[code],
                # A legislature acts as itself, as extract.mentions.name_repairs.legislatures
                # reads it: "the Danish parliament passed a resolution condemning Morocco".
                # A place's body acts as itself too: no country modifier to read it by.
                acts_for_owner=not local and token.lower_ not in WORDS.legislature_nouns,
            )
        )
    return found


def _staff_after(doc: Doc, head: int) -> bool | None:
    """True when the body noun stands before a person who works there ("ministry official"),
    False when it ends its phrase, None when it is part of a longer name or modifies a thing
    ("Senate Finance Committee", "Ministry of Foreign Affairs", "treasury bills")."""
    following = doc[head + 1] if head + 1 < len(doc) else None
    if following is None:
        return False
    if not doc[head].is_lower and (following.is_title or following.lower_ in ("of", "for")):
        return None
    if following.pos_ not in NOUN_POS or not following.is_lower:
        return False
    return True if following.lower_ in _STAFF_NOUNS else None


def _is_portfolio_word(doc: Doc, i: int) -> bool:
    """A lower-case noun or adjective between an owner and a body: "energy", "central"."""
    token = doc[i]
    return token.is_alpha and token.is_lower and token.pos_ in NAME_POS and not is_determiner(token)


def _owner(doc: Doc, start: int, head: str) -> tuple[int, str, bool] | None:
    """The first token and the country code of the owner just before ``doc[start]``, and
    whether it is a place within the country rather than the country: a country's name with
    "'s" ("Canada's"), a demonym ("Danish") or a name ("Taiwan"); for the bodies of
    ``WORDS.local_body_heads``, also a province or city the gazetteer places ("El Paso's
    police", "the Maidan Wardak provincial council"). A body named by its seat ("the Tokyo
    embassy", "Moscow's ministry") is never the seat's: an embassy there is another country's.
    """
    possessive = start >= 2 and doc[start - 1].tag_ == "POS"
    end = start - 1 if possessive else start
    forms = (CountryForm.NAME,) if possessive else (CountryForm.NAME, CountryForm.DEMONYM)
    national = head in _BODY_HEADS or head == _BANK
    for width in (3, 2, 1):
        begin = end - width
        if begin < 0 or is_determiner(doc[begin]) or not doc[begin].text[:1].isupper():
            continue
        match = match_country(doc[begin:end].text)
        if match is not None and match.form in forms and national:
            return begin, match.code, False
        if match is not None:
            return None  # "Moscow's ministry", "a Dutch council": no body of this reader
    if head not in WORDS.local_body_heads:
        return None
    # The longest run of capitalised words before the body that the gazetteer places.
    begin = end
    while (
        begin > 0
        and end - begin < 3
        and doc[begin - 1].is_title
        and doc[begin - 1].is_alpha
        and not is_determiner(doc[begin - 1])
    ):
        begin -= 1
    for first in range(begin, end):
        code = place_country(doc[first:end].text)
        if code is not None:
            return begin, code, True
    return None
