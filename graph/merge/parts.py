"""What the graph builder keeps of one node or one edge while results stream in.

A node's or an edge's parts are plain sets and the few scalars the graph shows; they are folded
together as articles arrive (``take``) and when resolution puts several keys on one node
(``absorb``). Every rule that decides a merged attribute lives here, once:

* a label or role: the longer, then the alphabetically first (``rank``), whatever the order;
* a node's date: ``extract.dates_places.event_dates.choose_date`` (most precise, then earliest);
* an edge's date: the earliest; its modality: the strongest claim (``MODALITY_ORDER``: stated
  as fact, then known, reported, planned, conditional, wished), so one article stating an act
  outweighs another announcing or wishing it;
* lists: sorted once, when the graph is made (``node_attributes``, ``edge_attributes``).

>>> parts = NodeParts.of("person/x", "Lavrov", "Person")
>>> parts.take("Sergei Lavrov", "minister", "")
>>> parts.label, parts.role
('Sergei Lavrov', 'minister')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extract.dates_places.event_dates import choose_date
from extract.types import Entity, EntityType

Evidence = dict[str, Any]

#: Modalities from the strongest claim to the weakest ("" is an act stated as done; "known"
#: is a structural edge the actor dictionary adds): see ``extract.relations.modality``.
MODALITY_ORDER = ("", "asserted", "known", "reported", "planned", "conditional", "wished")


def modality_rank(modality: str) -> int:
    """Where a modality stands in ``MODALITY_ORDER`` (an unknown one after all of them).

    >>> sorted(["wished", "planned", "", "reported"], key=modality_rank)
    ['', 'reported', 'planned', 'wished']
    """
    return MODALITY_ORDER.index(modality) if modality in MODALITY_ORDER else len(MODALITY_ORDER)


#: An evidence dict as a hashable value: two equal evidence dicts are one piece of evidence.
EvidenceId = tuple[tuple[str, Any], ...]


def rank(text: str) -> tuple[int, str]:
    """Longer, then alphabetically first: a deterministic choice whatever the merge order.

    >>> min(["Lavrov", "Sergei Lavrov"], key=rank)
    'Sergei Lavrov'
    """
    return (-len(text), text)


def evidence_sort_key(item: Evidence) -> tuple[str, int, int, str, str]:
    """The order of an edge's evidence: by article, then position in it."""
    return (item["article_id"], item["start"], item["end"], item["trigger"], item["sentence"])


def _longest(*texts: str) -> str:
    return min((text for text in texts if text), default="", key=rank)


@dataclass
class NodeParts:
    """One key's (later: one node's) names, provenance and scalars, as sets until the end."""

    order: int
    label: str
    type: str
    role: str = ""
    date: str = ""
    labels: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)  # as extracted, labels not included
    articles: set[str] = field(default_factory=set)
    members: set[str] = field(default_factory=set)  # the keys resolved into this node
    # Reasons recorded by a graph folded in whole (``GraphBuilder.add_graph``).
    reasons: set[str] = field(default_factory=set)

    @classmethod
    def of(
        cls, key: str, label: str, type_: str, *, order: int = 0, role: str = "", date: str = ""
    ) -> NodeParts:
        """Fresh parts for ``key``, first seen as number ``order``."""
        return cls(order, label, type_, role, date, labels={label}, members={key})

    def take(self, label: str, role: str, date: str) -> None:
        """Fold in the scalars of one more sighting of this key."""
        self.label = min(self.label, label, key=rank)
        self.role = _longest(self.role, role)
        self.date = choose_date((self.date, date)) or ""

    def absorb(self, other: NodeParts) -> None:
        """Merge the parts of a key resolved onto this node (which keeps its type)."""
        self.take(other.label, other.role, other.date)
        self.labels |= other.labels
        self.aliases |= other.aliases
        self.articles |= other.articles
        self.members |= other.members
        self.reasons |= other.reasons

    def names(self, key: str) -> list[Entity]:
        """Mention-free entities carrying every label and alias seen: all resolution reads."""
        aliases = tuple(sorted(self.aliases))
        return [Entity(key, label, EntityType(self.type), aliases) for label in sorted(self.labels)]

    def node_attributes(self) -> dict[str, Any]:
        """The node's attributes in the graph (``merge_reasons`` is added by the builder)."""
        return {
            "label": self.label,
            "type": self.type,
            "aliases": sorted(self.aliases | self.labels),
            "articles": sorted(self.articles),
            "role": self.role,
            "merged_from": sorted(self.members),
            "date": self.date,
        }


@dataclass
class EdgeParts:
    """One edge's scalars and provenance, as sets until the end."""

    order: int
    predicate: str
    cameo: str
    negated: bool
    modality: str
    date: str
    articles: set[str] = field(default_factory=set)
    # identity -> evidence dict, in first-seen order (the tie order of equal sort keys)
    evidence: dict[EvidenceId, Evidence] = field(default_factory=dict)

    def take(self, modality: str, date: str) -> None:
        """Fold in the scalars of one more sighting of this edge."""
        dates = [d for d in (self.date, date) if d]
        self.date = min(dates) if dates else ""
        # One article stating it as fact outweighs another planning or wishing it.
        self.modality = min(self.modality, modality, key=modality_rank)

    def add_evidence(self, evidence: Evidence) -> None:
        """Keep ``evidence`` unless an equal piece is kept already."""
        self.evidence.setdefault(tuple(sorted(evidence.items())), evidence)

    def absorb(self, other: EdgeParts) -> None:
        """Merge an edge that resolution made coincide with this one."""
        self.take(other.modality, other.date)
        self.articles |= other.articles
        for identity, evidence in other.evidence.items():
            self.evidence.setdefault(identity, evidence)

    def edge_attributes(self) -> dict[str, Any]:
        """The edge's attributes in the graph."""
        return {
            "predicate": self.predicate,
            "cameo": self.cameo,
            "negated": self.negated,
            "modality": self.modality,
            "articles": sorted(self.articles),
            "evidence": sorted(self.evidence.values(), key=evidence_sort_key),
            "date": self.date,
        }
