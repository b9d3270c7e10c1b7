"""The direct RDF writers against rdflib's own serialisers, on a graph with awkward text."""

from __future__ import annotations

import json

import networkx as nx
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.export.rdf import PREFIXES, rdf_triples, to_jsonld, to_ntriples, to_rdf, to_turtle

AWKWARD = 'quote " backslash \\ newline \n return \r tab \t vt \x0b nel \x85 ls \u2028 é 中文 😀'


def awkward_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(
        articles={
            "a/1 ?#": {"title": AWKWARD, "date": "2024-02-30", "url": "https://x.org/a b"},
            "a2": {"date": "2024-02-03", "url": "https://example.org/news?id=2", "outlet": "AP"},
        }
    )
    graph.add_node(
        "person/zoë-o'brien",
        type="Person",
        label="Zoë O'Brien",
        aliases=["O'Brien", AWKWARD],
        role="foreign minister",
        articles=["a/1 ?#", "a2"],
        merged_from=["person/o-brien"],
    )
    graph.add_node("country/US", type="Country", label="United States", articles=["a2"])
    # Keys and URLs with characters every writer must quote or escape in its own way.
    graph.add_node(
        "event/😀 <odd> {key} | ^`\\ 100%",
        type="Event",
        label="😀 \\u00e9 \\N",
        date="2024-02",
        articles=["a3"],
    )
    graph.graph["articles"]["a3"] = {"url": "https://例え.jp/ニュース?q=😀&r=%20", "title": AWKWARD}
    graph.add_node("organization/50%-off.", type="Organization", articles=[])
    evidence = {"sentence": AWKWARD, "start": 3, "end": 9, "trigger": "said", "date": "2024-02-03"}
    graph.add_edge(
        "person/zoë-o'brien",
        "country/US",
        predicate="proposed",
        negated=False,
        cameo="036",
        modality="asserted",
        date="2024-02-03",
        articles=["a2"],
        evidence=[{**evidence, "article_id": "a2"}],
    )
    graph.add_edge(
        "country/US",
        "organization/50%-off.",
        predicate="accused",
        negated=True,
        articles=["a/1 ?#"],
        evidence=[{**evidence, "article_id": "a/1 ?#", "date": "not a date"}],
    )
    return graph


def test_ntriples_are_the_bytes_rdflib_writes_once_sorted() -> None:
    graph = awkward_graph()
    rdflib_text = to_rdf(graph).serialize(format="nt")
    expected = "\n".join(sorted(line for line in rdflib_text.split("\n") if line.strip())) + "\n"
    assert to_ntriples(graph) == expected


def test_jsonld_is_the_document_rdflib_writes() -> None:
    graph = awkward_graph()
    written = to_rdf(graph).serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    canonical = _sorted_arrays(json.loads(written))
    assert to_jsonld(graph) == json.dumps(canonical, ensure_ascii=False, indent=2) + "\n"


def test_a_one_node_jsonld_is_the_document_rdflib_writes() -> None:
    # One node is written beside @context, not in @graph (a path of its own).
    graph = nx.MultiDiGraph(articles={})
    graph.add_node("person/zoë", type="Person", label=AWKWARD, aliases=["Z", "😀"], articles=[])
    written = to_rdf(graph).serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    canonical = _sorted_arrays(json.loads(written))
    assert "@graph" not in canonical
    assert to_jsonld(graph) == json.dumps(canonical, ensure_ascii=False, indent=2) + "\n"


def test_every_format_parses_back_to_the_same_triples() -> None:
    graph = awkward_graph()
    expected = to_rdf(graph)
    assert len(expected) == len(rdf_triples(graph)) > 40
    for text, fmt in ((to_turtle(graph), "turtle"), (to_ntriples(graph), "nt")):
        assert isomorphic(Graph().parse(data=text, format=fmt), expected), fmt
    assert isomorphic(Graph().parse(data=to_jsonld(graph), format="json-ld"), expected)


def test_turtle_keeps_unsafe_local_names_as_full_iris() -> None:
    text = to_turtle(awkward_graph())
    assert "person:zo%C3%AB-o%27brien" not in text
    assert "<https://newsgraph.dev/id/person/zo%C3%AB-o%27brien>" in text
    assert "country:US a ng:Country," in text


def test_writers_are_deterministic_across_insertion_orders() -> None:
    graph = awkward_graph()
    reversed_graph = nx.MultiDiGraph(**graph.graph)
    reversed_graph.add_nodes_from(reversed(list(graph.nodes(data=True))))
    reversed_graph.add_edges_from(reversed(list(graph.edges(data=True))))
    for writer in (to_turtle, to_ntriples, to_jsonld):
        assert writer(graph) == writer(reversed_graph)


def _sorted_arrays(value: object) -> object:
    # rdflib's key and array order follows its store's set order; ours is sorted.
    if isinstance(value, dict):
        return {key: _sorted_arrays(item) for key, item in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted_arrays(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def test_indented_json_is_the_text_json_dumps_writes() -> None:
    from graph.export.jsonld_text import _indented_json

    document = {
        "@context": {"ng": "https://newsgraph.dev/ontology#", "empty": {}},
        "@graph": [
            {"@id": AWKWARD, "n": [1, -2, 3.25, 1e300, True, False, None], "l": []},
            {"@id": "b", "nested": [[], [{}], {"k": ["x", AWKWARD]}]},
        ],
        AWKWARD: "\x00\x1f\u2028",
    }
    assert _indented_json(document) == json.dumps(document, ensure_ascii=False, indent=2)
    assert _indented_json([]) == "[]" and _indented_json("é") == '"é"'


def test_node_arrays_sort_by_id_as_by_their_whole_text() -> None:
    from graph.export.jsonld_text import _SORT_KEY_ENCODER, _sort_key

    # Ids that are prefixes of one another, and characters that JSON escapes, which sort
    # differently escaped and raw ('"' after '!' raw, '\\' after it escaped).
    ids = ["a", "ab", 'a"', "a!", "a\\", "a\n", "a b", "é", "a/1", ""]
    nodes = [{"@id": i, **({"@type": "x"} if n % 2 else {})} for n, i in enumerate(ids)]
    assert _sort_key(nodes) != _SORT_KEY_ENCODER.encode
    assert sorted(nodes, key=_sort_key(nodes)) == sorted(nodes, key=_SORT_KEY_ENCODER.encode)
    # A repeated id, or an item without "@id" first, falls back to the whole text.
    assert _sort_key([{"@id": "a"}, {"@id": "a", "x": 1}]) == _SORT_KEY_ENCODER.encode
    assert _sort_key([{"@id": "a"}, {"@type": "b"}]) == _SORT_KEY_ENCODER.encode
