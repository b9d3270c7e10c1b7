"""List the "he"/"she" subjects of act triggers on fresh text, with the person each stands for.

A reading aid for pronoun resolution (``extract.coref.person_pronouns`` and the argument
resolver): articles outside the yardstick are drawn with a seed, parsed by newsgraph's
pipeline, and every "he"/"she" that is the subject of a trigger other than a statement (CAMEO
01) is printed with what it resolves to, its sentence and the two sentences before, for a
reader to judge right or wrong. Test articles are never drawn (every yardstick article is left
out).

Usage: ``python scripts/list_fresh_pronouns.py SOURCE.jsonl [--seed N] [--articles N]``
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from extract.article_context import ARTICLE_EXTENSION  # noqa: E402
from extract.components import MENTIONS_EXTENSION  # noqa: E402
from extract.pipeline import load_pipeline  # noqa: E402
from extract.relations.arguments import resolve_argument  # noqa: E402
from extract.relations.doc_context import DocContext  # noqa: E402
from extract.relations.trigger_words import trigger_of  # noqa: E402
from extract.types import Article  # noqa: E402
from extract.vocabulary.triggers import load_triggers  # noqa: E402

_PRONOUNS = frozenset({"he", "she"})


def draw_articles(source: Path, seed: int, count: int) -> list[dict[str, str]]:
    """``count`` articles of a JSON-lines corpus outside the yardstick, shuffled by ``seed``."""
    listed = json.loads((ROOT / "eval/yardstick/articles.json").read_text(encoding="utf-8"))
    yardstick = {entry["id"] for entry in listed["articles"]}
    lines = source.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    rows = [r for r in rows if r.get("id") not in yardstick and len(r.get("text", "")) > 300]
    random.Random(seed).shuffle(rows)
    return rows[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--seed", type=int, default=5317)
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    rows = draw_articles(args.source, args.seed, args.articles)
    nlp, triggers = load_pipeline(), load_triggers()
    docs = []
    for row in rows:
        doc = nlp.make_doc(row["text"])
        article = Article(id=row["id"], text=row["text"], date=row.get("date"))
        doc._.set(ARTICLE_EXTENSION, article)
        docs.append(doc)
    count = 0
    with nlp.select_pipes(disable=["newsgraph_result"]):
        for row, doc in zip(rows, nlp.pipe(docs, batch_size=32), strict=True):
            ctx = DocContext(doc, list(doc._.get(MENTIONS_EXTENSION) or []))
            for token in doc:
                if token.lower_ not in _PRONOUNS or token.dep_ != "nsubj":
                    continue
                trigger = trigger_of(token.head, triggers)
                if trigger is None or trigger.family == "01":
                    continue
                count += 1
                keys = [m.key for m in resolve_argument(ctx, token)]
                sentence = ctx.sentence_of(token)
                before = reversed(list(ctx.sentences_before(sentence, 2)))
                context = " // ".join(s.text.strip()[:160] for s in before)
                line = (
                    f"{count}\t{row['id'][:50]}\t{token.text}->{keys}\t{trigger.predicate}\t"
                    f"{sentence.text.strip()[:200]}\t<< {context}"
                )
                print(line.replace("\n", " "))


if __name__ == "__main__":
    main()
