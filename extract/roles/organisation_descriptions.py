"""Whose an organisation is, from a description set off by a comma next to its name.

Wire copy describes a company or a group in a noun phrase beside its name: "<Westcoast
Transmission Co Ltd>, a major Canadian natural gas carrier," and "from a Belfast-based company,
Short Brothers, which ...". ``extract.roles.titles.read_appositive_country`` reads such phrases
when the parse hangs them on the name, but the small model often hangs them on another word (a
person named before the company), so here the words are read: a noun phrase of determiners,
adjectives and nouns right after the comma that follows the name, or right before the comma that
precedes it, whose modifiers hold a country ("Canadian", "U.S.") or a "<place>-based". The
organisation gets that country. A "pro-"/"anti-" modifier names whom it backs, not whose it is;
a proper name other than the country ("a unit of British Petroleum") ends the phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.dates_places.places import place_country
from extract.mentions.mention import ActorMention
from extract.roles.state_actors import backs_rather_than_belongs
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, match_country

_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "ADV", "NUM"})
_BRACKETS = frozenset({"<", ">"})
_MAX_WORDS = 7


def read_described_country(doc: Doc, mention: ActorMention) -> None:
    """Give an organisation the country of a description set off by a comma beside its name.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Acme Ltd , a Canadian gas carrier , said")
    >>> for token, pos in zip(doc, ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "NOUN"]):
    ...     token.pos_ = pos
    >>> acme = ActorMention(0, 2, EntityType.ORGANIZATION, "Acme Ltd")
    >>> read_described_country(doc, acme)
    >>> acme.affiliations
    ['CA']
    """
    if mention.type is not EntityType.ORGANIZATION or mention.affiliations:
        return
    code = _country_of(_phrase_after(doc, mention)) or _country_of(_phrase_before(doc, mention))
    if code is not None:
        mention.affiliations.append(code)


def _phrase_after(doc: Doc, mention: ActorMention) -> list[Token]:
    """The noun phrase after ", " that follows the name (and its closing bracket)."""
    i = mention.end
    while i < len(doc) and doc[i].text in _BRACKETS:
        i += 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return []
    sentence_end = doc[i].sent.end
    phrase: list[Token] = []
    for token in doc[i + 1 : min(sentence_end, i + 1 + _MAX_WORDS)]:
        if not _in_phrase(token):
            break
        phrase.append(token)
    described = phrase and phrase[0].pos_ == "DET" and phrase[-1].pos_ == "NOUN"
    return phrase if described else []


def _phrase_before(doc: Doc, mention: ActorMention) -> list[Token]:
    """The noun phrase that ends at ", " before the name: "a Belfast-based company, Short
    Brothers, which ...". The name must be set off by a comma after it too: in "sales in the
    U.S. market, Nuclear Data said" the phrase ends a clause, it does not describe the name."""
    end = mention.end
    while end < len(doc) and doc[end].text in _BRACKETS:
        end += 1
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3  # "the Ste Nationale des Chemins de Fer Francaise (SNCF), is issuing"
    if end >= len(doc) or doc[end].text != ",":
        return []
    first = mention.start
    while first > 0 and doc[first - 1].text in _BRACKETS:
        first -= 1
    comma = first - 1
    if comma < 1 or doc[comma].text != ",":
        return []
    head = doc[comma - 1]
    if head.pos_ != "NOUN":
        return []
    sentence_start = head.sent.start
    phrase: list[Token] = []
    for token in reversed(doc[max(sentence_start, comma - _MAX_WORDS) : comma]):
        if not _in_phrase(token):
            break
        phrase.append(token)
    return phrase[::-1] if phrase and phrase[-1].pos_ == "DET" else []


def _in_phrase(token: Token) -> bool:
    """A word of a describing noun phrase: a determiner, adjective, participle or noun, a
    country, or the parts of "<place>-based"."""
    if token.pos_ in _PHRASE_POS or token.text == "-" or token.tag_ in ("VBG", "VBN"):
        return True  # a participle modifies too: "a leading Norwegian ferry operator"
    return _country_word(token) is not None or _based_place(token) is not None


def _country_of(phrase: list[Token]) -> str | None:
    for token in phrase:
        if backs_rather_than_belongs(token):
            continue
        code = _country_word(token) or _based_place(token)
        if code is not None:
            return code
    return None


def _country_word(token: Token) -> str | None:
    """ "Canadian", "U.S.": a country modifier (a seat of government names no owner here)."""
    if token.pos_ not in ("ADJ", "PROPN", "NOUN") or token.is_lower:
        return None
    match = match_country(token.text)
    if match is None or match.form is CountryForm.SEAT:
        return None
    return match.code


def _based_place(token: Token) -> str | None:
    """The country of the place in "<place>-based", read at the place's token."""
    doc = token.doc
    i = token.i
    if i + 2 >= len(doc) or doc[i + 1].text != "-" or doc[i + 2].lower_ != "based":
        return None
    return place_country(token.text)
