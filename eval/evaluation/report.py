"""Run the whole evaluation and render it as side-by-side text tables.

>>> results = run_evaluation(Path("eval/gold"), [Path("examples/articles")])  # doctest: +SKIP
>>> print(render_report(results))  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evaluation.gold import GoldArticle, read_gold_dir
from evaluation.petrarch import read_event_sentences, score_events
from evaluation.scoring import score_graph
from evaluation.systems import SYSTEMS
from extract.ingest.read import read_articles
from extract.types import Article

# The rule-based coder's published figure on a similar set (the anchor to beat).
PETRARCH_ANCHOR = {"found_share": 0.68, "false_share": 0.23}
SECTIONS = ("nodes", "merge", "edges", "petrarch")


def locate_articles(
    gold: Sequence[GoldArticle], article_dirs: Sequence[Path]
) -> tuple[list[Path], list[str]]:
    """The article file of each gold annotation (``<dir>/<id>.txt``) and the ids not found."""
    paths, missing = [], []
    for article in gold:
        hits = [d / f"{article.article_id}.txt" for d in article_dirs]
        found = next((p for p in hits if p.is_file()), None)
        if found:
            paths.append(found)
        else:
            missing.append(article.article_id)
    return paths, missing


def run_evaluation(
    gold_dir: Path,
    article_dirs: Sequence[Path],
    petrarch_path: Path | None = None,
    systems: Sequence[str] = tuple(SYSTEMS),
) -> dict[str, Any]:
    """Score each system on the gold articles it can find, and on PETRARCH sentences if given.

    Gold files whose article is in none of ``article_dirs`` are listed under
    ``skipped_articles`` rather than failing (the seed articles live outside the repository).
    """
    gold = read_gold_dir(gold_dir)
    paths, missing = locate_articles(gold, article_dirs)
    gold = [g for g in gold if g.article_id not in missing]
    articles: list[Article] = list(read_articles(paths)) if paths else []
    results: dict[str, Any] = {
        "articles": [a.id for a in articles],
        "skipped_articles": missing,
        "gold": {
            "nodes": sum(len(g.nodes) for g in gold),
            "edges": sum(len(g.edges) for g in gold),
        },
        "systems": {},
    }
    sentences = read_event_sentences(petrarch_path) if petrarch_path else []
    if petrarch_path:
        results["petrarch"] = {
            "path": str(petrarch_path),
            "sentences": len(sentences),
            "anchor": PETRARCH_ANCHOR,
        }
    for name in systems:
        corpus_graph, sentence_graphs = SYSTEMS[name]
        figures = score_graph(corpus_graph(articles), gold).to_dict() if articles else {}
        if petrarch_path:
            figures["petrarch"] = score_events(sentences, sentence_graphs).to_dict()
        results["systems"][name] = figures
    return results


def _pr(figures: dict[str, Any] | None) -> str:
    if not figures:
        return f"{'-':>6} {'-':>6} {'':>10}"
    count = f"{figures['found']}/{figures['gold']}"
    return f"{figures['precision']:>6.2f} {figures['recall']:>6.2f} {count:>10}"


def _table(title: str, header: str, rows: list[str]) -> list[str]:
    rule = "-" * max(len(header), *(len(r) for r in rows)) if rows else "-" * len(header)
    return [f"== {title} ==", header, rule, *rows, ""]


def render_report(results: dict[str, Any]) -> str:
    """Plain-text tables, one column group per system, in the order of ``SECTIONS``."""
    names = list(results["systems"])
    systems = results["systems"]
    lines = [
        f"articles scored: {len(results['articles'])} "
        f"(gold: {results['gold']['nodes']} nodes, {results['gold']['edges']} edges)",
    ]
    if results["skipped_articles"]:
        lines.append(f"skipped (article file not found): {', '.join(results['skipped_articles'])}")
    lines.append("")
    group = "".join(f" | {n:<10}{'P':>6} {'R':>6} {'found/gold':>10}" for n in names)
    types = sorted({t for s in systems.values() for t in s.get("nodes", {}) if t != "all"})
    rows = [
        f"{t:<13}" + "".join(f" | {'':<10}{_pr(systems[n].get('nodes', {}).get(t))}" for n in names)
        for t in [*types, "all"]
    ]
    lines += _table("nodes by type (per article)", f"{'type':<13}{group}", rows)
    rows = []
    for label, key in (("merge, all", "merge"), ("cross-article", "merge_cross_article")):
        cells = []
        for n in names:
            m = systems[n].get(key)
            cells.append(
                f" | {'':<10}{m['accuracy']:>6.2f} {m['merged']:>4}/{m['entities']:<5}"
                if m
                else f" | {'':<10}{'-':>6}"
            )
        rows.append(f"{label:<13}" + "".join(cells))
    lines += _table(
        "merge accuracy (one node per real-world entity)",
        "entities      " + "".join(f" | {n:<10}{'acc':>6} merged/all" for n in names),
        rows,
    )
    rows = [
        f"{g:<13}" + "".join(f" | {'':<10}{_pr(systems[n].get('edges', {}).get(g))}" for n in names)
        for g in ("events", "structural", "all")
    ]
    lines += _table(
        "edges (subject, accepted predicate, object, negation)", f"{'edges':<13}{group}", rows
    )
    if "petrarch" in results:
        anchor = results["petrarch"]["anchor"]
        rows = [
            f"{'anchor coder':<13} | found {anchor['found_share']:>5.0%} | "
            f"false {anchor['false_share']:>5.0%}"
        ]
        for n in names:
            p = systems[n]["petrarch"]
            rows.append(
                f"{n:<13} | found {p['found_share']:>5.0%} ({p['found']}/{p['gold_events']}) | "
                f"false {p['false_share']:>5.0%} ({p['false']}/{p['country_edges']})"
            )
        lines += _table(
            f"PETRARCH event coding ({results['petrarch']['sentences']} sentences; "
            "country-to-country events, CAMEO root)",
            "system",
            rows,
        )
    return "\n".join(lines)
