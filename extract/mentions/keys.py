"""Canonical entity keys: ``<type>/<slug>``, e.g. ``person/sergei-lavrov`` or ``country/RU``.

Keys are decided here and nowhere else, so the same name yields the same key on any machine
and graphs built from parts of a corpus merge by plain set union.
"""

from __future__ import annotations

import re
import unicodedata

from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

_NON_WORD = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 80


def slugify(name: str) -> str:
    """Lower-case ASCII slug of a name: ``"Josep Borrell"`` → ``"josep-borrell"``.

    Accents are folded ("Łódź" → "lodz" where Unicode allows), possessive ``'s`` is dropped
    and the result is capped at 80 characters so keys stay readable.

    >>> slugify("Russia's Foreign Ministry")
    'russia-foreign-ministry'
    """
    text = name.replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", text.lower()).strip("-")
    return slug[:_MAX_SLUG].rstrip("-") or "unnamed"


def entity_key(entity_type: EntityType, name: str) -> str:
    """Key of an entity of ``entity_type`` called ``name`` (countries pass their ISO code).

    A company is one thing with or without its legal form, in any article: "Siemens AG" and
    "Siemens" share a key (the label keeps the name as written).

    >>> entity_key(EntityType.ORGANIZATION, "Baring Brothers and Co Ltd")
    'organization/baring-brothers'
    """
    if entity_type is EntityType.COUNTRY:
        return f"country/{name.upper()}"
    if entity_type is EntityType.ORGANIZATION:
        name = without_legal_form(name)
    return f"{entity_type.value.lower()}/{slugify(name)}"


def without_legal_form(name: str) -> str:
    """A company's name without the legal forms that end it (``WORDS.company_forms``).

    >>> without_legal_form("Sedio N.V."), without_legal_form("Ltd")
    ('Sedio', 'Ltd')
    """
    words = name.split()
    end = len(words)
    while end > 1 and words[end - 1].replace(".", "").lower() in WORDS.company_forms:
        end -= 1
        if end > 1 and words[end - 1] in ("and", "&"):
            end -= 1
    return " ".join(words[:end])


def key_type(key: str) -> EntityType:
    """The entity type encoded in a key: ``key_type("country/RU")`` is ``EntityType.COUNTRY``."""
    prefix = key.split("/", 1)[0]
    for member in EntityType:
        if member.value.lower() == prefix:
            return member
    raise ValueError(f"not an entity key: {key!r}")


def is_generic_name(name: str, head: str, *, event: bool = False) -> bool:
    """Whether an agreement or event name has no word that tells it from others of its kind.

    ``head`` is the head noun as written ("treaty", "talks"). Only the head noun and words of
    ``generic_name_words`` (for an ``event``, also ``occasion_format_words``; both in
    ``data/words/agreements_and_events.txt``) make a generic name; any other word (a place, a
    year, a topic, "joint cybersecurity") distinguishes it.

    >>> is_generic_name("the new treaty", "treaty")
    True
    >>> is_generic_name("joint cybersecurity group", "group")
    False
    >>> is_generic_name("bilateral talks", "talks", event=True)
    True
    """
    words = re.findall(r"[a-z0-9]+", name.lower())
    head_words = set(re.findall(r"[a-z0-9]+", head.lower()))
    extra = WORDS.occasion_format_words if event else frozenset()
    return all(w in WORDS.generic_name_words or w in extra or w in head_words for w in words)


def article_scoped_key(entity_type: EntityType, article_id: str, name: str) -> str:
    """Key of a generically named agreement or event, scoped to the article that mentions it.

    A pure function of the article id and the name, so rebuilding an article gives the same
    key, while "a new treaty" in two different articles stays two nodes.

    >>> article_scoped_key(EntityType.AGREEMENT, "07_new_start", "new treaty")
    'agreement/07-new-start--new-treaty'
    """
    return f"{entity_type.value.lower()}/{slugify(article_id)}--{slugify(name)}"
