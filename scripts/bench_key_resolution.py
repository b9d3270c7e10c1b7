"""What resolving one batch's keys against a store costs: every stored entity, or the related.

Takes one batch of articles from a corpus (their results from an extraction cache) and, for a
store opened read-only, times and measures (CPU seconds, peak Python memory by tracemalloc)
reading every stored entity and resolving with them, as ``add`` did before, then building the
bucket index and reading only the entities related to the batch, as it does now; and checks
that both give the batch's keys and the related keys the same resolution.

Usage: python scripts/bench_key_resolution.py --store STORE --cache CACHE --corpus FILE.jsonl
       [--skip 4700] [--batch 256]
"""

from __future__ import annotations

import argparse
import itertools
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from extract.ingest.read import read_articles
from graph.merge.resolve import resolve_keys
from graph.run.cache import ResultCache
from graph.store.stored_names import StoredNames, stored_entities

Value = TypeVar("Value")


def measure(label: str, work: Callable[[], Value]) -> Value:
    """Run ``work`` twice: once timed (CPU), once under tracemalloc (peak); print both."""
    began = time.process_time()
    result = work()
    cpu = time.process_time() - began
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{label}: {cpu:.2f} s CPU, peak {peak / 2**20:.1f} MB", flush=True)
    return result


def main() -> None:
    """Print the costs for the batch the arguments name."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--skip", type=int, default=4700, help="articles before the batch")
    parser.add_argument("--batch", type=int, default=256)
    args = parser.parse_args()
    store = ox.Store.read_only(str(args.store))
    cache = ResultCache(args.cache)
    articles = read_articles([args.corpus], skip_bad=True, on_skip=lambda error: None)
    batch = itertools.islice(articles, args.skip, args.skip + args.batch)
    new = [entity for article in batch if (hit := cache.get(article)) for entity in hit.entities]
    print(f"batch: {args.batch} articles from {args.skip}, {len(new):,} entities (cache hits)")
    known = measure("before: read every stored entity", lambda: stored_entities(store))
    everything = measure("before: resolve with them", lambda: resolve_keys([*known, *new]))
    print(f"  {len(known):,} stored entities")
    names = measure("after, once per add: the bucket index", lambda: StoredNames.read(store))
    related = measure("after: read the related entities", lambda: names.related(store, new))
    local = measure("after: resolve with them", lambda: resolve_keys([*related, *new]))
    print(f"  {len(related):,} related entities")
    keys = {entity.key for entity in [*new, *related]}
    same = all(everything.get(key, key) == local.get(key, key) for key in keys)
    print(f"same resolution of the batch's and the related keys: {same}")


if __name__ == "__main__":
    main()
