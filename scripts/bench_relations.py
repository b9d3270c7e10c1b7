"""CPU seconds of relation assembly alone (``extract.assemble.assemble_result``) on Reuters.

The first ``--articles`` articles of the corpus are parsed once with spaCy's pipes (no
newsgraph component), and each pass then takes fresh Docs from those bytes, finds their
mentions (not timed) and times ``assemble_result`` over all of them with
``time.process_time``, so the load of a shared machine moves the figure less than wall
clock would. The Docs prepared for a pass are set aside from the garbage collector
(``gc.freeze``): a build streams its Docs, and a thousand of them held at once would make
every full collection of the timed pass walk them. ``--md5`` prints a digest of the results,
the same for two trees whose output is the same.

Usage: python scripts/bench_relations.py [--articles 1000] [--repeat 5] [--md5]

>>> parse_args(["--articles", "300"]).articles
300
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import itertools
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "bench" / "reuters21578.jsonl"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line: corpus, number of articles, passes, and whether to print the md5."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSON lines articles")
    parser.add_argument("--articles", type=int, default=1000, help="first N lines of it")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes (best is kept)")
    parser.add_argument("--md5", action="store_true", help="print an md5 of the results")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Time the passes and print the best (and the results' md5)."""
    from spacy.tokens import DocBin

    from extract.article_context import ARTICLE_EXTENSION
    from extract.assemble import assemble_result
    from extract.components import MENTIONS_EXTENSION, ResultComponent
    from extract.ingest.read import read_articles
    from extract.pipeline import load_pipeline

    options = parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with options.corpus.open(encoding="utf-8") as lines:
            sample.write_text("".join(itertools.islice(lines, options.articles)), "utf-8")
        articles = list(read_articles([sample], skip_bad=True, on_skip=lambda error: None))
    nlp = load_pipeline()
    ours = ["newsgraph_mentions", "newsgraph_result"]
    parsed = nlp.pipe((a.text for a in articles), batch_size=32, disable=ours)
    stored = DocBin(docs=parsed, store_user_data=False).to_bytes()
    find_mentions = nlp.get_pipe("newsgraph_mentions")
    result_component = nlp.get_pipe("newsgraph_result")
    assert isinstance(result_component, ResultComponent)
    triggers = result_component.triggers
    timings, results = [], []
    for _ in range(options.repeat):
        docs = list(DocBin().from_bytes(stored).get_docs(nlp.vocab))
        for doc, article in zip(docs, articles, strict=True):
            doc._.set(ARTICLE_EXTENSION, article)
            find_mentions(doc)
        gc.collect()
        gc.freeze()
        start = time.process_time()
        results = [
            assemble_result(article, doc, doc._.get(MENTIONS_EXTENSION) or [], triggers)
            for doc, article in zip(docs, articles, strict=True)
        ]
        timings.append(time.process_time() - start)
        gc.unfreeze()
    print(f"assemble_result: best {min(timings):.3f} s CPU over {len(articles)} articles")
    print("passes: " + ", ".join(f"{t:.3f}" for t in timings))
    if options.md5:
        digest = hashlib.md5(pickle.dumps([r.to_dict() for r in results]), usedforsecurity=False)
        print(f"md5 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
