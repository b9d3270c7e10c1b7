"""The stored entities that a batch of new articles needs for key resolution, and no others.

``add_results`` resolves the keys of new articles against the entities already stored, so
that a later "Trump" joins the stored ``person/donald-trump``. Reading every stored entity for
each batch made a batch's time and memory grow with the store (12,090 entities, 33 MB and
2.1 s of CPU per batch of 256 articles once 5,000 Reuters articles were stored). A key can only
merge with keys that share one of its resolution buckets (``graph.merge.buckets``: a surname,
a normalised name, an acronym spelling, an event's head noun and year, ...), so
``StoredNames`` keeps an index from bucket to the stored keys in it, and ``related`` reads from
the store (one query with a ``VALUES`` table of keys) just the entities connected to the
batch through shared buckets, following the connections through stored entities too, until
no new key turns up. Resolving the batch with those gives the same keys as with every stored
entity, since the others share no bucket with anything involved.

One difference from reading everything: stored keys that only a remove made mergeable (a
bare "Trump" once "Melania Trump"'s article is gone) are merged by the next batch that shares a
bucket with them, not by the next batch of anything.

The index is built by one pass over the stored entities when a run of ``add`` starts, then
kept up to date from what each batch writes (``note``). It holds bucket names and keys only,
not the entities' names; a key it lists that has since moved (re-keyed) or gone is read as
nothing, so stale entries cost a lookup, never a wrong merge.

>>> import tempfile
>>> from graph.store.store import open_store
>>> names = StoredNames.read(open_store(tempfile.mkdtemp()))
>>> len(names)
0
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from extract.types import Entity, EntityType
from graph.merge.buckets import linked_bucket, resolution_buckets
from graph.vocab.namespace import NG

_PREFIXES = """
PREFIX ng: <https://newsgraph.dev/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
"""
_ENTITY_PATTERN = """
  ?entity ng:key ?key ; rdfs:label ?label ; a ?type .
  FILTER(STRSTARTS(STR(?type), STR(ng:)))
  OPTIONAL { ?entity schema:alternateName ?alias }
