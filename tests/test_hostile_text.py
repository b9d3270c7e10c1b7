"""Hostile text: markup in articles stays inert in the HTML view and the notebook view, names
with any characters give valid Turtle / N-Triples / JSON-LD, and user input reaches SPARQL
only as bindings.
"""

from __future__ import annotations

import html
import json
import threading
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from extract.mentions.keys import entity_key
from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Mention, Relation
from graph.api import show
from graph.cli.main import app
from graph.export.html import write_html
from graph.export.rdf import to_jsonld, to_ntriples, to_rdf, to_turtle
from graph.merge.build import build_graph
from graph.store.query import run_query
from graph.vocab.identity import article_iri, entity_iri

# Each payload sets window.__pwned or opens a dialog if it ever runs.
PAYLOADS = [
    "<script>window.__pwned = 1; alert(1)</script>",
    "</script><script>window.__pwned = 2</script>",
    '<img src=x onerror="window.__pwned = 3">',
    "<svg onload=window.__pwned=4>",
    '"><iframe src="javascript:window.__pwned=5"></iframe>',
    "<!-- <script> -->",
    "\u2028\u2029 line separators \\u003c/script>",
]
HOSTILE_NAMES = [
    *PAYLOADS,
    'The "Quoted" <Org> & Co',
    "name with spaces and a\ttab\nand a newline",
    "Łódź – Ελλάδα – 北京 – القاهرة – 🇺🇦",
    "back\\slash {braces} |pipe| ^caret^ `tick`",
    "N" * 5000,
]


