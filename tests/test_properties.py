"""Property tests (hypothesis): extraction never crashes, graphs merge by union, exports
round-trip.

The default run keeps example counts small so the suite stays fast; ``-m slow`` runs the same
properties with many more examples.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from extract.errors import InputError
from extract.ingest.read import read_articles
from extract.pipeline import extract_text
from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Mention, Relation
from graph.export.json import read_json, to_json, write_json
from graph.export.rdf import to_ntriples, to_rdf, to_turtle
from graph.merge.build import build_graph, merge_graphs

FAST = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
THOROUGH = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))

# --------------------------------------------------------------------------- random text

# Words that make the parser and the relation rules actually fire, mixed with noise.
NEWS_WORDS = [
    "Russia", "China", "the United States", "Sergei Lavrov", "President Putin", "NATO",
    "the UN", "proposed", "rejected", "did not agree to", "accused", "signed", "a ceasefire",
    "the treaty", "in Moscow", "on Monday", "said", "\"", "(", ")", ",", ".", "!", "?", "\n",
    "\n\n", "—", "'s", "U.S.", "Mr.", "2018", "<b>", "&amp;", "{{x}}",
]  # fmt: skip

random_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(NEWS_WORDS) | st.text(max_size=8), max_size=60).map(" ".join),
)


def _never_crashes(text: str) -> None:
    result = extract_text(text, article_id="random")
    keys = {entity.key for entity in result.entities}
    for relation in result.relations:
        assert relation.subject in keys and relation.object in keys
        evidence = relation.evidence
        assert 0 <= evidence.start <= evidence.end <= len(text)


@FAST
@given(random_text)
def test_random_text_never_crashes_extraction(text: str) -> None:
    _never_crashes(text)


@pytest.mark.slow
@THOROUGH
@given(random_text)
def test_random_text_never_crashes_extraction_thoroughly(text: str) -> None:
    _never_crashes(text)


@FAST
@given(st.binary(max_size=400) | random_text.map(lambda text: text.encode("utf-8")))
def test_random_files_are_read_or_refused_cleanly(data: bytes) -> None:
    """Ingestion yields articles or raises ``InputError`` naming the file, nothing else."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.txt"
        path.write_bytes(data)
        try:
            articles = list(read_articles([path]))
        except InputError as error:
            assert str(error).startswith(str(path)) and "\n" not in str(error)
        else:
            assert [article.id for article in articles] == ["random"]
            assert articles[0].text.strip()


# --------------------------------------------------------------------------- synthetic results

# Keys the resolver leaves alone (no two name the same thing) and keys it merges
# (person/lavrov into person/sergei-lavrov, organization/un into organization/united-nations).
DISTINCT = [
    ("country/RU", "Russia", EntityType.COUNTRY),
    ("country/CN", "China", EntityType.COUNTRY),
    ("country/US", "United States", EntityType.COUNTRY),
    ("person/sergei-lavrov", "Sergei Lavrov", EntityType.PERSON),
    ("agreement/new-start", "New START", EntityType.AGREEMENT),
    ("organization/united-nations", "United Nations", EntityType.ORGANIZATION),
    ("place/geneva", "Geneva", EntityType.PLACE),
]
RESOLVED = [
    ("person/lavrov", "Lavrov", EntityType.PERSON),
    ("organization/un", "UN", EntityType.ORGANIZATION),
]
PREDICATES = [("proposed", "03"), ("agreed", "08"), ("accused", "112"), ("met", "040")]
names = st.text(max_size=20)
dates = st.none() | st.dates().map(lambda d: d.isoformat()) | st.sampled_from(["", "May 2020"])


@st.composite
def article_results(draw: st.DrawFn, article_id: str, pool: list) -> ArticleResult:
    chosen = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=4, unique=True))
    sentence = draw(names)
    entities = tuple(
        Entity(
            key,
            label,
            kind,
            aliases=tuple(draw(st.lists(names, max_size=2))),
            mentions=(Mention(label, 0, len(label), sentence),),
            role=draw(st.none() | st.sampled_from(["Foreign Minister", "President"])),
        )
        for key, label, kind in chosen
    )
    relations = []
    for _ in range(draw(st.integers(0, 3))):
        subject, obj = draw(st.sampled_from(chosen)), draw(st.sampled_from(chosen))
        predicate, cameo = draw(st.sampled_from(PREDICATES))
        start = draw(st.integers(0, 50))
        evidence = Evidence(
            article_id, sentence, start, start + len(sentence), draw(dates), predicate
        )
        relations.append(
            Relation(
                subject[0],
                predicate,
                obj[0],
                cameo,
                draw(st.booleans()),
                evidence,
                modality=draw(st.none() | st.just("reported")),
            )
        )
    article = Article(article_id, sentence or "text", draw(names), draw(dates), draw(names))
    return ArticleResult(article, entities, tuple(relations))


