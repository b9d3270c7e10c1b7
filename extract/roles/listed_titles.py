"""A plural title before a list of names holds for every name of the list.

"Democratic Sens. Patrick Moynihan of New York, Christopher Dodd of Connecticut and George
Mitchell of Maine": the title before the first name ("Democratic Sens.") is each senator's, so
each gets its role, its party and its country. The list is read on the surface, because the
small model parses such lists in many shapes: names separated by commas, "and", and a place
each is "of".

"His Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves
Le Drian": demonyms listed before a plural title and as many names listed after it pair off in
order, each name taking its demonym's country.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from extract.labels import PLACE_LABELS
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, match_country
from extract.vocabulary.word_lists import WORDS

_BRACKETED_WORDS = 4  # words of a qualifier in brackets after a listed name


def share_plural_titles(doc: Doc, mentions: list[ActorMention]) -> None:
    """Copy a plural title's role and affiliations from a list's first name to the others.

    Only names the text gives no title of their own take it. A first name with no title of its
    own takes the plural title it stands in apposition to ("Two Democratic Representatives,
    Collin Peterson and Jeff Van Drew").
    """
    people = {m.start: m for m in mentions if m.type is EntityType.PERSON}
    for first in sorted(people.values(), key=lambda m: m.start):
        if not first.role and not first.affiliations:
            first.role = _plural_title_before_comma(doc, first)
        elif first.role and not _plural_title(doc, first):
            continue
        if not first.role:
            continue
        current = first
        while (following := people.get(after_separator(doc, current.end))) is not None:
            if not (following.role or following.affiliations or following.organisations):
                following.role = first.role
                following.affiliations.extend(first.affiliations)
                following.organisations.extend(first.organisations)
            current = following


def _plural_title(doc: Doc, mention: ActorMention) -> bool:
    """Whether the word before the name is a plural title ("Sens.", "ministers")."""
    i = mention.start - 1
    if i >= 0 and doc[i].text == ".":
        i -= 1
    if i < 0:
        return False
    word = doc[i].lower_
    return word.endswith("s") and word[:-1] in WORDS.role_heads


def plural_title_before(doc: Doc, start: int) -> Token | None:
    """The plural title (``WORDS.role_heads`` + s) that ends just before a comma at ``start -
    1``: the title a list of names opening at ``start`` follows ("Two Democratic
    Representatives, Collin Peterson and ..."); else None.

    >>> import spacy
    >>> doc = spacy.blank("en")("Two Democratic Representatives, Collin Peterson and Jeff Van Drew")
    >>> plural_title_before(doc, 4).text, plural_title_before(doc, 5)
    ('Representatives', None)
    """
    comma = start - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    title = doc[comma - 1]
    word = title.lower_
    return title if word.endswith("s") and word[:-1] in WORDS.role_heads else None


def _plural_title_before_comma(doc: Doc, mention: ActorMention) -> str | None:
    """The singular of a plural title the name stands in apposition to, after a comma: "Two
    Democratic Representatives, Collin Peterson and ..." → "Representative"; else None."""
    title = plural_title_before(doc, mention.start)
    if title is None:
        return None
    name = doc[mention.end - 1]
    if name.head.i != title.i or name.dep_ not in ("appos", "conj"):
        return None  # "After talks with ministers, Smith said": no apposition
    return title.text[:-1]


def names_after_abbreviated_title(
    doc: Doc, by_token: Mapping[int, ActorMention], title: Token
) -> list[ActorMention]:
    """The people listed after a plural title written abbreviated: "Democratic Sens. Patrick
    Moynihan of New York, Christopher Dodd of Connecticut ..." (the small model cuts the names
    off the title at its full stop). ``by_token`` maps a token index to the mention it is in.

    >>> import spacy
    >>> from extract.vocabulary.countries import CountryForm
    >>> doc = spacy.blank("en")("talks with Sens . Ann Lee and Tom Ray")
    >>> lee = ActorMention(4, 6, EntityType.PERSON, "Ann Lee", None, CountryForm.NAME)
    >>> ray = ActorMention(7, 9, EntityType.PERSON, "Tom Ray", None, CountryForm.NAME)
    >>> by_token = {4: lee, 5: lee, 7: ray, 8: ray}
    >>> [m.name for m in names_after_abbreviated_title(doc, by_token, doc[2])]
    ['Ann Lee', 'Tom Ray']
    """
    start = title.i + 2
    word = title.lower_
    plural = word.endswith("s") and word[:-1] in WORDS.role_heads
    if not plural or start >= len(doc) or doc[title.i + 1].text != ".":
        return []
    names: list[ActorMention] = []
    index = start
    while (person := by_token.get(index)) is not None and person not in names:
        if person.type is not EntityType.PERSON or person.start != index:
            break
        names.append(person)
        index = after_separator(doc, person.end)
    return names


def after_separator(doc: Doc, index: int) -> int:
    """The token after a list separator that starts at ``index``: an "of <place>" qualifier or a
    bracketed one ("(Ky.)", "(D-Neb.)"), then a comma and/or "and"; ``-1`` when no separator is
    there."""
    i = _after_bracketed_qualifier(doc, index)
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
        while i < len(doc) and doc[i].ent_type_ in PLACE_LABELS:
            i += 1
    start = i
    while i < len(doc) and doc[i].lower_ in (",", "and"):
        i += 1
    return i if i > start else -1


def _after_bracketed_qualifier(doc: Doc, index: int) -> int:
    """The token after a short bracket of proper nouns opening at ``index`` ("Pete Wilson
    (Calif.)", "James Exon (D-Neb.)"), else ``index``."""
    if index >= len(doc) or doc[index].text != "(":
        return index
    for i in range(index + 1, min(len(doc), index + _BRACKETED_WORDS + 2)):
        if doc[i].text == ")":
            return i + 1 if i > index + 1 else index
        if doc[i].pos_ not in ("PROPN", "PUNCT"):
            return index
    return index


def pair_listed_demonyms(doc: Doc, mentions: list[ActorMention]) -> None:
    """Give each name of a list the country of the demonym in the same place of the list of
    demonyms before their plural title, when both lists are as long."""
    people = {m.start: m for m in mentions if m.type is EntityType.PERSON}
    for first in sorted(people.values(), key=lambda m: m.start):
        codes = _listed_demonyms(doc, first.start)
        if len(codes) < 2:
            continue
        names = [first]
        while len(names) < len(codes) and (
            following := people.get(after_separator(doc, names[-1].end))
        ):
            names.append(following)
        if len(names) != len(codes) or people.get(after_separator(doc, names[-1].end)):
            continue  # the lists do not pair off
        for name, code in zip(names, codes, strict=True):
            if not name.affiliations:
                name.affiliations.append(code)


def _listed_demonyms(doc: Doc, start: int) -> list[str]:
    """The countries of "Greek, Cypriot and French" in "... French counterparts, <name>"."""
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    word = doc[i].lower_ if i >= 0 else ""
    plural_title = word.endswith("s") and (
        word[:-1] in WORDS.role_heads or word[:-1] in WORDS.relational_heads
    )
    if not plural_title:
        return []
    i -= 1
    while i >= 0 and doc[i].lower_ in WORDS.role_modifiers:
        i -= 1  # "foreign" in "French and German foreign ministers"
    codes: list[str] = []
    while i >= 0:
        match = match_country(doc[i].text)
        if match is None or match.form is not CountryForm.DEMONYM:
            break
        codes.append(match.code)
        i -= 1
        while i >= 0 and doc[i].lower_ in (",", "and"):
            i -= 1
    return codes[::-1]
