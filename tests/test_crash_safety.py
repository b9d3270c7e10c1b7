"""Crash safety: ``newsgraph add`` killed with SIGKILL in the middle of a batch leaves the store
consistent, and running it again completes the work without duplicates.

"Consistent" is checked against the store's own invariants (see ``graph.store.store``): it opens,
its default graph is exactly the set union of the article graphs, with each node's names merged
into one preferred label and aliases (``graph.store.names``), and every article graph it holds
is complete.
"Without duplicates" means the re-run store equals, quad for quad, a store that was never
interrupted.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.export.atomic import write_text_atomic
from graph.run.corpus import iter_results
from graph.store.names import default_names, is_name
from graph.store.store import add_results, list_articles, open_store
from graph.store.summaries import SUMMARY_GRAPH
from graph.store.summary_rebuild import rebuild_summaries

COUNTRIES = ["Russia", "China", "France", "Germany", "Japan", "India", "Brazil", "Turkey"]
VERBS = ["accused", "praised", "criticized", "threatened", "met with"]
# RocksDB's write-ahead log grows as soon as the first article is written: a kill after this
# many bytes lands in the write phase, with most articles still to go.
WAL_BYTES_BEFORE_KILL = 150_000


def _corpus(path: Path, count: int) -> Path:
    pairs = itertools.cycle(itertools.product(COUNTRIES, COUNTRIES, VERBS))
    with path.open("w", encoding="utf-8") as handle:
        for number, (subject, obj, verb) in enumerate(itertools.islice(pairs, count)):
            obj = "Canada" if obj == subject else obj
            text = (
                f"{subject} {verb} {obj} on Monday. Minister Ivan Petrov{number % 7} said the "
                f"talks in Geneva had failed."
            )
            row = {"id": f"s{number:04d}", "date": f"2020-01-{number % 28 + 1:02d}", "text": text}
            handle.write(json.dumps(row) + "\n")
    return path


def _newsgraph() -> list[str]:
    script = Path(sys.executable).with_name("newsgraph")
    return [str(script)] if script.exists() else [sys.executable, "-m", "graph.cli.main"]


def _wal_bytes(store: Path) -> int:
    total = 0
    for log in store.glob("*.log"):
        # RocksDB deletes old logs when it opens the store or flushes: one may vanish here.
        with contextlib.suppress(FileNotFoundError):
            total += log.stat().st_size
    return total


def _add_and_kill(corpus: Path, store: Path, wal_bytes: int) -> None:
    """Start ``newsgraph add`` and SIGKILL it once ``wal_bytes`` have been logged."""
    process = subprocess.Popen(
        [*_newsgraph(), "add", str(corpus), "--store", str(store)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 180
        while process.poll() is None and time.monotonic() < deadline:
            if store.is_dir() and _wal_bytes(store) >= wal_bytes:
                os.kill(process.pid, signal.SIGKILL)
                break
            time.sleep(0.01)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL, (
        f"the add finished (exit {process.returncode}) before it could be killed: "
        f"{process.stderr.read().decode() if process.stderr else ''}"
    )


def _quads(store: ox.Store) -> set[ox.Quad]:
    return set(store.quads_for_pattern(None, None, None, None))


def _by_graph(quads: set[ox.Quad]) -> dict[str, set[ox.Triple]]:
    graphs: dict[str, set[ox.Triple]] = {}
    for quad in quads:
        name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
        graphs.setdefault(name, set()).add(quad.triple)
    return graphs


def _reference(corpus: Path) -> set[ox.Quad]:
    """The quads of an in-memory store that got the whole corpus in one uninterrupted add."""
    store = ox.Store()
    add_results(store, iter_results([corpus]))
    return _quads(store)


def _assert_consistent(store_path: Path, reference: set[ox.Quad]) -> int:
    """Check the store's invariants after a crash; return how many articles it holds."""
    store = open_store(store_path)  # opens: the lock died with the process, files are sound
    graphs = _by_graph(_quads(store))
    default = graphs.pop("", set())
    # The counts are written in each article's transaction: they match the articles stored.
    summaries = graphs.pop(str(SUMMARY_GRAPH), set())
    recount = ox.Store()
    recount.extend(ox.Quad(t.subject, t.predicate, t.object) for t in default)
    rebuild_summaries(recount)
    assert summaries == {
        q.triple for q in recount.quads_for_pattern(None, None, None, SUMMARY_GRAPH)
    }
    union: set[ox.Triple] = set().union(*graphs.values()) if graphs else set()
    # Each article is written in one transaction, so even the merged names are in step.
    expected_default = {t for t in union if not is_name(t)} | default_names(
        t for t in union if is_name(t)
    )
    assert default == expected_default, "default graph is not the union of the article graphs"
    expected = _by_graph(reference)
    for name, triples in graphs.items():
        # New articles are written in one atomic extend: all of an article or none of it.
        assert triples == expected[name], f"article graph {name} is incomplete"
    count = len(list_articles(store))
    del store  # release the RocksDB lock before the next process opens the store
    return count


def _crash_and_recover(tmp_path: Path, articles: int, kills: list[int]) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl", articles)
    store = tmp_path / "store"
    reference = _reference(corpus)
    stored = 0
    for wal_bytes in kills:
        _add_and_kill(corpus, store, wal_bytes)
        stored = _assert_consistent(store, reference)
        assert 0 < stored < articles, f"the kill was not mid-batch ({stored} of {articles})"
    rerun = subprocess.run(
        [*_newsgraph(), "add", str(corpus), "--store", str(store)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"{articles} articles stored" in rerun.stderr
    recovered = open_store(store)
    assert _quads(recovered) == reference  # nothing missing, nothing doubled, nothing stale
    assert len(list_articles(recovered)) == articles


def test_sigkill_mid_batch_then_rerun_completes_without_duplicates(tmp_path: Path) -> None:
    _crash_and_recover(tmp_path, articles=80, kills=[WAL_BYTES_BEFORE_KILL])


@pytest.mark.slow
def test_repeated_sigkills_then_rerun(tmp_path: Path) -> None:
    # Each run replaces what an earlier one wrote and dies again a little later.
    _crash_and_recover(tmp_path, articles=400, kills=[100_000, 2_000_000, 6_000_000])


def test_atomic_write_leaves_the_old_file_when_killed(tmp_path: Path) -> None:
    """A writer killed between writing and renaming leaves the previous file intact and no
    half-written target (the temp file is the only casualty)."""
    target = tmp_path / "graph.json"
    write_text_atomic(target, '{"old": true}\n')
    child = (
        "import os, signal, sys\n"
        "from graph.export.atomic import atomic_write\n"
        "with atomic_write(sys.argv[1], 'w') as handle:\n"
        "    handle.write('{\"new\": tr')\n"
        "    handle.flush()\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    killed = subprocess.run([sys.executable, "-c", child, str(target)], check=False)
    assert killed.returncode == -signal.SIGKILL
    assert target.read_text() == '{"old": true}\n'
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == ["graph.json"]
