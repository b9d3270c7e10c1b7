"""Whose an organisation is, from the words next to its name.

Business and wire copy place a company or a state body by its country in three ways that
``extract.roles.titles`` does not read:

* a country as possessor: "West Germany's Siemens AG", "Italy's <Italtel>", "the U.S.'s ATT",
  also with modifiers between ("Britain's opposition Labour Party");
* a demonym and a class noun before the name, or before a list the name is in: "Iranian airline
  Mahan Air", "German firms including Deutsche Bahn, Deutsche Telekom and Daimler";
* "of" and a country after the name: "Mahan Air of Iran".

Each gives the organisation an affiliation to that country, unless something read before
(its own name, an apposition, "<place>-based") gave it one already. The last way places
people too: "Manaspas Xuto of Thailand", "President Abdel Fattah el-Sisi of Egypt".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, match_country
from extract.vocabulary.word_lists import WORDS

# Tickers and bracketed names of wire copy: "Italy's <Italtel>".
_BRACKETS = frozenset({"<", ">", '"', "“", "”"})


def read_organisation_owner(doc: Doc, mention: ActorMention) -> None:
    """Give an organisation the country its possessor, class noun or "of" phrase names.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Sweden 's Ericsson bid .")
    >>> found = ActorMention(2, 3, EntityType.ORGANIZATION, "Ericsson")
    >>> read_organisation_owner(doc, found)
    >>> found.affiliations
    ['SE']
    """
    if mention.type is not EntityType.ORGANIZATION or mention.affiliations:
        return
    code = (
        _possessor_country(doc, mention)
        or _parsed_possessor_country(doc, mention)
        or _described_country(doc, mention)
        or _of_country(doc, mention)
    )
    if code is not None:
        mention.affiliations.append(code)


def read_person_of_country(doc: Doc, mention: ActorMention) -> None:
    """ "the chairman, Manaspas Xuto of Thailand, said": a person named with "of" and a country
    belongs to it, unless a title gave the person a country already.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Manaspas Xuto of Thailand said .")
    >>> found = ActorMention(0, 2, EntityType.PERSON, "Manaspas Xuto")
    >>> read_person_of_country(doc, found)
    >>> found.affiliations
    ['TH']
    """
    if mention.type is not EntityType.PERSON or mention.affiliations:
        return
    code = _of_country(doc, mention)
    if code is not None:
        mention.affiliations.append(code)


def _possessor_country(doc: Doc, mention: ActorMention) -> str | None:
    """ "Sweden's Ericsson": the country named just before a possessive "'s" that the name
    follows (the tagger may have put the possessor inside the span, or left it out)."""
    first = mention.start
    while first > 0 and doc[first - 1].text in _BRACKETS:
        first -= 1
    window = range(max(first - 1, 0), min(mention.start + 4, mention.end - 1))
    marker = next((i for i in window if doc[i].tag_ == "POS" or doc[i].text in ("'s", "’s")), None)
    if marker is None or marker < 1:
        return None
    for size in (3, 2, 1):
        start = marker - size
        if start < 0 or start < doc[marker].sent.start:
            continue
        match = match_country(doc[start:marker].text)
        if match is not None and match.form is CountryForm.NAME:
            return match.code
    return None


def _parsed_possessor_country(doc: Doc, mention: ActorMention) -> str | None:
    """ "Britain's opposition Labour Party", "Japan's ruling Liberal Democratic Party": a
    country the parse hangs on the name as its possessor, with modifiers between."""
    root = doc[mention.start : mention.end].root
    for child in root.children:
        if child.dep_ != "poss" or child.i >= mention.start:
            continue
        match = match_country(doc[child.left_edge.i : child.i + 1].text)
        if match is not None and match.form is CountryForm.NAME:
            return match.code
    return None


def _described_country(doc: Doc, mention: ActorMention) -> str | None:
    """ "Iranian airline Mahan Air", "German firms including Deutsche Bahn, ... and Siemens":
    a class noun of companies with a demonym in front, before the name or the list."""
    root = doc[mention.start : mention.end].root
    if root.dep_ == "compound" and root.head.i >= mention.end:
        return None  # "granting the British companies TSE membership": a modifier, not a name
    noun = _class_noun_before(doc, mention.start)
    if noun is not None and not (
        noun.head.i in range(mention.start, mention.end) or root.head.i == noun.i
    ):
        noun = None  # the noun and the name are not one phrase
    if noun is None:
        noun = _listing_class_noun(root)
    if noun is None:
        return None
    for modifier in doc[max(noun.i - 3, noun.sent.start) : noun.i]:
        match = match_country(modifier.text)
        if match is not None and match.form is CountryForm.DEMONYM:
            return match.code
    return None


def _class_noun_before(doc: Doc, start: int) -> Token | None:
    """The company class noun right before a name ("airline" in "Iranian airline Mahan Air")."""
    if start < 2:
        return None
    noun = doc[start - 1]
    return noun if noun.lower_ in WORDS.company_nouns else None


def _listing_class_noun(root: Token) -> Token | None:
    """The class noun a list hangs from by "including", "such as" or "such ... as": the first
    conjunct of the list is the object of that preposition, which depends on the noun ("firms
    including X", "such large Japanese conglomerates as Sony Corp") or on a "such" that does
    ("firms such as X", where the parse may hang "as" on "such")."""
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    preposition = first.head
    if first.dep_ != "pobj" or preposition.lower_ not in ("including", "as"):
        return None
    above = preposition.head
    for noun in (above, above.head) if preposition.lower_ == "as" else (above,):
        if noun.lower_ in WORDS.company_nouns:
            return noun
    return None


def _of_country(doc: Doc, mention: ActorMention) -> str | None:
    """ "Mahan Air of Iran", "Industrial Equity Ltd (IEL) of Australia": "of" and a country's
    name right after the name, or after an acronym in brackets that follows it ("of the
    Iran-contra affair" names no country)."""
    after = mention.end
    if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
        after += 3  # "(IEL)"
    if after + 1 >= len(doc) or doc[after].lower_ != "of":
        return None
    start = after + 1
    if doc[start].lower_ == "the":
        start += 1
    for size in (3, 2, 1):
        words = doc[start : start + size]
        if len(words) < size or any(t.sent.start != doc[after].sent.start for t in words):
            continue
        if words.end < len(doc) and doc[words.end].text == "-":
            continue
        match = match_country(words.text)
        if match is not None and match.form is CountryForm.NAME:
            return match.code
    return None
