"""Every shipped query (queries/*.rq), run on the graphs of the sample and seed articles.

The expected rows are computed independently, in Python over the networkx graph that the RDF
was exported from, so each test checks that the SPARQL asks what its header says it asks,
row for row, whatever the extractor finds in the articles.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.export.rdf import DIRECT_MODALITIES, to_turtle
from graph.merge.build import build_graph
from graph.run.corpus import iter_results
from graph.store.query import QueryResult, plain_text, run_query
from graph.store.shipped import query_description, read_query, shipped_queries
from graph.store.store import add_results, open_store
from graph.store.summary_rebuild import rebuild_summaries
from graph.vocab.identity import article_iri, entity_iri

REPO = Path(__file__).resolve().parents[3]
Row = tuple[str | None, ...]
POSITIVE = {
    "proposed",
    "offered",
    "agreed",
    "signed",
    "supported",
    "endorsed",
    "welcomed",
    "accepted",
    "pledged",
}
OPPOSING = {"rejected", "denied", "dismissed", "opposed", "vetoed", "condemned"}
STRUCTURAL = {"affiliated_with", "party_to", "held_in", "located_in"}


@pytest.fixture(scope="module", params=["examples", "seeds"])
def corpus(request: pytest.FixtureRequest) -> tuple[nx.MultiDiGraph, ox.Store, list[Any]]:
    """The networkx graph of a corpus, its Turtle export loaded into Oxigraph, its results."""
    folder = request.getfixturevalue(f"{request.param}_dir")
    results = list(iter_results([folder]))
    graph = build_graph(results)
    store = ox.Store()
    store.load(to_turtle(graph).encode("utf-8"), format=ox.RdfFormat.TURTLE)
    rebuild_summaries(store)  # as load_graph_file does for a file
    return graph, store, results


def _rows(result: QueryResult) -> list[Row]:
    return [tuple(None if t is None else plain_text(t) for t in row) for row in result.rows]


def _iri(key: str) -> str:
    return str(entity_iri(key))


def _label(graph: nx.MultiDiGraph, key: str) -> str:
    return str(graph.nodes[key]["label"])


def _meta(graph: nx.MultiDiGraph, article_id: str, field: str) -> str | None:
    return graph.graph["articles"].get(article_id, {}).get(field) or None


def _edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, dict[str, Any]]]:
    return [(u, v, d) for u, v, d in graph.edges(data=True)]


def _is_triple(data: dict[str, Any]) -> bool:
    """Whether an edge is exported as a direct triple (not negated, not planned, conditional
    or wished: those stay statements with their modality)."""
    return not data["negated"] and data.get("modality", "") in DIRECT_MODALITIES


def _direct(graph: nx.MultiDiGraph, u: str, v: str, predicate: str) -> bool:
    return graph.has_edge(u, v, predicate) and _is_triple(graph.edges[u, v, predicate])


def expect_proposals(g: nx.MultiDiGraph) -> list[Row]:
    rows: list[Row] = []
    for u, v, d in _edges(g):
        if d["predicate"] not in ("proposed", "offered") or d["negated"]:
            continue
        parties = [
            p
            for p in g.predecessors(v)
            if _direct(g, p, v, "party_to") and p != u and not _direct(g, u, p, "affiliated_with")
        ]
        head = (_iri(u), _label(g, u), d["predicate"], _iri(v), _label(g, v))
        rows += [(*head, _iri(p), _label(g, p)) for p in sorted(set(parties))] or [
            (*head, None, None)
        ]
    return rows


def expect_denials(g: nx.MultiDiGraph) -> list[Row]:
    return [
        (
            _iri(u),
            _label(g, u),
            _iri(v),
            _label(g, v),
            str(article_iri(e["article_id"])),
            _meta(g, e["article_id"], "title"),
            _meta(g, e["article_id"], "url"),
            _meta(g, e["article_id"], "date"),
            e["sentence"],
        )
        for u, v, d in _edges(g)
        if d["predicate"] == "denied" and not d["negated"]
        for e in d["evidence"]
    ]


def expect_agreements(g: nx.MultiDiGraph) -> list[Row]:
    ties = {"party_to", "signed", "agreed", "accepted", "concluded", "established"}
    return [
        (_iri(v), _label(g, v), _iri(u), _label(g, u), d["predicate"])
        for u, v, d in _edges(g)
        if g.nodes[v]["type"] == "Agreement" and d["predicate"] in ties and _is_triple(d)
    ]


def expect_timeline(g: nx.MultiDiGraph, actor: str) -> list[Row]:
    rows: list[Row] = []
    for u, v, d in _edges(g):
        for role, me, other in (("subject", u, v), ("object", v, u)):
            if me != actor:
                continue
            for article in d["articles"]:
                rows.append(
                    (
                        _iri(actor),
                        _meta(g, article, "date"),
                        role,
                        d["predicate"],
                        "true" if d["negated"] else "false",
                        _iri(other),
                        _label(g, other),
                        str(article_iri(article)),
                    )
                )
    return rows


def expect_cooccurrence(g: nx.MultiDiGraph) -> list[Row]:
    countries = [n for n, d in g.nodes(data=True) if d["type"] == "Country"]
    counts: Counter[tuple[str, str]] = Counter()
    for article in g.graph["articles"]:
        present = sorted((c for c in countries if article in g.nodes[c]["articles"]), key=_iri)
        for i, a in enumerate(present):
            for b in present[i + 1 :]:
                counts[(a, b)] += 1
    return [(_iri(a), _label(g, a), _iri(b), _label(g, b), str(n)) for (a, b), n in counts.items()]


def expect_most_active(g: nx.MultiDiGraph) -> list[Row]:
    actions: Counter[str] = Counter()
    articles: dict[str, set[str]] = {}
    for u, _, d in _edges(g):
        if d["predicate"] in STRUCTURAL:
            continue
        actions[u] += 1
        articles.setdefault(u, set()).update(d["articles"])
    return [(_iri(u), _label(g, u), str(n), str(len(articles[u]))) for u, n in actions.items()]


def expect_two_sources(g: nx.MultiDiGraph) -> list[Row]:
    return [
        (
            _iri(u),
            _label(g, u),
            d["predicate"],
            "true" if d["negated"] else "false",
            _iri(v),
            _label(g, v),
            str(len(d["articles"])),
        )
        for u, v, d in _edges(g)
        if len(d["articles"]) >= 2
    ]


def expect_contradictions(g: nx.MultiDiGraph) -> list[Row]:
    rows: list[Row] = []
    for u1, v1, d1 in _edges(g):
        if d1["negated"] or d1["predicate"] not in POSITIVE:
            continue
        for u2, v2, d2 in _edges(g):
            opposing = (not d2["negated"] and d2["predicate"] in OPPOSING) or (
                d2["negated"] and d2["predicate"] in POSITIVE
            )
            if v2 != v1 or not opposing:
                continue
            verb = ("not " if d2["negated"] else "") + d2["predicate"]
            for a1 in d1["articles"]:
                for a2 in d2["articles"]:
                    rows.append(
                        (
                            _iri(v1),
                            _label(g, v1),
                            _iri(u1),
                            _label(g, u1),
                            d1["predicate"],
                            str(article_iri(a1)),
                            _iri(u2),
                            _label(g, u2),
                            verb,
                            str(article_iri(a2)),
                        )
                    )
    return rows


def expect_negated(g: nx.MultiDiGraph) -> list[Row]:
    return [
        (
            _iri(u),
            _label(g, u),
            d["predicate"],
            _iri(v),
            _label(g, v),
            str(article_iri(e["article_id"])),
            e["sentence"],
        )
        for u, v, d in _edges(g)
        if d["negated"]
        for e in d["evidence"]
    ]


def expect_find(g: nx.MultiDiGraph, text: str) -> list[Row]:
    return [
        (text, _iri(n), d["label"], d["type"], str(len(d["articles"])))
        for n, d in g.nodes(data=True)
        if any(text.lower() in name.lower() for name in [d["label"], *d["aliases"]])
    ]


def expect_in_country(g: nx.MultiDiGraph) -> list[Row]:
    rows: list[Row] = []
    for u, v, d in _edges(g):
        if d["predicate"] in STRUCTURAL or d["negated"]:
            continue
        places = [v] if g.nodes[v]["type"] == "Place" else []
        if g.nodes[v]["type"] == "Event":
            places += [p for _, p, e in g.out_edges(v, data=True) if e["predicate"] == "held_in"]
        for place in places:
            for _, country, e in g.out_edges(place, data=True):
                if e["predicate"] != "located_in":
                    continue
                rows += [
                    (
                        _iri(country),
                        _iri(place),
                        _label(g, place),
                        _iri(u),
                        _label(g, u),
                        d["predicate"],
                        _iri(v),
                        _label(g, v),
                        str(article_iri(article)),
                    )
                    for article in d["articles"]
                ]
    return rows


def _most_mentioned(g: nx.MultiDiGraph) -> str:
    return max(g.nodes, key=lambda n: (sum(1 for _ in g.in_edges(n)) + g.out_degree(n), n))


# Query stem → (bindings for the graph, expected rows from the graph).
ORACLES: dict[str, Callable[[nx.MultiDiGraph], tuple[dict[str, str], list[Row]]]] = {
    "01_who_proposed_what_to_whom": lambda g: ({}, expect_proposals(g)),
    "02_denials_with_sources": lambda g: ({}, expect_denials(g)),
    "03_agreements_and_parties": lambda g: ({}, expect_agreements(g)),
    "04_actor_timeline": lambda g: (
        {"actor": _most_mentioned(g)},
        expect_timeline(g, _most_mentioned(g)),
    ),
    "05_country_cooccurrence": lambda g: ({}, expect_cooccurrence(g)),
    "06_most_active_actors": lambda g: ({}, expect_most_active(g)),
    "07_edges_supported_by_two_articles": lambda g: ({}, expect_two_sources(g)),
    "08_contradictions": lambda g: ({}, expect_contradictions(g)),
    "09_negated_claims": lambda g: ({}, expect_negated(g)),
    "10_find_entity": lambda g: ({"text": "ru"}, expect_find(g, "ru")),
    "11_events_in_a_country": lambda g: ({}, expect_in_country(g)),
}


def test_at_least_eight_queries_each_with_a_header() -> None:
    queries = shipped_queries()
    assert len(queries) >= 8
    assert set(queries) == set(ORACLES)
    for path in queries.values():
        assert path.read_text(encoding="utf-8").startswith("# ")
        assert len(query_description(path)) > 20


def test_the_package_copy_is_the_top_level_folder() -> None:
    from graph.store.shipped import queries_dir

    assert queries_dir().resolve() == (REPO / "queries").resolve()
    assert read_query("04") == read_query("04_actor_timeline")
    with pytest.raises(KeyError, match="no shipped query"):
        read_query("99")


@pytest.mark.parametrize("name", sorted(ORACLES))
def test_query_returns_exactly_the_expected_rows(
    name: str, corpus: tuple[nx.MultiDiGraph, ox.Store, list[Any]]
) -> None:
    graph, store, _ = corpus
    bindings, expected = ORACLES[name](graph)
    rows = _rows(run_query(read_query(name), source=store, bindings=bindings))
    assert Counter(rows) == Counter(expected)


def test_queries_answer_the_same_on_a_store_of_article_graphs(
    tmp_path: Path, corpus: tuple[nx.MultiDiGraph, ox.Store, list[Any]]
) -> None:
    graph, store, results = corpus
    on_disk = open_store(tmp_path / "store")
    add_results(on_disk, results)
    for name, oracle in ORACLES.items():
        bindings, _ = oracle(graph)
        text = read_query(name)
        from_file = run_query(text, source=store, bindings=bindings)
        from_store = run_query(text, source=on_disk, bindings=bindings)
        # Each article graph keeps its own name for an entity, but the default graph that
        # queries read has one preferred name per entity: one row per fact, as from the file.
        keep = [i for i, c in enumerate(from_file.columns) if not c.lower().endswith("name")]
        assert Counter(_projected(from_store, keep)) == Counter(_projected(from_file, keep)), name
        assert len(set(_rows(from_store))) == len(set(_projected(from_store, keep))), name


def _projected(result: QueryResult, columns: list[int]) -> list[Row]:
    return [tuple(row[i] for i in columns) for row in _rows(result)]


def _project(result: QueryResult, columns: list[int]) -> set[Row]:
    return {tuple(row[i] for i in columns) for row in _rows(result)}


def test_seeds_lavrov_proposed_the_joint_group_to_spain(seeds_dir: Path) -> None:
    """The founding example of the project, end to end: who proposed what to whom."""
    store = ox.Store()
    graph = build_graph(iter_results([seeds_dir]))
    store.load(to_turtle(graph).encode("utf-8"), format=ox.RdfFormat.TURTLE)
    rows = _rows(run_query(read_query("01"), source=store))
    lavrov = _iri("person/sergei-lavrov")
    spain = _iri("country/ES")
    assert any(r[0] == lavrov and r[2] == "proposed" and r[5] == spain for r in rows), rows


def test_benchmark_runs_small(tmp_path: Path, examples_dir: Path) -> None:
    """A tiny run of scripts/bench_sparql.py: both graphs, every query, rdflib, a JSON report."""
    store = tmp_path / "store"
    add_results(open_store(store), iter_results([examples_dir]))
    out = tmp_path / "bench.json"
    command = [sys.executable, str(REPO / "scripts" / "bench_sparql.py"), "--triples", "2000"]
    command += ["--repeat", "1", "--store", str(store), "--rdflib", "--timeout", "15"]
    proc = subprocess.run(
        [*command, "--out", str(out)], capture_output=True, text=True, cwd=REPO, timeout=600
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(out.read_text())
    replicated, stored = report["replicated"], report["store"]
    assert replicated["triples"] >= 2000 and replicated["copies"] == 1
    assert stored["articles"] == len(list(examples_dir.glob("*.txt"))) and stored["triples"] > 0
    for part in (replicated, stored):
        assert [q["query"] for q in part["queries"]] == sorted(ORACLES)
        assert all(q["seconds"] > 0 and q["rows"] >= 0 for q in part["queries"])
    assert replicated["load_seconds"]["pyoxigraph"] > 0 and replicated["load_seconds"]["rdflib"] > 0
    for q in replicated["queries"]:
        if q["rdflib"]["rows"] is not None:  # None: rdflib hit the timeout
            assert q["rows"] == q["rdflib"]["rows"], q["query"]
    assert "median" in proc.stdout and "worst" in proc.stdout


def test_compare_query_rows_tells_a_changed_answer(tmp_path: Path, examples_dir: Path) -> None:
    """scripts/compare_query_rows.py: the shipped queries against themselves agree; a copy of
    06 that drops a row does not, and the exit status says so."""
    store = tmp_path / "store"
    add_results(open_store(store), iter_results([examples_dir]))
    changed = tmp_path / "changed"
    changed.mkdir()
    for name, path in shipped_queries().items():
        text = path.read_text(encoding="utf-8")
        if name.startswith("06_"):
            text += "LIMIT 1\n"
        (changed / path.name).write_text(text, encoding="utf-8")
    script = [sys.executable, str(REPO / "scripts" / "compare_query_rows.py"), "--repeat", "1"]
    for old, status in ((REPO / "queries", 0), (changed, 1)):
        proc = subprocess.run(
            [*script, "--old", str(old), "--store", str(store)],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=300,
        )
        assert proc.returncode == status, proc.stderr
        lines = proc.stdout.splitlines()
        assert len(lines) == len(ORACLES)
        differing = [line.split()[0] for line in lines if "same rows NO" in line]
        assert differing == ([] if status == 0 else ["06_most_active_actors"])


def test_an_entity_named_two_ways_gives_one_row_per_denial(tmp_path: Path) -> None:
    """The case that motivated merged names: two articles word the same event differently."""
    russia = Entity("country/RU", "Russia", EntityType.COUNTRY)
    names = ("interference in 2016 U.S. elections", "interference in 2016 presidential election")
    results = []
    for number, label in enumerate(names, start=1):
        event = Entity("event/2016-interference", label, EntityType.EVENT)
        sentence = f"Russia denied {label}."
        evidence = Evidence(f"a{number}", sentence, 0, len(sentence), f"2018-0{number}-01")
        denial = Relation(russia.key, "denied", event.key, "023", False, evidence)
        article = Article(f"a{number}", sentence, f"Report {number}", f"2018-0{number}-01")
        results.append(ArticleResult(article, (russia, event), (denial,)))
    store = open_store(tmp_path / "store")
    add_results(store, results)
    result = run_query(read_query("02"), source=store)
    rows = [dict(zip(result.columns, row, strict=True)) for row in _rows(result)]
    assert len(rows) == 2  # one per piece of evidence, not one per (evidence, name) pair
    assert {row["whatName"] for row in rows} == {names[1]}  # the longer name is preferred
    assert {row["article"] for row in rows} == {_iri_of_article("a1"), _iri_of_article("a2")}


def _iri_of_article(article_id: str) -> str:
    return str(article_iri(article_id))


def test_names_sort_as_names_though_the_queries_sort_on_copies(tmp_path: Path) -> None:
    """The shipped queries sort on each name with U+0000 appended (a string the store does not
    hold, compared in memory): the order must be the names' own, prefixes and accents too."""
    labels = ["Ab", "A", "A b", "Aé", "Ä", "A\tb", "B", "a", "Åland Islands Authority Board"]
    deal = Entity("agreement/deal", "deal", EntityType.AGREEMENT)
    results = []
    for number, label in enumerate(labels):
        actor = Entity(f"organization/actor-{number}", label, EntityType.ORGANIZATION)
        sentence = f"{label} signed the deal."
        evidence = Evidence(f"a{number}", sentence, 0, len(sentence), "2024-01-01")
        signed = Relation(actor.key, "signed", deal.key, "057", False, evidence)
        article = Article(f"a{number}", sentence, f"Report {number}", "2024-01-01")
        results.append(ArticleResult(article, (actor, deal), (signed,)))
    store = open_store(tmp_path / "store")
    add_results(store, results)
    for name, column in (("06", "name"), ("03", "partyName")):
        result = run_query(read_query(name), source=store)
        names = [str(row[result.columns.index(column)]) for row in _rows(result)]
        # Every actor acts once in one article (06) and signs the one deal (03), so only the
        # name orders the rows, by code point as SPARQL compares strings. (Resolution merges
        # a few of the labels, "a" into "A" for one: the order is checked on what is left.)
        assert names == sorted(names), name
        assert {"A", "A\tb", "Ab", "Aé", "B", "Åland Islands Authority Board"} <= set(names)
