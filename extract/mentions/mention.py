"""The mention record shared by the mention finder, the resolvers and the relation reader."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from extract.mentions.keys import entity_key
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, country_label

#: The mention types that act: people, countries, organisations.
ACTOR_TYPES = frozenset({EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION})


@dataclass
class ActorMention:
    """One mention of an actor: token span ``[start, end)`` of the doc and what it denotes."""

    start: int
    end: int
    type: EntityType
    name: str
    country: str | None = None  # ISO code when the mention names a country
    form: CountryForm | None = None
    role: str | None = None
    affiliations: list[str] = field(default_factory=list)  # ISO codes of countries
    # Token indices of organisations named in the title ("NATO Secretary-General ...").
    organisations: list[int] = field(default_factory=list)
    head: int = -1  # token index of the syntactic head, for agreements and events
    key: str = ""  # filled in by extract.coref.within_article
    # The date its sentence states for an agreement or event (extract.dates_places.event_dates),
    # read once, by coreference, which compares the dates of an occasion's mentions.
    date: str | None = None
    # A state body named by a common noun after its owner ("the Danish agriculture ministry",
    # extract.mentions.government_bodies): a node for affiliation, but its acts are coded as
    # its owner's, like any state noun with a country modifier (WORDS.state_nouns).
    acts_for_owner: bool = False

    def span(self, doc: Doc) -> Span:
        """The mention as a spaCy span."""
        return doc[self.start : self.end]


def country_mention(code: str, position: int, known: dict[str, ActorMention]) -> ActorMention:
    """The article's mention of country ``code``, or a stand-in at token ``position``.

    Structural edges (a person's affiliation, a place's country) need the country as an
    endpoint even when the article never names it; the stand-in is keyed like a named one.
    """
    key = entity_key(EntityType.COUNTRY, code)
    found = known.get(key)
    if found is not None:
        return found
    return ActorMention(
        position, position, EntityType.COUNTRY, country_label(code), code, CountryForm.NAME, key=key
    )


def country_keys(mention: ActorMention) -> list[str]:
    """The keys of the countries a mention is affiliated with ("Spanish officials" → Spain)."""
    return [entity_key(EntityType.COUNTRY, code) for code in mention.affiliations]
