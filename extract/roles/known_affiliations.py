"""Affiliations the text does not state but the actor dictionary knows, as of the article's date.

A 1987 wire story writes "Reagan said" or "Secretary of State George Shultz" without saying
whose; an analyst knows. The actor table derived from PETRARCH2's dictionary
(``extract.vocabulary.known_actors``) gives each known name its country for the periods it
holds ("Ronald Reagan": United States government, 1981-1989). A person or organisation of the
article whose mentions state no country gets the country that holds on the article's date, when
the article names that country too, as an ``affiliated_with`` edge marked ``known`` (its
modality) rather than stated, so a reader can tell what the text said from what the dictionary
added.

Names are tried as the article writes them, alone and after their title ("President Reagan"),
then, for a surname alone ("Reagan"), the one full name of the dictionary with that surname
whose affiliation holds on the article's date, and last, for a name whose every period is one
country's, that country outside its periods too: a former office holder ("then-president Anwar
Sadat" in 1987) or one the table stops following (Nancy Pelosi after 2011) stays his country's.
Of the countries so found the first the article names wins (the table lists "Queen Elizabeth
II" under St Kitts and Nevis and "Elizabeth II" under Britain); an entity gets at most one
known country.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from extract.mentions.mention import ActorMention, country_mention
from extract.relations.doc_context import DocContext
from extract.relations.find import RelationCandidate
from extract.types import EntityType
from extract.vocabulary.known_actors import (
    affiliation_at,
    affiliations,
    known_names,
    normalise_name,
)
from extract.vocabulary.word_lists import WORDS

#: The modality of an edge the dictionary adds rather than the text states.
KNOWN = "known"
_TYPES = (EntityType.PERSON, EntityType.ORGANIZATION)


def known_affiliations(ctx: DocContext, article_date: str | None) -> Iterator[RelationCandidate]:
    """``affiliated_with`` edges from the actor dictionary for actors the text leaves unplaced.

    >>> from extract.vocabulary.known_actors import affiliation_at, known_names, normalise_name
    >>> affiliation_at("President Reagan", "1987-03-02")[0]
    'US'
    """
    countries = {m.key: m for m in ctx.mentions if m.type is EntityType.COUNTRY}
    by_key: dict[str, list[ActorMention]] = {}
    for mention in ctx.mentions:
        if mention.type in _TYPES and mention.key:
            by_key.setdefault(mention.key, []).append(mention)
    for mentions in by_key.values():
        if any(m.affiliations for m in mentions) or any(m.organisations for m in mentions):
            continue  # the text places it: what it says wins
        # The words as written too: "Chugoku" joined to "Chugoku Electric Power Co Inc".
        written = [ctx.doc[m.start : m.end].text for m in mentions if m.end > m.start]
        first = mentions[0]
        # The first country the dictionary gives that the article names too: "Queen Elizabeth
        # II" is listed under St Kitts and Nevis, "Elizabeth II" under Britain.
        named = (
            candidate
            for code in _known_countries(mentions, article_date, written)
            if (candidate := country_mention(code, first.start, countries)).key in countries
            and candidate.key != first.key
        )
        found = next(named, None)
        if found is None:
            continue  # the dictionary links things of the article; it adds none of its own
        yield RelationCandidate(
            first, "affiliated_with", found, "", False, KNOWN, ctx.doc[first.start]
        )


def _known_countries(
    mentions: Iterable[ActorMention], when: str | None, written: Iterable[str] = ()
) -> Iterator[str]:
    """The countries the dictionary gives the mentions' names, best first: those holding on the
    date, then those of a surname's one holder, then the one country of a name whose every
    period is that country's (a former office holder: "then-president Anwar Sadat" in 1987)."""
    names = _names(mentions)
    names += [w for w in written if w not in names]
    for name in names:
        found = affiliation_at(name, when)
        if found is not None and found[0]:
            yield found[0]
    surnames = [n for n in names if " " not in n.strip()]
    for surname in surnames:
        holding = {
            found[0]
            for full in _full_names(normalise_name(surname))
            if (found := affiliation_at(full, when)) is not None and found[0] and when
        }
        if len(holding) == 1:
            yield holding.pop()
    for name in names:
        ever = {period.country for period in affiliations(name)}
        if len(ever) == 1 and "" not in ever:
            yield ever.pop()


@cache
def _surname_index() -> dict[str, tuple[str, ...]]:
    """Surname → the full names (two words or more) of the dictionary that end with it."""
    index: dict[str, list[str]] = {}
    for name in known_names():
        words = name.split()
        if len(words) >= 2:
            index.setdefault(words[-1], []).append(name)
    return {surname: tuple(sorted(names)) for surname, names in index.items()}


def _full_names(surname: str) -> tuple[str, ...]:
    return _surname_index().get(surname, ())


def _names(mentions: Iterable[ActorMention]) -> list[str]:
    """The names to look up, longest first: with the title, as written, and without a title
    word the name opens with ("Queen Elizabeth II" is listed as "Elizabeth II" too)."""
    names: list[str] = []
    for mention in sorted(mentions, key=lambda m: -len(m.name)):
        first, _, rest = mention.name.partition(" ")
        untitled = rest if rest and first.lower().rstrip(".") in WORDS.role_heads else ""
        with_role = f"{mention.role} {mention.name}" if mention.role else ""
        for name in (with_role, mention.name, untitled):
            if name and name not in names:
                names.append(name)
    return names
