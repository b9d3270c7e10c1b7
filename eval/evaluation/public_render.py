"""Print the public-gold section of ``make eval``: typing and coreference on GUM's news,
argument attachment on the QA-SRL Wikinews sentences.

>>> public_gold_lines({})
[]
"""

from __future__ import annotations

from typing import Any

from evaluation.public_modality import modality_lines
from evaluation.public_scoring import RIGHT_TYPES


def _typing_lines(typing: dict[str, Any]) -> list[str]:
    lines = [
        f"typing (named person/organization/place mentions): found {typing['found_share']:.2f} "
        f"({typing['found']}/{typing['gold']}), type right {typing['accuracy']:.2f} "
        f"({typing['correct']}/{typing['found']})",
    ]
    wrong = [
        (count, pair)
        for pair, count in typing["confusion"].items()
        if pair.split(" -> ")[1] not in RIGHT_TYPES.get(pair.split(" -> ")[0], ())
    ]
    if wrong:
        shown = ", ".join(f"{pair} {count}" for count, pair in sorted(wrong, reverse=True)[:6])
        lines.append(f"  other types (gold -> newsgraph): {shown}")
    return lines


def resolution_lines(resolution: dict[str, Any]) -> list[str]:
    """The lines of GUM's unnamed mentions resolved to their chain's named entity.

    >>> resolution_lines({"pronoun": {"mentions": 4, "right": 2, "wrong": 1, "unresolved": 1,
    ...                               "precision": 0.6667, "recall": 0.5}})[1]
    '  pronoun (he, she, it, they ...): right 2, wrong 1, unresolved 1 of 4; P 0.67 R 0.50'
    """
    if not resolution:
        return []
    lines = ["unnamed mentions of a named chain, resolved as an act's argument would be:"]
    shown = {"pronoun": "pronoun (he, she, it, they ...)", "description": "description"}
    for kind, figures in resolution.items():
        lines.append(
            f"  {shown.get(kind, kind)}: right {figures['right']}, wrong {figures['wrong']}, "
            f"unresolved {figures['unresolved']} of {figures['mentions']}; "
            f"P {figures['precision']:.2f} R {figures['recall']:.2f}"
        )
    return lines


def _event_lines(events: dict[str, Any]) -> list[str]:
    """GUM's events as newsgraph meets them (``evaluation.public_scoring.score_events``)."""
    if not events:
        return []
    landed = ", ".join(f"{kind} {n}" for kind, n in events["graph_on_gold"].items())
    return [
        f"events (GUM event mentions on an Event/Agreement node): "
        f"{events['events_found_share']:.2f} ({events['events_as_nominals']}/{events['events']}); "
        f"newsgraph Event/Agreement mentions on a GUM event: "
        f"{events['nominals_on_events_share']:.2f} "
        f"({events['nominals_on_events']}/{events['nominals']}; GUM type under them: {landed})",
    ]


def public_gold_lines(public: dict[str, Any]) -> list[str]:
    """The section's lines (none when the results hold no public gold)."""
    if not public:
        return []
    gum, qasrl = public["gum"], public["qasrl"]
    coref = gum["coreference"]
    lines = [
        f"== public gold: GUM news ({gum['documents']} Wikinews documents) ==",
        *_typing_lines(gum["typing"]),
        "coreference (pairs of found mentions, same node iff same chain): "
        f"P {coref['precision']:.2f} R {coref['recall']:.2f} F1 {coref['f1']:.2f}; "
        f"{coref['splits']} split pairs, {coref['merges']} merged pairs of {coref['pairs']}",
        *resolution_lines(public.get("gum_resolution", {})),
        *_event_lines(gum.get("events", {})),
        "",
    ]
    lines += [
        f"== public gold: QA-SRL Wikinews ({qasrl['sentences']} sentences, "
        f"{qasrl['predicates']} predicates; newsgraph: {qasrl['relations_all']} relations) ==",
        f"attachment (relations on a QA-SRL predicate, subject in who / object in what-whom): "
        f"{qasrl['accuracy']:.2f} ({qasrl['right']}/{qasrl['relations']}); "
        + ", ".join(f"{kind} {n}" for kind, n in qasrl["verdicts"].items() if kind != "right"),
        f"recall proxy (predicates with entities in both who and what/whom, covered by a "
        f"relation attached right): {qasrl['recall_proxy']:.2f} "
        f"({qasrl['covered_predicates']}/{qasrl['eligible_predicates']})",
        *(modality_lines(public["qasrl_modality"]) if "qasrl_modality" in public else []),
        "",
    ]
    return lines
