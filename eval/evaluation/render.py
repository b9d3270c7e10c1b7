"""Render the evaluation's results as plain-text tables: one column per (system, split).

Test figures are printed like dev's, but failure details only ever for the splits the results
carry them for (``--split dev`` keeps dev's alone): rules are chosen by looking at dev.

>>> _cell({"precision": 0.5, "recall": 0.25, "f1": 1 / 3, "found": 1, "gold": 4})
'0.50 0.25 0.33     1/4'
"""

from __future__ import annotations

from typing import Any

from evaluation.error_kinds import MISSED_KINDS, SPURIOUS_KINDS
from evaluation.public_render import public_gold_lines
from evaluation.scoring import NODE_ERROR_KINDS
from evaluation.yardstick import SPLITS

_WIDTH = 23
_EDGE_ROWS = (
    ("events", "event edges (modality counted)"),
    ("events_without_modality", "event edges (no modality)"),
    ("affiliation", "affiliation"),
    ("structural", "party_to, held_in"),
)


def _cell(counts: dict[str, Any] | None) -> str:
    if not counts:
        return f"{'-':>{_WIDTH}}"
    ratio = f"{counts['found']}/{counts['gold']}"
    return f"{counts['precision']:.2f} {counts['recall']:.2f} {counts['f1']:.2f} {ratio:>7}"


def _columns(results: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (name, split, figures[split])
        for name, figures in results["systems"].items()
        for split in SPLITS
    ]


def _table(
    title: str, label: str, columns: list[str], rows: list[tuple[str, list[str]]]
) -> list[str]:
    width = max([len(label), *(len(name) for name, _ in rows)])
    header = f"{label:<{width}}" + "".join(f" | {c:<{_WIDTH}}" for c in columns)
    lines = [f"== {title} ==", header, "-" * len(header)]
    lines += [
        f"{name:<{width}}" + "".join(f" | {c:<{_WIDTH}}" for c in cells) for name, cells in rows
    ]
    return [*lines, ""]


def _headers(results: dict[str, Any]) -> list[str]:
    return [f"{name} {split}" for name, split, _ in _columns(results)]


def _figure_tables(results: dict[str, Any]) -> list[str]:
    columns = _columns(results)
    headers = _headers(results)
    types = sorted({t for *_, f in columns for t in f["nodes"] if t != "all"})
    rows = [(t, [_cell(f["nodes"].get(t)) for *_, f in columns]) for t in [*types, "all"]]
    lines = _table("nodes by type: P R F1 found/gold", "type", headers, rows)
    rows = [(label, [_cell(f["edges"][group]) for *_, f in columns]) for group, label in _EDGE_ROWS]
    lines += _table("edges: P R F1 found/gold", "edges", headers, rows)

    def share(figure: dict[str, Any], right: str, total: str) -> str:
        return f"{figure['accuracy']:.2f} {figure[right]:>4}/{figure[total]:<4}"

    rows = [
        ("modality accuracy", [share(f["modality"], "right", "matched") for *_, f in columns]),
        ("merge accuracy, all", [share(f["merge"], "merged", "entities") for *_, f in columns]),
        (
            "merge, cross-article",
            [share(f["merge_cross_article"], "merged", "entities") for *_, f in columns],
        ),
    ]
    lines += _table("modality (over event edges matched without it) and merges", "", headers, rows)
    return lines


def _error_table(results: dict[str, Any]) -> list[str]:
    columns = _columns(results)
    rows = []
    for kind in dict.fromkeys((*MISSED_KINDS, *SPURIOUS_KINDS)):
        cells = []
        for *_, figures in columns:
            counts = figures["errors"]["event_edges"][kind]
            missed = "-" if counts["missed"] is None else str(counts["missed"])
            spurious = "-" if counts["spurious"] is None else str(counts["spurious"])
            cells.append(f"{missed:>5} / {spurious:<5}")
        rows.append((f"event edge: {kind}", cells))
    for kind in NODE_ERROR_KINDS:
        rows.append((f"node: {kind}", [f"{f['errors']['nodes'][kind]:>5}" for *_, f in columns]))
    return _table(
        "errors by kind (event edges: missed gold / spurious graph; nodes: count)",
        "kind",
        _headers(results),
        rows,
    )


def _batch_table(results: dict[str, Any]) -> list[str]:
    """Nodes and event edges per batch of the yardstick (none when it has one batch)."""
    columns = _columns(results)
    batches = sorted({b for *_, f in columns for b in f.get("batches", {})}, key=int)
    if not batches:
        return []
    rows = []
    for batch in batches:
        for part, label in (("nodes", "nodes, all"), ("events", "event edges")):
            cells = [_cell(f.get("batches", {}).get(batch, {}).get(part)) for *_, f in columns]
            rows.append((f"batch {batch}: {label}", cells))
    return _table(
        "by batch (batch 2: gold drawn after batch 1 had been used for rules)",
        "batch",
        _headers(results),
        rows,
    )


def _gap_lines(results: dict[str, Any]) -> list[str]:
    lines = ["== event-edge F1 (modality counted), dev - test =="]
    for name, figures in results["systems"].items():
        dev, test = (figures[s]["edges"]["events"]["f1"] for s in SPLITS)
        gap = figures["event_f1_gap_points"]
        lines.append(f"{name:<10} dev {dev:.2f}  test {test:.2f}  gap {gap:+.1f} points")
    return [*lines, ""]


def _petrarch_lines(petrarch: dict[str, Any]) -> list[str]:
    anchor = petrarch["anchor"]
    lines = [
        f"== PETRARCH event coding ({petrarch['sentences']} sentences; country-to-country "
        "events, CAMEO root) ==",
        f"{'anchor coder':<13} | found {anchor['found_share']:>5.0%} | "
        f"false {anchor['false_share']:>5.0%}",
    ]
    for name, p in petrarch["systems"].items():
        lines.append(
            f"{name:<13} | found {p['found_share']:>5.0%} ({p['found']}/{p['gold_events']}) | "
            f"false {p['false_share']:>5.0%} ({p['false']}/{p['country_edges']})"
        )
    return [*lines, ""]


def render_failures(yardstick: dict[str, Any], split: str, system: str = "newsgraph") -> str:
    """Every failure of one system on one split, per article and kind ("" when the results do
    not carry that split's failures: test's, under ``--split dev``)."""
    figures = yardstick["systems"][system][split]
    if "failures" not in figures:
        return ""
    lines = [f"== {system} {split} failures, per article and kind =="]
    for article, kinds in figures["failures"].items():
        lines.append(f"-- {article}")
        for kind, items in kinds.items():
            lines += [f"   {kind}: {item}" for item in items]
    if len(lines) == 1:
        lines.append("(none)")
    return "\n".join([*lines, ""])


def render_report(results: dict[str, Any]) -> str:
    """The figure tables of the yardstick, then PETRARCH's section when present."""
    lines = []
    if yardstick := results.get("yardstick"):
        for split in SPLITS:
            about = yardstick["splits"][split]
            sources = ", ".join(f"{n} {s}" for s, n in about["sources"].items())
            lines.append(
                f"{split}: {len(about['articles'])} articles ({sources}); gold "
                f"{about['gold_nodes']} nodes, {about['gold_edges']} edges"
            )
        lines.append("")
        lines += _figure_tables(yardstick) + _batch_table(yardstick) + _error_table(yardstick)
        lines += _gap_lines(yardstick)
    if "petrarch" in results:
        lines += _petrarch_lines(results["petrarch"])
    if "public_gold" in results:
        lines += public_gold_lines(results["public_gold"])
    return "\n".join(lines)
