"""Benchmark the shipped SPARQL queries on a big graph: pyoxigraph against plain rdflib.

The graph is the extracted graph of the sample articles (plus the seed articles when
``../shared/data/seeds`` exists), replicated with renamed entities until it holds at least
``--triples`` triples: copy *i* renames every ``https://newsgraph.dev/id/...`` IRI (entities,
articles, statements, evidence) and every canonical key with the suffix ``-r<i>``, so the copies
are disjoint graphs of the same shape. Names stay, as they would for a real corpus where the
same people recur under their own keys.

For each engine it measures the load time (Oxigraph: ``bulk_load`` of the N-Triples into an
on-disk store; rdflib: ``Graph.parse`` into memory) and, for each shipped query, the median
latency over ``--repeat`` runs with every row fetched. rdflib queries run in a forked child
with a ``--timeout`` so one slow query cannot stall the benchmark; a timed-out query is
reported as ``null``. Both engines must return the same number of rows.

Usage::

    .venv/bin/python scripts/bench_sparql.py --triples 1000000 --out bench-results/sparql.json
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a plain script from a checkout

import pyoxigraph as ox  # noqa: E402
from rdflib import Graph, Variable  # noqa: E402

from graph.export.atomic import write_text_atomic  # noqa: E402
from graph.export.rdf import PREFIXES, to_ntriples  # noqa: E402
from graph.merge.build import build_graph  # noqa: E402
from graph.run.corpus import iter_results  # noqa: E402
from graph.store.query import run_query  # noqa: E402
from graph.store.shipped import read_query, shipped_queries  # noqa: E402
from graph.store.sparql_frame import binding_term  # noqa: E402

SEEDS = ROOT.parent / "shared" / "data" / "seeds"
_ID_IRI = re.compile(r"<https://newsgraph\.dev/id/([^>]*)>")
_KEY = re.compile(r'(<https://newsgraph\.dev/ontology#(?:key|mergedFrom)> ")([^"]*)(")')


def base_ntriples() -> str:
    """N-Triples of the extracted graph of the sample (and seed, when present) articles."""
    folders = [ROOT / "examples" / "articles"] + ([SEEDS] if SEEDS.is_dir() else [])
    return to_ntriples(build_graph(iter_results(folders)))


def replicate(base: str, copies: int) -> str:
    """``copies`` disjoint renamed copies of the N-Triples ``base`` (copy 0 is unchanged)."""
    parts = [base]
    for i in range(1, copies):
        renamed = _ID_IRI.sub(lambda m, i=i: f"<https://newsgraph.dev/id/{m[1]}-r{i}>", base)
        parts.append(_KEY.sub(lambda m, i=i: f"{m[1]}{m[2]}-r{i}{m[3]}", renamed))
    return "".join(parts)


def bindings_for(name: str) -> dict[str, str]:
    """The bindings each parameterised query runs with."""
    if name.startswith("04_"):
        return {"actor": "country/RU"}
    if name.startswith("10_"):
        return {"text": "ru"}
    return {}


def _time_oxigraph(
    store: ox.Store, text: str, bindings: dict[str, str], repeat: int
) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = len(run_query(text, source=store, bindings=bindings).rows)
        times.append(time.perf_counter() - start)
    return statistics.median(times), rows


def _rdflib_child(graph: Graph, text: str, bindings: dict[str, str], repeat: int, out: Any) -> None:
    init = {Variable(k): binding_term(v) for k, v in bindings.items()}
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = len(list(graph.store.query(text, initNs=PREFIXES, initBindings=init)))
        times.append(time.perf_counter() - start)
    out.put((statistics.median(times), rows))


def _time_rdflib(
    graph: Graph, text: str, bindings: dict[str, str], repeat: int, timeout: float
) -> tuple[float | None, int | None]:
    # fork: the child shares the loaded graph instead of parsing a million triples again.
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_rdflib_child, args=(graph, text, bindings, repeat, queue))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.kill()
        child.join()
        return None, None
    return queue.get() if not queue.empty() else (None, None)


def run(triples: int, repeat: int, timeout: float) -> dict[str, Any]:
    """Build the replicated graph, load it in both engines, time every shipped query."""
    base = base_ntriples()
    base_count = base.count("\n")
    copies = max(1, -(-triples // base_count))
    data = replicate(base, copies)
    total = data.count("\n")
    report: dict[str, Any] = {
        "base_triples": base_count,
        "copies": copies,
        "triples": total,
        "repeat": repeat,
        "rdflib_timeout_seconds": timeout,
        "load_seconds": {},
        "queries": [],
    }
    with tempfile.TemporaryDirectory() as scratch:
        nt = Path(scratch) / "graph.nt"
        nt.write_text(data, encoding="utf-8")
        del data
        start = time.perf_counter()
        store = ox.Store(str(Path(scratch) / "store"))
        store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        store.optimize()
        report["load_seconds"]["pyoxigraph"] = time.perf_counter() - start
        start = time.perf_counter()
        graph = Graph()
        graph.parse(str(nt), format="nt")
        report["load_seconds"]["rdflib"] = time.perf_counter() - start
        for name in shipped_queries():
            text, bindings = read_query(name), bindings_for(name)
            ox_seconds, ox_rows = _time_oxigraph(store, text, bindings, repeat)
            rdf_seconds, rdf_rows = _time_rdflib(graph, text, bindings, repeat, timeout)
            report["queries"].append(
                {
                    "query": name,
                    "seconds": {"pyoxigraph": ox_seconds, "rdflib": rdf_seconds},
                    "rows": {"pyoxigraph": ox_rows, "rdflib": rdf_rows},
                    "ratio": rdf_seconds / ox_seconds if rdf_seconds and ox_seconds else None,
                }
            )
            print(f"  {name}: done", file=sys.stderr, flush=True)
        del store
    load = report["load_seconds"]
    report["load_ratio"] = load["rdflib"] / load["pyoxigraph"]
    return report


def print_table(report: dict[str, Any]) -> None:
    """The report as a plain-text table on stdout."""
    print(
        f"{report['triples']:,} triples ({report['copies']} copies of {report['base_triples']:,})"
    )
    load = report["load_seconds"]
    print(f"{'step':40} {'pyoxigraph s':>13} {'rdflib s':>10} {'ratio':>8} {'rows':>7}")
    print(
        f"{'load':40} {load['pyoxigraph']:13.2f} {load['rdflib']:10.2f} "
        f"{report['load_ratio']:8.1f} {'':>7}"
    )
    for q in report["queries"]:
        rdf = q["seconds"]["rdflib"]
        rdf_text = f"{rdf:10.3f}" if rdf is not None else f"{'timeout':>10}"
        ratio = f"{q['ratio']:8.1f}" if q["ratio"] is not None else f"{'-':>8}"
        print(
            f"{q['query']:40} {q['seconds']['pyoxigraph']:13.3f} {rdf_text} {ratio} "
            f"{q['rows']['pyoxigraph']:7d}"
        )
    ratios = [q["ratio"] for q in report["queries"] if q["ratio"] is not None]
    if ratios:
        print(f"median query ratio (rdflib / pyoxigraph): {statistics.median(ratios):.1f}")


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="Minimum graph size.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per query (median).")
    parser.add_argument("--timeout", type=float, default=120.0, help="rdflib seconds per query.")
    parser.add_argument(
        "--out", type=Path, default=Path("bench-results/sparql.json"), help="JSON report."
    )
    args = parser.parse_args(argv)
    report = run(args.triples, args.repeat, args.timeout)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(args.out, json.dumps(report, indent=2) + "\n")
    print_table(report)
    print(f"report: {args.out}")


if __name__ == "__main__":
    main()
