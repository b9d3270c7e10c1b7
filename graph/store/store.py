"""A persistent, incremental RDF store of the knowledge graph (Oxigraph on disk).

Design: **one named graph per article**, named by the article's IRI
(``https://newsgraph.dev/id/article/<id>``). An article's graph holds everything that
article contributes, written by ``to_rdf`` on the graph of that article alone:

* the descriptions of the entities it mentions (types, names, aliases, key, role), so an
  entity that five articles mention is described in five graphs; removing one article drops
  one copy and the entity stays while any article that mentions it remains;
* the direct triples and statement/evidence nodes of its edges; statement IRIs are a pure
  function of (subject, predicate, negated, object), so two articles that report the same
  claim add ``prov:wasDerivedFrom`` links to the same statement node;
* the article node itself (title, date, url, publisher).

The store's **default graph is the materialised set union** of the article graphs, kept up to
date by every add and remove: a triple enters it when the first article states it and leaves
it when the last one that states it is removed. Names are the exception: each article graph
keeps the name its article gave a node, while the default graph carries one preferred label
per node (the longest, as the whole-corpus build picks) and the other names as
``skos:altLabel`` / ``schema:alternateName``, so a query that selects names answers one row
per fact (``graph.store.names``). Queries read the default graph, so the copies
count once. (Oxigraph's ``use_default_graph_as_union`` is a bag: a triple in five graphs
matches five times and joins multiply, so we do not query through it.) ``GRAPH ?article {…}``
still tells which article says what. ``ng:articleCount`` is left out of the store (each graph
would say "1"); count articles in SPARQL instead.

Incremental ingest: ``add_results`` first resolves the new entities' keys against each other
*and* against the entities already stored (so a later "Trump" joins the stored
``person/donald-trump``), then replaces each article's graph: quads no longer produced are
removed, new ones added, so re-adding an article leaves no duplicates and re-adding an
unchanged one writes nothing. When a later article resolves an entity stored earlier under a
short key to a fuller one, the older article graphs are re-keyed (``graph.store.rekey``).

Concurrency: RocksDB lets one writer hold the store; ``open_store`` reports a store locked by
another writer as ``StoreBusyError``. A read-only Oxigraph server (``newsgraph serve``) does
not take that lock, yet writing under a reader is undefined behaviour, so the server leaves a
marker file (``SERVE_MARKER``) in the store folder while it runs and ``open_store`` refuses to
write while a live server's marker is there: stop the server, add, start it again.

>>> import tempfile
>>> store = open_store(tempfile.mkdtemp())
>>> list_articles(store)
[]
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from extract.mentions.keys import key_type
from extract.types import ArticleResult, Entity, Relation
from graph.export.rdf import new_rdf_graph, rdf_triples
from graph.export.rdf_text import Triple
from graph.merge.build import build_graph
from graph.merge.resolve import resolve_keys
from graph.store.create import create_store_atomically
from graph.store.rekey import graphs_mentioning, rekeyed_triples
from graph.store.stored_names import StoredNames, stored_entities
from graph.store.summary_rebuild import ensure_summaries
from graph.store.write import write_graph
from graph.vocab.identity import ARTICLE_BASE, article_iri, entity_iri
from graph.vocab.namespace import NG

#: File ``newsgraph serve`` writes into the store folder while a server reads it.
SERVE_MARKER = "newsgraph-serve.json"


class StoreError(Exception):
    """A store problem the user can act on; the message names the store folder."""


class StoreBusyError(StoreError):
    """Another process (a writer or a running ``newsgraph serve``) is using the store."""


class ArticleNotFoundError(StoreError, KeyError):
    """``remove_article`` was asked for an article the store does not hold."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class AddReport:
    """What ``add_results`` did for one article: quads added and removed, and whether it
    replaced an article that was already stored."""

    article_id: str
    added: int
    removed: int
    replaced: bool


def serving_server(path: str | os.PathLike[str]) -> dict[str, object] | None:
    """The marker of a live ``newsgraph serve`` reading the store at ``path``, else ``None``.

    A marker whose processes are gone (a server killed with SIGKILL) is stale and ignored.
    """
    marker = Path(path) / SERVE_MARKER
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
        pids = [int(info[name]) for name in ("pid", "server_pid") if name in info]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    # The serving process or the Oxigraph it started: an orphaned Oxigraph still reads.
    return dict(info) if any(_alive(pid) for pid in pids) else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by another user
        pass
    return True


