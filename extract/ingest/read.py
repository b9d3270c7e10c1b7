"""Read news articles from files, folders and URLs into cleaned ``Article`` records.

Supported inputs:

* ``.txt`` -- one article; the first line left after cleaning is the title.
* ``.html`` / ``.htm`` -- one page; main text, title, date and site name via trafilatura.
* ``.jsonl`` -- one JSON object per line; ``.json`` -- one object or a list of objects. Objects
  need a string ``text`` and may carry ``id``, ``title``, ``date``, ``url``, ``outlet``.
* ``.urls`` -- one http(s) URL per line, ``#`` starts a comment line.
* an ``http://`` / ``https://`` string -- fetched directly.
* a directory -- walked recursively in sorted order; other extensions and hidden entries are
  ignored; symlinks are followed but each real directory and file is read only once.

Every bad input becomes an ``InputError`` naming it (and the line, for JSONL). By default the
first one is raised; with ``skip_bad=True`` it is handed to ``on_skip`` and reading goes on.
A path that does not exist, or a directory with no article files at all, is a usage error and
is raised even with ``skip_bad=True``.

Huge inputs: a file (or JSON text) over ``MAX_ARTICLE_BYTES`` is refused with an
``InputError``; an article over ``extract.ingest.long_articles.MAX_PART_CHARS`` characters is
yielded
as parts ``<id>#part-N`` cut at paragraph breaks (see ``extract.ingest.long_articles``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from extract.errors import InputError
from extract.ingest.cleaning import CleanedText, clean_text, normalise_date
from extract.ingest.encoding import decode_bytes, looks_binary
from extract.ingest.fetch import FetchPolicy, fetch_url, is_url
from extract.ingest.html_text import extract_html
from extract.ingest.long_articles import PART_SEPARATOR, is_part_id, split_long_article
from extract.ingest.sanitise import sanitise_article
from extract.types import Article

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "MAX_JSON_FILE_BYTES",
    "read_articles",
    "url_article_id",
]

log = logging.getLogger(__name__)

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
# A .json file may hold many articles, so it gets a larger cap; bigger corpora belong in JSONL,
# which is streamed line by line.
MAX_JSON_FILE_BYTES = 256 * 1024 * 1024
# JSON escapes ("\u0416", "\n") make a line longer than the text it holds.
_MAX_JSONL_LINE_BYTES = MAX_ARTICLE_BYTES * 2

_TEXT_SUFFIXES = frozenset({".txt"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = _TEXT_SUFFIXES | _HTML_SUFFIXES | {".jsonl", ".json", ".urls"}

_Item = Article | InputError


def read_articles(
    paths: Iterable[str | Path],
    *,
    skip_bad: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
    fetch_timeout: float = 20.0,
    allow_private_urls: bool = False,
) -> Iterator[Article]:
    """Yield one cleaned ``Article`` per article found in ``paths``, in a deterministic order.

    ``paths`` holds files, directories, ``.urls`` lists and http(s) URL strings (a single
    string or ``Path`` is accepted too). Article ids must be unique within one call; a repeat
    is an ``InputError`` naming both sources. With ``skip_bad=False`` the first bad input
    raises ``InputError``; with ``skip_bad=True`` each error goes to ``on_skip`` (or the log)
    and the next good article follows. ``fetch_timeout`` bounds each URL download, in
    seconds. URLs listed in a ``.urls`` file may not point at loopback or private addresses
    unless ``allow_private_urls``.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "talks.txt").write_text("Talks end\\n2018-11-07\\n\\nThe talks ended.")
    >>> [(a.id, a.title, a.date, a.text) for a in read_articles([folder])]
    [('talks', 'Talks end', '2018-11-07', 'The talks ended.')]
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    first_source: dict[str, str] = {}
    for item in _split_parts(_read_inputs(paths, FetchPolicy(fetch_timeout, allow_private_urls))):
        if isinstance(item, Article):
            source = item.source or item.id
            if item.id in first_source:
                item = InputError(
                    source,
                    f"duplicate article id {item.id!r} (already read from {first_source[item.id]})",
                )
            else:
                first_source[item.id] = source
                yield item
                continue
        if not skip_bad:
            raise item
        if on_skip is not None:
            on_skip(item)
        else:
            log.warning("skipped %s", item)


