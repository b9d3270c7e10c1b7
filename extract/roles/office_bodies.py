"""The body a title's holder sits in, when the article names that body.

News names the office and the body apart: "Finance Minister Robert Chien told reporters his
ministry ..." with "the Finance Ministry" elsewhere, "Senator Ann Voss" in an article about
"the Senate". The title's head says which kind of body (``WORDS.office_bodies``: minister →
ministry, senator → senate, representative → house of representatives) and its portfolio words
say which one ("Finance" Minister → a ministry named with "Finance"); the holder is affiliated
with the nearest organisation of the article so named. A country that both sides state must
agree, so "West German Finance Minister" never joins the Japanese Finance Ministry.
"""

from __future__ import annotations

from extract.mentions.mention import ActorMention
from extract.types import EntityType
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
        candidates = [
            body
            for body in bodies
            if _names_body(body.name, body_phrase, portfolio) and _countries_agree(person, body)
        ]
        if not candidates:
            continue
        nearest = min(candidates, key=lambda body: abs(body.start - person.start))
        if nearest.start not in person.organisations:
            person.organisations.append(nearest.start)


def _body_words(role: str) -> tuple[str, frozenset[str]] | None:
    """The body phrase and the portfolio words of a title, or None for a title of no body.

    >>> _body_words("Deputy Finance Minister")
    ('ministry', frozenset({'finance'}))
    >>> _body_words("President") is None
    True
    """
    words = role.lower().replace(".", "").split()
    heads = [w for w in words if w in WORDS.office_bodies or w.rstrip("s") in WORDS.office_bodies]
    if not heads:
        return None
    head = heads[-1]
    body = WORDS.office_bodies.get(head) or WORDS.office_bodies[head.rstrip("s")]
    portfolio = frozenset(
        w for w in words if w != head and w not in WORDS.office_ranks | _JOINING_WORDS
    )
    return body, portfolio


def _names_body(name: str, body_phrase: str, portfolio: frozenset[str]) -> bool:
    """Whether an organisation's name is the body: it holds the body phrase and every portfolio
    word ("Finance Ministry", "Ministry of Finance" for a "Finance Minister")."""
    lower = f" {name.lower()} "
    words = set(lower.split())
    return f" {body_phrase} " in lower and portfolio <= words


def _countries_agree(person: ActorMention, body: ActorMention) -> bool:
    """False when the person and the body each state a country and share none."""
    return not (person.affiliations and body.affiliations) or bool(
        set(person.affiliations) & set(body.affiliations)
    )
