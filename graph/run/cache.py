"""A content-addressed cache of ``ArticleResult``s, so a rebuild re-extracts only what changed.

An entry's key is the sha256 of the article's fields (id, text, title, date, url, outlet) and
of ``extract.pipeline.pipeline_fingerprint(model)`` (spaCy, the model's name and version,
pycountry's version, the bytes of the extraction code and its data files: each model's results
are kept apart) and of the Python and Unicode database
versions (``re`` and ``unicodedata`` decide what a word or a letter is). Changing an article,
the trigger file or an extraction rule therefore misses the cache; nothing else does. Entries
are JSON files written atomically, ``<dir>/<key[:2]>/<key>.json``, so a crashed build never
leaves a half-written entry and two builds sharing a cache folder cannot corrupt each other;
the temp files of a killed build are removed by the next one. Each entry carries the sha256
of its key and its result, checked before it is used: a damaged or hand-edited entry is a miss
(and is replaced), never a source of nodes.

The cache lives in ``graph`` rather than ``extract`` because it writes through
``graph.export.atomic`` and ``extract`` must not import ``graph``.

>>> import tempfile
>>> from extract.types import Article, ArticleResult
>>> cache = ResultCache(tempfile.mkdtemp(), fingerprint="test")
>>> article = Article(id="a1", text="Talks ended.")
>>> cache.get(article) is None
True
>>> cache.put(ArticleResult(article))
>>> cache.get(article) == ArticleResult(article)
True
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from unicodedata import unidata_version

from extract.pipeline import MODEL_NAME
from extract.types import Article, ArticleResult
from graph.export.atomic import write_text_atomic
from graph.run.models import fingerprint_for

#: Bump when the cache's file layout or the key recipe changes.
CACHE_FORMAT = "2"
#: What else decides extraction besides the pipeline fingerprint.
_RUNTIME = f"python={sys.version_info[0]}.{sys.version_info[1]};unicode={unidata_version}"
#: A temp file of an entry older than this was left by a killed build (a write takes ms).
STALE_TEMP_SECONDS = 600
CACHE_DIR_VARIABLE = "NEWSGRAPH_CACHE_DIR"
# Writes queued behind the background writer before ``put`` waits: bounds memory, not speed.
MAX_PENDING_WRITES = 64


def default_cache_dir() -> Path:
    """``$NEWSGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsgraph``, else ``~/.cache/newsgraph``.

    One cache per user rather than per output folder: entries are content-addressed, so builds
    of overlapping corpora into different folders share them safely, and ``--out`` holds only
    the graph files.
    """
    if os.environ.get(CACHE_DIR_VARIABLE):
        return Path(os.environ[CACHE_DIR_VARIABLE])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsgraph"


class ResultCache:
    """Read and write cached results under ``directory`` for one pipeline fingerprint.

    ``fingerprint`` defaults to the installed pipeline's; tests pass their own.
    Corrupt or unreadable entries count as misses (and are overwritten by the next ``put``).
    """

    def __init__(
        self, directory: str | Path, *, fingerprint: str | None = None, model: str = MODEL_NAME
    ) -> None:
        self.directory = Path(directory)
        self.fingerprint = fingerprint or fingerprint_for(model)

    def key(self, article: Article) -> str:
        """The sha256 naming ``article``'s result under this pipeline.

        ``source`` (the file an article came from) is left out: moving a file is no change.
        """
        fields = [
            CACHE_FORMAT,
            self.fingerprint,
            _RUNTIME,
            article.id,
            article.text,
            article.title,
            article.date,
            article.url,
            article.outlet,
            article.dateline,  # the home country of its state bodies (extract.roles)
        ]
        return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, article: Article) -> ArticleResult | None:
        """The cached result for ``article``, or ``None`` on a miss.

        The stored article is replaced by ``article`` itself so ``source`` is the current one.
        """
        key = self.key(article)
        path = self._path(key)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            payload = entry["result"]
            if entry.get("sha256") != _entry_digest(key, payload):
                return None  # damaged or edited by hand: a miss, replaced by the next put()
            result = ArticleResult.from_dict(payload)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None  # a damaged entry is a miss; put() will replace it
        if result.article.id != article.id:
            return None
        return ArticleResult(article, result.entities, result.relations)

    def contains(self, article: Article) -> bool:
        """True when an entry for ``article`` is there (without reading it: ``get`` checks it).

        >>> import tempfile
        >>> cache = ResultCache(tempfile.mkdtemp(), fingerprint="test")
        >>> cache.contains(Article(id="a1", text="..."))
        False
        """
        return self._path(self.key(article)).is_file()

    def put(self, result: ArticleResult) -> None:
        """Store ``result`` under the key of its article (atomically)."""
        key = self.key(result.article)
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = result.to_dict()
        entry = {"sha256": _entry_digest(key, payload), "result": payload}
        write_text_atomic(path, json.dumps(entry, ensure_ascii=False))

    def remove_stale_temp_files(self, older_than: float = STALE_TEMP_SECONDS) -> int:
        """Delete the temp files a killed build left in the cache; return how many.

        Only files older than ``older_than`` seconds go: a build sharing the folder may be
        writing a fresh one right now.
        """
        removed = 0
        cutoff = time.time() - older_than
        with contextlib.suppress(FileNotFoundError):
            for bucket in os.scandir(self.directory):
                if not bucket.is_dir(follow_symlinks=False):
                    continue
                for entry in os.scandir(bucket.path):
                    if not (entry.name.startswith(".") and entry.name.endswith(".tmp")):
                        continue
                    with contextlib.suppress(OSError):
                        if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                            os.unlink(entry.path)
                            removed += 1
        return removed

    @contextlib.contextmanager
    def background_writer(self) -> Iterator[Callable[[ArticleResult], None]]:
        """A ``put`` that runs on a writer thread, so the parser never waits for the disk.

        Each atomic write ends in an ``fsync`` (about 7 ms here, 8% of an article's parse
        time); the thread overlaps it with parsing. Leaving the block waits for every write
        and raises the first error any of them hit.

        >>> import tempfile
        >>> from extract.types import Article, ArticleResult
        >>> cache = ResultCache(tempfile.mkdtemp(), fingerprint="test")
        >>> with cache.background_writer() as put:
        ...     put(ArticleResult(Article(id="a1", text="...")))
        >>> cache.get(Article(id="a1", text="...")) is not None
        True
        """
        pending: deque[Future[None]] = deque()
        with contextlib.suppress(OSError):  # clean-up is a courtesy; the build goes on
            self.remove_stale_temp_files()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsgraph-cache") as pool:

            def put(result: ArticleResult) -> None:
                while len(pending) >= MAX_PENDING_WRITES or (pending and pending[0].done()):
                    pending.popleft().result()  # re-raises a failed write here
                pending.append(pool.submit(self.put, result))

            try:
                yield put
            finally:
                errors = [f.exception() for f in pending]
            first = next((error for error in errors if error is not None), None)
            if first is not None:
                raise first


def _entry_digest(key: str, payload: object) -> str:
    """sha256 of an entry's key and result, as written (sorted keys, so it is canonical)."""
    canonical = json.dumps([key, payload], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8", errors="surrogatepass")).hexdigest()
