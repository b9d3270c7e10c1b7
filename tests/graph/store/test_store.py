"""The on-disk store: one named graph per article, incremental add, replace, remove, locking."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.cli.main import app
from graph.export.rdf import to_rdf
from graph.merge.build import build_graph
from graph.run.corpus import iter_results
from graph.store.batches import add_in_batches
from graph.store.names import default_names, is_name
from graph.store.store import (
    SERVE_MARKER,
    ArticleNotFoundError,
    StoreBusyError,
    StoreError,
    add_results,
    article_graph,
    count_triples,
    list_articles,
    open_store,
    oxigraph_term,
    remove_article,
    stored_entities,
)
from graph.store.summaries import SUMMARY_GRAPH, SUMMARY_VERSION_PREDICATE
from graph.vocab.identity import article_iri, entity_iri

SCHEMA_NAME = ox.NamedNode("https://schema.org/name")


@pytest.fixture(scope="module")
def example_results(examples_dir: Path) -> list[ArticleResult]:
    return list(iter_results([examples_dir]))


def _triples(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> set[tuple[str, str, str]]:
    return {
        (str(q.subject), str(q.predicate), str(q.object))
        for q in store.quads_for_pattern(None, None, None, graph)
    }


def _union_of_article_graphs(store: ox.Store) -> set[tuple[str, str, str]]:
    """What the default graph must hold: the union of the article graphs, except that each
    node's names are merged into one preferred label plus aliases (``graph.store.names``)."""
    stated = {
        quad.triple
        for name in store.named_graphs()
        if name != SUMMARY_GRAPH
        for quad in store.quads_for_pattern(None, None, None, name)
    }
    names = default_names(t for t in stated if is_name(t))
    expected = {t for t in stated if not is_name(t)} | names
    return {(str(t.subject), str(t.predicate), str(t.object)) for t in expected}


def _exported(results: list[ArticleResult]) -> set[tuple[str, str, str]]:
    """The triples of the file export of the same articles, as Oxigraph would write them."""
    rdf = to_rdf(build_graph(results), counts=False)
    return {tuple(str(oxigraph_term(t)) for t in triple) for triple in rdf}  # type: ignore[misc]


def _people(*names: str) -> tuple[Entity, ...]:
    return tuple(
        Entity(f"person/{n.lower().replace(' ', '-')}", n, EntityType.PERSON) for n in names
    )


def _article(
    article_id: str, text: str, entities: tuple[Entity, ...], relations=()
) -> ArticleResult:
    return ArticleResult(
        Article(article_id, text, title=f"title {article_id}"), entities, relations
    )


def test_one_named_graph_per_article(tmp_path: Path, example_results: list[ArticleResult]) -> None:
    store = open_store(tmp_path / "store")
    reports = add_results(store, example_results)
    ids = sorted(r.article.id for r in example_results)
    assert [r.article_id for r in reports] == [r.article.id for r in example_results]
    assert list_articles(store) == ids
    # One graph per article, and the summary graph the counting queries read.
    expected = {str(article_iri(i)) for i in ids} | {SUMMARY_GRAPH.value}
    assert {g.value for g in store.named_graphs()} == expected
    # Each article graph holds its own article node, and no other article's.
    for article_id in ids:
        subjects = {s for s, _, _ in _triples(store, article_graph(article_id))}
        articles = {s for s in subjects if "/id/article/" in s}
        assert articles == {f"<{article_iri(article_id)}>"}


def test_default_graph_is_the_set_union_and_equals_the_file_export(
    tmp_path: Path, example_results: list[ArticleResult]
) -> None:
    store = open_store(tmp_path / "store")
    add_results(store, example_results)
    default = _triples(store, ox.DefaultGraph())
    assert default == _union_of_article_graphs(store)
    exported = _exported(example_results)
    assert {t for t in default if _comparable(t)} == {t for t in exported if _comparable(t)}
    # A statement reported by several articles carries each article's date in the store; the
    # file export keeps the earliest. Same claims, same earliest dates.
    assert _earliest_statement_dates(default) == _earliest_statement_dates(exported)


