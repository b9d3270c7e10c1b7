"""Compare two versions of the shipped queries on a store: the same rows, and what each costs.

Rewriting a query for the engine must not change its answer. This runs every ``.rq`` file
of ``--old`` and the file of the same name in ``--new`` on one store (a folder ``newsgraph
add`` filled, opened read-only), taking turns, ``--repeat`` times each, and prints for each
query its rows, whether the two answers hold the same rows (as multisets: rows that tie on
every sort key may come in another order) and whether they come in the same order, and the
least CPU seconds of each. The exit status is 1 when any answer differs.

Usage::

    git show main:queries/05_country_cooccurrence.rq > old/05_country_cooccurrence.rq  # etc.
    .venv/bin/python scripts/compare_query_rows.py --old old/ --new queries/ --store STORE
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a plain script from a checkout

import pyoxigraph as ox  # noqa: E402

from graph.store.query import plain_text, run_query  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from bench_sparql import bindings_for  # noqa: E402

Rows = list[tuple[str, ...]]


def timed_rows(store: ox.Store, text: str, name: str) -> tuple[float, Rows]:
    """CPU seconds of one run of a query, and its rows as text (unbound as "")."""
    start = time.process_time()
    result = run_query(text, source=store, bindings=bindings_for(name))
    seconds = time.process_time() - start
    return seconds, [tuple(plain_text(term) for term in row) for row in result.rows]


def compare(old: Path, new: Path, store: ox.Store, repeat: int) -> bool:
    """Print one line per query of ``old``; True when every answer has the same rows."""
    all_same = True
    for old_file in sorted(old.glob("*.rq")):
        new_file = new / old_file.name
        texts = (old_file.read_text(encoding="utf-8"), new_file.read_text(encoding="utf-8"))
        cpu: tuple[list[float], list[float]] = ([], [])
        rows: list[Rows] = [[], []]
        for _ in range(repeat):
            for side, text in enumerate(texts):
                seconds, rows[side] = timed_rows(store, text, old_file.stem)
                cpu[side].append(seconds)
        same = Counter(rows[0]) == Counter(rows[1])
        all_same &= same
        print(
            f"{old_file.stem:38} rows {len(rows[0]):6d} -> {len(rows[1]):6d}"
            f"  same rows {'yes' if same else 'NO '}"
            f"  same order {'yes' if rows[0] == rows[1] else 'no '}"
            f"  cpu s {min(cpu[0]):.3f} -> {min(cpu[1]):.3f}"
        )
    return all_same


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", type=Path, required=True, help="Folder of the old .rq files.")
    parser.add_argument("--new", type=Path, default=ROOT / "queries", help="Folder of the new.")
    parser.add_argument("--store", type=Path, required=True, help="A newsgraph store folder.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs of each (least CPU).")
    args = parser.parse_args(argv)
    if not (args.store / "CURRENT").exists():
        parser.error(f"{args.store}: not a newsgraph store (run `newsgraph add` first)")
    missing = [p.name for p in args.old.glob("*.rq") if not (args.new / p.name).is_file()]
    if missing or not any(args.old.glob("*.rq")):
        parser.error(f"{args.old}: no .rq files, or {args.new} lacks {', '.join(missing)}")
    same = compare(args.old, args.new, ox.Store.read_only(str(args.store)), args.repeat)
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
