"""The body a title's holder sits in, when the article names that body.

News names the office and the body apart: "Finance Minister Robert Chien told reporters his
ministry ..." with "the Finance Ministry" elsewhere, "Senator Ann Voss" in an article about
"the Senate". The title's head says which kind of body (``WORDS.office_bodies``: minister →
ministry, commissioner → commission, senator → senate, representative → house) and, for the
bodies of ``WORDS.portfolio_bodies``, its portfolio words say which one ("Finance" Minister → a
ministry named with "Finance"; an "Agriculture Commissioner" sits in the Commission). The holder
is affiliated with the organisation of the article so named that shares most words with the
title ("Senate Finance Committee Chairman" → the committee rather than the Senate), else the
nearest. A country that both sides state must agree, so "West German Finance Minister" never
joins the Japanese Finance Ministry.
"""

from __future__ import annotations

from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import match_country
from extract.vocabulary.word_lists import WORDS

#: Words of a title that join its parts, never a portfolio ("Minister of Finance").
_JOINING_WORDS = frozenset({"of", "for", "the", "and"})


def read_office_bodies(mentions: list[ActorMention]) -> None:
    """Affiliate each titled person with the body of its office the article names, in place.

    >>> minister = ActorMention(5, 7, EntityType.PERSON, "Robert Chien")
    >>> minister.role = "Finance Minister"
    >>> ministry = ActorMention(0, 2, EntityType.ORGANIZATION, "Finance Ministry")
    >>> read_office_bodies([ministry, minister])
    >>> minister.organisations
    [0]
    """
    bodies = [m for m in mentions if m.type is EntityType.ORGANIZATION]
    for person in mentions:
        if person.type is not EntityType.PERSON or not person.role:
            continue
        wanted = _body_words(person.role)
        if wanted is None:
            continue
        body_phrase, portfolio = wanted
        if body_phrase not in WORDS.portfolio_bodies:
            portfolio = frozenset()  # "Agriculture Commissioner": the Commission
        title_words = frozenset(person.role.lower().replace(".", "").split())
        candidates = [
            body
            for body in bodies
            if _names_body(body.name, body_phrase, portfolio, title_words)
            and _countries_agree(person, body)
        ]
        if not candidates:
            continue
        best = min(
            candidates,
            key=lambda body: (
                -len(title_words & set(body.name.lower().split())),
                abs(body.start - person.start),
            ),
        )
        if best.start not in person.organisations:
            person.organisations.append(best.start)


def _body_words(role: str) -> tuple[str, frozenset[str]] | None:
    """The body phrase and the portfolio words of a title, or None for a title of no body.

    The portfolio is what stands before the head ("Finance" Minister) or in an "of"/"for"
    phrase after it (Minister "of Finance"); ranks, party adjectives and countries name no
    portfolio ("Deputy", "Republican" Senate Majority Leader, "Japanese" Finance Minister).

    >>> _body_words("Deputy Finance Minister")
    ('ministry', frozenset({'finance'}))
    >>> _body_words("Republican Senate Majority Leader")
    ('senate', frozenset())
    >>> _body_words("President") is None
    True
    """
    words = role.replace(".", "").split()
    heads = [k for k, w in enumerate(words) if _body_key(w) is not None]
    if not heads:
        return None
    head = heads[-1]
    body = _body_key(words[head])
    assert body is not None  # for mypy: heads holds only words with a body
    after = words[head + 1 :] if words[head + 1 : head + 2] in (["of"], ["for"]) else []
    portfolio = frozenset(
        w.lower()
        for w in words[:head] + after
        if w.lower() not in WORDS.office_ranks | _JOINING_WORDS
        and w not in WORDS.party_adjectives
        and match_country(w) is None
    )
    return body, portfolio


def _body_key(word: str) -> str | None:
    """The body phrase a title word points to ("Minister", "Senators", "Senate"), if any."""
    lower = word.lower()
    return WORDS.office_bodies.get(lower) or WORDS.office_bodies.get(lower.rstrip("s"))


def _names_body(
    name: str, body_phrase: str, portfolio: frozenset[str], title: frozenset[str]
) -> bool:
    """Whether an organisation's name is the body: it holds the body phrase and every portfolio
    word ("Finance Ministry", "Ministry of Finance" for a "Finance Minister"), and no word the
    title does not give but a country ("U.S. Senate" for a "Senator", never "Senate Agriculture
    Committee": a senator need not sit on it)."""
    lower = f" {name.lower()} "
    if f" {body_phrase} " not in lower or not portfolio <= set(lower.split()):
        return False  # the cheap tests first: this runs for every titled person and organisation
    # "House of Representatives" for a "Representative": a plural of a title word is given.
    given = set(body_phrase.split()) | portfolio | title | _JOINING_WORDS
    return all(w.lower().removesuffix("s") in given for w in _without_countries(name.split()))


def _countries_agree(person: ActorMention, body: ActorMention) -> bool:
    """False when the person and the body each state a country and share none."""
    return not (person.affiliations and body.affiliations) or bool(
        set(person.affiliations) & set(body.affiliations)
    )


def _without_countries(words: list[str]) -> list[str]:
    """The words of a name outside the countries it names, of one or two words.

    >>> _without_countries(["United", "States", "House", "of", "Representatives"])
    ['House', 'of', 'Representatives']
    """
    kept: list[str] = []
    k = 0
    while k < len(words):
        if k + 1 < len(words) and match_country(f"{words[k]} {words[k + 1]}"):
            k += 2
        elif match_country(words[k]):
            k += 1
        else:
            kept.append(words[k])
            k += 1
    return kept
