"""Why newsgraph misses the QA-SRL predicates that act between two named sides.

The recall proxy of ``make eval`` (``evaluation.public_gold.score_qasrl``) counts the QA-SRL
predicates with a mention of ours in a "who" answer and another in a "what/whom" answer, and
how many of them a relation attached right covers. This script takes each predicate it does
not cover and reads it again with the parts of the relation walk, to say at which step it is
lost:

* ``not an act``: a verb of saying, announcing, being or having (``WORDS.speech_lemmas``,
  ``describing_lemmas``, ``announcing_lemmas``; GUIDELINES: a plain statement is an edge only
  when it is about a node; these are counted apart);
* ``no trigger``: the verb is in neither ``triggers.tsv`` nor the CAMEO verb dictionary (or its
  sense check drops it);
* ``no subject`` / ``no object`` / ``wrong subject`` / ``wrong object``: the walk
  (``extract.relations.verb_arguments``) finds no actor or another one than QA-SRL's answer;
* ``dropped``: the walk reads both ends right but no such relation comes out (a later filter);
* ``attached elsewhere``: a relation exists but its trigger is read against another predicate.

Usage: ``python scripts/qasrl_misses.py [--show CAUSE] [--limit N]``; it prints counts per cause
(and per verb lemma within each) and, with ``--show``, the sentences of one cause.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "eval")]

from evaluation.public_scoring import attachment_verdict, inside  # noqa: E402

from extract.components import MENTIONS_EXTENSION  # noqa: E402
from extract.mentions.mention import ActorMention  # noqa: E402
from extract.pipeline import extract_articles, load_pipeline  # noqa: E402
from extract.relations.clause_parts import (  # noqa: E402
    children,
    clause_children,
    prep_objects,
    shared_subject,
)
from extract.relations.doc_context import DocContext  # noqa: E402
from extract.relations.find import _read_act  # noqa: E402
from extract.relations.trigger_words import trigger_of  # noqa: E402
from extract.types import Article  # noqa: E402
from extract.vocabulary.triggers import TriggerTable, load_triggers  # noqa: E402
from extract.vocabulary.word_lists import WORDS  # noqa: E402

# Verbs that state, are or have (our own lists): no act between the sides by GUIDELINES unless
# the statement is about a node, so they are counted apart.
_NOT_ACTS = WORDS.speech_lemmas | WORDS.describing_lemmas | WORDS.announcing_lemmas


def _spans(answers: list[list[int]]) -> list[tuple[int, int]]:
    return [(a, b) for a, b in answers]


def _cause(
    ctx: DocContext, triggers: TriggerTable, predicate: dict[str, Any], verdicts: list[str]
) -> tuple[str, str]:
    """Where the walk loses ``predicate`` (see the module docstring), and the verb's lemma;
    ``verdicts`` are those of the relations our triggers on that verb made."""
    doc = ctx.doc
    token = next((t for t in doc if t.idx == predicate["start"]), None)
    if token is None:
        return "not aligned", predicate["verb"]
    lemma = token.lemma_.lower()
    if lemma in _NOT_ACTS:
        return "not an act", lemma
    trigger = trigger_of(token, triggers)
    if trigger is None:
        return "no trigger", lemma
    act = _read_act(ctx, token, triggers)
    if act is None:
        return "dropped by sense/refusal", lemma
    agents, patients = _spans(predicate["agent"]), _spans(predicate["patient"])

    def placed(mentions: list[ActorMention], answers: list[tuple[int, int]]) -> bool:
        return any(
            inside((doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])), answers)
            for m in mentions
        )

    if not act.subjects:
        found = clause_children(token, "nsubj") + children(token, "agent") + shared_subject(token)
        return ("no subject: unresolved" if found else "no subject: walk"), lemma
    if not act.objects:
        found = children(token, "dobj", "nsubjpass") + prep_objects(token, act.trigger.object_preps)
        return ("no object: unresolved" if found else "no object: walk"), lemma
    if not placed(act.subjects, agents):
        return "wrong subject", lemma
    if not placed(act.objects, patients):
        return "wrong object", lemma
    if verdicts:
        return "attached elsewhere", lemma
    return "dropped", lemma


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", default="")
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args()
    sentences = [
        json.loads(line)
        for line in (ROOT / "eval/public/qasrl_wikinews.jsonl").read_text().splitlines()
    ]
    nlp = load_pipeline()
    triggers = load_triggers()
    results = list(extract_articles([Article(id=s["id"], text=s["text"]) for s in sentences]))
    causes: Counter[str] = Counter()
    lemmas: dict[str, Counter[str]] = defaultdict(Counter)
    shown = 0
    for sentence, result, doc in zip(
        sentences, results, nlp.pipe(s["text"] for s in sentences), strict=True
    ):
        mentions = [(m.start, m.end) for e in result.entities for m in e.mentions]
        spans_by_key = {e.key: [(m.start, m.end) for m in e.mentions] for e in result.entities}
        ctx = DocContext(doc, doc._.get(MENTIONS_EXTENSION) or [])
        for predicate in sentence["predicates"]:
            agents, patients = _spans(predicate["agent"]), _spans(predicate["patient"])
            if not (
                any(inside(m, agents) for m in mentions)
                and any(inside(m, patients) for m in mentions)
            ):
                continue
            words = predicate["verb"].lower()
            verdicts = [
                attachment_verdict(
                    spans_by_key.get(r.subject, []),
                    spans_by_key.get(r.object, []),
                    agents,
                    patients,
                )
                for r in result.relations
                if words in r.evidence.trigger.lower().split()
            ]
            if "right" in verdicts:
                causes["covered"] += 1
                continue
            cause, lemma = _cause(ctx, triggers, predicate, verdicts)
            causes[cause] += 1
            lemmas[cause][lemma] += 1
            if cause == args.show and shown < args.limit:
                shown += 1
                a = "; ".join(sentence["text"][x:y] for x, y in agents)
                p = "; ".join(sentence["text"][x:y][:60] for x, y in patients)
                print(f"[{predicate['verb']}] {sentence['text']}\n    who: {a} | what: {p}")
    for cause, count in causes.most_common():
        top = ", ".join(f"{w} {n}" for w, n in lemmas[cause].most_common(12))
        print(f"{cause:26} {count:4}  {top}")


if __name__ == "__main__":
    main()
