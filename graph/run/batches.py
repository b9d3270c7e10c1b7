"""One batch of extraction as a picklable task: what Dask workers and local processes run.

A batch goes out as a list of ``Article``s and comes back as a ``BatchOutcome``. A failure
travels as plain strings (``ExtractionError`` takes three arguments and does not survive
pickling as an exception) and is raised again where the results are read, by
``BatchOutcome.unpack``.

>>> from extract.types import Article
>>> batch = [Article(id="a", text="Spain accused Russia.")]
>>> outcome = extract_batch(batch, pipeline_fingerprint(), 8)
>>> [result.article.id for result in outcome.unpack()]
['a']
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from extract.errors import ExtractionError
from extract.pipeline import MODEL_NAME, extract_articles, pipeline_fingerprint
from extract.types import Article, ArticleResult
from extract.vocabulary.triggers import load_triggers
from graph.run.models import fingerprint_for, pipeline_for

__all__ = [
    "BatchOutcome",
    "batched",
    "extract_batch",
    "load_worker_pipeline",
    "pipeline_fingerprint",
]


@dataclass(frozen=True)
class BatchOutcome:
    """What a worker sends back for one batch: results, or the article that failed and why."""

    results: tuple[ArticleResult, ...] = ()
    failed_article: str | None = None
    failed_component: str = ""
    failure: str = ""

    def unpack(self) -> tuple[ArticleResult, ...]:
        """The results, or the worker's failure raised here as an ``ExtractionError``."""
        if self.failed_article is not None:
            raise ExtractionError(
                self.failed_article, self.failed_component, RuntimeError(self.failure)
            )
        return self.results


def load_worker_pipeline(model: str = MODEL_NAME) -> None:
    """Load the spaCy pipeline and the trigger table in this process (a worker, a helper)."""
    pipeline_for(model)
    load_triggers()


def extract_batch(
    articles: list[Article], fingerprint: str, batch_size: int, model: str = MODEL_NAME
) -> BatchOutcome:
    """Extract one batch with ``model`` in this process, refusing it if this process runs other
    code.

    ``fingerprint`` is the sender's ``pipeline_fingerprint(model)``: a worker whose newsgraph or
    model differs would return other results, so it returns a failure instead.
    """
    if fingerprint != fingerprint_for(model):
        return BatchOutcome(
            failed_article=articles[0].id if articles else "?",
            failed_component="worker set-up",
            failure="the worker's newsgraph/model differs from the client's; install the same "
            "versions on every worker",
        )
    try:
        nlp = pipeline_for(model)
        return BatchOutcome(tuple(extract_articles(articles, batch_size=batch_size, nlp=nlp)))
    except ExtractionError as error:
        return BatchOutcome(
            failed_article=error.article_id, failed_component=error.component, failure=str(error)
        )


def batched(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of ``size`` articles (the last one shorter)."""
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
