"""Shared fixtures: where the sample data lives, and graphs built once per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "articles"
SHARED_DATA = REPO.parent / "shared" / "data"
SEEDS = SHARED_DATA / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The three real seed articles; tests that need them skip when ../shared is absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (../shared is absent)")
    return SEEDS


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The sample articles shipped with the project."""
    return EXAMPLES


@pytest.fixture(scope="session", autouse=True)
def _results_cached_in_a_temporary_folder(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[None]:
    """``newsgraph.build`` and ``newsgraph build`` cache results in the user's cache folder by
    default; the tests' entries go to a folder of their own instead (``NEWSGRAPH_CACHE_DIR``)."""
    previous = os.environ.get("NEWSGRAPH_CACHE_DIR")
    os.environ["NEWSGRAPH_CACHE_DIR"] = str(tmp_path_factory.mktemp("result-cache"))
    yield
    if previous is None:
        del os.environ["NEWSGRAPH_CACHE_DIR"]
    else:
        os.environ["NEWSGRAPH_CACHE_DIR"] = previous
