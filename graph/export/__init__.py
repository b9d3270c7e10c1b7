"""Exporters of the knowledge graph, as a small registry of format name → writer.

Every writer takes ``(graph, path)`` and writes atomically (``graph.export.atomic``), so a
crash never leaves a half-written ``graph.ttl`` behind. Adding a format is one entry in
``WRITERS`` and one in ``FILE_NAMES``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx

from graph.export.forked import ForkedJob
from graph.export.graphml import write_graphml
from graph.export.html import write_html
from graph.export.json import write_json
from graph.export.rdf import (
    RDF_FORMATTERS,
    write_jsonld,
    write_ntriples,
    write_rdf_files,
    write_turtle,
)

Writer = Callable[[nx.MultiDiGraph, Path], None]

#: Format name → writer.
WRITERS: dict[str, Writer] = {
    "ttl": write_turtle,
    "nt": write_ntriples,
    "jsonld": write_jsonld,
    "json": write_json,
    "graphml": write_graphml,
    "html": write_html,
}

#: Format name → file name written by ``write_outputs``.
FILE_NAMES: dict[str, str] = {
    "ttl": "graph.ttl",
    "nt": "graph.nt",
    "jsonld": "graph.jsonld",
    "json": "graph.json",
    "graphml": "graph.graphml",
    "html": "graph.html",
}


def write_outputs(
    graph: nx.MultiDiGraph, out_dir: str | Path, formats: Iterable[str], *, processes: int = 1
) -> dict[str, Path]:
    """Write ``graph`` in each of ``formats`` into ``out_dir``; return format → path written.

    Unknown format names are rejected before anything is written. With ``processes`` > 1 the
    RDF files are written by a forked child while this process writes the others (the two
    halves take about as long); the files are the same either way.

    >>> import tempfile
    >>> paths = write_outputs(nx.MultiDiGraph(articles={}), tempfile.mkdtemp(), ["json", "nt"])
    >>> sorted(p.name for p in paths.values())
    ['graph.json', 'graph.nt']
    """
    wanted = list(dict.fromkeys(formats))
    unknown = [name for name in wanted if name not in WRITERS]
    if unknown:
        raise ValueError(f"unknown output format(s) {unknown}; choose from {sorted(WRITERS)}")
    directory = Path(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    written = {name: directory / FILE_NAMES[name] for name in wanted}
    # The RDF formats share one set of triples: build the model once for all of them.
    rdf_paths = {name: written[name] for name in wanted if name in RDF_FORMATTERS}
    others = [name for name in wanted if name not in RDF_FORMATTERS]
    split = processes > 1 and rdf_paths and others  # only when each side has work
    rdf_job = ForkedJob(write_rdf_files, graph, rdf_paths) if split else None
    if rdf_job is None:
        write_rdf_files(graph, rdf_paths)
    try:
        for name in others:
            WRITERS[name](graph, written[name])
    finally:
        if rdf_job is not None:
            rdf_job.wait()
    return written


__all__ = ["FILE_NAMES", "WRITERS", "Writer", "write_outputs"]