def open_store(path: str | os.PathLike[str], *, read_only: bool = False) -> ox.Store:
    """Open (creating if needed) the on-disk store at ``path``.

    ``read_only=True`` opens an existing store without taking the writer lock (queries may
    run while another process writes, as ``oxigraph serve-read-only`` does).

    Opened for writing, a store without the current summary graph (``graph.store.summaries``:
    made by an older newsgraph) has it built, in one transaction, before it is returned.

    Raises ``StoreBusyError`` when another writer holds the store or a ``newsgraph serve`` is
    reading it (writes only), and ``StoreError`` for a folder that is not a store.
    """
    folder = Path(path)
    if read_only:
        if not (folder / "CURRENT").exists():
            raise StoreError(f"{folder}: not a newsgraph store (run `newsgraph add` first)")
        try:
            return ox.Store.read_only(str(folder))
        except OSError as error:
            raise StoreError(f"{folder}: cannot open store: {error}") from None
    if server := serving_server(folder):
        raise StoreBusyError(
            f"{folder}: store is being served by `newsgraph serve` (pid {server.get('pid')}"
            + (f", oxigraph pid {server['server_pid']}" if "server_pid" in server else "")
            + f", http://{server.get('bind')}); stop the server, then add or remove articles"
        )
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{folder}: not a folder")
    try:
        if not (folder / "CURRENT").exists():
            create_store_atomically(folder)
        store = ox.Store(str(folder))
        # A store made before the summary graph (or with an older one) gets it now, once.
        ensure_summaries(store)
        return store
    except OSError as error:
        if "lock" in str(error).lower():
            raise StoreBusyError(
                f"{folder}: store is locked by another process (a writer or `oxigraph serve`)"
            ) from None
        raise StoreError(f"{folder}: cannot open store: {error}") from None


def article_graph(article_id: str) -> ox.NamedNode:
    """The named graph that holds one article's triples: the article's own IRI.

    >>> article_graph("a1").value
    'https://newsgraph.dev/id/article/a1'
    """
    return ox.NamedNode(str(article_iri(article_id)))


def list_articles(store: ox.Store) -> list[str]:
    """Ids of the articles in the store, sorted (read back from their named graphs)."""
    ids = []
    for name in store.named_graphs():
        if isinstance(name, ox.NamedNode) and name.value.startswith(ARTICLE_BASE):
            iri = ox.NamedNode(name.value)
            for quad in store.quads_for_pattern(iri, _DC_IDENTIFIER, None, iri):
                if isinstance(quad.object, ox.Literal):
                    ids.append(quad.object.value)
                    break
    return sorted(ids)


def count_triples(store: ox.Store, article_id: str | None = None) -> int:
    """Number of distinct triples in the store (its default graph), or in one article's graph."""
    graph = article_graph(article_id) if article_id is not None else ox.DefaultGraph()
    return sum(1 for _ in store.quads_for_pattern(None, None, None, graph))


_DC_IDENTIFIER = ox.NamedNode("http://purl.org/dc/terms/identifier")


def _rekey(result: ArticleResult, mapping: dict[str, str]) -> ArticleResult:
    """The result with every entity key replaced by the key it resolves to."""
    if not mapping:
        return result
    entities = tuple(_moved(e, mapping) for e in result.entities)
    relations: list[Relation] = []
    for relation in result.relations:
        subject = mapping.get(relation.subject, relation.subject)
        obj = mapping.get(relation.object, relation.object)
        relations.append(replace(relation, subject=subject, object=obj))
    return replace(result, entities=entities, relations=tuple(relations))


def _moved(entity: Entity, mapping: dict[str, str]) -> Entity:
    """``entity`` under its resolved key, typed as that key says (``graph.merge.places``
    resolves across types: an organisation only ever named like a place becomes the place)."""
    key = mapping.get(entity.key, entity.key)
    if key == entity.key:
        return entity
    try:
        return replace(entity, key=key, type=key_type(key))
    except ValueError:  # not a typed key: keep the type the article gave
        return replace(entity, key=key)


def article_triples(result: ArticleResult, mapping: dict[str, str] | None = None) -> set[Triple]:
    """The triples one article contributes to the store, its keys resolved through ``mapping``.

    Keys the mapping rewrote are kept as ``ng:mergedFrom`` of the entity they resolved to, as
    ``build_graph`` records them. The triples come straight from the exporter's model
    (``rdf_triples``), without an rdflib ``Graph`` in between (that was a third of add's time).
    """
    mapping = mapping or {}
    triples = rdf_triples(build_graph([_rekey(result, mapping)]), counts=False)
    for entity in result.entities:
        resolved = mapping.get(entity.key, entity.key)
        if resolved != entity.key:
            triples.add((entity_iri(resolved), NG.mergedFrom, Literal(entity.key)))
    return triples


def article_rdf(result: ArticleResult, mapping: dict[str, str] | None = None) -> Graph:
    """``article_triples`` as an rdflib ``Graph`` (for reading or serialising one article).

    >>> from extract.types import Article
    >>> len(article_rdf(ArticleResult(Article("a1", "..."))))
    3
    """
    rdf = new_rdf_graph()
    for triple in article_triples(result, mapping):
        rdf.add(triple)
    return rdf


