"""Run newsgraph on public gold nobody on the team wrote, and score what it makes of it.

* GUM's Wikinews documents (``eval/public/gum_news.jsonl``): the type newsgraph gives the named
  people, organisations and places, and whether the mentions it finds end in one node exactly
  when GUM puts them in one coreference chain.
* GUM's unnamed mentions ("he", "the company") of a chain with a name: whether the argument
  resolver takes them to the entity of that name (``evaluation.public_resolution``).
* The QA-SRL gold's Wikinews sentences (``eval/public/qasrl_wikinews.jsonl``): whether a
  relation triggered by a QA-SRL predicate has its subject in a "who" answer and its object in a
  "what/whom" answer of that predicate; and whether newsgraph's modality reader states the act
  of every predicate as its questions do (``evaluation.public_modality``).

All of it is a measurement: no rule is chosen by looking at it. ``scripts/build_public_gold.py``
writes the files; ``docs/eval.md`` ("Public gold") defines the figures.

>>> results = run_public_gold(Path("eval/public"))  # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from evaluation.public_modality import score_qasrl_modality
from evaluation.public_resolution import gum_resolution_cases, score_resolution
from evaluation.public_scoring import (
    ACTOR_TYPES,
    NOMINAL_NODE_TYPES,
    Span,
    attachment_verdict,
    inside,
    score_attachment,
    score_coreference,
    score_events,
    score_typing,
)
from evaluation.systems import SYSTEMS
from extract.pipeline import load_pipeline
from extract.types import Article, ArticleResult, Entity


class PublicGoldError(ValueError):
    """A public gold file that cannot be read; the message names the file and line."""


def read_jsonl(
    path: Path, required: Sequence[str], items: str = "", item_required: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """The records of a JSON-lines gold file, each checked for the ``required`` fields, and
    each entry of its list ``items`` (when given) for the ``item_required`` ones.

    Raises ``PublicGoldError`` naming the file and line on a bad record or a missing file.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise PublicGoldError(f"{path}: cannot read: {error}") from error
    records = []
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise PublicGoldError(f"{path}:{number}: not JSON: {error.msg}") from error
        if not isinstance(record, dict) or any(name not in record for name in required):
            raise PublicGoldError(f"{path}:{number}: a record needs {', '.join(required)}")
        entries = record.get(items, []) if items else []
        if not isinstance(entries, list) or any(
            not isinstance(entry, dict) or any(name not in entry for name in item_required)
            for entry in entries
        ):
            raise PublicGoldError(
                f"{path}:{number}: each of {items} needs {', '.join(item_required)}"
            )
        records.append(record)
    return records


def covering_entity(
    entities: Iterable[Entity], head: Span, enclosing_heads: Sequence[Span] = ()
) -> Entity | None:
    """The entity one of whose mentions holds the gold mention's head and none of the heads of
    the gold mentions around it, of any type (None if none does): "University of Southern
    Indiana" found whole is the university, not the place nested in its name.

    >>> from extract.types import Entity, EntityType, Mention
    >>> usi = Entity(key="o", label="USI", type=EntityType.ORGANIZATION,
    ...              mentions=(Mention(text="University of Southern Indiana", start=0, end=30,
    ...                                sentence=""),))
    >>> covering_entity([usi], (23, 30), enclosing_heads=[(0, 10)]) is None
    True
    """
    for entity in entities:
        for mention in entity.mentions:
            span = [(mention.start, mention.end)]
            if inside(head, span) and not any(inside(other, span) for other in enclosing_heads):
                return entity
    return None


def _node_of_key(results: list[ArticleResult]) -> dict[str, str]:
    graph = SYSTEMS["newsgraph"].build(results)
    return {key: node for node, data in graph.nodes(data=True) for key in data["merged_from"]}


def gold_type_under(mention: Span, gold_mentions: Sequence[dict[str, Any]]) -> str | None:
    """The GUM type of the outermost gold mention whose head lies in a newsgraph mention
    (None when no gold head does): "the G20 summit in Hamburg" lands on the summit's event
    mention, not on the place inside it.

    >>> gold_type_under((0, 20), [{"head_start": 14, "head_end": 20, "start": 0, "end": 20,
    ...                            "type": "event"},
    ...                           {"head_start": 4, "head_end": 7, "start": 4, "end": 7,
    ...                            "type": "organization"}])
    'event'
    """
    heads = [g for g in gold_mentions if inside((g["head_start"], g["head_end"]), [mention])]
    if not heads:
        return None
    outermost = max(heads, key=lambda g: (g["end"] - g["start"], -g["start"]))
    return str(outermost["type"])


def _event_pairs(
    document: dict[str, Any], result: ArticleResult
) -> tuple[list[str | None], list[str | None]]:
    """GUM event mentions with the type newsgraph gives them, and newsgraph's Event and
    Agreement mentions with the GUM type under them (``score_events``)."""
    gold_events = []
    for mention in document["mentions"]:
        if mention["type"] == "event":
            entity = covering_entity(
                result.entities,
                (mention["head_start"], mention["head_end"]),
                [tuple(head) for head in mention.get("outer_heads", ())],
            )
            gold_events.append(entity.type.value if entity else None)
    graph_nominals = [
        gold_type_under((m.start, m.end), document["mentions"])
        for entity in result.entities
        if entity.type.value in NOMINAL_NODE_TYPES
        for m in entity.mentions
    ]
    return gold_events, graph_nominals


