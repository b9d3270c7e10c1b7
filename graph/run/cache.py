"""A content-addressed cache of ``ArticleResult``s, so a rebuild re-extracts only what changed.

An entry's key is the sha256 of the article's fields (id, text, title, date, url, outlet) and
of ``extract.pipeline.pipeline_fingerprint(model)`` (spaCy, the model's name and version, the
bytes of the extraction code and its data files), so each model's results are kept apart.
Changing an article, the model, the trigger file or an extraction rule therefore misses the
cache; nothing else does. Entries are JSON files written atomically,
``<dir>/<key[:2]>/<key>.json``, so a crashed build never leaves a half-written entry and two
builds sharing a cache folder cannot corrupt each other.

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
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from extract.pipeline import MODEL_NAME
from extract.types import Article, ArticleResult
from graph.export.atomic import write_text_atomic
from graph.run.models import fingerprint_for

#: Bump when the cache's file layout or the key recipe changes.
CACHE_FORMAT = "1"
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

    ``fingerprint`` defaults to the installed pipeline's with ``model``; tests pass their own.
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
            article.id,
            article.text,
            article.title,
            article.date,
            article.url,
            article.outlet,
        ]
        return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, article: Article) -> ArticleResult | None:
        """The cached result for ``article``, or ``None`` on a miss.

        The stored article is replaced by ``article`` itself so ``source`` is the current one.
        """
        path = self._path(self.key(article))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            result = ArticleResult.from_dict(data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a damaged entry is a miss; put() will replace it
        if result.article.id != article.id:
            return None
        return ArticleResult(article, result.entities, result.relations)

    def put(self, result: ArticleResult) -> None:
        """Store ``result`` under the key of its article (atomically)."""
        path = self._path(self.key(result.article))
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, json.dumps(result.to_dict(), ensure_ascii=False))

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
