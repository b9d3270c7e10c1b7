"""Gold annotations: one JSON file per article, written by hand (see ``eval/GUIDELINES.md``).

A file looks like::

    {"article": "03_inf_treaty_withdrawal",
     "nodes": [{"key": "person/sergei-lavrov", "type": "Person", "name": "Sergei Lavrov",
                "aliases": ["Lavrov", "Russia's Foreign Minister"]}, ...],
     "edges": [{"subject": "country/RU", "predicate": "denied", "object": "...",
                "negated": false}, ...]}

``key`` is the annotator's identity for a real-world entity: the same key in two files is the
same entity, which is what merge accuracy checks. Keys are never compared with the graph's node
ids; matching is by name (``normalise_name``) and type. ``predicate`` is one name or several
accepted ones separated by ``|`` ("proposed|offered"); ``subject`` and ``object`` may likewise
list alternatives ("country/RU|person/vladimir-putin") when the text supports either reading.
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
    """``subject --predicate--> object`` in one article; each side lists its accepted values."""

    subjects: frozenset[str]
    predicates: frozenset[str]
    objects: frozenset[str]
    negated: bool

    def describe(self) -> str:
        """``a|b pred c`` for failure lists."""
        neg = " (negated)" if self.negated else ""
        parts = (self.subjects, self.predicates, self.objects)
        return " ".join("|".join(sorted(p)) for p in parts) + neg


def _alternatives(cell: str) -> frozenset[str]:
    return frozenset(part.strip() for part in cell.split("|") if part.strip())


@dataclass(frozen=True)
class GoldArticle:
    """The annotation of one article."""

    article_id: str
    nodes: tuple[GoldNode, ...]
    edges: tuple[GoldEdge, ...]


def read_gold_file(path: Path) -> GoldArticle:
    """Read and check one gold file; raise ``GoldFormatError`` naming it when it is malformed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldFormatError(f"{path}: cannot read gold file: {error}") from None
    try:
        return _parse(data)
    except (KeyError, TypeError, ValueError) as error:
        raise GoldFormatError(f"{path}: bad gold annotation: {error}") from None


def read_gold_dir(folder: Path, article_ids: Iterable[str] | None = None) -> list[GoldArticle]:
    """Read every ``*.json`` gold file in ``folder`` (sorted), optionally only some articles."""
    wanted = set(article_ids) if article_ids is not None else None
    gold = [read_gold_file(path) for path in sorted(folder.glob("*.json"))]
    return [g for g in gold if wanted is None or g.article_id in wanted]


def _parse(data: dict[str, object]) -> GoldArticle:
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
        edge = GoldEdge(subjects, predicates, objects, negated)
        if edge in edges:
            raise ValueError(f"{name}: listed twice")
        edges.append(edge)
    return GoldArticle(article_id=article_id, nodes=tuple(nodes.values()), edges=tuple(edges))
