"""Time the two resolution steps that used to be quadratic, on synthetic names of size N.

* ``bucket``: ``resolve_people`` on one surname bucket — a bare "Smith" plus N people
  "<Given> Smith" with distinct given names. The bare surname could be any of them, so its
  neighbourhood is the whole bucket (the case that cost round 1 93 s at 30,000 articles).
* ``reasons``: ``record_merge_reasons`` (``graph.merge.build``) on the graph of N surnames,
  each seen as "Surname" and "John Surname" (N merges, N nodes).

Usage: ``python scripts/bench_resolution_worst_case.py 1000 3000`` (one line per step and
size). Compare versions by running it on two checkouts; timings are single runs, so use an idle
machine for small differences.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _distinct_words(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(string.ascii_lowercase) for _ in range(8)).capitalize())
    return sorted(words)


def time_surname_bucket(size: int) -> tuple[float, int]:
    """Seconds of ``resolve_people`` on one bucket of ``size`` + 1 names, and its merge count."""
    from extract.types import EntityType
    from graph.merge.clusters import KeyNames
    from graph.merge.people import resolve_people

    def person(key: str, label: str) -> KeyNames:
        return KeyNames(key, EntityType.PERSON, frozenset({label}), frozenset())

    names = [person("person/smith", "Smith")]
    names += [person(f"person/{g.lower()}-smith", f"{g} Smith") for g in _distinct_words(size, 7)]
    began = time.perf_counter()
    merges = resolve_people(names)
    return time.perf_counter() - began, len(merges)


def time_merge_reasons(size: int) -> tuple[float, int]:
    """Seconds of ``record_merge_reasons`` for ``size`` merges, and the merge count."""
    import networkx as nx

    from extract.types import Entity, EntityType
    from graph.merge.build import record_merge_reasons
    from graph.merge.resolve import resolve_entities

    entities = []
    for surname in _distinct_words(size, 3):
        entities.append(Entity(f"person/{surname.lower()}", surname, EntityType.PERSON))
        key = f"person/john-{surname.lower()}"
        entities.append(Entity(key, f"John {surname}", EntityType.PERSON))
    resolution = resolve_entities(entities)
    members: dict[str, list[str]] = {}
    for source, target in resolution.mapping.items():
        members.setdefault(target, [target]).append(source)
    graph = nx.MultiDiGraph()
    for target, merged in sorted(members.items()):
        graph.add_node(target, merged_from=sorted(merged), label=target)
    began = time.perf_counter()
    record_merge_reasons(graph, resolution)
    return time.perf_counter() - began, len(resolution.merges)


def main(argv: list[str] | None = None) -> int:
    """Print the timings for each size given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="+", type=int, help="N for each measurement")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    for size in args.sizes:
        seconds, merges = time_surname_bucket(size)
        print(f"bucket  n={size:>6}: {seconds:8.3f} s ({merges} merges)", flush=True)
        seconds, merges = time_merge_reasons(size)
        print(f"reasons n={size:>6}: {seconds:8.3f} s ({merges} merges)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
