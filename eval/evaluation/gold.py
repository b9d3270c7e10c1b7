"""Gold annotations: one JSON file per article, written by hand (see ``eval/GUIDELINES.md``).

A file looks like::

    {"article": "03_inf_treaty_withdrawal",
     "nodes": [{"key": "person/sergei-lavrov", "type": "Person", "name": "Sergei Lavrov",
                "aliases": ["Lavrov", "Russia's Foreign Minister"]}, ...],
     "edges": [{"subject": "country/RU", "predicate": "denied", "object": "...",
                "negated": false, "modality": "asserted", "cameo": "11"}, ...]}

``key`` is the annotator's identity for a real-world entity: the same key in two files is the
same entity, which is what merge accuracy checks. Keys are never compared with the graph's node
ids; matching is by name (``normalise_name``) and type. ``predicate`` is one name or several
accepted ones separated by ``|`` ("proposed|offered"); ``subject`` and ``object`` may likewise
list alternatives ("country/RU|person/vladimir-putin") when the text supports either reading.
An event edge (one whose accepted predicates are not all structural) says how the text states
the act (``modality``, one of ``MODALITIES``) and gives the act's two-digit CAMEO root
(``cameo``); the yardstick's gold must have both (``strict=True``), the team's examples may
leave them out (read as ``asserted`` and no root).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from extract.types import EntityType

_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$")
_LEADING_THE = re.compile(r"^the\s+")
_SPACES = re.compile(r"\s+")
_TYPES = {member.value for member in EntityType}
_CAMEO_ROOT = re.compile(r"^(0[1-9]|1[0-9]|20)$")

MODALITIES = ("asserted", "reported", "planned", "conditional", "wished")
STRUCTURAL_PREDICATES = frozenset({"affiliated_with", "party_to", "held_in", "located_in"})


class GoldFormatError(ValueError):
    """A gold file that cannot be read; the message names the file and the problem."""


def normalise_name(name: str) -> str:
    """Fold a name for matching: case, spacing, dots, a leading "the" and a possessive.

    >>> normalise_name("  the U.S.'s ")
    'us'
    >>> normalise_name("Russia’s") == normalise_name("russia")
    True
    """
    text = name.replace("’", "'").replace(".", "").strip().casefold()
    text = _SPACES.sub(" ", text)
    text = _POSSESSIVE.sub("", text).strip()
    return _LEADING_THE.sub("", text)


@dataclass(frozen=True)
class GoldNode:
    """An entity as the annotator sees it in one article."""

    key: str
    type: str
    names: frozenset[str]  # normalised name and aliases


@dataclass(frozen=True)
class GoldEdge:
    """``subject --predicate--> object`` in one article; each side lists its accepted values.

    ``cameo`` is the act's CAMEO root ("04"), empty for structural edges and where the gold
    gives none; ``modality`` is ``asserted`` for structural edges.
    """

    subjects: frozenset[str]
    predicates: frozenset[str]
    objects: frozenset[str]
    negated: bool
    modality: str = "asserted"
    cameo: str = ""

    @property
    def structural(self) -> bool:
        """Whether every accepted predicate is structural (the edge is no event)."""
        return self.predicates <= STRUCTURAL_PREDICATES

    def describe(self) -> str:
        """``a|b pred [cameo] c (modality, negated)`` for failure lists.

        >>> GoldEdge(frozenset({"x"}), frozenset({"met"}), frozenset({"y"}), True,
        ...          "planned", "04").describe()
        'x met [04] y (planned, negated)'
        """
        marks = [self.modality] if self.modality != "asserted" else []
        marks += ["negated"] if self.negated else []
        suffix = f" ({', '.join(marks)})" if marks else ""
        predicates = "|".join(sorted(self.predicates)) + (f" [{self.cameo}]" if self.cameo else "")
        ends = ("|".join(sorted(self.subjects)), "|".join(sorted(self.objects)))
        return f"{ends[0]} {predicates} {ends[1]}{suffix}"


def _alternatives(cell: str) -> frozenset[str]:
    return frozenset(part.strip() for part in cell.split("|") if part.strip())


@dataclass(frozen=True)
class GoldArticle:
    """The annotation of one article."""

    article_id: str
    nodes: tuple[GoldNode, ...]
    edges: tuple[GoldEdge, ...]


def read_gold_file(path: Path, *, strict: bool = False) -> GoldArticle:
    """Read and check one gold file; raise ``GoldFormatError`` naming it when it is malformed.

    With ``strict`` every event edge must give ``modality`` and ``cameo`` (the yardstick's rule).
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldFormatError(f"{path}: cannot read gold file: {error}") from None
    try:
        return _parse(data, strict)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        message = f"missing key {error}" if isinstance(error, KeyError) else str(error)
        raise GoldFormatError(f"{path}: bad gold annotation: {message}") from None


def read_gold_dir(
    folder: Path, article_ids: Iterable[str] | None = None, *, strict: bool = False
) -> list[GoldArticle]:
    """Read every ``*.json`` gold file in ``folder`` (sorted), optionally only some articles."""
    wanted = set(article_ids) if article_ids is not None else None
    gold = [read_gold_file(path, strict=strict) for path in sorted(folder.glob("*.json"))]
    return [g for g in gold if wanted is None or g.article_id in wanted]


def _stance(raw: dict[str, object], name: str, event: bool, strict: bool) -> tuple[str, str]:
    """The (modality, cameo root) of a raw edge, checked."""
    if not event:
        if "modality" in raw or "cameo" in raw:
            raise ValueError(f"{name}: a structural edge has no 'modality' or 'cameo'")
        return "asserted", ""
    if strict and not ("modality" in raw and "cameo" in raw):
        raise ValueError(f"{name}: an event edge needs 'modality' and 'cameo'")
    modality, cameo = raw.get("modality", "asserted"), raw.get("cameo", "")
    if modality not in MODALITIES:
        raise ValueError(f"{name}: 'modality' must be one of {', '.join(MODALITIES)}")
    if (cameo or strict) and not (isinstance(cameo, str) and _CAMEO_ROOT.match(cameo)):
        raise ValueError(f"{name}: 'cameo' must be a two-digit CAMEO root (01-20)")
    return str(modality), str(cameo)


def _parse(data: dict[str, object], strict: bool) -> GoldArticle:
    article_id = data["article"]
    if not isinstance(article_id, str) or not article_id:
        raise ValueError("'article' must be a non-empty string")
    nodes: dict[str, GoldNode] = {}
    for raw in data["nodes"]:  # type: ignore[attr-defined]
        if raw["type"] not in _TYPES:
            raise ValueError(f"node {raw['key']!r}: unknown type {raw['type']!r}")
        if raw["key"] in nodes:
            raise ValueError(f"node {raw['key']!r} is listed twice")
        names = frozenset(normalise_name(n) for n in [raw["name"], *raw.get("aliases", [])])
        nodes[raw["key"]] = GoldNode(key=raw["key"], type=raw["type"], names=names)
    edges = []
    for raw in data["edges"]:  # type: ignore[attr-defined]
        name = f"edge {raw['subject']} -> {raw['object']}"
        subjects, objects = _alternatives(raw["subject"]), _alternatives(raw["object"])
        for end in subjects | objects:
            if end not in nodes:
                raise ValueError(f"{name}: unknown node {end!r}")
        predicates = _alternatives(raw["predicate"])
        if not (predicates and subjects and objects):
            raise ValueError(f"{name}: empty subject, predicate or object")
        negated = raw.get("negated", False)
        if not isinstance(negated, bool):
            raise ValueError(f"{name}: 'negated' must be true or false")
        event = not predicates <= STRUCTURAL_PREDICATES
        modality, cameo = _stance(raw, name, event, strict)
        edge = GoldEdge(subjects, predicates, objects, negated, modality, cameo)
        if edge in edges:
            raise ValueError(f"{name}: listed twice")
        edges.append(edge)
    return GoldArticle(article_id=article_id, nodes=tuple(nodes.values()), edges=tuple(edges))
