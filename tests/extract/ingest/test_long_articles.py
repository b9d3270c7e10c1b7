"""The huge-article policy: over-long articles become parts with consistent offsets."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from extract.ingest.long_articles import (
    MAX_PART_CHARS,
    PART_SEPARATOR,
    part_bounds,
    part_start,
    split_long_article,
)
from extract.ingest.read import read_articles
from extract.types import Article


def _paragraphs(count: int, width: int = 300) -> str:
    sentence = "Russia and China signed a new trade agreement in Moscow on Monday. "
    body = (sentence * (width // len(sentence) + 1))[:width].rstrip()
    return "\n\n".join(f"Paragraph {n}. {body}." for n in range(count))


def test_short_article_is_returned_unchanged() -> None:
    article = Article(id="a", text="Short text.")
    assert split_long_article(article) == [article]


@pytest.mark.parametrize("limit", [50, 333, 1000, 5000])
def test_parts_cover_the_text_and_respect_the_limit(limit: int) -> None:
    text = _paragraphs(60)
    bounds = part_bounds(text, limit)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(bounds):
        assert end == start  # contiguous: nothing lost, nothing read twice
    assert all(0 < end - start <= limit for start, end in bounds)


def test_parts_cut_at_paragraph_breaks() -> None:
    text = _paragraphs(40)
    parts = split_long_article(Article(id="big", text=text), limit=2000)
    assert len(parts) > 1
    for part in parts:
        assert part.text.startswith("Paragraph ") and part.text.endswith(".")


def test_part_offsets_map_back_to_the_whole_text() -> None:
    text = _paragraphs(30)
    parts = split_long_article(Article(id="big", text=text, title="T", date="2020-01-02"), 1500)
    for number, part in enumerate(parts, start=1):
        assert part.id == f"big{PART_SEPARATOR}{number}"
        assert (part.title, part.date) == ("T", "2020-01-02")
        start = part_start(text, number, 1500)
        # Any span of the part is the same span of the whole text, shifted by the part start.
        assert text[start : start + len(part.text)] == part.text


def test_giant_word_is_cut_anyway() -> None:
    parts = split_long_article(Article(id="w", text="x" * 250), limit=100)
    assert [len(part.text) for part in parts] == [100, 100, 50]


def test_invalid_limit_is_refused() -> None:
    with pytest.raises(ValueError, match="positive"):
        part_bounds("text", 0)


def test_ingestion_splits_an_over_long_jsonl_article(tmp_path: Path) -> None:
    text = _paragraphs(MAX_PART_CHARS // 250)  # about 1.2 parts' worth
    assert len(text) > MAX_PART_CHARS
    source = tmp_path / "long.jsonl"
    rows = [{"id": "long", "text": text}, {"id": "short", "text": "France and Spain met."}]
    source.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    articles = list(read_articles([source]))
    ids = [article.id for article in articles]
    assert ids == ["long#part-1", "long#part-2", "short"]
    assert all(len(article.text) <= MAX_PART_CHARS for article in articles)
    # The parts together hold every paragraph of the original, in order.
    joined = "\n\n".join(article.text for article in articles[:2])
    assert joined.split("\n\n") == text.split("\n\n")
