"""Draw the real-news yardstick: which articles get gold, and which of them are dev or test.

The rule is fixed and seeded, so anyone re-running it gets the same list:

1. Reuters (../shared/data/bench/reuters21578.jsonl): articles of 600-3,000 characters that name
   at least two different countries (a label or other name of extract/data/countries.tsv, as a
   whole word) and use at least three different words of ``RELATION_WORDS`` (acts between
   states, governments, leaders, parties and organisations). 45 are drawn with
   ``random.Random(SEED)`` from the candidates in corpus order; of articles sharing a title
   (the wire repeats stories) only the first is a candidate, so no story is in both splits.
2. Wikinews (../shared/data/wikinews/wikinews_politics.jsonl): the same rule with 600-4,000
   characters; 15 are drawn.
3. The three seed articles (../shared/data/seeds/).

Each source is then shuffled with ``random.Random(SEED + 1)`` and its first third (rounded down)
is test, the rest dev, so both splits hold every source. The list is written to
eval/yardstick/articles.json, which is the record: the candidate rule reads the country table,
which grows, so a later re-run of batch 1 need not give the same list and never replaces it.

``--batch 2`` adds a second batch of fresh articles to that record, drawn once the first had
been used for rounds of rules: from the candidates by the same rule (as the tables stand) that
are not listed and share no title with a listed article, 24 Reuters and 6 Wikinews articles are
drawn with ``random.Random(SEED + 2)`` and each source is split by ``random.Random(SEED + 3)``
(first third test). Listed articles keep their split; the new entries say ``"batch": 2``.

Gold is written from the article text alone, before the extractor is run on it
(eval/GUIDELINES.md).

Usage: python scripts/select_yardstick.py [--shared ../shared] [--batch 2]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

SEED = 20261207
REUTERS_COUNT = 45
WIKINEWS_COUNT = 15
BATCH2_COUNTS = {"reuters": 24, "wikinews": 6}
RELATION_WORDS = (
    "talks",
    "met",
    "meeting",
    "agreed",
    "agreement",
    "accord",
    "treaty",
    "sanctions",
    "visit",
    "visited",
    "accused",
    "proposed",
    "rejected",
    "warned",
    "urged",
    "signed",
    "protest",
    "protested",
    "summit",
    "negotiations",
    "negotiate",
    "minister",
    "president",
    "embassy",
    "ambassador",
    "government",
    "denied",
    "condemned",
    "criticised",
    "criticized",
    "called on",
    "demanded",
    "threatened",
    "retaliation",
    "dispute",
)
ROOT = Path(__file__).resolve().parent.parent


def _country_names() -> list[str]:
    names: set[str] = set()
    table = ROOT / "extract" / "data" / "countries.tsv"
    rows = [line.split("\t") for line in table.read_text().splitlines() if line[:1] not in "#"]
    header, *body = rows
    for row in body:
        record = dict(zip(header, row, strict=False))
        names.add(record["label"])
        names.update(n for n in record.get("names", "").split("|") if len(n) > 3)
    return sorted(names)


def _is_candidate(text: str, countries: re.Pattern[str], words: re.Pattern[str]) -> bool:
    found_countries = {m.group(0) for m in countries.finditer(text)}
    found_words = {m.group(0).lower() for m in words.finditer(text)}
    return len(found_countries) >= 2 and len(found_words) >= 3


def _candidates(path: Path, low: int, high: int) -> tuple[list[str], dict[str, str]]:
    """The candidate ids in corpus order and every record's title by id."""
    countries = re.compile(r"\b(?:" + "|".join(map(re.escape, _country_names())) + r")\b")
    words = re.compile(r"\b(?:" + "|".join(map(re.escape, RELATION_WORDS)) + r")\b", re.I)
    candidates: list[str] = []
    titles: set[str] = set()
    title_of: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text, title = record.get("text") or "", (record.get("title") or "").strip().lower()
            title_of[record["id"]] = title
            if title in titles:
                continue
            titles.add(title)
            if low <= len(text.strip()) <= high and _is_candidate(text, countries, words):
                candidates.append(record["id"])
    return candidates, title_of


def _draw(path: Path, low: int, high: int, count: int) -> list[str]:
    return random.Random(SEED).sample(_candidates(path, low, high)[0], count)


def _draw_fresh(path: Path, low: int, high: int, count: int, listed: set[str]) -> list[str]:
    """Batch 2: candidates not listed and sharing no title with a listed article."""
    candidates, title_of = _candidates(path, low, high)
    used_titles = {title_of[i] for i in listed if i in title_of}
    fresh = [c for c in candidates if c not in listed and title_of[c] not in used_titles]
    return random.Random(SEED + 2).sample(fresh, count)


def _split(ids: list[str], seed: int = SEED + 1) -> dict[str, str]:
    shuffled = sorted(ids)
    random.Random(seed).shuffle(shuffled)
    test_count = len(shuffled) // 3
    return {i: ("test" if n < test_count else "dev") for n, i in enumerate(shuffled)}


def main() -> None:
    """Write eval/yardstick/articles.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--batch", type=int, choices=(1, 2), default=1)
    arguments = parser.parse_args()
    data = arguments.shared / "data"
    out = ROOT / "eval" / "yardstick" / "articles.json"
    if arguments.batch == 2:
        _add_batch2(data, out)
        return
    if out.exists():
        raise SystemExit(f"{out.relative_to(ROOT)} exists: batch 1 is the record, never redrawn")
    sources = {
        "reuters": _draw(data / "bench" / "reuters21578.jsonl", 600, 3000, REUTERS_COUNT),
        "wikinews": _draw(data / "wikinews" / "wikinews_politics.jsonl", 600, 4000, WIKINEWS_COUNT),
        "seeds": sorted(p.stem for p in (data / "seeds").glob("*.txt")),
    }
    articles = []
    for source, ids in sources.items():
        for article_id, split in sorted(_split(ids).items()):
            articles.append({"id": article_id, "source": source, "split": split})
    out.write_text(json.dumps({"seed": SEED, "articles": articles}, indent=1) + "\n")
    counts = {s: sum(a["split"] == s for a in articles) for s in ("dev", "test")}
    print(f"{len(articles)} articles -> {out.relative_to(ROOT)}: {counts}")


def _add_batch2(data: Path, out: Path) -> None:
    """Append batch 2 to the record ``out`` (once: a record that has it is left alone)."""
    record = json.loads(out.read_text())
    if any(a.get("batch") == 2 for a in record["articles"]):
        print(f"{out.relative_to(ROOT)} already holds batch 2; nothing drawn")
        return
    listed = {a["id"] for a in record["articles"]}
    files = {
        "reuters": (data / "bench" / "reuters21578.jsonl", 600, 3000),
        "wikinews": (data / "wikinews" / "wikinews_politics.jsonl", 600, 4000),
    }
    for source, (path, low, high) in files.items():
        ids = _draw_fresh(path, low, high, BATCH2_COUNTS[source], listed)
        for article_id, split in sorted(_split(ids, SEED + 3).items()):
            record["articles"].append(
                {"id": article_id, "source": source, "split": split, "batch": 2}
            )
    out.write_text(json.dumps(record, indent=1) + "\n")
    added = [a for a in record["articles"] if a.get("batch") == 2]
    tests = sum(a["split"] == "test" for a in added)
    print(f"batch 2: {len(added)} articles ({tests} test) -> {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
