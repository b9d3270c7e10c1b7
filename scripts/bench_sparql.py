"""Time the shipped SPARQL queries on two big graphs: a replicated one and a store of a corpus.

1. **The replicated graph.** The extracted graph of the sample articles (plus the seed articles
   when ``../shared/data/seeds`` exists), replicated with renamed entities until it holds at
   least ``--triples`` triples: copy *i* renames every ``https://newsgraph.dev/id/...`` IRI
   (entities, articles, statements, evidence) and every canonical key with the suffix
   ``-r<i>``, so the copies are disjoint graphs of the same shape. Names stay, as they would
   for a real corpus where the same people recur under their own keys. It is bulk-loaded into
   an on-disk Oxigraph store, and its summary graph is built (``graph.store.summary_rebuild``),
   as a store keeps it while articles are added.
2. **A store of a real corpus** (``--store``): a folder ``newsgraph add`` filled, opened
   read-only, e.g. the whole Reuters-21578 corpus (``make bench-sparql`` builds it once).

For each shipped query and each graph it measures the median over ``--repeat`` runs of the
wall-clock time and of this process's CPU time, with every row fetched into Python, and prints
one table with the median and the worst query of each column. The CPU time tells what the
query costs when the machine is shared (wall time then includes waiting for a core).

``--rdflib`` also times plain rdflib on the replicated graph (in a forked child, killed after
``--timeout`` seconds; a timed-out query is ``null``) and checks both engines give the same
number of rows.

Usage::

    .venv/bin/python scripts/bench_sparql.py --triples 1000000 --store store/
    make bench-sparql        # the same, on a store of the whole Reuters corpus
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
from rdflib import Graph  # noqa: E402

from graph.export.atomic import write_text_atomic  # noqa: E402
from graph.export.rdf import PREFIXES, to_ntriples  # noqa: E402
from graph.merge.build import build_graph  # noqa: E402
from graph.run.corpus import iter_results  # noqa: E402
from graph.store.query import run_query  # noqa: E402
from graph.store.shipped import read_query, shipped_queries  # noqa: E402
from graph.store.sparql_frame import binding_term  # noqa: E402
from graph.store.store import list_articles, open_store  # noqa: E402
from graph.store.summary_rebuild import has_summaries, rebuild_summaries  # noqa: E402

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
        suffix = f"-r{i}"

        def rename_iri(match: re.Match[str], suffix: str = suffix) -> str:
            return f"<https://newsgraph.dev/id/{match[1]}{suffix}>"

        def rename_key(match: re.Match[str], suffix: str = suffix) -> str:
            return f"{match[1]}{match[2]}{suffix}{match[3]}"

        parts.append(_KEY.sub(rename_key, _ID_IRI.sub(rename_iri, base)))
    return "".join(parts)


def bindings_for(name: str) -> dict[str, str]:
    """The bindings each parameterised query runs with (11 runs unbound: every country)."""
    if name.startswith("04_"):
        return {"actor": "country/RU"}
    if name.startswith("10_"):
        return {"text": "ru"}
    return {}


def time_query(store: ox.Store, name: str, repeat: int) -> dict[str, Any]:
    """Median wall and CPU seconds of one shipped query over ``repeat`` runs, and its rows."""
    text, bindings = read_query(name), bindings_for(name)
    walls, cpus, rows = [], [], 0
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        rows = len(run_query(text, source=store, bindings=bindings).rows)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return {
        "query": name,
        "seconds": statistics.median(walls),
        "cpu_seconds": statistics.median(cpus),
        "rows": rows,
    }


def _rdflib_child(graph: Graph, text: str, bindings: dict[str, str], repeat: int, out: Any) -> None:
    init = {k: binding_term(v) for k, v in bindings.items()}
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = len(list(graph.query(text, initNs=PREFIXES, initBindings=init)))
        times.append(time.perf_counter() - start)
    out.put((statistics.median(times), rows))


def time_rdflib(
    graph: Graph, name: str, repeat: int, timeout: float
) -> tuple[float | None, int | None]:
    """Median seconds and rows of one shipped query on rdflib, ``(None, None)`` on timeout."""
    # fork: the child shares the loaded graph instead of parsing a million triples again.
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    args = (graph, read_query(name), bindings_for(name), repeat, queue)
    child = context.Process(target=_rdflib_child, args=args)
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.kill()
        child.join()
        return None, None
    return queue.get() if not queue.empty() else (None, None)


def bench_replicated(
    triples: int, repeat: int, *, rdflib: bool = False, timeout: float = 120.0
) -> dict[str, Any]:
    """Build the replicated graph, bulk-load it into Oxigraph, time every shipped query."""
    base = base_ntriples()
    base_count = base.count("\n")
    copies = max(1, -(-triples // base_count))
    data = replicate(base, copies)
    report: dict[str, Any] = {
        "base_triples": base_count,
        "copies": copies,
        "triples": data.count("\n"),
        "repeat": repeat,
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
        report["load_seconds"]["pyoxigraph"] = time.perf_counter() - start
        # The summary graph a store keeps up to date as articles come (02 and 05-09 read it).
        start = time.perf_counter()
        rebuild_summaries(store)
        store.optimize()
        report["load_seconds"]["summaries"] = time.perf_counter() - start
        graph = None
        if rdflib:
            start = time.perf_counter()
            graph = Graph()
            graph.parse(str(nt), format="nt")
            report["load_seconds"]["rdflib"] = time.perf_counter() - start
            report["rdflib_timeout_seconds"] = timeout
        for name in shipped_queries():
            entry = time_query(store, name, repeat)
            if graph is not None:
                seconds, rows = time_rdflib(graph, name, repeat, timeout)
                entry["rdflib"] = {"seconds": seconds, "rows": rows}
            report["queries"].append(entry)
            print(f"  replicated {name}: {entry['seconds']:.3f} s", file=sys.stderr, flush=True)
        del store
    return report


def bench_store(path: Path, repeat: int) -> dict[str, Any]:
    """Time every shipped query on the store folder at ``path`` (opened read-only)."""
    store = ox.Store.read_only(str(path))
    if not has_summaries(store):
        # A store made before the summary graph: opening it for writing builds it, once.
        print(f"  {path}: building its summary graph", file=sys.stderr, flush=True)
        del store
        writable = open_store(path)
        del writable  # closed, and its lock released, as soon as the summaries are built
        store = ox.Store.read_only(str(path))
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    solutions = store.query(count)
    assert isinstance(solutions, ox.QuerySolutions)
    triples = int(next(iter(solutions))["n"].value)
    report: dict[str, Any] = {
        "store": str(path),
        "articles": len(list_articles(store)),
        "triples": triples,
        "quads": len(store),
        "repeat": repeat,
        "queries": [],
    }
    for name in shipped_queries():
        entry = time_query(store, name, repeat)
        report["queries"].append(entry)
        print(f"  store {name}: {entry['seconds']:.3f} s", file=sys.stderr, flush=True)
    return report


def summary(queries: list[dict[str, Any]], field: str) -> tuple[float, str, float]:
    """(median, name of the worst query, its value) of one timing field."""
    values = [q[field] for q in queries]
    worst = max(queries, key=lambda q: q[field])
    return statistics.median(values), worst["query"], worst[field]


def print_table(report: dict[str, Any]) -> None:
    """The report as a plain-text table on stdout: one row per query, then median and worst."""
    graphs = [(key, report[key]) for key in ("replicated", "store") if key in report]
    for label, part in graphs:
        size = f"{part['triples']:,} triples"
        if label == "replicated":
            size += f" ({part['copies']} copies of {part['base_triples']:,})"
        else:
            size += f", {part['articles']:,} articles ({part['store']})"
        print(f"{label}: {size}")
    header = f"{'shipped query':38}"
    for label, _ in graphs:
        header += f" {label + ' s':>14} {'cpu s':>7} {'rows':>7}"
    print(header)
    names = [q["query"] for q in graphs[0][1]["queries"]]
    for index, name in enumerate(names):
        line = f"{name:38}"
        for _, part in graphs:
            q = part["queries"][index]
            line += f" {q['seconds']:14.3f} {q['cpu_seconds']:7.3f} {q['rows']:7d}"
        print(line)
    for label_text, pick in (("median", 0), ("worst", 1)):
        line = f"{label_text:38}"
        for _, part in graphs:
            wall = summary(part["queries"], "seconds")
            cpu = summary(part["queries"], "cpu_seconds")
            if pick == 0:
                line += f" {wall[0]:14.3f} {cpu[0]:7.3f} {'':>7}"
            else:
                line += f" {wall[2]:14.3f} {cpu[2]:7.3f} {wall[1][:2]:>7}"
        print(line)
    rdflib_rows = [q for q in report.get("replicated", {}).get("queries", []) if "rdflib" in q]
    for q in rdflib_rows:
        seconds = q["rdflib"]["seconds"]
        shown = f"{seconds:.3f} s" if seconds is not None else "timeout"
        print(f"rdflib {q['query']}: {shown}")


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="Replicated graph size.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per query (median).")
    parser.add_argument("--store", type=Path, help="Also time a store folder (newsgraph add).")
    parser.add_argument("--rdflib", action="store_true", help="Also time rdflib (replicated).")
    parser.add_argument("--timeout", type=float, default=120.0, help="rdflib seconds per query.")
    parser.add_argument(
        "--out", type=Path, default=Path("bench-results/sparql.json"), help="JSON report."
    )
    args = parser.parse_args(argv)
    if args.store is not None and not (args.store / "CURRENT").exists():
        parser.error(f"{args.store}: not a newsgraph store (run `newsgraph add` first)")
    report: dict[str, Any] = {
        "replicated": bench_replicated(
            args.triples, args.repeat, rdflib=args.rdflib, timeout=args.timeout
        )
    }
    if args.store is not None:
        report["store"] = bench_store(args.store, args.repeat)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(args.out, json.dumps(report, indent=2) + "\n")
    print_table(report)
    print(f"report: {args.out}")


if __name__ == "__main__":
    main()