@st.composite
def corpora(draw: st.DrawFn, pool: list) -> tuple[list[ArticleResult], int]:
    """A few articles with distinct ids and a point to split them at."""
    count = draw(st.integers(1, 5))
    results = [draw(article_results(f"a{number}", pool)) for number in range(count)]
    return results, draw(st.integers(0, count))


def _without_reason_wording(graph: nx.MultiDiGraph) -> dict:
    """The graph as JSON, each merge reason cut to the merge it explains ("a → b").

    A part may explain a merge by another of the resolver's rules than the whole corpus does
    (an alias seen in the part instead of initials); which keys merged must be the same.
    """
    data = to_json(graph)
    for node in data["nodes"]:
        node["merge_reasons"] = sorted(r.split(":", 1)[0] for r in node["merge_reasons"])
    return data


def _merge_equals_whole(corpus: tuple[list[ArticleResult], int]) -> None:
    results, split = corpus
    whole = build_graph(results)
    parts = merge_graphs(build_graph(results[:split]), build_graph(results[split:]))
    assert _without_reason_wording(parts) == _without_reason_wording(whole)


@FAST
@given(corpora(DISTINCT + RESOLVED))
def test_merge_of_parts_equals_build_of_whole(corpus: tuple[list[ArticleResult], int]) -> None:
    _merge_equals_whole(corpus)


@pytest.mark.slow
@THOROUGH
@given(corpora(DISTINCT + RESOLVED))
def test_merge_of_parts_equals_build_of_whole_thoroughly(
    corpus: tuple[list[ArticleResult], int],
) -> None:
    _merge_equals_whole(corpus)


# --------------------------------------------------------------------------- round trips


def _json_round_trip(corpus: tuple[list[ArticleResult], int]) -> None:
    graph = build_graph(corpus[0])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.json"
        write_json(graph, path)
        again = read_json(path)
        assert to_json(again) == to_json(graph)
        # Writing what was read gives the same bytes: nothing drifts on a second pass.
        second = Path(folder) / "again.json"
        write_json(again, second)
        assert second.read_bytes() == path.read_bytes()
    assert json.loads(json.dumps(to_json(graph))) == to_json(graph)


def _rdf_round_trip(corpus: tuple[list[ArticleResult], int]) -> None:
    graph = build_graph(corpus[0])
    expected = to_rdf(graph)
    for text, fmt in ((to_turtle(graph), "turtle"), (to_ntriples(graph), "nt")):
        parsed = Graph().parse(data=text, format=fmt)
        assert len(parsed) == len(expected)
        assert isomorphic(parsed, expected), fmt


@FAST
@given(corpora(DISTINCT + RESOLVED))
def test_json_export_round_trips(corpus: tuple[list[ArticleResult], int]) -> None:
    _json_round_trip(corpus)


@FAST
@given(corpora(DISTINCT + RESOLVED))
def test_turtle_and_ntriples_export_round_trip(corpus: tuple[list[ArticleResult], int]) -> None:
    _rdf_round_trip(corpus)


@pytest.mark.slow
@THOROUGH
@given(corpora(DISTINCT + RESOLVED))
def test_export_round_trips_thoroughly(corpus: tuple[list[ArticleResult], int]) -> None:
    _json_round_trip(corpus)
    _rdf_round_trip(corpus)


def test_merge_of_parts_equals_build_of_whole_across_resolved_names() -> None:
    full = Entity("person/sergei-lavrov", "Sergei Lavrov", EntityType.PERSON)
    short = Entity("person/lavrov", "Lavrov", EntityType.PERSON)
    results = [
        ArticleResult(Article("a1", "Sergei Lavrov spoke."), (full,)),
        ArticleResult(Article("a2", "Lavrov spoke."), (short,)),
    ]
    _merge_equals_whole((results, 1))
