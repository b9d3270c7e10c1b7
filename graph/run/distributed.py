"""Run extraction on a Dask distributed cluster: a local one, or any ``tcp://`` scheduler.

Each worker loads the spaCy pipeline once, when it joins (``LoadPipelinePlugin``); the client
sends batches of articles and gets ``ArticleResult``s back, a bounded number of batches in
flight so memory stays bounded by the batch, not the corpus. Results are yielded in input
order, so the graph merged from them equals the single-process graph.

Workers of a remote cluster need newsgraph and the spaCy model installed (the same versions as
the client: a mismatch is caught because the pipeline fingerprint travels with each batch).

>>> with open_cluster_client(workers=1) as client:  # doctest: +SKIP
...     results = list(extract_on_cluster(articles, client))
"""

from __future__ import annotations

import contextlib
import itertools
import secrets
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from extract.pipeline import MODEL_NAME
from extract.types import Article, ArticleResult
from graph.run.batches import BatchOutcome, batched, extract_batch, load_worker_pipeline
from graph.run.models import fingerprint_for

PLUGIN_NAME = "newsgraph-load-pipeline"


class ClusterError(Exception):
    """The cluster could not be reached or started, or its workers run another pipeline."""


try:
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover - dask is an install-time dependency
    _WorkerPlugin = object  # type: ignore[misc,assignment]


class LoadPipelinePlugin(_WorkerPlugin):
    """Load the spaCy pipeline once per worker, when the worker starts (or joins later).

    ``load_pipeline`` is cached per process, so every task on that worker reuses the model.
    """

    name = PLUGIN_NAME

    def __init__(self, model: str = MODEL_NAME) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        """Called by Dask on each worker."""
        load_worker_pipeline(self.model)


def extract_on_cluster(
    articles: Iterable[Article],
    client: Any,
    *,
    batch_size: int = 32,
    max_in_flight: int | None = None,
    model: str = MODEL_NAME,
) -> Iterator[ArticleResult]:
    """Extract ``articles`` on the cluster behind ``client``, yielding results in input order.

    At most ``max_in_flight`` batches (default: two per worker thread) are submitted and not
    yet collected, which bounds client memory while keeping every worker busy.
    """
    threads = sum(client.nthreads().values()) or 1
    limit = max_in_flight or 2 * threads
    fingerprint = fingerprint_for(model)
    run = secrets.token_hex(4)
    pending: deque[Any] = deque()
    batches = batched(articles, batch_size)
    for number in itertools.count():
        batch = next(batches, None)
        if batch is not None:
            pending.append(
                client.submit(
                    extract_batch,
                    batch,
                    fingerprint,
                    batch_size,
                    model,
                    key=f"newsgraph-extract-{run}-{number}",
                    pure=False,
                )
            )
            if len(pending) < limit:
                continue
        if not pending:
            return
        yield from _collect(pending.popleft())


def _collect(future: Any) -> Iterator[ArticleResult]:
    outcome: BatchOutcome = future.result()
    future.release()
    yield from outcome.unpack()


@contextlib.contextmanager
def open_cluster_client(
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    timeout: float = 20.0,
    model: str = MODEL_NAME,
) -> Iterator[Any]:
    """A Dask ``Client`` with the pipeline of ``model`` loaded on every worker; closed on exit.

    ``scheduler`` ("tcp://host:8786") connects to a running cluster; otherwise a
    ``LocalCluster`` of ``workers`` single-threaded processes is started (spaCy releases the
    GIL too rarely for threads to help). Raises ``ClusterError`` with a one-line reason.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:  # pragma: no cover - dask is an install-time dependency
        raise ClusterError("dask distributed is not installed: pip install distributed") from error
    with contextlib.ExitStack() as stack:
        try:
            if scheduler:
                client = stack.enter_context(Client(scheduler, timeout=f"{timeout}s"))
            else:
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=workers or 1,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=":0",  # any free port: never clash
                        silence_logs=40,  # logging.ERROR: keep worker chatter off the terminal
                    )
                )
                client = stack.enter_context(Client(cluster))
            client.register_plugin(LoadPipelinePlugin(model), name=PLUGIN_NAME)
        except (OSError, TimeoutError) as error:
            where = scheduler or f"a local cluster of {workers} workers"
            raise ClusterError(f"{where}: cannot connect or start ({error})") from error
        yield client
