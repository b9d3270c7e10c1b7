"""List the entities newsgraph reads from fresh text, to compare node types and identity by hand.

A rule about node types or identity is checked on text no rule was written against: a seeded
draw of Reuters-21578 articles outside the yardstick (``sample_fresh_edges.draw_lines``), or the
Wikinews politics articles outside it. This script writes one JSON line per entity (article id,
key, type, the texts of its mentions); ``--compare`` prints the entities one list has and the
other lacks, so a change's effect is read entity by entity.

The Reuters corpus is for research use: the output goes under /tmp, never into the repository.

Usage::

    python scripts/sample_fresh_nodes.py --seed 5151 --articles 200 --out /tmp/n1.jsonl
    python scripts/sample_fresh_nodes.py --wikinews --out /tmp/w1.jsonl
    python scripts/sample_fresh_nodes.py --compare /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from sample_fresh_edges import YARDSTICK, draw_lines, extract_lines  # noqa: E402

WIKINEWS = ROOT.parent / "shared" / "data" / "wikinews" / "wikinews_politics.jsonl"

Node = dict[str, Any]


def wikinews_lines(path: Path = WIKINEWS) -> list[str]:
    """The lines of the Wikinews file whose articles are not in the yardstick."""
    listed = {a["id"] for a in json.loads(YARDSTICK.read_text(encoding="utf-8"))["articles"]}
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if json.loads(line)["id"] not in listed]


def entity_rows(lines: list[str]) -> list[Node]:
    """One row per entity of each article of ``lines``: id, key, type and mention texts.

    >>> entity_rows([])
    []
    """
    return [
        {
            "article": result.article.id,
            "key": entity.key,
            "type": entity.type.value,
            "mentions": sorted({m.text for m in entity.mentions}),
        }
        for result in extract_lines(lines)
        for entity in result.entities
    ]


def compare(before: list[Node], after: list[Node]) -> list[str]:
    """Lines naming the entities only ``before`` has ("-") and only ``after`` has ("+").

    >>> a = {"article": "1", "key": "k", "type": "Person", "mentions": ["K"]}
    >>> compare([a], [{**a, "type": "Place"}])
    ['- 1 Person k K', '+ 1 Place k K']
    """

    def line(node: Node) -> str:
        return f"{node['article']} {node['type']} {node['key']} {' | '.join(node['mentions'])}"

    gone = {line(n) for n in before} - {line(n) for n in after}
    new = {line(n) for n in after} - {line(n) for n in before}
    return [f"- {text}" for text in sorted(gone)] + [f"+ {text}" for text in sorted(new)]


def main() -> None:
    """Write the entities of a draw (or compare two such lists)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--wikinews", action="store_true", help="the Wikinews articles instead")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        before, after = (
            [json.loads(row) for row in path.read_text(encoding="utf-8").splitlines()]
            for path in args.compare
        )
        print("\n".join(compare(before, after)))
        return
    if args.out is None or (args.seed is None and not args.wikinews):
        parser.error("--out and one of --seed or --wikinews are needed")
    lines = wikinews_lines() if args.wikinews else draw_lines(args.seed, args.articles)
    rows = entity_rows(lines)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"{len(lines)} articles, {len(rows)} entities -> {args.out}")


if __name__ == "__main__":
    main()
