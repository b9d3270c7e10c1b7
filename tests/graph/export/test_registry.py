"""The writer registry and atomic writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import networkx as nx
import pytest

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.export import FILE_NAMES, WRITERS, write_outputs
from graph.export.atomic import atomic_write, write_text_atomic
from graph.export.graphml import read_graphml
from graph.export.json import read_json
from graph.merge.build import build_graph


def sample_graph() -> nx.MultiDiGraph:
    ru = Entity("country/RU", "Russia", EntityType.COUNTRY)
    ua = Entity("country/UA", "Ukraine", EntityType.COUNTRY)
    text = "Russia attacked Ukraine."
    relation = Relation(ru.key, "attacked", ua.key, "19", False, Evidence("a1", text, 0, 24))
    return build_graph([ArticleResult(Article("a1", text, "War"), (ru, ua), (relation,))])


def test_registry_covers_every_format() -> None:
    assert set(WRITERS) == set(FILE_NAMES) == {"ttl", "nt", "jsonld", "json", "graphml", "html"}
    assert len(set(FILE_NAMES.values())) == len(FILE_NAMES)


def test_write_outputs_writes_each_format(tmp_path: Path) -> None:
    graph = sample_graph()
    out = tmp_path / "new" / "dir"
    paths = write_outputs(graph, out, list(WRITERS))
    assert {name: path.name for name, path in paths.items()} == FILE_NAMES
    assert all(path.parent == out and path.stat().st_size > 0 for path in paths.values())
    assert nx.utils.graphs_equal(read_json(paths["json"]), graph)
    assert nx.utils.graphs_equal(read_graphml(paths["graphml"]), graph)
    assert sorted(p.name for p in out.iterdir()) == sorted(FILE_NAMES.values())  # no temp files


def test_unknown_format_is_rejected_before_writing(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="xml"):
        write_outputs(sample_graph(), tmp_path, ["json", "xml"])
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    write_text_atomic(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert list(tmp_path.iterdir()) == [target]


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "graph.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write("half of a new file")
        raise RuntimeError("writer crashed")
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_failing_registered_writer_keeps_the_old_file(tmp_path: Path) -> None:
    write_outputs(sample_graph(), tmp_path, ["ttl"])
    before = (tmp_path / "graph.ttl").read_bytes()
    broken = sample_graph()
    broken.add_edge("country/RU", "country/UA", key="x", predicate="not a name", negated=False)
    with pytest.raises(ValueError):
        write_outputs(broken, tmp_path, ["ttl"])
    assert (tmp_path / "graph.ttl").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_atomic_files_get_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_text_atomic(target, "x")
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert stat.S_IMODE(target.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)


def test_atomic_write_rejects_other_modes(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        atomic_write(tmp_path / "x", "a")  # type: ignore[call-overload]
    assert not os.listdir(tmp_path)


def test_write_outputs_matches_each_writer_byte_for_byte(tmp_path: Path) -> None:
    graph = sample_graph()
    together = write_outputs(graph, tmp_path / "together", ["ttl", "nt", "jsonld", "json"])
    for name, path in together.items():
        alone = tmp_path / f"alone.{name}"
        WRITERS[name](graph, alone)
        assert path.read_bytes() == alone.read_bytes(), name
