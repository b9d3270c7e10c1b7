"""The QA-SRL predicates whose modality newsgraph's reader states otherwise than the questions.

``make eval`` prints the reader's agreement with the QA-SRL questions and a confusion table
(``evaluation.public_modality``). This script lists the predicates off the table's diagonal, with
their sentence and the predicate marked ``[[like this]]``, so that they can be sorted by
construction. Only the ``dev`` part of the public gold is listed unless ``--part all`` is given.

Usage: ``python scripts/qasrl_modality_misses.py [--cell "conditional -> asserted"] [--limit N]``;
without ``--cell`` it prints the count of every cell off the diagonal, largest first.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "eval")]

from evaluation.public_modality import reader_class  # noqa: E402

from extract.pipeline import load_pipeline  # noqa: E402


def disagreements(sentences: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(cell, marked sentence) for every predicate whose questions agree on a class the reader
    does not give, the cell written ``"questions -> reader"`` as in the eval's table."""
    nlp = load_pipeline()
    own = [name for name in nlp.pipe_names if name.startswith("newsgraph_")]
    found = []
    texts = (sentence["text"] for sentence in sentences)
    for sentence, doc in zip(sentences, nlp.pipe(texts, disable=own), strict=True):
        by_start = {token.idx: token for token in doc}
        for predicate in sentence["predicates"]:
            gold, token = predicate.get("modality"), by_start.get(predicate["start"])
            if gold is None or token is None:
                continue
            reader = reader_class(token)
            if reader != gold:
                text, start, end = sentence["text"], predicate["start"], predicate["end"]
                marked = f"{text[:start]}[[{text[start:end]}]]{text[end:]}"
                found.append((f"{gold} -> {reader}", marked))
    return found


def main() -> None:
    """List the cells off the diagonal, or the sentences of one."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cell", help='one cell, e.g. "conditional -> asserted"')
    parser.add_argument("--part", default="dev", choices=("dev", "all"))
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    lines = (ROOT / "eval/public/qasrl_wikinews.jsonl").read_text(encoding="utf-8").splitlines()
    sentences = [json.loads(line) for line in lines if line.strip()]
    if args.part != "all":
        sentences = [s for s in sentences if s.get("part") == args.part]
    found = disagreements(sentences)
    if not args.cell:
        for cell, count in Counter(cell for cell, _ in found).most_common():
            print(f"{count:5d}  {cell}")
        return
    shown = [marked for cell, marked in found if cell == args.cell][: args.limit]
    for number, marked in enumerate(shown, 1):
        print(f"{number:3d}. {marked}")


if __name__ == "__main__":
    main()
