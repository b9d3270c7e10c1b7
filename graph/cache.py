"""A content-addressed cache of ``ArticleResult``s, so a rebuild re-extracts only what changed.

An entry's key is the sha256 of the article's fields (id, text, title, date, url, outlet) and
of ``extract.pipeline.pipeline_fingerprint()`` (spaCy and model versions plus the bytes of the
extraction code and its data files). Changing an article, the trigger file or an extraction
rule therefore misses the cache; nothing else does. Entries are JSON files written atomically,
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

import hashlib
import json
import os
from pathlib import Path

from extract.pipeline import pipeline_fingerprint
from extract.types import Article, ArticleResult
from graph.export.atomic import write_text_atomic

#: Bump when the cache's file layout or the key recipe changes.
CACHE_FORMAT = "1"
CACHE_DIR_VARIABLE = "NEWSGRAPH_CACHE_DIR"


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

    def __init__(self, directory: str | Path, *, fingerprint: str | None = None) -> None:
        self.directory = Path(directory)
        self.fingerprint = fingerprint or pipeline_fingerprint()

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
