"""Why an event edge is wrong: each miss and each spurious edge gets exactly one kind.

A **missed** gold event edge (no graph edge matches it counting modality) gets the first kind
that applies, looking at the graph edges of its article:

1. ``modality``: an edge in the gold edge's predicate family joins the right nodes the right
   way, but its modality or negation differs;
2. ``wrong direction``: an edge in the family joins the gold object to the gold subject
   (never for a mutual act);
3. ``type``: an edge in the family would match if node types were ignored (an end was found
   under the wrong type: "Yukos" as a Person);
4. ``wrong predicate``: an event edge outside the family joins the right nodes, either way
   ("met a cool reception" read as a meeting);
5. ``wrong participant``: an edge in the family comes from a sentence (its evidence in the
   article) that names the gold end(s) it got wrong: one end right and the other named there,
   or neither end right and both named there (the trigger was read, a participant was not).
   An edge with one end right from another sentence is another act, not this one;
6. ``no trigger``: none of these: no event edge between the gold ends, and no edge of the
   family from a sentence naming them.

A **spurious** graph event edge (matching no gold edge of its article counting modality) gets
the first of kinds 1-5 that holds against some gold event edge of the article, else
``unsupported`` (the text, as the annotator read it, has no such act).

>>> MISSED_KINDS[-1], SPURIOUS_KINDS[-1]
('no trigger', 'unsupported')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from evaluation.gold import GoldEdge
from evaluation.matching import (
    ArticleNodes,
    GraphEdge,
    NodeIndex,
    ends_match,
    in_family,
    mutual,
    same_stance,
)

SHARED_KINDS = ("modality", "wrong direction", "type", "wrong predicate", "wrong participant")
MISSED_KINDS = (*SHARED_KINDS, "no trigger")
SPURIOUS_KINDS = (*SHARED_KINDS, "unsupported")


def _reversed(edge: GraphEdge, gold: GoldEdge, nodes: ArticleNodes) -> bool:
    subjects, objects = nodes.side(gold.subjects), nodes.side(gold.objects)
    return not mutual(edge, gold) and edge.source in objects and edge.target in subjects


def _joins(edge: GraphEdge, gold: GoldEdge, nodes: ArticleNodes) -> bool:
    ends = (nodes.side(gold.subjects), nodes.side(gold.objects))
    return (edge.source in ends[0] and edge.target in ends[1]) or (
        edge.source in ends[1] and edge.target in ends[0]
    )


@cache
def _folded(sentence: str) -> str:
    return " ".join(sentence.replace("’", "'").replace(".", "").casefold().split())


def _names_in(sentence: str, names: Iterable[str]) -> bool:
    text = _folded(sentence)
    return any(name and re.search(rf"\b{re.escape(name)}\b", text) for name in names)


def _names(keys: frozenset[str], index: NodeIndex) -> set[str]:
    return {name for key in keys for name in index.gold_names[key]}


def _wrong_participant(
    edge: GraphEdge, gold: GoldEdge, nodes: ArticleNodes, index: NodeIndex
) -> bool:
    """Whether the edge comes from a sentence naming the gold end(s) it got wrong: one end
    right and the other named there, or neither right and both named there."""
    subjects, objects = nodes.side(gold.subjects), nodes.side(gold.objects)
    ways = [(subjects, objects, gold.subjects, gold.objects)]
    if mutual(edge, gold):
        ways.append((objects, subjects, gold.objects, gold.subjects))
    for source_nodes, target_nodes, source_keys, target_keys in ways:
        wrong = [
            _names(keys, index)
            for keys, right in ((source_keys, edge.source in source_nodes),
                                (target_keys, edge.target in target_nodes))
            if not right
        ]  # fmt: skip
        if any(all(_names_in(s, names) for names in wrong) for s in edge.sentences):
            return True
    return False


def _shared_kind(
    edge: GraphEdge, gold: GoldEdge, nodes: ArticleNodes, index: NodeIndex
) -> str | None:
    """The first of the shared kinds that this (graph edge, gold edge) pair shows, if any."""
    family = in_family(edge, gold)
    checks = (
        ("modality", family and ends_match(edge, gold, nodes)),
        ("wrong direction", family and _reversed(edge, gold, nodes)),
        ("type", family and ends_match(edge, gold, nodes, typed=False)),
        ("wrong predicate", not family and not edge.structural and _joins(edge, gold, nodes)),
        ("wrong participant", family and _wrong_participant(edge, gold, nodes, index)),
    )
    return next((kind for kind, holds in checks if holds), None)


def _first_kind(
    pairs: Iterable[tuple[GraphEdge, GoldEdge]], nodes: ArticleNodes, index: NodeIndex
) -> tuple[str, GraphEdge, GoldEdge] | None:
    """The highest-ranked kind over the pairs, with the pair that shows it."""
    best: tuple[int, str, GraphEdge, GoldEdge] | None = None
    for edge, gold in pairs:
        kind = _shared_kind(edge, gold, nodes, index)
        if kind is None:
            continue
        rank = SHARED_KINDS.index(kind)
        if best is None or rank < best[0]:
            best = (rank, kind, edge, gold)
            if rank == 0:
                break
    return best[1:] if best else None


def classify_missed(
    gold: GoldEdge, edges: Sequence[GraphEdge], nodes: ArticleNodes, index: NodeIndex
) -> tuple[str, GraphEdge | None]:
    """The kind of a missed gold event edge and the graph edge that shows it (None for
    ``no trigger``)."""
    if any(
        same_stance(e, gold) and in_family(e, gold) and ends_match(e, gold, nodes) for e in edges
    ):
        raise ValueError(f"{gold.describe()} is matched, not missed")
    found = _first_kind(((edge, gold) for edge in edges), nodes, index)
    return (found[0], found[1]) if found else ("no trigger", None)


def classify_spurious(
    edge: GraphEdge, golds: Sequence[GoldEdge], nodes: ArticleNodes, index: NodeIndex
) -> tuple[str, GoldEdge | None]:
    """The kind of a spurious graph event edge and the gold edge it comes closest to (None for
    ``unsupported``)."""
    events = [gold for gold in golds if not gold.structural]
    found = _first_kind(((edge, gold) for gold in events), nodes, index)
    return (found[0], found[2]) if found else ("unsupported", None)
