"""The pipeline fingerprint covers exactly the code and data that shape extraction."""

from __future__ import annotations

from pathlib import Path

from extract.pipeline import _extraction_sources, pipeline_fingerprint

EXTRACT = Path(__file__).resolve().parents[2] / "extract"


def _names() -> set[str]:
    return {path.relative_to(EXTRACT).as_posix() for path in _extraction_sources()}


def test_modules_in_every_room_and_the_data_files_are_covered() -> None:
    names = _names()
    assert {"pipeline.py", "relations/find.py", "mentions/find.py", "coref/within_article.py"} <= (
        names
    )
    assert {"data/triggers.tsv", "data/countries.tsv", "data/cities.tsv"} <= names


def test_ingestion_and_evaluation_code_are_left_out() -> None:
    names = _names()
    assert not any(name.startswith("ingest/") for name in names)
    assert not any("baseline" in name for name in names)
    assert not any("__pycache__" in name for name in names)


def test_fingerprint_is_stable_within_a_process() -> None:
    assert pipeline_fingerprint() == pipeline_fingerprint()
    assert len(pipeline_fingerprint()) == 64


def test_the_word_lists_are_covered() -> None:
    names = _names()
    assert {"data/words/titles.txt", "data/words/dates.txt"} <= names
