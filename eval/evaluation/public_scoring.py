"""The figures of the public-gold section: typing, coreference and argument attachment.

Pure functions over small plain inputs, so each is tested on hand-made cases; turning GUM and
QA-SRL gold plus newsgraph's output into these inputs is ``evaluation.public_gold``'s job.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import Any

# The newsgraph node types that are right for a GUM entity type. A "place" is a city or a
# country (newsgraph tells those apart, GUM does not); GUM types a state acting as a polity ("the
# US agreed") organization, and newsgraph keeps every state as one Country node.
RIGHT_TYPES = {
    "person": ("Person",),
    "organization": ("Organization", "Country"),
    "place": ("Place", "Country"),
}

Span = tuple[int, int]

# GUM's types of the mentions scored for typing and coreference; the others ("event",
# "abstract", "object") are read only for the Event and Agreement figures.
ACTOR_TYPES = frozenset(RIGHT_TYPES)
# The newsgraph node types of the things GUM types "event", "abstract" or "object".
NOMINAL_NODE_TYPES = frozenset({"Event", "Agreement"})


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def score_typing(pairs: Iterable[tuple[str, str | None]]) -> dict[str, Any]:
    """Found share and type accuracy of gold named mentions: (gold type, newsgraph type of the
    entity that covers the mention, or None when none does).

    >>> figures = score_typing([("person", "Person"), ("place", "Country"),
    ...                         ("organization", "Person"), ("person", None)])
    >>> figures["found"], figures["gold"], figures["correct"], figures["accuracy"]
    (3, 4, 2, 0.6667)
    >>> figures["confusion"]["organization -> Person"]
    1
    """
    confusion: Counter[str] = Counter()
    gold = found = correct = 0
    for gold_type, found_type in pairs:
        gold += 1
        if found_type is None:
            continue
        found += 1
        correct += found_type in RIGHT_TYPES.get(gold_type, ())
        confusion[f"{gold_type} -> {found_type}"] += 1
    return {
        "gold": gold,
        "found": found,
        "found_share": _share(found, gold),
        "correct": correct,
        "accuracy": _share(correct, found),
        "confusion": dict(sorted(confusion.items())),
    }


def score_coreference(documents: Iterable[Sequence[tuple[str, str]]]) -> dict[str, Any]:
    """Pairwise "same entity" precision, recall and F1 over the found gold mentions of each
    document, given as (gold chain, newsgraph node) per mention. A *split* is a pair gold puts
    in one chain and newsgraph in two nodes; a *merge* the reverse.

    >>> figures = score_coreference([[("a", "n1"), ("a", "n1"), ("a", "n2"), ("b", "n2")]])
    >>> figures["pairs"], figures["same_in_gold"], figures["same_in_graph"], figures["both"]
    (6, 3, 2, 1)
    >>> figures["splits"], figures["merges"]
    (2, 1)
    """
    pairs = gold_same = graph_same = both = 0
    for mentions in documents:
        for (chain_a, node_a), (chain_b, node_b) in combinations(mentions, 2):
            pairs += 1
            in_gold, in_graph = chain_a == chain_b, node_a == node_b
            gold_same += in_gold
            graph_same += in_graph
            both += in_gold and in_graph
    precision, recall = _share(both, graph_same), _share(both, gold_same)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    return {
        "pairs": pairs,
        "same_in_gold": gold_same,
        "same_in_graph": graph_same,
        "both": both,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "splits": gold_same - both,
        "merges": graph_same - both,
    }


def inside(mention: Span, spans: Iterable[Span]) -> bool:
    """Whether the mention lies within one of the spans.

    >>> inside((5, 9), [(0, 3), (4, 12)]), inside((5, 9), [(6, 12)])
    (True, False)
    """
    return any(start <= mention[0] and mention[1] <= end for start, end in spans)


def attachment_verdict(
    subject_mentions: Sequence[Span],
    object_mentions: Sequence[Span],
    agents: Sequence[Span],
    patients: Sequence[Span],
) -> str:
    """How one relation's ends sit in its predicate's QA-SRL answers: ``right`` (a subject
    mention in an agent answer and an object mention in a patient answer), ``reversed``,
    ``subject wrong``, ``object wrong`` or ``both wrong``.

    >>> attachment_verdict([(0, 5)], [(20, 25)], agents=[(0, 10)], patients=[(15, 30)])
    'right'
    >>> attachment_verdict([(20, 25)], [(0, 5)], agents=[(0, 10)], patients=[(15, 30)])
    'reversed'
    """
    subject_right = any(inside(m, agents) for m in subject_mentions)
    object_right = any(inside(m, patients) for m in object_mentions)
    if subject_right and object_right:
        return "right"
    if any(inside(m, patients) for m in subject_mentions) and any(
        inside(m, agents) for m in object_mentions
    ):
        return "reversed"
    if subject_right:
        return "object wrong"
    return "subject wrong" if object_right else "both wrong"


def score_attachment(verdicts: Iterable[str], eligible: int, covered: int) -> dict[str, Any]:
    """Attachment accuracy of the relations on QA-SRL predicates, and the recall proxy:
    of the ``eligible`` predicates (an agent and a patient answer each holding a newsgraph
    entity mention), how many ``covered`` by a relation attached right.

    >>> score_attachment(["right", "reversed", "right"], eligible=10, covered=2)["accuracy"]
    0.6667
    """
    counts = Counter(verdicts)
    total = sum(counts.values())
    return {
        "relations": total,
        "right": counts["right"],
        "accuracy": _share(counts["right"], total),
        "verdicts": dict(sorted(counts.items())),
        "eligible_predicates": eligible,
        "covered_predicates": covered,
        "recall_proxy": _share(covered, eligible),
    }


def score_events(
    gold_events: Iterable[str | None], graph_nominals: Iterable[str | None]
) -> dict[str, Any]:
    """How newsgraph meets GUM's events: for each GUM ``event`` mention, the type of the
    newsgraph entity that covers its head (None: none does); for each mention of a newsgraph
    Event or Agreement node, the GUM type of the outermost gold mention whose head it holds
    (None: no gold mention there).

    >>> figures = score_events(["Event", None, "Organization", "Agreement"],
    ...                        ["event", "abstract", None, "event"])
    >>> figures["events_as_nominals"], figures["events"], figures["events_found_share"]
    (2, 4, 0.5)
    >>> figures["nominals_on_events"], figures["nominals"], figures["graph_on_gold"]
    (2, 4, {'abstract': 1, 'event': 2, 'none': 1})
    """
    found = Counter(found_type or "none" for found_type in gold_events)
    landed = Counter(gold_type or "none" for gold_type in graph_nominals)
    events = sum(found.values())
    as_nominals = sum(found[t] for t in NOMINAL_NODE_TYPES)
    nominals = sum(landed.values())
    return {
        "events": events,
        "events_as_nominals": as_nominals,
        "events_found_share": _share(as_nominals, events),
        "events_as": dict(sorted(found.items())),
        "nominals": nominals,
        "nominals_on_events": landed["event"],
        "nominals_on_events_share": _share(landed["event"], nominals),
        "graph_on_gold": dict(sorted(landed.items())),
    }