class _Elements(HTMLParser):
    """Every element the browser's parser would create, with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _elements(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser.tags


def _hostile_graph() -> nx.MultiDiGraph:
    """Every text field of the graph carries a payload: labels, aliases, roles, sentences,
    titles, outlets, URLs and article ids."""
    results = []
    for number, name in enumerate(HOSTILE_NAMES):
        article_id = f"a{number}-{name[:40]}"
        sentence = f"{name} proposed {name} to Russia."
        person = Entity(
            entity_key(EntityType.PERSON, name) + f"-{number}",
            name,
            EntityType.PERSON,
            aliases=(name, name[::-1]),
            mentions=(Mention(name, 0, len(name), sentence),),
            role=name,
        )
        # A key made from the raw name, as a careless extractor might mint it.
        organisation = Entity(f"organization/{name}", name, EntityType.ORGANIZATION)
        russia = Entity("country/RU", "Russia", EntityType.COUNTRY)
        evidence = Evidence(article_id, sentence, 0, len(sentence), "2024-01-02", name)
        relations = (
            Relation(person.key, "proposed", russia.key, "03", False, evidence, modality=name),
            Relation(organisation.key, "accused", person.key, "112", True, evidence),
        )
        article = Article(
            article_id, sentence, title=name, url=f"javascript:alert({number})", outlet=name
        )
        results.append(ArticleResult(article, (person, organisation, russia), relations))
    return build_graph(results)


# --------------------------------------------------------------------------- HTML view


def _assert_inert(page: str, benign: str) -> None:
    """No element or attribute in ``page`` that the benign page does not have too."""
    tags = _elements(page)
    benign_tags = _elements(benign)
    assert {tag for tag, _ in tags} <= {tag for tag, _ in benign_tags}
    assert sum(tag == "script" for tag, _ in tags) == sum(tag == "script" for tag, _ in benign_tags)
    for tag, attrs in tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for value in attrs.values():
            assert "javascript:" not in (value or "").lower(), (tag, attrs)
    # The payloads travel only inside script data; outside scripts, they are text at most.
    assert "window.__pwned" not in "".join(page.split("<script")[0])


def test_html_view_of_hostile_graph_is_inert(tmp_path: Path) -> None:
    hostile, benign = tmp_path / "hostile.html", tmp_path / "benign.html"
    write_html(_hostile_graph(), hostile)
    write_html(build_graph([]), benign)
    _assert_inert(hostile.read_text(encoding="utf-8"), benign.read_text(encoding="utf-8"))


def _hostile_articles(folder: Path) -> Path:
    folder.mkdir()
    for number, payload in enumerate(PAYLOADS):
        text = (
            f"{payload} summit {payload}\n\n"
            f"Russia accused {payload} China of hacking in Moscow on Monday. "
            f"Sergei Lavrov proposed a ceasefire {payload} to Ukraine.\n"
        )
        (folder / f"story{number}.txt").write_text(text, encoding="utf-8")
    rows = [
        {"id": payload, "title": payload, "text": f"France accused Germany {payload} of spying.",
         "url": f"javascript:alert({number})", "outlet": payload}
        for number, payload in enumerate(PAYLOADS)
    ]  # fmt: skip
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return folder


def test_cli_build_of_hostile_articles_writes_an_inert_page(tmp_path: Path) -> None:
    folder = _hostile_articles(tmp_path / "in")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(folder), "--out", str(out), "-f", "html,json"])
    assert result.exit_code == 0, result.stderr
    titles = {
        meta["title"]
        for meta in json.loads((out / "graph.json").read_text())["graph"]["articles"].values()
    }
    # The payloads did reach the graph (cleaning folds the line separators of the last one)...
    assert {payload for payload in PAYLOADS if payload.isprintable()} <= titles
    benign = tmp_path / "benign.html"
    write_html(build_graph([]), benign)
    # ...and still do nothing in the page.
    _assert_inert((out / "graph.html").read_text(encoding="utf-8"), benign.read_text())


def test_notebook_view_is_one_sandboxed_iframe() -> None:
    view = show(_hostile_graph())
    markup = view._repr_html_()
    tags = _elements(markup)
    assert [tag for tag, _ in tags] == ["iframe"]
    attrs = tags[0][1]
    assert attrs["sandbox"] == "allow-scripts"  # no same-origin: it cannot reach the notebook
    assert attrs["srcdoc"] == view.html  # escaping kept the whole page inside the attribute
    assert markup.count("<") == 1 + markup.count("</iframe>")


# --------------------------------------------------------------------------- RDF


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=lambda n: repr(n[:20]))
def test_iris_from_hostile_names_are_valid(name: str) -> None:
    for iri in (entity_iri(f"person/{name}"), entity_iri(entity_key(EntityType.PERSON, name))):
        ox.NamedNode(str(iri))  # Oxigraph validates IRIs strictly (RFC 3987)
    ox.NamedNode(str(article_iri(name)))


def test_hostile_graph_round_trips_through_every_rdf_format() -> None:
    graph = _hostile_graph()
    expected = to_rdf(graph)
    for text, fmt, ox_format in (
        (to_turtle(graph), "turtle", ox.RdfFormat.TURTLE),
        (to_ntriples(graph), "nt", ox.RdfFormat.N_TRIPLES),
        (to_jsonld(graph), "json-ld", None),
    ):
        parsed = Graph().parse(data=text, format=fmt)
        assert isomorphic(parsed, expected), fmt
        if ox_format is not None:  # a second, independent and stricter parser
            assert len(list(ox.parse(text.encode("utf-8"), format=ox_format))) == len(expected)
    labels = {str(o) for o in expected.objects()}
    assert set(HOSTILE_NAMES) <= labels  # nothing was dropped or mangled on the way


# --------------------------------------------------------------------------- SPARQL


INJECTIONS = [
    '" } ; DROP ALL ; INSERT DATA { <urn:x> <urn:y> <urn:z> } #',
    "person/sergei-lavrov> } UNION { ?s ?p ?o",
    "?s ?p ?o",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_user_input_reaches_sparql_only_as_a_bound_value(value: str) -> None:
    store = ox.Store()
    store.load(to_ntriples(_hostile_graph()).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    before = len(store)
    result = run_query(
        "SELECT ?name ?who { ?who schema:name ?name }", source=store, bindings={"name": value}
    )
    assert result.rows == []  # matched literally: no entity has that name
    assert len(store) == before
    # A real name, bound the same way, does match: the binding is used, not ignored.
    hostile = HOSTILE_NAMES[1]
    result = run_query(
        "SELECT ?name ?who { ?who schema:name ?name }", source=store, bindings={"name": hostile}
    )
    assert result.rows
    assert all(isinstance(row[0], ox.Literal) and row[0].value == hostile for row in result.rows)


# --------------------------------------------------------------------------- browser


def _check_page_in_chromium(playwright: Any, page_file: Path) -> None:
    args = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ]  # fmt: skip
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        try:
            page = browser.new_page()
            dialogs: list[str] = []

            def refuse(dialog: Any) -> None:
                dialogs.append(dialog.message)
                dialog.dismiss()

            page.on("dialog", refuse)
            page.goto(page_file.as_uri())
            page.wait_for_function("() => window.newsgraphReady === true", timeout=30_000)
            # Open every node's and edge's panel and search for every payload: all the paths
            # by which graph text reaches the DOM.
            shown_text = page.evaluate(
                """(payloads) => {
                    const ng = window.newsgraph;
                    const seen = [];
                    const look = () => seen.push(document.body.innerText);
                    ng.nodes.getIds().forEach((id) => { ng.showNode(id); look(); });
                    ng.edges.getIds().forEach((id) => { ng.showEdge(id); look(); });
                    payloads.forEach((p) => { ng.find(p); look(); });
                    return seen.join(" ");
                }""",
                PAYLOADS,
            )
            page.wait_for_timeout(300)
            assert "window.__pwned = 3" in shown_text  # shown as text, not run
            assert page.evaluate("() => window.__pwned") is None
            assert dialogs == []
            assert page.locator("img, svg[onload], iframe").count() == 0
        finally:
            browser.close()


@pytest.mark.browser
def test_hostile_page_runs_no_payload_in_chromium(tmp_path: Path) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's /usr/bin/chromium is not installed (make chromium)")
    page_file = tmp_path / "hostile.html"
    write_html(_hostile_graph(), page_file)
    # Playwright's sync API refuses to run where an asyncio loop is set, which other tests in
    # the same session (notebooks, Dask) may leave behind; a fresh thread has none.
    failures: list[BaseException] = []

    def run() -> None:
        try:
            _check_page_in_chromium(playwright, page_file)
        except BaseException as error:  # handed to the test thread below
            failures.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=180)
    assert not worker.is_alive(), "the browser check did not finish"
    if failures:
        raise failures[0]


def test_escaped_title_shows_the_payload_as_text() -> None:
    page = show(_hostile_graph(), title=PAYLOADS[0]).html
    assert html.escape(PAYLOADS[0], quote=False) in page
    assert PAYLOADS[0] not in page.split("<script")[0]
