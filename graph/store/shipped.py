"""The SPARQL queries newsgraph ships (``queries/*.rq``), found in a checkout and when installed.

The files live in the repository's top-level ``queries/`` folder, where users browse and copy
them; ``graph/store/queries`` is a symlink to it, so setuptools packages them as ``graph`` package
data (``[tool.setuptools.package-data] graph = ["store/queries/*"]``) and an installed newsgraph
finds
them next to this module. Each file starts with a ``#`` comment header saying what it answers.

>>> "02_denials_with_sources" in shipped_queries()
True
"""

from __future__ import annotations

from pathlib import Path

_CANDIDATES = (
    Path(__file__).parent / "queries",  # installed package data, or the symlink in a checkout
    Path(__file__).resolve().parents[2] / "queries",  # a checkout whose symlink was lost
)


def queries_dir() -> Path:
    """The folder that holds the shipped ``.rq`` files.

    Raises ``FileNotFoundError`` when neither the package nor the checkout has them.
    """
    for candidate in _CANDIDATES:
        if candidate.is_dir() and any(candidate.glob("*.rq")):
            return candidate
    raise FileNotFoundError("the shipped SPARQL queries (queries/*.rq) are missing")


def shipped_queries() -> dict[str, Path]:
    """Name (file stem, e.g. ``04_actor_timeline``) → path of each shipped query, sorted."""
    return {path.stem: path for path in sorted(queries_dir().glob("*.rq"))}


def query_description(path: Path) -> str:
    """The first line of a query's comment header: what question it answers.

    >>> query_description(shipped_queries()["05_country_cooccurrence"])
    'Co-occurrence of countries: which pairs of countries the same articles mention.'
    """
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()
    return ""


def read_query(name: str) -> str:
    """The text of a shipped query, by stem (``"04_actor_timeline"``) or number (``"04"``)."""
    queries = shipped_queries()
    if name in queries:
        return queries[name].read_text(encoding="utf-8")
    matches = [path for stem, path in queries.items() if stem.split("_", 1)[0] == name]
    if len(matches) == 1:
        return matches[0].read_text(encoding="utf-8")
    raise KeyError(f"no shipped query named {name!r}; known: {', '.join(queries)}")