# An entity keeps the name each article gave it (the file export picks the longest one), and a
# statement keeps each article's date and modality (the export keeps the earliest, the firmest).
_PER_ARTICLE = {
    "<https://schema.org/name>",
    "<http://www.w3.org/2000/01/rdf-schema#label>",
    "<http://www.w3.org/2004/02/skos/core#prefLabel>",
    "<https://schema.org/alternateName>",
    "<http://www.w3.org/2004/02/skos/core#altLabel>",
    "<https://newsgraph.dev/ontology#modality>",
}
_DATE = "<http://purl.org/dc/terms/date>"


def _comparable(triple: tuple[str, str, str]) -> bool:
    subject, predicate, _ = triple
    if predicate in _PER_ARTICLE:
        return False
    return not (predicate == _DATE and "/id/statement/" in subject)


def _earliest_statement_dates(triples: set[tuple[str, str, str]]) -> dict[str, str]:
    earliest: dict[str, str] = {}
    for subject, predicate, obj in triples:
        if predicate == _DATE and "/id/statement/" in subject:
            earliest[subject] = min(earliest.get(subject, obj), obj)
    return earliest


def test_readding_replaces_without_duplicates(
    tmp_path: Path, example_results: list[ArticleResult]
) -> None:
    store = open_store(tmp_path / "store")
    add_results(store, example_results)
    before = sum(1 for _ in store)
    again = add_results(store, example_results[:3])
    assert all(r.replaced and r.added == 0 and r.removed == 0 for r in again)
    assert sum(1 for _ in store) == before


