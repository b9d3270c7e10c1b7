"""Exporters of the knowledge graph, through one registry of format name → writer.

Every writer takes ``(graph, path)`` and writes atomically (``graph.export.atomic``), so a
crash never leaves a half-written ``graph.ttl`` behind. The formats, and how another package
adds one, are in ``graph.export.registry``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from graph.export.forked import ForkedJob
from graph.export.rdf import RDF_FORMATTERS, write_rdf_files
from graph.export.registry import (
    OutputFormat,
    UnknownFormatError,
    Writer,
    output_formats,
    parse_formats,
)


def write_outputs(
    graph: nx.MultiDiGraph, out_dir: str | Path, formats: str | Iterable[str], *, processes: int = 1
) -> dict[str, Path]:
    """Write ``graph`` in each of ``formats`` into ``out_dir``; return format → path written.

    ``formats`` is a list of names or a comma-separated string; an unknown name is rejected
    (``UnknownFormatError``) before anything is written. With ``processes`` > 1 the RDF files
    are written by a forked child while this process writes the others (the two halves take
    about as long); the files are the same either way.

    >>> import tempfile
    >>> paths = write_outputs(nx.MultiDiGraph(articles={}), tempfile.mkdtemp(), ["json", "nt"])
    >>> sorted(p.name for p in paths.values())
    ['graph.json', 'graph.nt']
    """
    wanted = [output_formats()[name] for name in parse_formats(formats)]
    directory = Path(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    written = {entry.name: directory / entry.file_name for entry in wanted}
    # The RDF formats share one set of triples: build the model once for all of them (the
    # files are byte-identical to what each format's own writer writes).
    rdf_paths = {
        entry.name: written[entry.name] for entry in wanted if entry.name in RDF_FORMATTERS
    }
    others = [entry for entry in wanted if entry.name not in RDF_FORMATTERS]
    split = processes > 1 and rdf_paths and others  # only when each side has work
    rdf_job = ForkedJob(write_rdf_files, graph, rdf_paths) if split else None
    if rdf_job is None:
        write_rdf_files(graph, rdf_paths)
    try:
        for entry in others:
            entry.write(graph, written[entry.name])
    finally:
        if rdf_job is not None:
            rdf_job.wait()
    return written


__all__ = [
    "OutputFormat",
    "UnknownFormatError",
    "Writer",
    "output_formats",
    "parse_formats",
    "write_outputs",
]
