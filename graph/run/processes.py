"""Extract on several processes of this machine, the calling process included.

spaCy's own ``nlp.pipe(n_process=N)`` starts N parser processes and ships every parsed ``Doc``
back to the parent, which then does nothing but unpack them: the parent's core idles while
reading, merging and exporting still run on it afterwards. Here ``processes=N`` means N
processes that all extract: N - 1 helpers (a ``ProcessPoolExecutor``) plus the caller, which
extracts a batch itself whenever every helper already has its share queued. Only articles go
out and ``ArticleResult``s come back (a few kB each; pickling 200 results takes ~4 ms), and
results are yielded in input order, so the graph equals the one-process graph.

On Linux the helpers are forked after the model is loaded, so they start at once and share its
memory; elsewhere they are spawned and load it themselves.

>>> from extract.types import Article
>>> articles = [Article(id=f"a{n}", text="Spain accused Russia.") for n in range(3)]
>>> [r.article.id for r in extract_in_processes(articles, processes=2, batch_size=1)]
['a0', 'a1', 'a2']
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from extract.errors import ExtractionError
from extract.pipeline import MODEL_NAME, extract_articles
from extract.types import Article, ArticleResult
from graph.run.batches import BatchOutcome, batched, extract_batch, load_worker_pipeline
from graph.run.models import fingerprint_for, pipeline_for


@dataclass
class _Slot:
    """One batch in input order: done here (``outcome``) or still on a helper (``future``)."""

    first_article: str
    outcome: BatchOutcome | None = None
    future: Future[BatchOutcome] | None = None

    def ready(self) -> bool:
        return self.future is None or self.future.done()

    def results(self) -> tuple[ArticleResult, ...]:
        """The batch's results, waiting for its helper if needed."""
        if self.future is None:
            assert self.outcome is not None
            return self.outcome.unpack()
        try:
            return self.future.result().unpack()
        except BrokenProcessPool as error:
            raise ExtractionError(
                self.first_article,
                "worker process",
                RuntimeError("a helper process died (killed, or out of memory)"),
            ) from error


def _context() -> multiprocessing.context.BaseContext:
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def extract_in_processes(
    articles: Iterable[Article],
    *,
    processes: int,
    batch_size: int = 32,
    queued_per_helper: int = 2,
    model: str = MODEL_NAME,
) -> Iterator[ArticleResult]:
    """Extract ``articles`` with ``model`` on ``processes`` processes (this one included), in
    input order.

    Each helper has at most ``queued_per_helper`` batches submitted and unfinished; beyond
    that the caller extracts the next batch itself. Memory stays bounded by a few batches.
    """
    if processes <= 1:
        yield from extract_articles(articles, batch_size=batch_size, nlp=pipeline_for(model))
        return
    load_worker_pipeline(model)  # before the fork: helpers inherit the loaded model
    fingerprint = fingerprint_for(model)
    helpers = processes - 1
    limit = helpers * queued_per_helper
    slots: deque[_Slot] = deque()
    pool = ProcessPoolExecutor(
        max_workers=helpers,
        mp_context=_context(),
        initializer=load_worker_pipeline,
        initargs=(model,),
    )
    try:
        for batch in batched(articles, batch_size):
            slot = _Slot(batch[0].id)
            if sum(not s.ready() for s in slots) < limit:
                slot.future = pool.submit(extract_batch, batch, fingerprint, batch_size, model)
            else:
                slot.outcome = extract_batch(batch, fingerprint, batch_size, model)
            slots.append(slot)
            # Hand on what is done; wait only when too much is held (memory stays bounded).
            while slots and (slots[0].ready() or len(slots) > 2 * limit + 2):
                yield from slots.popleft().results()
        while slots:
            yield from slots.popleft().results()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
