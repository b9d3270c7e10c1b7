"""Time the loaders of the tables derived from PETRARCH2: first load and lookups.

Each first load runs in a fresh interpreter (the tables are cached per process), several times;
the median is printed with the table's rows and size. Lookups are timed in one process after
the load.

Usage: .venv/bin/python scripts/bench_petrarch_tables.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a plain script from a checkout

LOADERS = {
    "cameo_verbs": ("extract.vocabulary.cameo_verbs", "match_verb('impose', objects=['sanction'])"),
    "known_actors": (
        "extract.vocabulary.known_actors",
        "affiliation_at('Brian Mulroney', '1987-05-01')",
    ),
    "agents": ("extract.vocabulary.agents", "agent('police')"),
}
_FIRST_LOAD = (
    "import time, {module} as m\n"
    "start = time.perf_counter(); m._table(); print(time.perf_counter() - start)\n"
)


def first_load_seconds(module: str, runs: int) -> float:
    """Median time of the first load of a module's table, each in a fresh interpreter."""
    times = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", _FIRST_LOAD.format(module=module)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={"PYTHONPATH": str(ROOT), "PATH": ""},
        )
        times.append(float(result.stdout.strip()))
    return statistics.median(times)


def lookup_microseconds(module: str, call: str, number: int = 20_000) -> float:
    """Mean time of one lookup, the table loaded."""
    namespace: dict[str, object] = {}
    exec(f"from {module} import *; from {module} import _table; _table()", namespace)
    return timeit.timeit(call, globals=namespace, number=number) / number * 1e6


def main() -> None:
    """Print one line per table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for table, (module, call) in LOADERS.items():
        path = ROOT / "extract" / "data" / f"{table}.tsv"
        lines = path.read_text(encoding="utf-8").splitlines()
        rows = sum(1 for line in lines if line and not line.startswith("#")) - 1
        load = first_load_seconds(module, args.runs)
        lookup = lookup_microseconds(module, call)
        print(
            f"{table}: {rows} rows, {path.stat().st_size:,} bytes, first load {load:.3f} s "
            f"(median of {args.runs}), lookup {lookup:.1f} µs ({call})"
        )


if __name__ == "__main__":
    main()