def test_readding_a_changed_article_drops_its_stale_triples(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    lavrov, borrell = _people("Sergei Lavrov", "Josep Borrell")
    ev = Evidence("a1", "Lavrov met Borrell.", 0, 19, None, "meet")
    met = Relation(lavrov.key, "met", borrell.key, "040", False, ev)
    add_results(store, [_article("a1", ev.sentence, (lavrov, borrell), (met,))])
    met_iri = ox.NamedNode("https://newsgraph.dev/ontology#met")
    subject = ox.NamedNode(str(entity_iri(lavrov.key)))
    assert list(store.quads_for_pattern(subject, met_iri, None, ox.DefaultGraph()))

    [report] = add_results(store, [_article("a1", "Lavrov spoke.", (lavrov,))])
    assert report.replaced and report.removed > 0
    assert not list(store.quads_for_pattern(subject, met_iri, None, None))
    borrell_iri = ox.NamedNode(str(entity_iri(borrell.key)))
    assert not list(store.quads_for_pattern(borrell_iri, None, None, None))


def test_remove_keeps_entities_other_articles_mention(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    lavrov, borrell, pompeo = _people("Sergei Lavrov", "Josep Borrell", "Mike Pompeo")
    add_results(
        store,
        [
            _article("a1", "Lavrov and Borrell.", (lavrov, borrell)),
            _article("a2", "Lavrov and Pompeo.", (lavrov, pompeo)),
        ],
    )
    removed = remove_article(store, "a1")
    assert removed > 0
    assert list_articles(store) == ["a2"]
    lavrov_iri = ox.NamedNode(str(entity_iri(lavrov.key)))
    borrell_iri = ox.NamedNode(str(entity_iri(borrell.key)))
    # Lavrov is still described (a2 mentions him); Borrell, only in a1, is gone everywhere.
    assert list(store.quads_for_pattern(lavrov_iri, SCHEMA_NAME, None, ox.DefaultGraph()))
    assert not list(store.quads_for_pattern(borrell_iri, None, None, None))
    assert not list(store.quads_for_pattern(None, None, borrell_iri, None))
    # Nothing a1 said survives in the default graph unless a2 says it too.
    assert _triples(store, ox.DefaultGraph()) == _union_of_article_graphs(store)
    a1 = ox.NamedNode(str(article_iri("a1")))
    assert not list(store.quads_for_pattern(a1, None, None, None))


def test_remove_every_article_empties_the_store(
    tmp_path: Path, example_results: list[ArticleResult]
) -> None:
    store = open_store(tmp_path / "store")
    add_results(store, example_results)
    for article_id in list_articles(store):
        remove_article(store, article_id)
    # Nothing is left but the summary graph's version marker: every count went with its article.
    assert [q.predicate for q in store] == [SUMMARY_VERSION_PREDICATE]
    with pytest.raises(ArticleNotFoundError, match="'nope' is not in the store"):
        remove_article(store, "nope")


def test_later_short_name_resolves_to_a_stored_full_name(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    add_results(store, [_article("a1", "Donald Trump spoke.", _people("Donald Trump"))])
    assert [e.key for e in stored_entities(store)] == ["person/donald-trump"]
    add_results(store, [_article("a2", "Trump spoke.", _people("Trump"))])
    assert [e.key for e in stored_entities(store)] == ["person/donald-trump"]
    assert count_triples(store, "a2") > 0


def test_store_persists_across_opens(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    store = open_store(folder)
    add_results(store, [_article("a1", "Lavrov.", _people("Sergei Lavrov"))])
    del store
    assert list_articles(open_store(folder, read_only=True)) == ["a1"]


def test_a_second_writer_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    holder = open_store(folder)
    code = f"from graph.store.store import open_store; open_store({str(folder)!r})"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode != 0 and "StoreBusyError" in proc.stderr
    assert "locked by another process" in proc.stderr
    del holder


def test_a_live_serve_marker_blocks_writes_and_a_stale_one_does_not(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    del_me = open_store(folder)
    del del_me
    marker = folder / SERVE_MARKER
    marker.write_text(json.dumps({"pid": os.getpid(), "bind": "127.0.0.1:1"}))
    with pytest.raises(StoreBusyError, match="stop the server"):
        open_store(folder)
    open_store(folder, read_only=True)  # readers are welcome while serving
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    marker.write_text(json.dumps({"pid": int(dead.stdout), "bind": "127.0.0.1:1"}))
    open_store(folder)
    # `newsgraph serve` killed with SIGKILL leaves its Oxigraph running: still a reader.
    orphan = {"pid": int(dead.stdout), "server_pid": os.getpid(), "bind": "127.0.0.1:1"}
    marker.write_text(json.dumps(orphan))
    with pytest.raises(StoreBusyError, match="stop the server"):
        open_store(folder)


def test_read_only_open_of_a_missing_store_names_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not a newsgraph store"):
        open_store(tmp_path / "nothing", read_only=True)
    file = tmp_path / "file.txt"
    file.write_text("x")
    with pytest.raises(StoreError, match="not a folder"):
        open_store(file)


def test_cli_add_readd_remove(tmp_path: Path, examples_dir: Path) -> None:
    runner = CliRunner()
    store = tmp_path / "store"
    first = examples_dir / "05_singapore_summit.txt"
    second = examples_dir / "07_new_start_prague.txt"
    result = runner.invoke(app, ["add", str(first), str(second), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "2 articles (0 replaced)" in result.output
    result = runner.invoke(app, ["add", str(first), "--store", str(store)])
    assert "1 articles (1 replaced), +0 / -0 triples; 2 articles stored" in result.output
    result = runner.invoke(app, ["remove", "05_singapore_summit", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert list_articles(open_store(store, read_only=True)) == ["07_new_start_prague"]


def test_cli_errors_are_one_line(tmp_path: Path, examples_dir: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["remove", "x", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.output.strip() == f"newsgraph: error: {tmp_path / 'none'}: not a newsgraph store"
    store = tmp_path / "store"
    open_store(store)
    result = runner.invoke(app, ["remove", "nope", "--store", str(store)])
    assert result.exit_code == 1
    assert "article 'nope' is not in the store" in result.output
    assert "Traceback" not in result.output
    (store / SERVE_MARKER).write_text(json.dumps({"pid": os.getpid(), "bind": "127.0.0.1:9"}))
    result = runner.invoke(app, ["add", str(examples_dir), "--store", str(store)])
    assert result.exit_code == 1
    assert "being served by `newsgraph serve`" in result.output


def _names(store: ox.Store, key: str, predicate: str) -> set[str]:
    node = ox.NamedNode(str(entity_iri(key)))
    quads = store.quads_for_pattern(node, ox.NamedNode(predicate), None, ox.DefaultGraph())
    return {quad.object.value for quad in quads}


_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_LABELS = (
    "https://schema.org/name",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
)


def test_default_graph_has_one_preferred_name_and_articles_keep_theirs(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    short = Entity("event/interference", "interference in 2016 U.S. elections", EntityType.EVENT)
    full = replace(short, label="interference in 2016 presidential election campaign")
    add_results(store, [_article("a1", "x", (short,))])
    add_results(store, [_article("a2", "y", (full,))])
    for predicate in _LABELS:
        assert _names(store, short.key, predicate) == {full.label}  # longest wins
    assert _names(store, short.key, _ALT) == {short.label}
    # Each article graph keeps the name its article used, for provenance.
    node = ox.NamedNode(str(entity_iri(short.key)))
    for article_id, label in (("a1", short.label), ("a2", full.label)):
        quads = store.quads_for_pattern(node, SCHEMA_NAME, None, article_graph(article_id))
        assert {q.object.value for q in quads} == {label}
    assert _triples(store, ox.DefaultGraph()) == _union_of_article_graphs(store)
    # Removing the article with the longer name makes the shorter one preferred again.
    remove_article(store, "a2")
    for predicate in _LABELS:
        assert _names(store, short.key, predicate) == {short.label}
    assert _names(store, short.key, _ALT) == set()
    assert _triples(store, ox.DefaultGraph()) == _union_of_article_graphs(store)


def test_preferred_name_does_not_depend_on_the_order_of_adds(tmp_path: Path) -> None:
    names = ["Russian Federation", "Russia", "the Russian Federation"]
    dumps = []
    for order in (names, names[::-1]):
        store = open_store(tmp_path / "-".join(order))
        for number, label in enumerate(order):
            entity = Entity("country/RU", label, EntityType.COUNTRY)
            add_results(store, [_article(f"a{label}", str(number), (entity,))])
        dumps.append(_triples(store, ox.DefaultGraph()))
    assert dumps[0] == dumps[1]
    store = open_store(tmp_path / "-".join(names))
    assert _names(store, "country/RU", _LABELS[0]) == {"the Russian Federation"}
    assert _names(store, "country/RU", _ALT) == {"Russia", "Russian Federation"}


def _claim(article_id: str, subject: Entity, obj: Entity, predicate: str) -> Relation:
    sentence = f"{subject.label} {predicate} {obj.label}."
    evidence = Evidence(article_id, sentence, 0, len(sentence), "2024-03-0" + article_id[-1])
    return Relation(subject.key, predicate, obj.key, "036", False, evidence)


def test_a_later_full_name_rekeys_the_articles_stored_under_the_short_one(
    tmp_path: Path,
) -> None:
    (trump,) = _people("Trump")
    (full,) = _people("Donald Trump")
    (kim,) = _people("Kim Jong Un")
    first = _article("a1", "Trump met Kim.", (trump, kim), (_claim("a1", trump, kim, "met"),))
    second = _article(
        "a2", "Donald Trump praised Kim.", (full, kim), (_claim("a2", full, kim, "praised"),)
    )
    one_by_one = open_store(tmp_path / "sequential")
    add_results(one_by_one, [first])
    assert "person/trump" in {e.key for e in stored_entities(one_by_one)}
    add_results(one_by_one, [second])
    at_once = open_store(tmp_path / "batch")
    add_results(at_once, [first, second])
    # Same store, quad for quad, as adding both articles at once: no stale short key anywhere.
    assert set(one_by_one) == set(at_once)
    assert [e.key for e in stored_entities(one_by_one) if e.type is EntityType.PERSON] == [
        "person/donald-trump",
        "person/kim-jong-un",
    ]
    old = ox.NamedNode(str(entity_iri("person/trump")))
    assert not list(one_by_one.quads_for_pattern(old, None, None, None))
    assert not list(one_by_one.quads_for_pattern(None, None, old, None))
    assert _triples(one_by_one, ox.DefaultGraph()) == _union_of_article_graphs(one_by_one)


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_adding_one_article_at_a_time_equals_adding_them_at_once(
    tmp_path: Path, example_results: list[ArticleResult], order: str
) -> None:
    results = example_results if order == "forward" else example_results[::-1]
    one_by_one = open_store(tmp_path / "sequential")
    for result in results:
        add_results(one_by_one, [result])
    at_once = open_store(tmp_path / "batch")
    add_results(at_once, example_results)
    assert set(one_by_one) == set(at_once)


def test_default_graph_keeps_one_date_per_occasion_as_the_build_does(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    summit = Entity("event/nairobi-summit", "Nairobi summit", EntityType.EVENT, date="2019-07-07")
    later = replace(summit, date="2019-07-09")
    vaguer = replace(summit, date="2019-07")
    results = [
        _article("a1", "x", (later,)),
        _article("a2", "y", (summit,)),
        _article("a3", "z", (vaguer,)),
    ]
    add_results(store, results)
    built = build_graph(results).nodes[summit.key]["date"]
    assert built == "2019-07-07"  # the most precise, then the earliest
    assert _names(store, summit.key, "https://schema.org/startDate") == {built}
    assert _triples(store, ox.DefaultGraph()) == _union_of_article_graphs(store)
    remove_article(store, "a2")
    assert _names(store, summit.key, "https://schema.org/startDate") == {"2019-07-09"}
    assert _triples(store, ox.DefaultGraph()) == _union_of_article_graphs(store)


@pytest.mark.parametrize("batch_size", [1, 2, 4])
@pytest.mark.parametrize("given", ["folder", "open store"])
def test_adding_in_batches_equals_adding_them_at_once(
    tmp_path: Path, example_results: list[ArticleResult], batch_size: int, given: str
) -> None:
    folder = tmp_path / "batched"
    # Given its folder, add_in_batches opens the store afresh after every batch.
    target = folder if given == "folder" else open_store(folder)
    summary = add_in_batches(target, iter(example_results), batch_size=batch_size)
    assert summary.articles == len(example_results)
    assert summary.batches == -(-len(example_results) // batch_size)
    batched = target if isinstance(target, ox.Store) else open_store(folder)
    at_once = open_store(tmp_path / "at-once")
    add_results(at_once, example_results)
    assert set(batched) == set(at_once)


def test_adding_in_batches_to_a_busy_store_fails_before_reading_a_result(
    tmp_path: Path, example_results: list[ArticleResult]
) -> None:
    folder = tmp_path / "store"
    holder = open_store(folder)  # another writer

    def results() -> Iterator[ArticleResult]:
        raise AssertionError("a result was read although the store is busy")
        yield example_results[0]

    with pytest.raises(StoreBusyError, match="locked"):
        add_in_batches(folder, results())
    assert list_articles(holder) == []


def test_cli_add_streams_through_the_cache(tmp_path: Path, examples_dir: Path) -> None:
    runner = CliRunner()
    store, cache = tmp_path / "store", tmp_path / "cache"
    command = ["add", str(examples_dir), "--store", str(store), "--cache", str(cache)]
    first = runner.invoke(app, [*command, "--batch-size", "2"])
    assert first.exit_code == 0, first.output
    assert any(cache.rglob("*.json"))  # every extracted result was cached
    before = set(open_store(store, read_only=True))
    again = runner.invoke(app, command)  # every result from the cache: nothing changes
    assert again.exit_code == 0, again.output
    assert "+0 / -0 triples" in again.output
    assert set(open_store(store, read_only=True)) == before


def test_cli_add_stops_at_a_bad_article_before_writing(tmp_path: Path) -> None:
    runner = CliRunner()
    corpus = tmp_path / "corpus.jsonl"
    good = json.dumps({"id": "good", "text": "Russia proposed talks."})
    corpus.write_text(good + "\n" + "{not json\n", encoding="utf-8")
    store = tmp_path / "store"
    result = runner.invoke(app, ["add", str(corpus), "--store", str(store)])
    assert result.exit_code != 0
    assert "corpus.jsonl" in result.output and "Traceback" not in result.output
    assert list_articles(open_store(store, read_only=True)) == []
