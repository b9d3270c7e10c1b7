"""Canonical entity keys: ``<type>/<slug>``, e.g. ``person/sergei-lavrov`` or ``country/RU``.

Keys are decided here and nowhere else, so the same name yields the same key on any machine
and graphs built from parts of a corpus merge by plain set union.
"""

from __future__ import annotations

import re
import unicodedata

from extract.types import EntityType

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
    """Key of an entity of ``entity_type`` called ``name`` (countries pass their ISO code)."""
    if entity_type is EntityType.COUNTRY:
        return f"country/{name.upper()}"
    return f"{entity_type.value.lower()}/{slugify(name)}"


def key_type(key: str) -> EntityType:
    """The entity type encoded in a key: ``key_type("country/RU")`` is ``EntityType.COUNTRY``."""
    prefix = key.split("/", 1)[0]
    for member in EntityType:
        if member.value.lower() == prefix:
            return member
    raise ValueError(f"not an entity key: {key!r}")