def oxigraph_term(term: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The Oxigraph term for an rdflib term (IRI, blank node or literal).

    >>> oxigraph_term(URIRef("https://example.org/x"))
    <NamedNode value=https://example.org/x>
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store RDF term {term!r}")


def _quads(triples: Iterable[Triple], graph_name: ox.NamedNode) -> Iterator[ox.Quad]:
    for subject, predicate, obj in triples:
        node = oxigraph_term(subject)
        if isinstance(node, ox.Literal):  # pragma: no cover - to_rdf writes no literal subjects
            raise TypeError(f"literal subject {subject!r}")
        yield ox.Quad(node, ox.NamedNode(str(predicate)), oxigraph_term(obj), graph_name)


def replace_article(
    store: ox.Store, result: ArticleResult, mapping: dict[str, str] | None = None
) -> AddReport:
    """Make the article's named graph hold exactly the triples of ``result`` (keys resolved
    through ``mapping``).

    One transaction (``graph.store.write``): a crash leaves the old graph or the new one.
    """
    name = article_graph(result.article.id)
    added, removed, replaced = write_graph(
        store, name, set(_quads(article_triples(result, mapping), name))
    )
    return AddReport(result.article.id, added, removed, replaced=replaced)


def rekey_stored(store: ox.Store, moved: dict[str, str], *, skip: Iterable[str] = ()) -> int:
    """Rewrite the stored article graphs that use an entity key in ``moved`` to its new key.

    ``skip`` names articles about to be replaced anyway. Returns how many graphs changed.
    """
    skipped = {article_graph(article_id) for article_id in skip}
    changed = 0
    for name in sorted(graphs_mentioning(store, moved), key=str):
        if name in skipped:
            continue
        triples = {quad.triple for quad in store.quads_for_pattern(None, None, None, name)}
        wanted = {
            ox.Quad(t.subject, t.predicate, t.object, name) for t in rekeyed_triples(triples, moved)
        }
        added, removed, _ = write_graph(store, name, wanted)
        changed += bool(added or removed)
    return changed


def add_results(
    store: ox.Store, results: Iterable[ArticleResult], *, names: StoredNames | None = None
) -> list[AddReport]:
    """Add (or replace) the articles of ``results`` in the store, one named graph each.

    Keys are resolved across the new articles and the entities already stored, as
    ``build_graph`` resolves them across a corpus. Of the stored entities only those that
    share a resolution bucket with the new ones are read (``graph.store.stored_names``);
    ``names`` is the index of them that a run of several calls keeps (``add_in_batches``),
    else it is read from the store for this call.

    >>> import tempfile
    >>> from extract.types import Article, ArticleResult, Entity, EntityType
    >>> store = open_store(tempfile.mkdtemp())
    >>> ru = Entity("country/RU", "Russia", EntityType.COUNTRY)
    >>> [r.article_id for r in add_results(store, [ArticleResult(Article("a1", "..."), (ru,))])]
    ['a1']
    >>> list_articles(store)
    ['a1']
    """
    results = list(results)
    names = names if names is not None else StoredNames.read(store)
    new = [entity for result in results for entity in result.entities]
    known = names.related(store, new)
    mapping = resolve_keys([*known, *new])
    # A stored short key that now resolves to a fuller one: re-key the older graphs too.
    moved = {e.key: mapping[e.key] for e in known if mapping.get(e.key, e.key) != e.key}
    if moved:
        rekey_stored(store, moved, skip=(r.article.id for r in results))
    reports = [replace_article(store, result, mapping) for result in results]
    store.flush()
    names.note(store, {mapping.get(e.key, e.key) for e in new} | set(moved.values()))
    return reports


def remove_article(store: ox.Store, article_id: str) -> int:
    """Remove one article's named graph; return how many quads went.

    Entities, statements and other articles' evidence stay as long as another article's graph
    states them. Raises ``ArticleNotFoundError`` when the article is not stored.
    """
    name = article_graph(article_id)
    if not store.contains_named_graph(name):
        raise ArticleNotFoundError(f"article {article_id!r} is not in the store")
    _, removed, _ = write_graph(store, name, set())
    store.flush()
    return removed


__all__ = [
    "SERVE_MARKER",
    "AddReport",
    "ArticleNotFoundError",
    "StoreBusyError",
    "StoreError",
    "add_results",
    "article_graph",
    "article_rdf",
    "article_triples",
    "count_triples",
    "list_articles",
    "open_store",
    "oxigraph_term",
    "rekey_stored",
    "remove_article",
    "replace_article",
    "serving_server",
    "stored_entities",
]