def score_gum(documents: list[dict[str, Any]], results: list[ArticleResult]) -> dict[str, Any]:
    """Typing, coreference and event figures of newsgraph's ``results`` on the GUM
    ``documents``."""
    node_of = _node_of_key(results)
    typing: list[tuple[str, str | None]] = []
    chains: list[list[tuple[str, str]]] = []
    gold_events: list[str | None] = []
    graph_nominals: list[str | None] = []
    for document, result in zip(documents, results, strict=True):
        events, nominals = _event_pairs(document, result)
        gold_events += events
        graph_nominals += nominals
        found: list[tuple[str, str]] = []
        for mention in document["mentions"]:
            if mention["type"] not in ACTOR_TYPES:
                continue
            entity = covering_entity(
                result.entities,
                (mention["head_start"], mention["head_end"]),
                [tuple(head) for head in mention.get("outer_heads", ())],
            )
            if mention["named"]:
                typing.append((mention["type"], entity.type.value if entity else None))
            if entity is not None:
                found.append((mention["chain"], node_of.get(entity.key, entity.key)))
        chains.append(found)
    return {
        "documents": len(documents),
        "typing": score_typing(typing),
        "coreference": score_coreference(chains),
        "events": score_events(gold_events, graph_nominals),
    }


def _mention_spans(result: ArticleResult) -> dict[str, list[Span]]:
    return {e.key: [(m.start, m.end) for m in e.mentions] for e in result.entities}


def _predicates_of(trigger: str, predicates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    words = trigger.lower().split()
    return [p for p in predicates if p["verb"].lower() in words]


def _sentence_attachment(
    sentence: dict[str, Any], result: ArticleResult
) -> tuple[list[str], int, int]:
    spans = _mention_spans(result)
    mentions = [m for found in spans.values() for m in found]
    verdicts = []
    right_predicates: set[int] = set()
    for relation in result.relations:
        candidates = _predicates_of(relation.evidence.trigger, sentence["predicates"])
        if not candidates:
            continue
        found = [
            (
                attachment_verdict(
                    spans.get(relation.subject, []),
                    spans.get(relation.object, []),
                    [tuple(a) for a in p["agent"]],
                    [tuple(a) for a in p["patient"]],
                ),
                p["start"],
            )
            for p in candidates
        ]
        # A verb written twice in the sentence: the relation is read against the likelier one.
        verdict, start = min(found, key=lambda pair: pair[0] != "right")
        verdicts.append(verdict)
        if verdict == "right":
            right_predicates.add(start)
    eligible = [
        p
        for p in sentence["predicates"]
        if any(inside(m, [tuple(a) for a in p["agent"]]) for m in mentions)
        and any(inside(m, [tuple(a) for a in p["patient"]]) for m in mentions)
    ]
    covered = sum(p["start"] in right_predicates for p in eligible)
    return verdicts, len(eligible), covered


def score_qasrl(sentences: list[dict[str, Any]], results: list[ArticleResult]) -> dict[str, Any]:
    """Argument-attachment figures of newsgraph's ``results`` on the QA-SRL ``sentences``."""
    verdicts: list[str] = []
    eligible = covered = 0
    for sentence, result in zip(sentences, results, strict=True):
        found, sentence_eligible, sentence_covered = _sentence_attachment(sentence, result)
        verdicts += found
        eligible += sentence_eligible
        covered += sentence_covered
    return {
        "sentences": len(sentences),
        "predicates": sum(len(s["predicates"]) for s in sentences),
        "relations_all": sum(len(r.relations) for r in results),
        **score_attachment(verdicts, eligible, covered),
    }


def run_public_gold(folder: Path) -> dict[str, Any]:
    """Read ``gum_news.jsonl`` and ``qasrl_wikinews.jsonl`` in ``folder``, run newsgraph on their
    texts (one batch each) and score it. Raises ``PublicGoldError`` on a bad file."""
    gum = read_jsonl(
        folder / "gum_news.jsonl",
        ("id", "text", "mentions"),
        "mentions",
        ("head_start", "head_end", "type", "chain", "named"),
    )
    qasrl = read_jsonl(
        folder / "qasrl_wikinews.jsonl",
        ("id", "text", "predicates"),
        "predicates",
        ("verb", "start", "agent", "patient"),
    )
    extract = SYSTEMS["newsgraph"].extract
    gum_results = list(
        extract(
            [
                Article(id=d["id"], text=d["text"], title=d.get("title", ""), date=d.get("date"))
                for d in gum
            ]
        )
    )
    qasrl_results = list(extract([Article(id=s["id"], text=s["text"]) for s in qasrl]))
    sources_path = folder / "sources.json"
    sources = json.loads(sources_path.read_text(encoding="utf-8")) if sources_path.is_file() else {}
    return {
        "sources": sources,
        "gum": score_gum(gum, gum_results),
        "gum_resolution": score_resolution(
            (case.kind, case.verdict) for case in gum_resolution_cases(load_pipeline(), gum)
        ),
        "qasrl": score_qasrl(qasrl, qasrl_results),
        "qasrl_modality": score_qasrl_modality(qasrl),
    }