"""
_SELECT = f"{_PREFIXES}SELECT DISTINCT ?key ?label ?type ?alias WHERE {{"
_STORED_ENTITIES = f"{_SELECT}{_ENTITY_PATTERN}}}"
#: Keys per query of ``entities_for_keys``: keeps each query's text and answer small.
_KEYS_PER_QUERY = 512
_TYPES = {f"{NG}{t.value}": t for t in EntityType}


def _entities(solutions: ox.QuerySolutions) -> list[Entity]:
    """One ``Entity`` per key of the answer rows, its label among its aliases, sorted by key."""
    by_key: dict[str, tuple[str, EntityType, set[str]]] = {}
    for row in solutions:
        entity_type = _TYPES.get(row["type"].value)
        if entity_type is None:
            continue
        key, label = row["key"].value, row["label"].value
        _, _, aliases = by_key.setdefault(key, (label, entity_type, set()))
        aliases.add(label)
        if row["alias"] is not None:
            aliases.add(row["alias"].value)
    return [
        Entity(key, label, entity_type, tuple(sorted(aliases)))
        for key, (label, entity_type, aliases) in sorted(by_key.items())
    ]


def stored_entities(store: ox.Store) -> list[Entity]:
    """Every entity in the store, as ``Entity`` values for key resolution.

    >>> import tempfile
    >>> from graph.store.store import open_store
    >>> stored_entities(open_store(tempfile.mkdtemp()))
    []
    """
    solutions = store.query(_STORED_ENTITIES)
    assert isinstance(solutions, ox.QuerySolutions)
    return _entities(solutions)


def entities_for_keys(store: ox.Store, keys: Iterable[str]) -> list[Entity]:
    """The stored entities with these keys (a key not stored is left out), sorted by key.

    >>> import tempfile
    >>> from graph.store.store import open_store
    >>> entities_for_keys(open_store(tempfile.mkdtemp()), ["person/nobody"])
    []
    """
    wanted = sorted(set(keys))
    found: list[Entity] = []
    for start in range(0, len(wanted), _KEYS_PER_QUERY):
        chunk = wanted[start : start + _KEYS_PER_QUERY]
        values = " ".join(str(ox.Literal(key)) for key in chunk)
        query = f"{_SELECT}\n  VALUES ?key {{ {values} }}{_ENTITY_PATTERN}}}"
        solutions = store.query(query)
        assert isinstance(solutions, ox.QuerySolutions)
        found.extend(_entities(solutions))
    return sorted(found, key=lambda entity: entity.key)


def _buckets_of(entity: Entity) -> set[str]:
    return resolution_buckets(entity.type, entity.key, {entity.label, *entity.aliases})


class StoredNames:
    """An index from resolution bucket to the stored keys in it (see the module docstring)."""

    def __init__(self) -> None:
        # Tuples, not sets: most buckets hold one key. The index of the whole Reuters store
        # (33,473 keys, 88,347 buckets) takes 19.8 MB so, 34.5 MB with sets.
        self._keys_in: dict[str, tuple[str, ...]] = {}
        # One string object per key, however many buckets list it.
        self._interned: dict[str, str] = {}

    @classmethod
    def read(cls, store: ox.Store) -> StoredNames:
        """The index of every entity stored now (one pass over them)."""
        names = cls()
        solutions = store.query(_STORED_ENTITIES)
        assert isinstance(solutions, ox.QuerySolutions)
        # Row by row: buckets are per name, so no entity needs all its names at once, and
        # the store's entities are never all in memory together.
        for row in solutions:
            entity_type = _TYPES.get(row["type"].value)
            if entity_type is not None:
                key = names._interned.setdefault(row["key"].value, row["key"].value)
                row_names = [row["label"].value] + ([row["alias"].value] if row["alias"] else [])
                for bucket in resolution_buckets(entity_type, key, row_names):
                    names._file(bucket, key)
        return names

    def __len__(self) -> int:
        """How many keys the index lists (moved or removed ones included)."""
        return len(self._interned)

    def _add(self, entity: Entity) -> None:
        key = self._interned.setdefault(entity.key, entity.key)
        for bucket in _buckets_of(entity):
            self._file(bucket, key)

    def _file(self, bucket: str, key: str) -> None:
        keys = self._keys_in.get(bucket, ())
        if key not in keys:
            self._keys_in[bucket] = (*keys, key)

    def related(self, store: ox.Store, entities: Iterable[Entity]) -> list[Entity]:
        """The stored entities that share a bucket with ``entities``, directly or through
        other stored entities, read from the store, sorted by key.

        >>> import tempfile
        >>> from graph.store.store import add_results, open_store
        >>> from extract.types import Article, ArticleResult
        >>> store, names = open_store(tempfile.mkdtemp()), StoredNames()
        >>> trump = Entity("person/donald-trump", "Donald Trump", EntityType.PERSON)
        >>> _ = add_results(store, [ArticleResult(Article("a1", "..."), (trump,))], names=names)
        >>> [e.key for e in names.related(store, [Entity("person/t", "Trump", EntityType.PERSON)])]
        ['person/donald-trump']
        """
        seen_buckets: set[str] = set()
        seen_keys: set[str] = set()
        found: list[Entity] = []
        frontier = set().union(*(_buckets_of(entity) for entity in entities))
        while frontier:
            seen_buckets |= frontier
            keys = {
                key for bucket in frontier for key in self._keys_in.get(linked_bucket(bucket), ())
            }
            keys -= seen_keys
            seen_keys |= keys
            read = entities_for_keys(store, keys)
            found.extend(read)
            frontier = set().union(*(_buckets_of(entity) for entity in read)) - seen_buckets
        return sorted(found, key=lambda entity: entity.key)

    def note(self, store: ox.Store, keys: Iterable[str]) -> None:
        """Index the stored entities with these keys as they are now (after a write)."""
        for entity in entities_for_keys(store, keys):
            self._add(entity)


__all__ = ["StoredNames", "entities_for_keys", "stored_entities"]
