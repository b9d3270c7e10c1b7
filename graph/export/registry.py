"""The export formats: one registry of format name → writer and the file it writes.

The built-in formats are listed here; other packages add theirs through the entry-point group
``newsgraph.writers`` (each entry names an ``OutputFormat`` object), the way rdflib finds its
serializers::

    [project.entry-points."newsgraph.writers"]
    trig = "my_package.trig:TRIG"    # TRIG = OutputFormat("trig", "graph.trig", write_trig)

A format name is checked in exactly one place, ``parse_formats``; the CLI, the API and
``write_outputs`` all go through it.

>>> sorted(output_formats())
['graphml', 'html', 'json', 'jsonld', 'nt', 'ttl']
>>> output_formats()["ttl"].file_name
'graph.ttl'
>>> parse_formats("json, TTL")
['json', 'ttl']
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

import networkx as nx

from extract.ingest.plugins import add_plugins
from graph.export.graphml import write_graphml
from graph.export.html import write_html
from graph.export.json import write_json
from graph.export.rdf import write_jsonld, write_ntriples, write_turtle

#: Writes a graph to a path, atomically (``graph.export.atomic``).
Writer = Callable[[nx.MultiDiGraph, str | os.PathLike[str]], None]

ENTRY_POINT_GROUP = "newsgraph.writers"


@dataclass(frozen=True)
class OutputFormat:
    """One export format: its name (``--format NAME``), the file it writes and its writer."""

    name: str
    file_name: str
    write: Writer


class UnknownFormatError(ValueError):
    """A format name no writer is registered for."""


BUILT_IN_FORMATS = (
    OutputFormat("ttl", "graph.ttl", write_turtle),
    OutputFormat("nt", "graph.nt", write_ntriples),
    OutputFormat("jsonld", "graph.jsonld", write_jsonld),
    OutputFormat("json", "graph.json", write_json),
    OutputFormat("graphml", "graph.graphml", write_graphml),
    OutputFormat("html", "graph.html", write_html),
)


@cache
def output_formats() -> dict[str, OutputFormat]:
    """Every format: the built-in ones, then those of installed ``newsgraph.writers`` entry
    points (found once per process; ``output_formats.cache_clear()`` looks again).

    A plugin that fails to load or takes a name already used is left out with a warning
    (``extract.ingest.plugins``): one broken plugin does not stop a build.
    """
    built_in = {entry.name: entry for entry in BUILT_IN_FORMATS}
    return add_plugins(built_in, ENTRY_POINT_GROUP, OutputFormat)


def parse_formats(formats: str | Iterable[str]) -> list[str]:
    """Format names, checked: a comma-separated string or a list, case and repeats ignored.

    Raises ``UnknownFormatError`` (a ``ValueError``) naming the unknown ones and the choices.

    >>> parse_formats(["json", "pdf"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graph.export.registry.UnknownFormatError: unknown format(s) pdf; choose from ...
    """
    if isinstance(formats, str):
        formats = formats.split(",")
    wanted = list(dict.fromkeys(name.strip().lower() for name in formats if name.strip()))
    known = output_formats()
    unknown = [name for name in wanted if name not in known]
    if unknown or not wanted:
        raise UnknownFormatError(
            f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from {','.join(known)}"
        )
    return wanted
