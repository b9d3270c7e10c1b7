"""``make eval``: score newsgraph and the naive baseline on the real-news yardstick and PETRARCH.

Usage::

    python scripts/eval.py [--split all|dev] [--yardstick eval/yardstick]
                           [--shared ../shared/data]
                           [--petrarch ../shared/data/eval/petrarch_realworld_dev.jsonl]
                           [--out eval/results.json]

Prints dev and test figures side by side for each system (see docs/eval.md) and writes every
figure plus the failure lists, per article and kind, as JSON. ``--split dev`` also prints the
dev failures in detail and leaves the test failures out of the JSON: rules are developed on dev;
test is scored and reported, never inspected. Bad inputs are reported in one line naming the
file and the script exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _folder in (ROOT, ROOT / "eval"):  # run as a plain script from a checkout
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from evaluation.gold import GoldFormatError  # noqa: E402
from evaluation.public_gold import PublicGoldError, run_public_gold  # noqa: E402
from evaluation.render import render_failures, render_report  # noqa: E402
from evaluation.report import run_petrarch, run_yardstick  # noqa: E402
from evaluation.yardstick import SPLITS, YardstickError  # noqa: E402

from extract.errors import InputError  # noqa: E402
from graph.export.atomic import atomic_write  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=("all", "dev"),
        default="all",
        help="dev: print dev failures in detail and write no test failures",
    )
    parser.add_argument("--yardstick", type=Path, default=ROOT / "eval" / "yardstick")
    parser.add_argument("--shared", type=Path, default=SHARED, help="../shared/data")
    parser.add_argument(
        "--petrarch",
        type=Path,
        default=SHARED / "eval" / "petrarch_realworld_dev.jsonl",
        help="PETRARCH JSONL; the section is skipped when the file is absent",
    )
    parser.add_argument(
        "--public",
        type=Path,
        default=ROOT / "eval" / "public",
        help="public gold (GUM news, QA-SRL Wikinews); the section is skipped when absent",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "eval" / "results.json")
    return parser.parse_args(argv)


def _shown(path: Path) -> str:
    """The path as written into results.json: relative to the checkout where it can be, so the
    file does not change from one machine to the next."""
    resolved = path.resolve()
    for base, prefix in ((ROOT, ""), (ROOT.parent / "shared", "../shared/")):
        if resolved.is_relative_to(base):
            return prefix + str(resolved.relative_to(base))
    return str(path)


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; 0 on success, 2 on bad input."""
    args = _arguments(argv)
    if not (args.yardstick / "articles.json").is_file():
        print(
            f"eval: error: {args.yardstick}: no articles.json in yardstick folder", file=sys.stderr
        )
        return 2
    failure_splits = ("dev",) if args.split == "dev" else SPLITS
    results: dict[str, Any] = {
        "failures_for": list(failure_splits),
        "yardstick_dir": _shown(args.yardstick),
    }
    try:
        results["yardstick"] = run_yardstick(
            args.yardstick, args.shared, failure_splits=failure_splits
        )
        if args.petrarch.is_file():
            results["petrarch"] = {"path": _shown(args.petrarch), **run_petrarch(args.petrarch)}
        else:
            print(
                f"eval: note: {args.petrarch} not found, PETRARCH section skipped", file=sys.stderr
            )
        if (args.public / "gum_news.jsonl").is_file():
            results["public_gold"] = {"path": _shown(args.public), **run_public_gold(args.public)}
        else:
            print(f"eval: note: {args.public} has no public gold, section skipped", file=sys.stderr)
    except (GoldFormatError, YardstickError, InputError, PublicGoldError, ValueError) as error:
        print(f"eval: error: {error}", file=sys.stderr)
        return 2
    print(render_report(results))
    if args.split == "dev":
        print(render_failures(results["yardstick"], "dev"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(args.out) as handle:
        handle.write(json.dumps(results, indent=2, sort_keys=True) + "\n")
    print(f"written: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
