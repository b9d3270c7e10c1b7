"""Where `newsgraph add`'s memory goes: RSS and the Python heap after every batch of an add.

Adds the first ``--limit`` articles of a JSONL corpus, their results read from an extraction
cache, into a fresh store with ``add_in_batches``, and prints after each batch the process's
resident set (``VmRSS``), the Python heap's allocated blocks, the CPU seconds so far and the
size of newsgraph's own bucket index. Variants, one per run, to tell the causes apart:

* ``--reopen yes|no``: whether the store is opened afresh after each batch (``yes``, as
  ``add`` does now: RocksDB's caches start empty; ``no``: one store open throughout, as before);
* ``--trim yes|no``: whether glibc's ``malloc_trim(0)`` runs after each batch (``yes``, as
  ``add`` does now: freed pages go back to the system; ``no``: as before);
* ``--optimize``: ``Store.optimize()`` (RocksDB's compaction) after each batch (with
  ``--reopen no``);
* ``--snapshots 5 20``: ``tracemalloc`` snapshots after those batches, and the twenty
  source lines whose Python memory grew most between them;
* run it under ``MALLOC_ARENA_MAX=2`` to see what glibc's per-thread arenas cost.

Usage: python scripts/probe_add_memory.py CORPUS.jsonl --cache CACHE --store NEW_STORE
       [--limit 5000] [--batch-size 256] [--reopen no] [--trim no] [--optimize]
       [--snapshots 5 20]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
import tracemalloc
from pathlib import Path

from extract.ingest.read import read_articles
from graph.run.corpus import iter_results
from graph.run.options import BuildOptions
from graph.store.batches import AddSummary, add_in_batches
from graph.store.store import open_store


def resident_megabytes(field: str = "VmRSS") -> float:
    """One of this process's memory figures from ``/proc/self/status`` (``VmRSS``: the
    resident set; ``RssAnon``: its part that no file backs, the heaps), in MB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    """Run one probe as the arguments say; print a line per batch."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--reopen", choices=("yes", "no"), default="yes")
    parser.add_argument("--trim", choices=("yes", "no"), default="yes")
    parser.add_argument("--optimize", action="store_true")
    parser.add_argument("--snapshots", type=int, nargs=2, metavar=("FIRST", "LAST"))
    args = parser.parse_args(argv)
    if args.store.exists():
        parser.error(f"{args.store}: give a store folder that does not exist yet")
    articles = list(
        itertools.islice(read_articles([args.corpus], skip_bad=True, on_skip=None), args.limit)
    )
    if args.optimize and args.reopen == "yes":
        parser.error("--optimize needs --reopen no (one store open throughout)")
    held = open_store(args.store) if args.reopen == "no" else None
    options = BuildOptions(skip_bad=True, cache_dir=args.cache, on_skip=lambda error: None)
    if args.snapshots:
        tracemalloc.start(5)
    snapshots: dict[int, tracemalloc.Snapshot] = {}
    began = time.process_time()
    print(f"start: rss {resident_megabytes():.1f} MB, blocks {sys.getallocatedblocks():,}")

    def report(summary: AddSummary) -> None:
        if held is not None and args.optimize:
            held.optimize()
        if args.snapshots and summary.batches in args.snapshots:
            snapshots[summary.batches] = tracemalloc.take_snapshot()
        print(
            f"batch {summary.batches:3d}: {summary.articles:6,d} articles, "
            f"rss {resident_megabytes():6.1f} MB (anon {resident_megabytes('RssAnon'):6.1f}), "
            f"blocks {sys.getallocatedblocks():9,d}, "
            f"cpu {time.process_time() - began:7.1f} s",
            flush=True,
        )

    add_in_batches(
        held if held is not None else args.store,
        iter_results(articles, options),
        batch_size=args.batch_size,
        on_batch=report,
        release_memory=args.trim == "yes",
    )
    if args.snapshots and len(snapshots) == 2:
        first, last = (snapshots[n] for n in args.snapshots)
        grown = last.compare_to(first, "lineno")
        total = sum(stat.size_diff for stat in grown)
        print(f"Python memory grown from batch {args.snapshots[0]} to {args.snapshots[1]}: ")
        print(f"{total / 2**20:.1f} MB in all; the lines that grew most:")
        for stat in grown[:20]:
            print(f"  {stat.size_diff / 2**20:7.2f} MB  {stat.traceback[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