def _split_parts(items: Iterator[_Item]) -> Iterator[_Item]:
    """Over-long articles become several parts, so the parser never sees a giant document.

    This is also where text enters the graph: every article is sanitised here (one rule for
    every reader, see ``extract.ingest.sanitise``), and an id of the form ``<id>#part-N`` is
    refused, because it is reserved for the parts of a long article and could collide.
    """
    for item in items:
        if not isinstance(item, Article):
            yield item
        elif is_part_id(item.id):
            yield InputError(
                item.source or item.id,
                f"article id {item.id!r} is reserved: ids ending in '{PART_SEPARATOR}N' name "
                "the parts of a long article",
            )
        else:
            yield from split_long_article(sanitise_article(item))


# --------------------------------------------------------------------------- walking inputs


def _read_inputs(paths: Iterable[str | Path], fetching: FetchPolicy) -> Iterator[_Item]:
    visited_dirs: set[str] = set()
    visited_files: set[str] = set()
    for raw in paths:
        if isinstance(raw, str) and is_url(raw):
            yield from _guarded(raw, _read_url(raw.strip(), fetching))
            continue
        path = Path(raw)
        if not path.exists():
            # exists() follows links, so a dangling or circular link lands here too.
            if path.is_symlink():
                raise InputError(str(path), "broken or circular symlink")
            raise InputError(str(path), "no such file or directory")
        if path.is_dir():
            found = False
            for entry in _walk(path, visited_dirs):
                if isinstance(entry, InputError):
                    yield entry
                    continue
                found = True
                yield from _read_once(entry, visited_files, fetching)
            if not found:
                suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
                raise InputError(str(path), f"directory holds no article files ({suffixes})")
        else:
            yield from _read_once(path, visited_files, fetching)


def _read_once(path: Path, visited: set[str], fetching: FetchPolicy) -> Iterator[_Item]:
    # The same file reached twice (listed twice, or via a symlink) is read once, not reported
    # as a duplicate id.
    real = os.path.realpath(path)
    if real in visited:
        return
    visited.add(real)
    if not path.is_file():
        # A FIFO or device named like an article would block the read forever or never end.
        yield InputError(str(path), "not a regular file")
        return
    yield from _guarded(str(path), _read_file(path, fetching))


def _walk(folder: Path, visited: set[str]) -> Iterator[Path | InputError]:
    """Article files under ``folder``, depth first, sorted by name; symlink loops are cut by
    remembering every real directory already entered."""
    real = os.path.realpath(folder)
    if real in visited:
        return
    visited.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(str(folder), f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):  # .git, editor swap files, macOS metadata
            continue
        if entry.is_dir():
            yield from _walk(entry, visited)
        elif entry.suffix.lower() in ARTICLE_SUFFIXES and (entry.is_file() or _is_special(entry)):
            yield entry  # a FIFO or device is yielded too, so that reading refuses it aloud


