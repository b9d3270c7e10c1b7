"""The real-news yardstick: which articles, which split, their gold and their text.

``eval/yardstick/articles.json`` (written by ``scripts/select_yardstick.py``) lists each
article's ``id``, ``source`` (``reuters``, ``wikinews`` or ``seeds``) and ``split`` (``dev`` or
``test``); ``eval/yardstick/gold/`` holds one gold file per article, named by
``gold_file_name``. The texts are read from ``../shared/data`` through the project's own reader
(``extract.ingest.read.read_articles``), so they are cleaned exactly as a user's would be:

* ``reuters``: ``bench/reuters21578.jsonl``;  ``wikinews``: ``wikinews/wikinews_politics.jsonl``;
* ``seeds``: ``seeds/<id>.txt``.

Only the listed lines of the large JSON-lines files are handed to the reader (copied byte for
byte into a temporary file of the same name), so reading 63 articles does not clean 19,000.

>>> gold_file_name("wikinews-Benin,_Nigeria_join_African_Union")
'wikinews-Benin__Nigeria_join_African_Union.json'
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from evaluation.gold import GoldArticle, GoldFormatError, read_gold_file
from extract.ingest.read import read_articles
from extract.types import Article

SPLITS = ("dev", "test")
JSONL_SOURCES = {
    "reuters": Path("bench") / "reuters21578.jsonl",
    "wikinews": Path("wikinews") / "wikinews_politics.jsonl",
}
SOURCES = (*JSONL_SOURCES, "seeds")
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


class YardstickError(ValueError):
    """The split file, the gold or the article texts do not agree; the message says where."""


@dataclass(frozen=True)
class YardstickArticle:
    """One entry of the split file."""

    id: str
    source: str
    split: str
    batch: int = 1


def gold_file_name(article_id: str) -> str:
    """The gold file of an article: its id with every character outside ``[A-Za-z0-9_.-]``
    replaced by ``_``, plus ``.json``."""
    return _UNSAFE.sub("_", article_id) + ".json"


def read_split_file(path: Path) -> list[YardstickArticle]:
    """Read and check ``articles.json``; ``YardstickError`` names the file and the entry."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = [
            YardstickArticle(e["id"], e["source"], e["split"], int(e.get("batch", 1)))
            for e in data["articles"]
        ]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise YardstickError(f"{path}: cannot read split file: {error}") from None
    except (KeyError, TypeError, ValueError) as error:
        raise YardstickError(f"{path}: bad split file: missing or wrong key {error}") from None
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: article {number} ({entry.id!r})"
        if entry.split not in SPLITS or entry.source not in SOURCES:
            raise YardstickError(f"{where}: split must be dev or test, source one of {SOURCES}")
        if entry.id in seen:
            raise YardstickError(f"{where}: listed twice")
        seen.add(entry.id)
    return entries


def read_yardstick_gold(gold_dir: Path, entries: Iterable[YardstickArticle]) -> list[GoldArticle]:
    """The gold of every listed article, in the split file's order, strictly checked.

    Each article needs its gold file (``gold_file_name``) whose ``article`` is the id, and
    every gold file in the folder must be listed: a ``YardstickError`` names the one that is not.
    """
    entries = list(entries)
    expected = {gold_file_name(e.id): e.id for e in entries}
    for path in sorted(gold_dir.glob("*.json")):
        if path.name not in expected:
            raise YardstickError(f"{path}: gold file of no article in the split file")
    gold = []
    for entry in entries:
        path = gold_dir / gold_file_name(entry.id)
        if not path.is_file():
            raise YardstickError(f"{path}: no gold file for article {entry.id!r}")
        article = read_gold_file(path, strict=True)
        if article.article_id != entry.id:
            raise GoldFormatError(
                f"{path}: 'article' is {article.article_id!r}, the split file says {entry.id!r}"
            )
        gold.append(article)
    return gold


def read_yardstick_articles(
    shared_data: Path, entries: Iterable[YardstickArticle]
) -> list[Article]:
    """The cleaned articles of the entries, in the entries' order.

    Raises ``YardstickError`` naming the source file when an article is not in it (and
    ``extract.errors.InputError`` when the reader refuses one).
    """
    entries = list(entries)
    wanted: dict[str, list[str]] = {}
    for entry in entries:
        wanted.setdefault(entry.source, []).append(entry.id)
    read: dict[str, Article] = {}
    with tempfile.TemporaryDirectory(prefix="yardstick-") as scratch:
        paths: list[Path] = []
        for source, relative in JSONL_SOURCES.items():
            if source in wanted:
                paths.append(_listed_lines(shared_data / relative, set(wanted[source]), scratch))
        for article_id in wanted.get("seeds", []):
            path = shared_data / "seeds" / f"{article_id}.txt"
            if not path.is_file():
                raise YardstickError(f"{path}: seed article {article_id!r} not found")
            paths.append(path)
        for article in read_articles(paths):
            read[article.id] = article
    missing = [e.id for e in entries if e.id not in read]
    if missing:
        raise YardstickError(f"articles not read (split into parts?): {', '.join(missing)}")
    return [read[e.id] for e in entries]


def _listed_lines(source: Path, ids: set[str], scratch: str) -> Path:
    """Copy the lines of ``source`` whose record id is listed into ``scratch`` (same name)."""
    if not source.is_file():
        raise YardstickError(f"{source}: not found (the yardstick's articles come from it)")
    kept, found = [], set()
    with source.open("rb") as lines:
        for line in lines:
            try:
                record_id = json.loads(line).get("id")
            except (json.JSONDecodeError, UnicodeDecodeError, AttributeError):
                continue  # not a listed article; the reader never sees it
            if record_id in ids:
                kept.append(line)
                found.add(record_id)
    if missing := sorted(ids - found):
        raise YardstickError(f"{source}: articles not found: {', '.join(missing)}")
    copy = Path(scratch) / source.name
    copy.write_bytes(b"".join(kept))
    return copy
