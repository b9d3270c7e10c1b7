"""Extraction on a Dask cluster gives exactly the single-process graph."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extract.ingest.read import read_articles
from extract.pipeline import extract_articles
from graph.cli.main import app
from graph.export.json import to_json
from graph.merge.build import build_graph
from graph.run.corpus import BuildReport, build_from_paths
from graph.run.distributed import (
    PLUGIN_NAME,
    ClusterError,
    LoadPipelinePlugin,
    extract_on_cluster,
    open_cluster_client,
)
from graph.run.options import BuildOptions

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """Two single-threaded in-process workers: the real scheduler and worker code, fast start."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        dask_client.register_plugin(LoadPipelinePlugin(), name=PLUGIN_NAME)
        yield dask_client


def _dump(graph: object) -> str:
    return json.dumps(to_json(graph))


def test_cluster_results_arrive_in_input_order(client: Any, examples_dir: Path) -> None:
    articles = list(read_articles([examples_dir]))
    # batches of 2 with at most 2 in flight: batches finish out of order, results must not
    results = list(extract_on_cluster(articles, client, batch_size=2, max_in_flight=2))
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert results == list(extract_articles(articles))


def test_cluster_graph_equals_single_process_graph(client: Any, examples_dir: Path) -> None:
    report = BuildReport()
    on_cluster = BuildOptions(
        extractor=lambda articles: extract_on_cluster(articles, client, batch_size=3)
    )
    graph = build_from_paths([examples_dir], on_cluster, report)
    assert report.extracted == report.articles == len(list(examples_dir.glob("*.txt")))
    single = build_graph(extract_articles(read_articles([examples_dir])))
    assert _dump(graph) == _dump(single)
    assert graph.number_of_edges() > 0


def test_unreachable_scheduler_is_a_cluster_error() -> None:
    with (
        pytest.raises(ClusterError, match=r"tcp://127\.0\.0\.1:9"),
        open_cluster_client(scheduler="tcp://127.0.0.1:9", timeout=2),
    ):
        pass


def test_cli_rejects_a_malformed_scheduler_address(tmp_path: Path, examples_dir: Path) -> None:
    result = CliRunner().invoke(
        app, ["build", str(examples_dir), "--out", str(tmp_path), "--scheduler", "localhost"]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("newsgraph: error: --scheduler localhost: expected")
    assert not list(tmp_path.iterdir())


@pytest.mark.slow
def test_cli_local_cluster_of_worker_processes(tmp_path: Path, examples_dir: Path) -> None:
    """``--workers 2`` starts real worker processes (about 5 s; slow)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(examples_dir.glob("*.txt"))[:3]:
        shutil.copy(path, folder / path.name)
    runner = CliRunner()
    common = ["build", str(folder), "-f", "json", "--no-cache"]
    cluster = runner.invoke(app, [*common, "--out", str(tmp_path / "c"), "--workers", "2"])
    assert cluster.exit_code == 0, cluster.stderr
    local = runner.invoke(app, [*common, "--out", str(tmp_path / "l")])
    assert local.exit_code == 0, local.stderr
    assert (tmp_path / "c" / "graph.json").read_bytes() == (
        tmp_path / "l" / "graph.json"
    ).read_bytes()
