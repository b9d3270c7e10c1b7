"""The writer registry and atomic writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import networkx as nx
import pytest

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.export import UnknownFormatError, output_formats, parse_formats, write_outputs
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


def test_each_format_has_its_own_file() -> None:
    formats = output_formats()
    assert all(name == entry.name for name, entry in formats.items())
    assert len({entry.file_name for entry in formats.values()}) == len(formats)


def test_write_outputs_writes_each_format(tmp_path: Path) -> None:
    graph = sample_graph()
    out = tmp_path / "new" / "dir"
    paths = write_outputs(graph, out, list(output_formats()))
    file_names = {name: entry.file_name for name, entry in output_formats().items()}
    assert {name: path.name for name, path in paths.items()} == file_names
    assert all(path.parent == out and path.stat().st_size > 0 for path in paths.values())
    assert nx.utils.graphs_equal(read_json(paths["json"]), graph)
    assert nx.utils.graphs_equal(read_graphml(paths["graphml"]), graph)
    assert sorted(p.name for p in out.iterdir()) == sorted(file_names.values())  # no temp files


def test_unknown_format_is_rejected_before_writing(tmp_path: Path) -> None:
    with pytest.raises(UnknownFormatError, match="xml"):
        write_outputs(sample_graph(), tmp_path, ["json", "xml"])
    assert list(tmp_path.iterdir()) == []


def test_format_names_are_checked_in_one_place() -> None:
    assert parse_formats(" JSON,ttl,json ") == ["json", "ttl"]
    for nothing in ("", " , ", []):
        with pytest.raises(UnknownFormatError, match=r"\(none\); choose from ttl,"):
            parse_formats(nothing)


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
        output_formats()[name].write(graph, alone)
        assert path.read_bytes() == alone.read_bytes(), name
