"""Read news articles from files, folders and URLs into cleaned ``Article`` records.

Supported inputs:

* ``.txt`` -- one article; the first line left after cleaning is the title.
* ``.html`` / ``.htm`` -- one page; main text, title, date and site name via trafilatura.
* ``.jsonl`` -- one JSON object per line; ``.json`` -- one object or a list of objects. Objects
  need a string ``text`` and may carry ``id``, ``title``, ``date``, ``url``, ``outlet``,
  ``dateline`` (a wire's "TAIPEI, March 28 -": its place is kept as ``Article.dateline``).
* ``.urls`` -- one http(s) URL per line, ``#`` starts a comment line.
* an ``http://`` / ``https://`` string -- fetched directly.
* a directory -- walked recursively in sorted order; other extensions and hidden entries are
  ignored; symlinks are followed but each real directory and file is read only once.

Each file format is an ``ArticleReader`` (name, suffixes, read function) in one registry,
``article_readers()``: the built-in ones above, plus those other packages declare in the
entry-point group ``newsgraph.readers`` (each entry names an ``ArticleReader``)::

    [project.entry-points."newsgraph.readers"]
    rss = "my_package.rss:RSS_READER"   # ArticleReader("rss", frozenset({".rss"}), read_rss)

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
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from extract.errors import InputError
from extract.ingest.encoding import decode_bytes
from extract.ingest.fetch import FetchPolicy, fetch_url, is_url
from extract.ingest.formats import (
    MAX_ARTICLE_BYTES,
    MAX_JSON_FILE_BYTES,
    ArticleReader,
    ReadContext,
    decode_file,
    html_article,
    read_html_file,
    read_json_file,
    read_jsonl_file,
    read_text_file,
)
from extract.ingest.long_articles import PART_SEPARATOR, is_part_id, split_long_article
from extract.ingest.plugins import add_plugins
from extract.ingest.sanitise import sanitise_article
from extract.types import Article

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_JSON_FILE_BYTES",
    "ArticleReader",
    "ReadContext",
    "article_readers",
    "read_articles",
    "reader_for",
    "url_article_id",
]

log = logging.getLogger(__name__)

_Item = Article | InputError

READER_ENTRY_POINTS = "newsgraph.readers"


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
    context = ReadContext(fetch_timeout, allow_private_urls)
    for item in _split_parts(_read_inputs(paths, context)):
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


def _read_inputs(paths: Iterable[str | Path], context: ReadContext) -> Iterator[_Item]:
    visited_dirs: set[str] = set()
    visited_files: set[str] = set()
    for raw in paths:
        if isinstance(raw, str) and is_url(raw):
            yield from _guarded(raw, _read_url(raw.strip(), context))
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
                yield from _read_once(entry, visited_files, context)
            if not found:
                suffixes = ", ".join(sorted(_suffixes()))
                raise InputError(str(path), f"directory holds no article files ({suffixes})")
        else:
            yield from _read_once(path, visited_files, context)


def _read_once(path: Path, visited: set[str], context: ReadContext) -> Iterator[_Item]:
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
    yield from _guarded(str(path), _read_file(path, context))


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
        elif reader_for(entry) is not None and (entry.is_file() or _is_special(entry)):
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


def _read_file(path: Path, context: ReadContext) -> Iterator[_Item]:
    reader = reader_for(path)
    if reader is None:
        known = ", ".join(sorted(_suffixes()))
        suffix = path.suffix.lower() or "(none)"
        raise InputError(str(path), f"unsupported file type {suffix!r}; use {known}")
    yield from reader.read(path, context)


# --------------------------------------------------------------------------- formats


def _read_url_list(path: Path, context: ReadContext) -> Iterator[_Item]:
    # A list is often somebody else's: its URLs must not reach this machine's own network.
    fetching = FetchPolicy(context.fetch_timeout, context.allow_private_urls).for_list()
    source = str(path)
    lines = decode_file(path).splitlines()
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


def url_article_id(url: str) -> str:
    """A stable article id for a URL: the host as a slug plus a short hash of the whole URL.

    >>> url_article_id("https://www.example.com/2018/11/07/story")
    'example-com-f8e1cb3fef91'
    """
    host = (urlsplit(url.strip()).hostname or "url").removeprefix("www.")
    slug = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-") or "url"
    digest = hashlib.sha1(url.strip().encode("utf-8")).hexdigest()[:12]
    return f"{slug}-{digest}"


def _read_url(url: str, fetching: ReadContext | FetchPolicy) -> Iterator[_Item]:
    if isinstance(fetching, ReadContext):
        fetching = FetchPolicy(fetching.fetch_timeout, fetching.allow_private_urls)
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
    yield html_article(markup, url_article_id(url), url, url=url)


# --------------------------------------------------------------------------- the registry

BUILT_IN_READERS = (
    ArticleReader("text", frozenset({".txt"}), read_text_file),
    ArticleReader("html", frozenset({".html", ".htm"}), read_html_file),
    ArticleReader("jsonl", frozenset({".jsonl"}), read_jsonl_file),
    ArticleReader("json", frozenset({".json"}), read_json_file),
    ArticleReader("urls", frozenset({".urls"}), _read_url_list),
)


@cache
def article_readers() -> dict[str, ArticleReader]:
    """Every reader by name: the built-in ones, then those of installed ``newsgraph.readers``
    entry points (found once per process; ``article_readers.cache_clear()`` looks again).

    A plugin that fails to load or claims a name or a suffix already taken is left out with a
    warning (``extract.ingest.plugins``).

    >>> sorted(article_readers())
    ['html', 'json', 'jsonl', 'text', 'urls']
    """
    built_in = {reader.name: reader for reader in BUILT_IN_READERS}
    return add_plugins(built_in, READER_ENTRY_POINTS, ArticleReader, _suffix_taken)


def _suffix_taken(reader: ArticleReader, readers: dict[str, ArticleReader]) -> str:
    taken = sorted(reader.suffixes & {s for known in readers.values() for s in known.suffixes})
    return f"suffixes {', '.join(taken)} are read already" if taken else ""


def _suffixes() -> list[str]:
    return [suffix for reader in article_readers().values() for suffix in reader.suffixes]


def reader_for(path: str | Path) -> ArticleReader | None:
    """The reader of a file, chosen by its suffix (case ignored); ``None`` when none reads it.

    >>> reader_for("news/Story.HTML").name
    'html'
    >>> reader_for("notes.md") is None
    True
    """
    suffix = Path(path).suffix.lower()
    return next((r for r in article_readers().values() if suffix in r.suffixes), None)
