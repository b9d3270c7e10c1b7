"""Plain result types shared by every step of newsgraph.

Everything here is a frozen dataclass made of strings, numbers, booleans and tuples, so a
result can be written to JSON and read back unchanged (``to_dict`` / ``from_dict``), sent to
another process, or cached on disk. Nothing here imports spaCy, networkx or rdflib.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class EntityType(StrEnum):
    """The node types of the graph."""

    PERSON = "Person"
    COUNTRY = "Country"
    ORGANIZATION = "Organization"
    AGREEMENT = "Agreement"
    EVENT = "Event"
    PLACE = "Place"


@dataclass(frozen=True)
class Article:
    """One cleaned news article.

    ``id`` is stable across runs (the file stem or the JSON ``id`` field); ``date`` is an
    ISO ``YYYY-MM-DD`` string when known; ``source`` names the file or URL it came from;
    ``dateline`` is the place the article was filed from, as its dateline writes it
    ("TAIPEI", "TAUPO, New Zealand"), when the source gives one.
    """

    id: str
    text: str
    title: str = ""
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    source: str | None = None
    dateline: str | None = None


@dataclass(frozen=True)
class Mention:
    """A span of article text that refers to an entity (character offsets into the text)."""

    text: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class Evidence:
    """Where a relation was read: the article, the sentence and its character offsets."""

    article_id: str
    sentence: str
    start: int
    end: int
    date: str | None = None
    trigger: str = ""


@dataclass(frozen=True)
class Entity:
    """A real-world thing mentioned in one article.

    ``key`` is the canonical key (``country/RU``, ``person/sergei-lavrov``); graph node ids and
    IRIs are pure functions of it. ``aliases`` are the surface forms seen, ``role`` a title such
    as "Foreign Minister" when the text gives one, ``date`` the ISO date (``YYYY``, ``YYYY-MM``
    or ``YYYY-MM-DD``) the text states for an agreement or event (see
    ``extract.dates_places.event_dates``).
    """

    key: str
    label: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    role: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Relation:
    """A directed edge ``subject --predicate--> object`` between two entity keys.

    ``cameo`` is the CAMEO event code of the predicate, ``negated`` is true for "did not
    agree", and ``modality`` says how the text states the act: ``"reported"``,
    ``"planned"``, ``"conditional"`` or ``"wished"`` (``extract.relations.modality``), or
    ``None`` for an act stated as done.
    """

    subject: str
    predicate: str
    object: str
    cameo: str
    negated: bool
    evidence: Evidence
    modality: str | None = None


@dataclass(frozen=True)
class ArticleResult:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    relations: tuple[Relation, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict; ``from_dict`` reads it back to an equal result."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleResult:
        """Rebuild a result written by ``to_dict`` (or parsed back from its JSON)."""
        entities = tuple(
            Entity(
                key=e["key"],
                label=e["label"],
                type=EntityType(e["type"]),
                aliases=tuple(e.get("aliases", ())),
                mentions=tuple(Mention(**m) for m in e.get("mentions", ())),
                role=e.get("role"),
                date=e.get("date"),  # absent from results cached before dates were read
            )
            for e in data.get("entities", ())
        )
        relations = tuple(
            Relation(
                subject=r["subject"],
                predicate=r["predicate"],
                object=r["object"],
                cameo=r["cameo"],
                negated=r["negated"],
                evidence=Evidence(**r["evidence"]),
                modality=r.get("modality"),
            )
            for r in data.get("relations", ())
        )
        return cls(article=Article(**data["article"]), entities=entities, relations=relations)
