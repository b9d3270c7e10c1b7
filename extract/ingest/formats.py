"""The built-in file formats, one reader each: plain text, HTML, JSON lines and JSON.

Each reader takes a path and a ``ReadContext`` and yields ``Article``s, or an ``InputError``
naming the file (and line) for each bad article; ``extract.ingest.read`` registers them by
suffix (``ArticleReader``) and walks folders. See ``extract.ingest.read`` for what each format
holds.

>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "talks.txt"
>>> _ = path.write_text("Talks end\\n\\nThe talks ended.", encoding="utf-8")
>>> [(a.id, a.title) for a in read_text_file(path, ReadContext())]
[('talks', 'Talks end')]
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from extract.errors import InputError
from extract.ingest.article_head import dateline_place
from extract.ingest.cleaning import CleanedText, clean_text, normalise_date
from extract.ingest.encoding import decode_bytes
from extract.ingest.html_text import extract_html
from extract.ingest.json_lines import (
    MAX_ARTICLE_BYTES,
    json_lines,
    parse_json_document,
    parse_json_line,
)
from extract.types import Article

log = logging.getLogger(__name__)

# A .json file may hold many articles, so it gets a larger cap; bigger corpora belong in JSONL,
# which is streamed line by line.
MAX_JSON_FILE_BYTES = 256 * 1024 * 1024

Item = Article | InputError


@dataclass(frozen=True)
class ReadContext:
    """What a reader may need besides the file: how long a URL download may take (seconds)."""

    fetch_timeout: float = 20.0
    allow_private_urls: bool = False  # may URLs of a .urls list reach private addresses?


@dataclass(frozen=True)
class ArticleReader:
    """One input format: its name, the file suffixes it reads (lower case, with the dot) and
    ``read(path, context)``, which yields an ``Article`` per article in the file and an
    ``InputError`` naming the file (and line) for each bad one, or raises ``InputError`` when
    the whole file is unreadable."""

    name: str
    suffixes: frozenset[str]
    read: Callable[[Path, ReadContext], Iterator[Article | InputError]]


def decode_file(path: Path, limit: int | None = None) -> str:
    """The text of a file of at most ``limit`` bytes (default ``MAX_ARTICLE_BYTES``), decoded
    whatever its encoding; ``InputError`` naming the file when it is too large or empty."""
    limit = MAX_ARTICLE_BYTES if limit is None else limit
    source = str(path)
    size = path.stat().st_size
    if size > limit:
        raise InputError(source, f"too large ({size} bytes; the limit is {limit})")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(source, "empty file")
    text = decode_bytes(data, source)
    if not text.strip():
        raise InputError(source, "empty file")
    return text


def read_text_file(path: Path, context: ReadContext) -> Iterator[Item]:
    yield _text_article(decode_file(path), path.stem, str(path))


def read_html_file(path: Path, context: ReadContext) -> Iterator[Item]:
    yield html_article(decode_file(path), path.stem, str(path))


def _text_article(text: str, article_id: str, source: str) -> Article:
    cleaned = clean_text(text)
    # A one-line file is all title; keep it as the text rather than lose the article.
    body = cleaned.text or cleaned.title
    if not body:
        raise InputError(source, "no article text left after removing boilerplate")
    return Article(
        id=article_id,
        text=body,
        title=cleaned.title,
        date=cleaned.date,
        url=cleaned.url,
        source=source,
    )


def html_article(markup: str, article_id: str, source: str, url: str | None = None) -> Article:
    page = extract_html(markup, url)
    cleaned = clean_text(page["text"] or "", title=page["title"] or None)
    body = cleaned.text or cleaned.title
    if not body:
        raise InputError(source, "no article text found in the HTML page")
    page_url = url or page["url"] or cleaned.url
    outlet = page["sitename"] or (urlsplit(page_url).hostname if page_url else None)
    return Article(
        id=article_id,
        text=body,
        title=cleaned.title,
        date=normalise_date(page["date"]) or cleaned.date,
        url=page_url,
        outlet=outlet,
        source=source,
    )


def _object_article(obj: Any, source: str, fallback_id: str, line: int | None) -> Article:
    if not isinstance(obj, dict):
        raise InputError(source, f"expected a JSON object, got {type(obj).__name__}", line)
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(source, "JSON object has no string 'text' field", line)
    if len(text) > MAX_ARTICLE_BYTES:  # characters, a cheap lower bound on the byte size
        raise InputError(source, f"article text too large (over {MAX_ARTICLE_BYTES} bytes)", line)
    raw_id = obj.get("id")
    has_id = isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and str(raw_id).strip()
    article_id = str(raw_id).strip() if has_id else fallback_id
    raw_title = obj.get("title")
    title = raw_title.strip() if isinstance(raw_title, str) else ""
    # An empty title means "none given": do not promote the first sentence to a title.
    cleaned: CleanedText = clean_text(text, title=title)
    if not text.strip():
        raise InputError(source, f"article {article_id!r} has no text", line)
    if not cleaned.text:
        # Valid, but all table or boilerplate (earnings lines such as "Shr one dlr vs 73 cts"):
        # kept as an article with its title, date and url and no entities, and said so.
        where = f"{source}:{line}" if line is not None else source
        log.warning(
            "%s: article %r kept without text: no prose left after cleaning", where, article_id
        )
    url = obj.get("url") if isinstance(obj.get("url"), str) and obj.get("url") else None
    outlet = obj.get("outlet") if isinstance(obj.get("outlet"), str) else None
    date = obj.get("date")
    return Article(
        id=article_id,
        text=cleaned.text,
        title=cleaned.title,
        date=normalise_date(date if isinstance(date, str) else None) or cleaned.date,
        url=url or cleaned.url,
        outlet=outlet or None,
        # "file.jsonl:12", so a duplicate id or a later problem points at the line.
        source=f"{source}:{line}" if line is not None else source,
        dateline=dateline_place(obj.get("dateline")),
    )


def read_jsonl_file(path: Path, context: ReadContext) -> Iterator[Item]:
    source = str(path)
    any_line = False
    with path.open("rb") as handle:
        for number, raw in json_lines(handle, source):
            any_line = True
            if isinstance(raw, InputError):
                yield raw
                continue
            try:
                obj = parse_json_line(raw, source, number)
                yield _object_article(obj, source, f"{path.stem}-{number}", number)
            except InputError as exc:
                yield exc
            except (RecursionError, UnicodeError, ValueError) as exc:
                yield InputError(source, f"unreadable article: {type(exc).__name__}", number)
    if not any_line:
        raise InputError(source, "empty file")


def read_json_file(path: Path, context: ReadContext) -> Iterator[Item]:
    source = str(path)
    text = decode_file(path, MAX_JSON_FILE_BYTES)
    data = parse_json_document(text, source)
    if isinstance(data, dict):
        yield _object_article(data, source, path.stem, None)
        return
    if not isinstance(data, list):
        raise InputError(source, f"expected a JSON object or list, got {type(data).__name__}")
    if not data:
        raise InputError(source, "empty JSON list")
    for index, obj in enumerate(data, start=1):
        try:
            yield _object_article(obj, f"{source}[{index}]", f"{path.stem}-{index}", None)
        except InputError as exc:
            yield exc
