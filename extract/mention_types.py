"""The mention record shared by the mention finder, the resolvers and the relation reader."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from extract.countries import CountryForm
from extract.types import EntityType


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
    key: str = ""  # filled in by extract.coref

    def span(self, doc: Doc) -> Span:
        """The mention as a spaCy span."""
        return doc[self.start : self.end]
