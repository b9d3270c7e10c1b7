"""``make eval``: score newsgraph and the naive baseline on the gold articles and PETRARCH.

Usage::

    python scripts/eval.py [--gold eval/gold] [--articles examples/articles ../shared/data/seeds]
                           [--petrarch ../shared/data/eval/petrarch_realworld_dev.jsonl]
                           [--out eval/results.json]

Prints the tables (see docs/eval.md) and writes every figure plus the failure lists as JSON.
Inputs that do not exist are reported in one line and the script exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _folder in (ROOT, ROOT / "eval"):  # run as a plain script from a checkout
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from evaluation.gold import GoldFormatError  # noqa: E402
from evaluation.report import render_report, run_evaluation  # noqa: E402

from extract.errors import InputError  # noqa: E402
from graph.export.atomic import atomic_write  # noqa: E402

SHARED = ROOT / ".." / "shared" / "data"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold")
    parser.add_argument(
        "--articles",
        type=Path,
        nargs="+",
        default=[ROOT / "examples" / "articles", SHARED / "seeds"],
        help="folders holding <article id>.txt (missing folders are skipped)",
    )
    parser.add_argument(
        "--petrarch",
        type=Path,
        default=SHARED / "eval" / "petrarch_realworld_dev.jsonl",
        help="PETRARCH JSONL; the section is skipped when the file is absent",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "eval" / "results.json")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; 0 on success, 2 on bad input."""
    args = _arguments(argv)
    if not args.gold.is_dir():
        print(f"eval: error: {args.gold}: no such gold folder", file=sys.stderr)
        return 2
    petrarch = args.petrarch if args.petrarch.is_file() else None
    if petrarch is None:
        print(f"eval: note: {args.petrarch} not found, PETRARCH section skipped", file=sys.stderr)
    folders = [folder for folder in args.articles if folder.is_dir()]
    try:
        results = run_evaluation(args.gold, folders, petrarch)
    except (GoldFormatError, InputError, ValueError) as error:
        print(f"eval: error: {error}", file=sys.stderr)
        return 2
    print(render_report(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(args.out) as handle:
        handle.write(json.dumps(results, indent=2, sort_keys=True) + "\n")
    print(f"written: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
