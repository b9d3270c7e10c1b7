"""List every person read from fresh Reuters articles with the affiliations given to them.

The yardstick's dev affiliation figures flatter the rules (they were written looking at it).
This script draws Reuters-21578 articles outside the yardstick with a seed of your own (the
same draw as ``scripts/sample_fresh_edges.py``), extracts them and writes, per article, each
Person entity with its role, its ``affiliated_with`` edges (object, trigger word) and the
sentences that name it, for reading by hand: what should the text give, what did we give.
``--json`` also writes one line per person (article, key, label, affiliations) so that two code
versions can be compared with ``--compare``.

The corpus is for research use: the output goes under /tmp, never into the repository.

Usage::

    python scripts/list_fresh_affiliations.py --seed 7707 --articles 150 \\
        --out /tmp/a.txt --json /tmp/a.jsonl
    python scripts/list_fresh_affiliations.py --compare /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

# Run as a plain script: this checkout's code, not an installed copy, and its sampler beside it.
_SCRIPTS = Path(__file__).resolve().parent
for _folder in (_SCRIPTS.parent, _SCRIPTS):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from sample_fresh_edges import draw_lines, extract_lines  # noqa: E402

from extract.types import ArticleResult, EntityType  # noqa: E402

Person = dict[str, Any]


def people_of(result: ArticleResult) -> list[Person]:
    """Each Person entity of one result with its affiliations and the sentences naming it.

    >>> from extract.types import Article
    >>> people_of(ArticleResult(article=Article(id="a", text="")))
    []
    """
    affiliations: dict[str, list[tuple[str, str]]] = {}
    for relation in result.relations:
        if relation.predicate == "affiliated_with":
            pair = (relation.object, relation.evidence.trigger)
            affiliations.setdefault(relation.subject, [])
            if pair not in affiliations[relation.subject]:
                affiliations[relation.subject].append(pair)
    people = []
    for entity in result.entities:
        if entity.type is not EntityType.PERSON:
            continue
        sentences = list(dict.fromkeys(" ".join(m.sentence.split()) for m in entity.mentions))
        people.append(
            {
                "article": result.article.id,
                "key": entity.key,
                "label": entity.label,
                "role": entity.role,
                "affiliations": sorted(o for o, _ in affiliations.get(entity.key, [])),
                "triggers": affiliations.get(entity.key, []),
                "sentences": sentences,
            }
        )
    return people


def extract_people(lines: list[str]) -> list[tuple[ArticleResult, list[Person]]]:
    """Extract the articles of ``lines``; each result with its people.

    >>> extract_people([])
    []
    """
    return [(result, people_of(result)) for result in extract_lines(lines)]


def report(results: list[tuple[ArticleResult, list[Person]]]) -> str:
    """The reading sheet: per article its head, then each person, its edges and sentences."""
    out: list[str] = []
    for result, people in results:
        article = result.article
        if not people:
            continue
        out.append(f"=== {article.id} | {article.date} | {article.dateline} | {article.title}")
        for kind in (EntityType.COUNTRY, EntityType.ORGANIZATION):
            # A country named only as a place's country ("Kansas") has no mention of its own.
            names = sorted(f"{e.key}({len(e.mentions)})" for e in result.entities if e.type is kind)
            out.append(f"  {kind.value}: {', '.join(names) or '-'}")
        for person in people:
            edges = ", ".join(f"{o} [{t}]" for o, t in person["triggers"]) or "-"
            out.append(f"  * {person['key']} ({person['label']}; role {person['role']}): {edges}")
            for sentence in person["sentences"][:3]:
                out.append(f"      | {sentence[:300]}")
    return "\n".join(out) + "\n"


def compare(before: list[Person], after: list[Person]) -> list[str]:
    """One line per person whose affiliations differ (``-`` lost, ``+`` gained).

    >>> p = {"article": "a", "key": "person/x", "label": "X", "affiliations": ["country/US"]}
    >>> compare([p], [dict(p, affiliations=[])])
    ['a person/x: - country/US']
    """
    old = {(p["article"], p["key"]): set(p["affiliations"]) for p in before}
    new = {(p["article"], p["key"]): set(p["affiliations"]) for p in after}
    rows = []
    for article, key in sorted(old.keys() | new.keys()):
        lost = sorted(old.get((article, key), set()) - new.get((article, key), set()))
        gained = sorted(new.get((article, key), set()) - old.get((article, key), set()))
        if (article, key) not in old:
            gained = ["(new person)", *gained]
        if (article, key) not in new:
            lost = ["(person gone)", *lost]
        if lost or gained:
            changes = [f"- {o}" for o in lost] + [f"+ {o}" for o in gained]
            rows.append(f"{article} {key}: " + " ".join(changes))
    return rows


def _read(path: Path) -> list[Person]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main(argv: list[str] | None = None) -> int:
    """Draw, extract and list (``--seed``, ``--articles``, ``--out``) or ``--compare``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=False)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        rows = compare(_read(args.compare[0]), _read(args.compare[1]))
        print("\n".join(rows) if rows else "no affiliation changed")
        return 0
    if args.out is None or args.seed is None:
        parser.error("--seed and --out are required unless --compare is given")
    results = extract_people(draw_lines(args.seed, args.articles))
    args.out.write_text(report(results), encoding="utf-8")
    if args.json:
        people = [p for _, ps in results for p in ps]
        args.json.write_text("".join(json.dumps(p) + "\n" for p in people), encoding="utf-8")
    count = sum(len(ps) for _, ps in results)
    print(f"{args.articles} articles, {count} people -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
