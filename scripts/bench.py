"""Benchmark newsgraph against the spaCy parser it is built on, and how it scales.

One run, on one machine, measures for each corpus size (default 100, 1,000 and 10,000
articles):

* ``bare``: words/s of plain ``nlp.pipe`` with the same model (the physical limit);
* ``build``: words/s of the full build (ingest → extract → merge → every export), its time per
  stage, and the ratio build / bare;
* peak RSS of each (every measurement runs in a fresh process, so peaks do not mix);

and, at one size, the full build on 2 processes against 1: newsgraph's own ``-j 2`` (both
processes extract, ``graph.run.processes``), spaCy's ``nlp.pipe(n_process=2)`` for comparison, and a
2-worker Dask ``LocalCluster``. Results go to a JSON file and a table on stdout.

Usage::

    python scripts/bench.py [CORPUS] [--sizes 100,1000,10000] [--json bench-results/bench.json]
    make bench CORPUS=path/to/articles.jsonl

CORPUS is any JSONL file or folder ``newsgraph build`` reads; the default is the Reuters-21578
corpus at ``../shared/data/bench/reuters21578.jsonl`` (research use only, never shipped).
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "bench" / "reuters21578.jsonl"
DEFAULT_SIZES = (100, 1_000, 10_000)
# Touches every table extraction reads lazily (titles, countries, cities, triggers, dates), so
# the timed build starts as warm as the bare run, whose model is loaded before its clock.
WARM_UP_TEXT = (
    "WASHINGTON, March 3 - Treasury Secretary James Baker met French Finance Minister "
    "Edouard Balladur in Paris on Tuesday and said the United States would propose new "
    "talks on the trade agreement with Japan."
)


def peak_rss_mb() -> float:
    """Peak resident memory of this process and its finished children, in MiB (Linux KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def write_sample(corpus: Path, size: int, folder: Path) -> tuple[Path, int, int]:
    """The first ``size`` readable articles of ``corpus`` as JSONL; returns path, count, words.

    An article whose text cleans to nothing (a Reuters table of figures) is a valid article
    that yields nothing; it is left out of the sample, whose rows must be readable again.
    """
    from extract.ingest.read import read_articles

    read = read_articles([corpus], skip_bad=True, on_skip=lambda error: None)
    articles = (article for article in read if article.text.strip())
    path = folder / f"sample-{size}.jsonl"
    count = words = 0
    with path.open("w", encoding="utf-8") as handle:
        for article in itertools.islice(articles, size):
            row = {"id": article.id, "title": article.title, "text": article.text}
            row.update({k: v for k in ("date", "url", "outlet") if (v := getattr(article, k))})
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
            words += len(article.text.split())
    return path, count, words


def measure_bare(sample: Path, batch_size: int) -> dict[str, Any]:
    """Plain ``nlp.pipe`` with the model newsgraph uses, over the sample's cleaned texts."""
    import spacy

    from extract.ingest.read import read_articles
    from extract.pipeline import MODEL_NAME

    texts = [article.text for article in read_articles([sample])]
    nlp = spacy.load(MODEL_NAME)
    began = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass  # consume without holding: the same streaming the build does
    return {"seconds": time.perf_counter() - began}


def measure_build(
    sample: Path, batch_size: int, processes: int, workers: int | None, spacy_processes: int = 0
) -> dict[str, Any]:
    """The full build of ``newsgraph build`` (no cache), with time per stage.

    ``processes`` is ``newsgraph build -j``; ``spacy_processes`` > 1 extracts with spaCy's
    ``nlp.pipe(n_process=...)`` instead; ``workers`` on a local Dask cluster.
    """
    import contextlib
    from functools import partial

    from extract.pipeline import extract_articles, load_pipeline
    from extract.types import Article
    from graph.export import output_formats, write_outputs
    from graph.run.corpus import BuildReport, build_from_paths
    from graph.run.distributed import extract_on_cluster, open_cluster_client
    from graph.run.options import BuildOptions

    load_pipeline()  # model loading is a fixed cost, outside the per-word figure (as for bare)
    # newsgraph's own tables (word lists, triggers, gazetteer, country names) are read on first
    # use: about 1.6 s per process, as fixed as the model's loading, so they load here too,
    # outside the timing, and the seconds are reported apart.
    warm_began = time.perf_counter()
    list(extract_articles([Article(id="warm-up", text=WARM_UP_TEXT)], batch_size=batch_size))
    warm_up = time.perf_counter() - warm_began
    report = BuildReport()
    with contextlib.ExitStack() as stack:
        extractor = None
        if workers:
            client = stack.enter_context(open_cluster_client(workers=workers))
            extractor = partial(extract_on_cluster, client=client, batch_size=batch_size)
        elif spacy_processes > 1:
            extractor = partial(extract_articles, n_process=spacy_processes, batch_size=batch_size)
        began = time.perf_counter()
        options = BuildOptions(n_process=processes, batch_size=batch_size, extractor=extractor)
        graph = build_from_paths([sample], options, report)
        built = time.perf_counter()
        with tempfile.TemporaryDirectory() as out:
            write_outputs(graph, out, list(output_formats()), processes=processes)
        ended = time.perf_counter()
    stages = {name: round(value, 3) for name, value in report.seconds.items()}
    stages["export"] = round(ended - built, 3)
    return {
        "seconds": ended - began,
        "warm_up_seconds": round(warm_up, 3),
        "stages": stages,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
    }


def _copy_tag(copy: int) -> str:
    """Letters naming a copy ("", "b", "c", …, "ba", …): glued to words, they make new names."""
    tag = ""
    while copy:
        copy, digit = divmod(copy, 26)
        tag = "abcdefghijklmnopqrstuvwxyz"[digit] + tag
    return tag


def _renamed(text: str, tag: str) -> str:
    return " ".join(w + (tag.upper() if w.isupper() else tag) for w in text.split())


def _relabelled(result: Any, copy: int) -> Any:
    """``result`` as if from another article about other actors.

    Every word of every non-country name gets the copy's tag ("John Smith" → "Johnb Smithb"),
    so copies bring new people, organisations and events that share no surname or acronym
    with the original — the corpus grows in distinct keys, as real news does — while
    countries (a closed set) stay shared.
    """
    from dataclasses import replace

    tag = _copy_tag(copy)

    def key(value: str) -> str:
        kind, _, slug = value.partition("/")
        if kind == "country" or not tag:
            return value
        return f"{kind}/" + "-".join(part + tag for part in slug.split("-"))

    def entity(e: Any) -> Any:
        if e.key.startswith("country/"):
            return e
        aliases = tuple(_renamed(a, tag) for a in e.aliases)
        return replace(e, key=key(e.key), label=_renamed(e.label, tag), aliases=aliases)

    article = replace(result.article, id=f"{result.article.id}-{copy}")
    relations = tuple(
        replace(
            r,
            subject=key(r.subject),
            object=key(r.object),
            evidence=replace(r.evidence, article_id=article.id),
        )
        for r in result.relations
    )
    entities = tuple(entity(e) for e in result.entities)
    return replace(result, article=article, entities=entities, relations=relations)


def measure_merge_scaling(sample: Path, sizes: list[int], batch_size: int) -> list[dict]:
    """Merge + key resolution alone at large sizes, without parsing them all.

    The sample is extracted once; renamed copies of its results (``_relabelled``: distinct
    keys grow with the corpus, as in real news) are folded into the graph builder. Time
    per article should stay flat: linear, not quadratic.
    """
    from extract.ingest.read import read_articles
    from extract.pipeline import extract_articles
    from graph.merge.build import GraphBuilder

    articles = read_articles([sample], skip_bad=True, on_skip=lambda error: None)
    base = list(extract_articles(articles, batch_size=batch_size))
    rows = []
    for size in sizes:
        builder = GraphBuilder()
        began = time.perf_counter()
        for number in range(size):
            builder.add(_relabelled(base[number % len(base)], number // len(base)))
        folded = time.perf_counter()
        graph = builder.finish()
        ended = time.perf_counter()
        rows.append(
            {
                "articles": size,
                "fold_seconds": round(folded - began, 3),
                "resolve_and_finish_seconds": round(ended - folded, 3),
                "ms_per_article": round(1000 * (ended - began) / size, 3),
                "nodes": graph.number_of_nodes(),
            }
        )
    return rows


def run_measurement(kind: str, sample: Path, args: argparse.Namespace, **extra: Any) -> dict:
    """Run one measurement in a fresh interpreter so its peak RSS is its own."""
    command = [sys.executable, __file__, "--measure", kind, "--sample", str(sample)]
    command += ["--batch-size", str(args.batch_size)]
    for name, value in extra.items():
        command += [f"--{name}", str(value)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench: {kind} measurement failed:\n{done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


PARALLEL_RUNS = {
    "one_process": {},
    "newsgraph_2_processes": {"processes": 2},
    "spacy_2_processes": {"spacy-processes": 2},
    "dask_2_workers": {"workers": 2},
}


def measure_parallel(sample: Path, count: int, words: int, args: argparse.Namespace) -> dict:
    """The full build on 1 process and on 2 (three ways), alternated ``--repeat`` times.

    Each way keeps its fastest run, as ``measure_pair`` does.
    """
    runs: dict[str, list[dict]] = {name: [] for name in PARALLEL_RUNS}
    for _ in range(args.repeat):
        for name, extra in PARALLEL_RUNS.items():
            runs[name].append(run_measurement("build", sample, args, **extra))
    best = {name: min(found, key=lambda m: m["seconds"]) for name, found in runs.items()}
    one = best["one_process"]["seconds"]
    parallel: dict[str, Any] = {"articles": count, "words": words}
    for name, measured in best.items():
        parallel[f"{name}_words_per_s"] = round(words / measured["seconds"])
        parallel[f"{name}_stages"] = measured["stages"]
        parallel[f"{name}_peak_rss_mb"] = measured["peak_rss_mb"]
        if name != "one_process":
            parallel[f"{name}_speedup"] = round(one / measured["seconds"], 3)
    return parallel


def measure_pair(sample: Path, args: argparse.Namespace) -> tuple[dict, dict]:
    """Bare and build measurements, alternated ``--repeat`` times; the fastest of each.

    On a shared machine other jobs slow one measurement and not the next; alternating and
    keeping each side's best run compares the two under the least disturbed conditions.
    """
    bares, builds = [], []
    for _ in range(args.repeat):
        bares.append(run_measurement("bare", sample, args))
        builds.append(run_measurement("build", sample, args))
    return min(bares, key=lambda m: m["seconds"]), min(builds, key=lambda m: m["seconds"])


def benchmark(args: argparse.Namespace) -> dict[str, Any]:
    """Every measurement of one run, as the dict written to JSON."""
    results: dict[str, Any] = {
        "corpus": str(args.corpus),
        "batch_size": args.batch_size,
        "repeat": args.repeat,
    }
    results["sizes"] = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            sample, count, words = write_sample(args.corpus, size, Path(folder))
            bare, build = measure_pair(sample, args)
            row = {
                "articles": count,
                "words": words,
                "bare_words_per_s": round(words / bare["seconds"]),
                "build_words_per_s": round(words / build["seconds"]),
                "ratio": round(bare["seconds"] / build["seconds"], 3),
                "bare_seconds": round(bare["seconds"], 2),
                "build_seconds": round(build["seconds"], 2),
                "bare_peak_rss_mb": round(bare["peak_rss_mb"]),
                "build_peak_rss_mb": round(build["peak_rss_mb"]),
                "stages": build["stages"],
                "nodes": build["nodes"],
                "edges": build["edges"],
            }
            results["sizes"].append(row)
            print_row(row)
            if count < size:
                break  # the corpus is smaller than the next size
        if args.merge_scaling:
            sample, _, _ = write_sample(args.corpus, 200, Path(folder))
            rows = run_measurement(
                "merge", sample, args, **{"merge-sizes": ",".join(map(str, args.merge_scaling))}
            )["rows"]
            results["merge_scaling"] = rows
            for row in rows:
                print(
                    f"merge only, {row['articles']:>6} articles: {row['ms_per_article']} ms per "
                    f"article ({row['nodes']} nodes)",
                    flush=True,
                )
        if args.parallel_size:
            sample, count, words = write_sample(args.corpus, args.parallel_size, Path(folder))
            results["parallel"] = measure_parallel(sample, count, words, args)
    return results


def print_row(row: dict[str, Any]) -> None:
    """One line of the table (printed as each size finishes, so long runs show progress)."""
    stages = " ".join(f"{name}={value:.1f}s" for name, value in row["stages"].items())
    print(
        f"{row['articles']:>7} {row['words']:>10} {row['bare_words_per_s']:>9} "
        f"{row['build_words_per_s']:>9} {row['ratio']:>6.2f} {row['bare_peak_rss_mb']:>8} "
        f"{row['build_peak_rss_mb']:>8}  {stages}",
        flush=True,
    )


def print_summary(results: dict[str, Any]) -> None:
    """Scaling per size step and the 2-process figures, after the table."""
    sizes = results["sizes"]
    for smaller, larger in itertools.pairwise(sizes):
        growth = larger["articles"] / smaller["articles"]
        time_growth = larger["build_seconds"] / smaller["build_seconds"]
        merge_growth = (larger["stages"]["merge"] or 1e-9) / (smaller["stages"]["merge"] or 1e-9)
        print(
            f"{smaller['articles']} → {larger['articles']} articles (×{growth:.0f}): build time "
            f"×{time_growth:.1f}, merge time ×{merge_growth:.1f}, build peak RSS "
            f"{smaller['build_peak_rss_mb']} → {larger['build_peak_rss_mb']} MiB"
        )
    if "parallel" in results:
        p = results["parallel"]
        print(
            f"2 processes on {p['articles']} articles: 1 process {p['one_process_words_per_s']} "
            f"w/s; -j 2 {p['newsgraph_2_processes_words_per_s']} w/s "
            f"(×{p['newsgraph_2_processes_speedup']}); spaCy n_process=2 "
            f"{p['spacy_2_processes_words_per_s']} w/s (×{p['spacy_2_processes_speedup']}); "
            f"Dask 2 workers {p['dask_2_workers_words_per_s']} w/s "
            f"(×{p['dask_2_workers_speedup']})"
        )


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _positive_counts(text: str) -> list[int]:
    """A comma-separated list of article counts, each 1 or more ("" is the empty list)."""
    return [_positive_int(part) for part in text.split(",") if part]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        type=_positive_counts,
        help="comma-separated article counts (default 100,1000,10000)",
    )
    parser.add_argument(
        "--parallel-size", type=int, default=1_000, help="articles for the 2-process run; 0: skip"
    )
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--repeat",
        type=_positive_int,
        default=1,
        help="alternate bare/build N times, keep the fastest",
    )
    parser.add_argument(
        "--merge-scaling",
        default="1000,10000,30000",
        type=_positive_counts,
        help="article counts for the merge-only scaling check (empty: skip)",
    )
    parser.add_argument(
        "--json", type=Path, default=Path("bench-results/bench.json"), help="result file"
    )
    # internal: one measurement in a child process
    parser.add_argument("--measure", choices=["bare", "build", "merge"], help=argparse.SUPPRESS)
    parser.add_argument("--merge-sizes", default="", help=argparse.SUPPRESS)
    parser.add_argument("--sample", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--spacy-processes", type=int, default=0, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or, with ``--measure``, one measurement) and return the exit code."""
    args = parse_args(argv)
    sys.path.insert(0, str(REPO))
    if args.measure:
        if args.measure == "bare":
            measured = measure_bare(args.sample, args.batch_size)
        elif args.measure == "merge":
            sizes = [int(part) for part in args.merge_sizes.split(",")]
            measured = {"rows": measure_merge_scaling(args.sample, sizes, args.batch_size)}
        else:
            measured = measure_build(
                args.sample, args.batch_size, args.processes, args.workers, args.spacy_processes
            )
        measured["peak_rss_mb"] = peak_rss_mb()
        print(json.dumps(measured))
        return 0
    if not args.corpus.exists():
        print(
            f"bench: corpus {args.corpus} not found. The default needs the Reuters-21578 JSONL "
            f"at {DEFAULT_CORPUS} (the ../shared folder next to the repository); or give any "
            "JSONL file or folder of articles: make bench CORPUS=path",
            file=sys.stderr,
        )
        return 2
    print(
        f"{'articles':>7} {'words':>10} {'bare w/s':>9} {'build w/s':>9} {'ratio':>6} "
        f"{'bare MiB':>8} {'build MiB':>8}  stages"
    )
    results = benchmark(args)
    print_summary(results)
    from graph.export.atomic import write_text_atomic

    args.json.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(args.json, json.dumps(results, indent=2) + "\n")
    print(f"results written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
