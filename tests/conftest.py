"""Shared fixtures: where the sample data lives, and graphs built once per session."""

from __future__ import annotations

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
