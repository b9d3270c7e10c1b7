"""Run the evaluation: the yardstick (dev and test, per system) and the PETRARCH sentences.

Each system reads all the yardstick's articles in one batch; its graph is then built per split,
so the dev graph never sees a test article (cross-article resolution stays within a split, as
it would in a user's corpus of those articles). ``render.render_report`` prints the result.

>>> results = run_yardstick(Path("eval/yardstick"), Path("../shared/data"))  # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from evaluation.gold import GoldArticle
from evaluation.petrarch import read_event_sentences, score_events
from evaluation.scoring import Score, score_graph
from evaluation.systems import SYSTEMS, System
from evaluation.yardstick import (
    SPLITS,
    read_split_file,
    read_yardstick_articles,
    read_yardstick_gold,
)
from extract.types import Article

# The rule-based coder's published figure on a similar set (the anchor to beat).
PETRARCH_ANCHOR = {"found_share": 0.68, "false_share": 0.23}


def score_system(system: System, articles: list[Article], gold: list[GoldArticle]) -> Score:
    """Build the system's graph of ``articles`` and score it against ``gold``."""
    return score_graph(system.graph(articles), gold)


def run_yardstick(
    yardstick_dir: Path,
    shared_data: Path,
    systems: Sequence[str] = tuple(SYSTEMS),
    *,
    failure_splits: Sequence[str] = SPLITS,
) -> dict[str, Any]:
    """Score each system on the dev and test splits of the yardstick in ``yardstick_dir``
    (``articles.json`` and ``gold/``); failure lists are kept for ``failure_splits`` only.

    Raises ``YardstickError`` or ``GoldFormatError`` (one line naming the file) on bad input.
    """
    entries = read_split_file(yardstick_dir / "articles.json")
    gold = {g.article_id: g for g in read_yardstick_gold(yardstick_dir / "gold", entries)}
    articles = read_yardstick_articles(shared_data, entries)
    split_of = {e.id: e.split for e in entries}
    batch_of = {e.id: e.batch for e in entries}
    results: dict[str, Any] = {"splits": {}, "systems": {}}
    for split in SPLITS:
        members = [e for e in entries if e.split == split]
        results["splits"][split] = {
            "articles": [e.id for e in members],
            "sources": dict(sorted(Counter(e.source for e in members).items())),
            "gold_nodes": sum(len(gold[e.id].nodes) for e in members),
            "gold_edges": sum(len(gold[e.id].edges) for e in members),
        }
    for name in systems:
        system = SYSTEMS[name]
        extracted = list(system.extract(articles))
        figures: dict[str, Any] = {}
        for split in SPLITS:
            split_results = [r for r in extracted if split_of[r.article.id] == split]
            split_gold = [gold[r.article.id] for r in split_results]
            graph = system.build(split_results)
            score = score_graph(graph, split_gold)
            figures[split] = score.to_dict(with_failures=split in failure_splits)
            if len(set(batch_of.values())) > 1:
                figures[split]["batches"] = _batch_figures(graph, split_gold, batch_of)
        f1 = {split: figures[split]["edges"]["events"]["f1"] for split in SPLITS}
        figures["event_f1_gap_points"] = round(100 * (f1["dev"] - f1["test"]), 1)
        results["systems"][name] = figures
    return results


def _batch_figures(
    graph: nx.MultiDiGraph, gold: list[GoldArticle], batch_of: dict[str, int]
) -> dict[str, dict[str, Any]]:
    """Nodes and event edges of each batch of a split, scored on the split's one graph (a batch
    drawn later is gold no rule was written against)."""
    figures: dict[str, dict[str, Any]] = {}
    for batch in sorted({batch_of[g.article_id] for g in gold}):
        members = [g for g in gold if batch_of[g.article_id] == batch]
        score = score_graph(graph, members).to_dict(with_failures=False)
        figures[str(batch)] = {
            "articles": len(members),
            "nodes": score["nodes"]["all"],
            "events": score["edges"]["events"],
        }
    return figures


def run_petrarch(path: Path, systems: Sequence[str] = tuple(SYSTEMS)) -> dict[str, Any]:
    """Found / false shares of each system on the PETRARCH sentences in ``path``."""
    sentences = read_event_sentences(path)
    return {
        "sentences": len(sentences),
        "anchor": PETRARCH_ANCHOR,
        "systems": {
            name: score_events(sentences, SYSTEMS[name].graph_per_article).to_dict()
            for name in systems
        },
    }
