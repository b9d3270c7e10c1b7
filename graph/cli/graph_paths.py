"""Where a command finds a graph: every command that reads one takes the file or the output folder.

``newsgraph build --out out/`` writes ``out/graph.json``, ``out/graph.ttl``, ``out/graph.nt`` …;
``stats``, ``explain``, ``view``, ``query --graph`` and ``push --graph`` accept ``out/`` as well
as the file itself, and pick the file they read from the folder.
"""

from __future__ import annotations

from pathlib import Path

#: The RDF files of an output folder a command can read, in the order they are preferred.
RDF_FILES = ("graph.nt", "graph.ttl", "graph.jsonld")


def graph_json_path(path: Path) -> Path:
    """``path`` itself, or the ``graph.json`` inside it when it is a folder.

    >>> graph_json_path(Path("out/graph.json")).name
    'graph.json'
    """
    return path / "graph.json" if path.is_dir() else path


def rdf_path(path: Path) -> Path:
    """``path`` itself, or the first RDF file of ``RDF_FILES`` inside it when it is a folder.

    A folder without any gives ``folder/graph.nt``, so the error names the file looked for.

    >>> rdf_path(Path("out/graph.ttl")).name
    'graph.ttl'
    """
    if not path.is_dir():
        return path
    for name in RDF_FILES:
        if (path / name).is_file():
            return path / name
    return path / RDF_FILES[0]
