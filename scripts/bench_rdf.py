"""Time each RDF writer (Turtle, N-Triples, JSON-LD) on the graph of the first N articles.

Usage: ``python scripts/bench_rdf.py CORPUS --articles 300`` (CORPUS: a JSONL file or folder
``newsgraph build`` reads; default the Reuters benchmark corpus next to the repository).
Builds the graph once (parsing is not timed), then prints the best of ``--repeat`` runs of
each writer. Compare versions by running it on two checkouts.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "data" / "bench" / "reuters21578.jsonl"


def main(argv: list[str] | None = None) -> int:
    """Build the sample graph and print the best time of each RDF writer."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench_rdf: corpus {args.corpus} not found; pass a JSONL file", file=sys.stderr)
        return 2
    sys.path[:0] = [str(REPO), str(REPO / "scripts")]
    from bench import write_sample

    from graph.export.rdf import rdf_triples, to_jsonld, to_ntriples, to_turtle
    from graph.run.corpus import build_from_paths
    from graph.run.options import BuildOptions

    with tempfile.TemporaryDirectory() as folder:
        sample, _, _ = write_sample(args.corpus, args.articles, Path(folder))
        graph = build_from_paths([sample], BuildOptions(skip_bad=True))
    print(
        f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, "
        f"{len(rdf_triples(graph))} triples"
    )
    for writer in (to_turtle, to_ntriples, to_jsonld):
        best = float("inf")
        for _ in range(args.repeat):
            began = time.perf_counter()
            writer(graph)
            best = min(best, time.perf_counter() - began)
        print(f"{writer.__name__:12} {best:.3f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