def _is_special(path: Path) -> bool:
    """True for a FIFO, socket or device (not a dangling link, which ``stat`` cannot follow)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode)


def _guarded(source: str, items: Iterator[_Item]) -> Iterator[_Item]:
    """Turn an error raised while reading one input into an item, so the caller decides."""
    try:
        yield from items
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
    except (RecursionError, UnicodeError, ValueError) as exc:
        # Whatever a reader's parser throws at odd input is still that input's fault.
        yield InputError(source, f"cannot read: {type(exc).__name__}: {exc}"[:300])


def _read_file(path: Path, fetching: FetchPolicy) -> Iterator[_Item]:
    suffix = path.suffix.lower()
    source = str(path)
    if suffix in _TEXT_SUFFIXES:
        yield _text_article(_decode_file(path, MAX_ARTICLE_BYTES), path.stem, source)
    elif suffix in _HTML_SUFFIXES:
        yield _html_article(_decode_file(path, MAX_ARTICLE_BYTES), path.stem, source)
    elif suffix == ".jsonl":
        yield from _read_jsonl(path)
    elif suffix == ".json":
        yield from _read_json(path)
    elif suffix == ".urls":
        yield from _read_url_list(path, fetching)
    else:
        known = ", ".join(sorted(ARTICLE_SUFFIXES))
        raise InputError(source, f"unsupported file type {suffix or '(none)'!r}; use {known}")


def _decode_file(path: Path, limit: int) -> str:
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


# --------------------------------------------------------------------------- formats


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


def _html_article(markup: str, article_id: str, source: str, url: str | None = None) -> Article:
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
    )


def _read_jsonl(path: Path) -> Iterator[_Item]:
    source = str(path)
    any_line = False
    with path.open("rb") as handle:
        if looks_binary(handle.read(8192)):
            raise InputError(source, "binary file (not JSON lines)")
        handle.seek(0)
        number = 0
        while True:
            raw = handle.readline(_MAX_JSONL_LINE_BYTES + 1)
            if not raw:
                break
            number += 1
            if len(raw) > _MAX_JSONL_LINE_BYTES and not raw.endswith(b"\n"):
                while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # skip the remainder of the oversized line without holding it
                yield InputError(source, "line too large for one article", number)
                any_line = True
                continue
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            any_line = True
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield InputError(source, "line is not valid UTF-8", number)
                continue
            except json.JSONDecodeError as exc:
                yield InputError(source, f"malformed JSON: {exc.msg} (column {exc.colno})", number)
                continue
            except RecursionError:
                yield InputError(source, "JSON nested too deeply", number)
                continue
            try:
                yield _object_article(obj, source, f"{path.stem}-{number}", number)
            except InputError as exc:
                yield exc
            except (RecursionError, UnicodeError, ValueError) as exc:
                yield InputError(source, f"unreadable article: {type(exc).__name__}", number)
    if not any_line:
        raise InputError(source, "empty file")


def _read_json(path: Path) -> Iterator[_Item]:
    source = str(path)
    text = _decode_file(path, MAX_JSON_FILE_BYTES)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"malformed JSON: {exc.msg}", exc.lineno) from None
    except RecursionError:
        raise InputError(source, "JSON nested too deeply") from None
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


def _read_url_list(path: Path, fetching: FetchPolicy) -> Iterator[_Item]:
    # A list is often somebody else's: its URLs must not reach this machine's own network.
    fetching = fetching.for_list()
    source = str(path)
    lines = _decode_file(path, MAX_ARTICLE_BYTES).splitlines()
    found = False
    for number, line in enumerate(lines, start=1):
        # A "#" inside a URL is a fragment, so only a "#" after whitespace starts a comment.
        entry = re.split(r"(?:^|\s)#", line, maxsplit=1)[0].strip()
        if not entry:
            continue
        found = True
        if not is_url(entry):
            yield InputError(source, f"not an http(s) URL: {entry[:80]!r}", number)
            continue
        yield from _guarded(entry, _read_url(entry, fetching))
    if not found:
        raise InputError(source, "no URLs in file")


# --------------------------------------------------------------------------- URLs


def url_article_id(url: str) -> str:
    """A stable article id for a URL: the host as a slug plus a short hash of the whole URL.

    >>> url_article_id("https://www.example.com/2018/11/07/story")
    'example-com-f8e1cb3fef91'
    """
    host = (urlsplit(url.strip()).hostname or "url").removeprefix("www.")
    slug = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-") or "url"
    digest = hashlib.sha1(url.strip().encode("utf-8")).hexdigest()[:12]
    return f"{slug}-{digest}"


def _read_url(url: str, fetching: FetchPolicy) -> Iterator[_Item]:
    body, content_type = fetch_url(url, fetching.timeout, allow_private=fetching.allow_private)
    charset = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    markup = None
    if charset:
        try:
            markup = body.decode(charset.group(1))
        except (LookupError, UnicodeDecodeError):
            markup = None  # a wrong or unknown declared charset: detect it instead
    if markup is None:
        markup = decode_bytes(body, url)
    if not markup.strip():
        raise InputError(url, "empty page")
    yield _html_article(markup, url_article_id(url), url, url=url)
