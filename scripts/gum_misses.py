"""Where newsgraph's node types and identity go wrong on GUM's news documents, by class.

``make eval`` prints GUM's typing and coreference totals (``evaluation.public_gold.score_gum``);
this script runs the same extraction and lists what is behind them:

* ``missed``: GUM's named person, organisation and place mentions that no newsgraph mention
  covers, counted by GUM type and by form (``miss_form``): the head inside a longer mention of
  ours, the head cut by one of ours, an acronym, a lower-case name, a description around a name
  ("the LA Sheriff's"), a plural group noun, or a name with no mention at all;
* ``lost``: whole GUM chains (named or not) none of whose mentions is found, by type and by the
  form of their best mention (a name, a common-noun phrase, pronouns only);
* ``typed``: the confusion of GUM type → newsgraph type over the found named mentions, and each
  wrong one with its entity key;
* ``split`` / ``merged``: the gold chains whose found mentions end in two graph nodes or more,
  and the graph nodes that hold mentions of two gold chains or more.

Usage: ``python scripts/gum_misses.py [--show missed|lost|typed|split|merged] [--json OUT]``;
without ``--show`` it prints the counts only. ``--json`` writes every listed item, so two runs
can be compared with ``diff``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "eval")]

from evaluation.public_gold import covering_entity, read_jsonl  # noqa: E402
from evaluation.public_scoring import ACTOR_TYPES, RIGHT_TYPES, Span, inside  # noqa: E402
from evaluation.systems import SYSTEMS  # noqa: E402

from extract.types import Article, ArticleResult, Entity  # noqa: E402

_PRONOUNS = frozenset(
    {
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "they",
        "them",
        "their",
        "theirs",
        "it",
        "its",
        "we",
        "us",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "himself",
        "herself",
        "itself",
        "themselves",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
    }
)
_DETERMINERS = ("the ", "a ", "an ", "this ", "that ", "these ", "those ")


def _overlaps(head: Span, span: Span) -> bool:
    return head[0] < span[1] and span[0] < head[1]


def miss_form(mention: dict[str, Any], head_text: str, entities: list[Entity]) -> str:
    """The class of a named GUM mention no newsgraph mention covers (``_holder`` names the
    mention of ours that holds or cuts its head).

    >>> miss_form({"text": "NASA", "head_start": 0, "head_end": 4}, "NASA", [])
    'acronym'
    >>> miss_form({"text": "the LA Sheriff's", "head_start": 7, "head_end": 14},
    ...           "Sheriff", [])
    'description around a name'
    """
    head = (mention["head_start"], mention["head_end"])
    spans = [(m.start, m.end) for e in entities for m in e.mentions]
    if any(inside(head, [span]) for span in spans):
        return "head inside a longer mention"
    if any(_overlaps(head, span) for span in spans):
        return "head cut by a mention"
    letters = [c for c in head_text if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "acronym"
    if head_text[:1].islower():
        return "lower-case name"
    if mention["text"].lower().startswith(_DETERMINERS):
        return "description around a name"
    if head_text.endswith("s") and head_text[:-1].istitle():
        return "plural group noun"
    return "name with no mention"


def _holder(head: Span, result: ArticleResult) -> str:
    """The text and key of the first newsgraph mention that overlaps ``head`` ('' if none)."""
    for entity in result.entities:
        for m in entity.mentions:
            if _overlaps(head, (m.start, m.end)):
                return f"{m.text} [{entity.key}]"
    return ""


def _chain_form(mentions: list[dict[str, Any]]) -> str:
    if any(m["named"] for m in mentions):
        return "a name"
    if all(m["text"].lower() in _PRONOUNS for m in mentions):
        return "pronouns only"
    return "a common-noun phrase"


def _node_of_key(results: list[ArticleResult]) -> dict[str, str]:
    graph = SYSTEMS["newsgraph"].build(results)
    return {key: node for node, data in graph.nodes(data=True) for key in data["merged_from"]}


def diagnose(documents: list[dict[str, Any]], results: list[ArticleResult]) -> dict[str, Any]:
    """Every missed, lost, wrongly typed, split and merged item of the GUM ``documents``."""
    node_of = _node_of_key(results)
    report: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for document, result in zip(documents, results, strict=True):
        text = document["text"]
        chains: dict[str, list[dict[str, Any]]] = defaultdict(list)
        chain_nodes: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for mention in document["mentions"]:
            if mention["type"] not in ACTOR_TYPES:
                continue
            chains[mention["chain"]].append(mention)
            head = (mention["head_start"], mention["head_end"])
            head_text = text[head[0] : head[1]]
            entity = covering_entity(
                result.entities, head, [tuple(h) for h in mention.get("outer_heads", ())]
            )
            where = {"doc": document["id"], "text": mention["text"], "gum": mention["type"]}
            if entity is not None:
                node = node_of.get(entity.key, entity.key)
                chain_nodes[mention["chain"]][node].append(mention["text"])
            if not mention["named"]:
                continue
            if entity is None:
                form = miss_form(mention, head_text, list(result.entities))
                report["missed"].append({**where, "form": form, "ours": _holder(head, result)})
            elif entity.type.value not in RIGHT_TYPES[mention["type"]]:
                report["typed"].append({**where, "ours": entity.type.value, "key": entity.key})
        for chain, mentions in chains.items():
            nodes = chain_nodes.get(chain, {})
            gum_type = mentions[0]["type"]
            if not nodes:
                named = [m["text"] for m in mentions if m["named"]]
                report["lost"].append(
                    {
                        "doc": document["id"],
                        "gum": gum_type,
                        "form": _chain_form(mentions),
                        "text": (named or [m["text"] for m in mentions])[0],
                        "mentions": len(mentions),
                    }
                )
            elif len(nodes) > 1:
                report["split"].append(
                    {"doc": document["id"], "gum": gum_type, "nodes": dict(nodes)}
                )
        by_node: dict[str, dict[str, list[str]]] = defaultdict(dict)
        for chain, nodes in chain_nodes.items():
            for node, texts in nodes.items():
                by_node[node][chain] = texts
        for node, held in by_node.items():
            if len(held) > 1:
                report["merged"].append({"doc": document["id"], "node": node, "chains": held})
    return dict(report)


def _confusion(typed: list[dict[str, Any]]) -> Counter[str]:
    return Counter(f"{item['gum']} -> {item['ours']}" for item in typed)


def print_counts(report: dict[str, Any]) -> None:
    """Print the counts of each class of the ``report`` of ``diagnose``."""
    missed = report.get("missed", [])
    print(f"missed named mentions: {len(missed)}")
    for (gum, form), count in Counter((m["gum"], m["form"]) for m in missed).most_common():
        print(f"  {gum:13} {form:30} {count}")
    lost = report.get("lost", [])
    print(f"lost chains: {len(lost)}")
    for (gum, form), count in Counter((m["gum"], m["form"]) for m in lost).most_common():
        print(f"  {gum:13} {form:30} {count}")
    typed = report.get("typed", [])
    print(f"wrongly typed named mentions: {len(typed)}")
    for pair, count in _confusion(typed).most_common():
        print(f"  {pair:30} {count}")
    print(f"split chains: {len(report.get('split', []))}")
    print(f"merged nodes: {len(report.get('merged', []))}")


def main() -> None:
    """Run newsgraph on GUM and print the classes (and, with ``--show``, their items)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--public", type=Path, default=ROOT / "eval" / "public")
    parser.add_argument("--show", choices=("missed", "lost", "typed", "split", "merged"))
    parser.add_argument("--json", type=Path, help="write every item here")
    args = parser.parse_args()
    documents = read_jsonl(
        args.public / "gum_news.jsonl",
        ("id", "text", "mentions"),
        "mentions",
        ("head_start", "head_end", "type", "chain", "named"),
    )
    articles = [
        Article(id=d["id"], text=d["text"], title=d.get("title", ""), date=d.get("date"))
        for d in documents
    ]
    results = list(SYSTEMS["newsgraph"].extract(articles))
    report = diagnose(documents, results)
    print_counts(report)
    if args.show:
        print(f"\n== {args.show}")
        for item in report.get(args.show, []):
            print(json.dumps(item, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
