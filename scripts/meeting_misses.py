"""Sort the dev split's missed acts of intent, meeting and cooperation by what is missing.

Usage::

    python scripts/eval.py --split dev --out /tmp/results.json
    python scripts/meeting_misses.py /tmp/results.json [--examples]

Reads the dev failures ``scripts/eval.py`` wrote and, for every missed gold edge of CAMEO roots
03, 04 and 05 ("no trigger" and "wrong participant"), says what the graph lacks:

* ``node never made``: the far end is a gold node the graph never made (a meeting, a package);
* ``sides in different sentences``: no sentence names both ends (by the gold names and aliases);
* ``participant: between / possessor / with / of``: a sentence names both ends and a meeting
  word, and the missing side stands in that kind of phrase;
* ``participant: no meeting word``: a sentence names both ends but no meeting, visit, talks or
  agreement word;
* ``trigger/other``: anything else.

A ``(planned)`` suffix marks a gold edge whose act lies ahead. Counts are printed per class and
per batch. Dev only: the test split's failures are never written, so never read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _folder in (ROOT, ROOT / "eval"):  # run as a plain script from a checkout
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from evaluation.yardstick import (  # noqa: E402
    gold_file_name,
    read_split_file,
    read_yardstick_articles,
)

KINDS = ("missed event: no trigger", "missed event: wrong participant")
ROOTS = ("03", "04", "05")
_FAILURE = re.compile(r"^(\S+) (\S+) \[(\d+)\] (\S+)(?: \(([^)]*)\))?")
_MEETING_WORDS = re.compile(
    r"\b(meet|met|meeting|talks?|talked|visit\w*|summit|conference|session|negotiat\w+|"
    r"discuss\w*|host\w*|attend\w*|consult\w*|trip|agree\w*|sign\w*|cooperat\w*|pact|accord|"
    r"deal)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def miss_class(
    sentences: list[str], names: dict[str, list[str]], subjects: list[str], objects: list[str]
) -> str:
    """The class of a missed edge whose far end was made, read off the article's sentences.

    >>> miss_class(["Kohl met Mitterrand in Paris."], {"a": ["Kohl"], "b": ["Mitterrand"]},
    ...            ["a"], ["b"])
    'trigger/other'
    >>> miss_class(["Kohl spoke.", "Mitterrand left."], {"a": ["Kohl"], "b": ["Mitterrand"]},
    ...            ["a"], ["b"])
    'sides in different sentences'
    """

    def named(keys: list[str], sentence: str) -> bool:
        return any(
            re.search(r"\b" + re.escape(name) + r"\b", sentence, re.IGNORECASE)
            for key in keys
            for name in names.get(key, [])
            if len(name) > 1
        )

    both = [s for s in sentences if named(subjects, s) and named(objects, s)]
    if not both:
        return "sides in different sentences"
    sentence = both[0]
    if not _MEETING_WORDS.search(sentence):
        return "participant: no meeting word"
    if re.search(r"\bbetween\b", sentence):
        return "participant: between"
    if re.search(r"'s (talks|meeting|visit)", sentence):
        return "participant: possessor"
    if re.search(r"\bwith\b", sentence):
        return "participant: with"
    if re.search(r"\bof\b", sentence) and objects[0].startswith("event/"):
        return "participant: of/members"
    return "trigger/other"


def classify(results: dict, yardstick: Path, shared: Path) -> Counter[tuple[str, str, int]]:
    """(kind, class, batch) → how many missed 03/04/05 gold edges of the dev split."""
    entries = [e for e in read_split_file(yardstick / "articles.json") if e.split == "dev"]
    batches = {e.id: e.batch for e in entries}
    texts = {a.id: a.text for a in read_yardstick_articles(shared, entries)}
    failures = results["yardstick"]["systems"]["newsgraph"]["dev"]["failures"]
    counts: Counter[tuple[str, str, int]] = Counter()
    for article_id, kinds in failures.items():
        gold = json.loads((yardstick / "gold" / gold_file_name(article_id)).read_text())
        names = {n["key"]: [n["name"], *n.get("aliases", [])] for n in gold["nodes"]}
        never_made = {line.split()[0] for line in kinds.get("missed node", [])}
        sentences = _SENTENCE_END.split(texts[article_id])
        for kind in KINDS:
            for line in kinds.get(kind, []):
                match = _FAILURE.match(line)
                if not match or match.group(3)[:2] not in ROOTS:
                    continue
                subjects, objects = match.group(1).split("|"), match.group(4).split("|")
                if never_made & set(objects):
                    found = "node never made"
                else:
                    found = miss_class(sentences, names, subjects, objects)
                if "planned" in (match.group(5) or ""):
                    found += " (planned)"
                counts[(kind.split(": ")[1], found, batches[article_id])] += 1
    return counts


def main() -> int:
    """Print the classes with their counts per batch."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path, help="JSON written by scripts/eval.py --out")
    parser.add_argument("--yardstick", type=Path, default=ROOT / "eval" / "yardstick")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    options = parser.parse_args()
    counts = classify(json.loads(options.results.read_text()), options.yardstick, options.shared)
    classes = sorted({(kind, found) for kind, found, _ in counts})
    rows = [
        (sum(counts[(k, f, b)] for b in (1, 2)), counts[(k, f, 1)], counts[(k, f, 2)], k, f)
        for k, f in classes
    ]
    for total, first, second, kind, found in sorted(rows, reverse=True):
        print(f"{total:4d}  batch 1 {first:3d}  batch 2 {second:3d}  {kind:18s} {found}")
    print(f"total {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
