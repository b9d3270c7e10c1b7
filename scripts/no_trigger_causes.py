"""Why the dev split's "no trigger" misses are missed, by the step of the walk that loses them.

``scripts/eval.py`` lists each gold event edge of a dev article that no graph edge between
its two nodes answers as "missed event: no trigger". This script reads that list (from a saved
eval output) and, for each miss, looks at the article again:

* ``far end never a node`` / ``subject never a node``: the eval lists that gold node as missed;
* ``sides never in one sentence by name``: no sentence holds a name or alias of both sides
  (the act is told through a pronoun, a description or across sentences);
* ``no trigger word in the sentence``: such sentences hold no word of the trigger tables;
* ``sentence triggers, none of the act``: they hold triggers, none with the gold predicate or
  CAMEO root (a verb the tables lack, or read in another sense);
* ``act trigger: no subject`` / ``no object`` / ``both ends, other nodes``: the act's trigger
  is read, and the walk (``extract.relations.find``) finds no actor for one end, or other ones.

Dev articles only (``eval/yardstick/articles.json``); test articles are never opened.

Usage: ``python scripts/no_trigger_causes.py EVAL_OUTPUT [--show CAUSE]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "eval")]

from evaluation.yardstick import (  # noqa: E402
    gold_file_name,
    read_split_file,
    read_yardstick_articles,
)
from spacy.tokens import Span  # noqa: E402

from extract.components import MENTIONS_EXTENSION  # noqa: E402
from extract.pipeline import load_pipeline  # noqa: E402
from extract.relations.doc_context import DocContext  # noqa: E402
from extract.relations.find import _read_act  # noqa: E402
from extract.relations.trigger_words import trigger_of  # noqa: E402
from extract.vocabulary.triggers import TriggerTable, load_triggers  # noqa: E402

_MISS = re.compile(r"\s+missed event: no trigger: (\S+) (\S+) \[(\d+)\] (\S+)")
_MISSED_NODE = re.compile(r"\s+missed node: (\S+)")


def _failures(
    eval_output: Path,
) -> tuple[list[tuple[str, str, str, str, str]], dict[str, set[str]]]:
    """The (article, subject, predicates, root, object) of each miss and each article's
    missed gold nodes, from the dev failure list of an eval output."""
    listing = eval_output.read_text(encoding="utf-8").split("== newsgraph dev failures", 1)[-1]
    article = ""
    misses: list[tuple[str, str, str, str, str]] = []
    missed_nodes: dict[str, set[str]] = {}
    for line in listing.splitlines():
        if line.startswith("-- "):
            article = line[3:].strip()
            missed_nodes[article] = set()
        elif node := _MISSED_NODE.match(line):
            missed_nodes[article].add(node.group(1))
        elif miss := _MISS.match(line):
            subject, predicates, root, obj = miss.groups()
            misses.append((article, subject, predicates, root, obj))
    return misses, missed_nodes


def _names(article: str, keys: str) -> list[str]:
    gold = json.loads(
        (ROOT / "eval/yardstick/gold" / gold_file_name(article)).read_text(encoding="utf-8")
    )
    wanted = set(keys.split("|"))
    found = [
        n
        for node in gold["nodes"]
        if node["key"] in wanted
        for n in (node["name"], *node["aliases"])
    ]
    return found


def _names_in(names: list[str], text: str) -> bool:
    """Whether ``text`` writes one of ``names``: a short one ("US", "EC") as a whole word only,
    so that it is not read inside another word."""
    return any(
        re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text)
        if len(name) <= 3
        else name in text
        for name in names
    )


def _walk_cause(
    ctx: DocContext, sentences: list[Span], predicates: str, root: str, triggers: TriggerTable
) -> tuple[str, str]:
    """The cause for a miss whose sides are named in ``sentences``, and what was read."""
    tokens = [t for s in sentences for t in s if trigger_of(t, triggers) is not None]
    if not tokens:
        return "no trigger word in the sentence", ""
    for token in tokens:
        act = _read_act(ctx, token, triggers)
        if act is None:
            continue
        if act.trigger.predicate in predicates.split("|") or act.trigger.cameo[:2] == root:
            subjects = sorted({m.key for m in act.subjects})
            objects = sorted({m.key for m in act.objects})
            read = f"{token.text}: S={subjects} O={objects} :: {token.sent.text.strip()[:200]}"
            if not subjects:
                return "act trigger: no subject", read
            if not objects:
                return "act trigger: no object", read
            return "act trigger: both ends, other nodes", read
    sentence = sentences[0]
    verbs = [t.lemma_ for t in sentence if t.pos_ == "VERB" and trigger_of(t, triggers) is None]
    read = f"untriggered verbs {verbs} :: {sentence.text.strip()[:200]}"
    return "sentence triggers, none of the act", read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("eval_output", type=Path)
    parser.add_argument("--show", default="")
    args = parser.parse_args()
    entries = [
        e for e in read_split_file(ROOT / "eval/yardstick/articles.json") if e.split == "dev"
    ]
    batch = {e.id: e.batch for e in entries}
    articles = {a.id: a for a in read_yardstick_articles(ROOT.parent / "shared/data", entries)}
    misses, missed_nodes = _failures(args.eval_output)
    nlp, triggers = load_pipeline(), load_triggers()
    contexts: dict[str, DocContext] = {}
    counts: Counter[tuple[str, int]] = Counter()
    for article, subject, predicates, root, obj in misses:
        if article not in articles:
            continue
        read = ""
        if set(obj.split("|")) <= missed_nodes[article]:
            cause = "far end never a node"
        elif set(subject.split("|")) <= missed_nodes[article]:
            cause = "subject never a node"
        else:
            if article not in contexts:
                doc = nlp(articles[article].text)
                contexts[article] = DocContext(doc, doc._.get(MENTIONS_EXTENSION) or [])
            ctx = contexts[article]
            ours, theirs = _names(article, subject), _names(article, obj)
            sentences = [
                s for s in ctx.doc.sents if _names_in(ours, s.text) and _names_in(theirs, s.text)
            ]
            cause, read = (
                _walk_cause(ctx, sentences, predicates, root, triggers)
                if sentences
                else ("sides never in one sentence by name", "")
            )
        counts[(cause, batch[article])] += 1
        if args.show and cause.startswith(args.show):
            print(f"[{cause}] b{batch[article]} {article}: {subject} {predicates} {obj} :: {read}")
    for cause in sorted({c for c, _ in counts}, key=lambda c: -counts[(c, 1)] - counts[(c, 2)]):
        one, two = counts[(cause, 1)], counts[(cause, 2)]
        print(f"{cause:40} {one + two:4}  batch 1 {one:3}  batch 2 {two:3}")


if __name__ == "__main__":
    main()
