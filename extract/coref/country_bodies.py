"""A country's government body named with and without its country: "the U.S. Treasury" and
"the Treasury", "Japan's Finance Ministry" and "the Finance Ministry".

News names a ministry, a department or a parliament with its country once, or only in its
dateline's country, and by its bare name after that; a body of another country is named with
that country. So the key of a state body says which country's it is, however the owner is
written ("U.S. Treasury", "US Treasury", "United States Treasury" are one key; "British
Parliament" and "Britain's Parliament" another), and a bare body name ("Treasury", "Commerce
Department") in an article is:

- the body of the one country the article names it with ("Japan's Finance Ministry ... the
  Finance Ministry");
- left alone when the article names it with two countries ("Japan's and West Germany's Finance
  Ministry": the bare one is either);
- otherwise the body of the article's home country (its dateline's country: "Treasury" in a
  WASHINGTON article is the U.S. Treasury; or the one country its title names), when it has one.

A body is a capitalised name whose last word is a state body noun (``WORDS.state_body_heads``
without "house" and "forces": "White House", "Armed Forces" name more than a country's body),
the words before it being its portfolio ("Commerce", "Finance"), or a legislature noun alone
("parliament", "congress": "told parliament"); a name with a place in it ("New York Police
Department") is a local body, not the country's.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from extract.article_context import article_of
from extract.dates_places.home import home_country
from extract.dates_places.places import place_country
from extract.dates_places.sentence_place import opening_place_country
from extract.mentions.keys import entity_key
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, country_label, match_country
from extract.vocabulary.word_lists import WORDS

_BODY_HEADS = WORDS.state_body_heads - {"house", "forces"}
_OWNER_FORMS = (CountryForm.NAME, CountryForm.DEMONYM)
# Owners are at most three words long: "United Arab Emirates".
_MAX_OWNER = 3


@dataclass(frozen=True)
class CountryBody:
    """A body's country (``None`` when its name gives none) and its name without the owner."""

    country: str | None
    body: str


def country_body(name: str) -> CountryBody | None:
    """The owner and the body of a state body's name, or ``None`` for any other name.

    >>> country_body("the U.S. Treasury")
    CountryBody(country='US', body='Treasury')
    >>> country_body("Japan's Finance Ministry")
    CountryBody(country='JP', body='Finance Ministry')
    >>> country_body("Danish agriculture ministry")
    CountryBody(country='DK', body='agriculture ministry')
    >>> country_body("Commerce Department")
    CountryBody(country=None, body='Commerce Department')
    >>> country_body("New York Police Department") is None
    True
    """
    words = name.replace("’", "'").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or words[-1].lower() not in _BODY_HEADS:
        return None
    for width in range(min(_MAX_OWNER, len(words) - 1), 0, -1):
        owner = " ".join(words[:width])
        owner = owner[:-2] if owner.endswith("'s") else owner
        match = match_country(owner)
        if match is not None and match.form in _OWNER_FORMS:
            return CountryBody(match.code, " ".join(words[width:]))
    legislature = len(words) == 1 and words[0].lower() in WORDS.legislature_nouns
    if not legislature and not all(word[:1].isupper() for word in words):
        return None  # a bare body is a name, "Commerce Department", or a country's "parliament"
    for first in range(len(words) - 1):
        for last in range(first + 1, len(words)):
            if place_country(" ".join(words[first:last])) is not None:
                return None  # "New York Police Department": a place's body
    return CountryBody(None, " ".join(words))


def key_country_bodies(doc: Doc, mentions: list[ActorMention]) -> None:
    """Key every organisation mention that names a state body by its country and body, a bare
    body name by the country the article gives it (see the module docstring), in place.

    >>> doc = __import__("spacy").blank("en")("Japan's Finance Ministry and the Finance Ministry")
    >>> owned = ActorMention(0, 4, EntityType.ORGANIZATION, "Japan's Finance Ministry")
    >>> bare = ActorMention(6, 8, EntityType.ORGANIZATION, "Finance Ministry")
    >>> key_country_bodies(doc, [owned, bare])
    >>> owned.key, bare.key
    ('organization/japan-finance-ministry', 'organization/japan-finance-ministry')
    """
    bodies: list[tuple[ActorMention, CountryBody]] = []
    for mention in mentions:
        if mention.type is not EntityType.ORGANIZATION or mention.key not in ("", _plain(mention)):
            continue  # keyed as another name's short form by an earlier reader
        found = country_body(mention.name)
        if found is not None and found.country is None:
            # "Japan's Finance Ministry": the model leaves the owner outside the name.
            found = CountryBody(_owner_before(doc, mention.start), found.body)
        if found is not None:
            bodies.append((mention, found))
    owners: dict[str, set[str]] = {}
    for _, found in bodies:
        if found.country is not None:
            owners.setdefault(found.body.lower(), set()).add(found.country)
    home = _home_country(doc)
    article = article_of(doc)
    date = article.date if article is not None else None
    renamed: dict[str, str] = {}
    for mention, found in bodies:
        country = found.country
        if country is None:
            named = owners.get(found.body.lower(), set())
            if len(named) > 1:
                continue
            # "In Washington, the Senate ...": the sentence's own place before the home's.
            country = (
                next(iter(named))
                if named
                else opening_place_country(doc, mention.start, date) or home
            )
        if country is None:
            continue
        key = entity_key(EntityType.ORGANIZATION, f"{country_label(country)} {found.body}")
        renamed[_plain(mention)] = key
        mention.key = key
    # "the Ministry", keyed by extract.coref.short_forms as "Finance Ministry", follows it.
    for mention in mentions:
        if mention.key in renamed:
            mention.key = renamed[mention.key]


def _owner_before(doc: Doc, start: int) -> str | None:
    """The country named right before a body's name: "Japan's", "Japanese", "U.S."."""
    possessive = start >= 2 and doc[start - 1].tag_ == "POS"
    end = start - 1 if possessive else start
    forms = (CountryForm.NAME,) if possessive else _OWNER_FORMS
    for width in range(min(_MAX_OWNER, end), 0, -1):
        match = match_country(doc[end - width : end].text)
        if match is not None and match.form in forms:
            return match.code
    return None


def _plain(mention: ActorMention) -> str:
    """The key a mention's own name gives it."""
    return entity_key(mention.type, mention.name)


def _home_country(doc: Doc) -> str | None:
    """The article's home country (``extract.roles.home_country``): its dateline's, unless an
    international seat (Brussels, Geneva), or the one its title names."""
    article = article_of(doc)
    return home_country(article) if article is not None else None
