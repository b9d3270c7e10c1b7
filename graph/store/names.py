"""One preferred name per node in the store's default graph; every other name as an alias.

Each article graph keeps the name its article gave an entity ("interference in 2016 U.S.
elections" in one, "interference in 2016 presidential election campaign" in another), which is
the provenance we want. Copied as a plain set union into the default graph, those would give an
entity several ``rdfs:label`` / ``schema:name`` / ``skos:prefLabel`` values, and every query
that selects a name would answer one row per name. So the name triples are kept out of the
union: for each node, the default graph carries

* exactly one **preferred label**, the one the whole-corpus build would pick (the longest label
  any article gives the node, then the alphabetically first), under each label predicate that
  some article graph uses for that node;
* every other label and every alias any article gives it as ``skos:altLabel`` and
  ``schema:alternateName`` (nodes that have a ``schema:name``: entities; a statement's
  ``rdfs:label`` has no alias vocabulary, so its other wordings stay in the article graphs).

An event's or agreement's ``schema:startDate`` is merged the same way: articles may state
different dates for one occasion, and the default graph keeps the one the whole-corpus build
keeps (``extract.dates_places.event_dates.choose_date``: the most precise, then the earliest).

``default_names`` is the rule as a pure function; ``graph.store.write`` applies it to the nodes
an add or remove touches, and the tests use it to check a whole store.

>>> preferred_label(["Trump", "Donald Trump", "Donald J. Trump"])
'Donald J. Trump'
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

from extract.dates_places.event_dates import choose_date

_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_SCHEMA_NAME = ox.NamedNode("https://schema.org/name")
_SKOS_PREF = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
_SKOS_ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
_SCHEMA_ALT = ox.NamedNode("https://schema.org/alternateName")

#: Predicates that name a node; the default graph holds one value per node for each.
LABEL_PREDICATES = frozenset({_RDFS_LABEL, _SCHEMA_NAME, _SKOS_PREF})
#: Predicates that give a node's other names.
ALIAS_PREDICATES = frozenset({_SKOS_ALT, _SCHEMA_ALT})
_START_DATE = ox.NamedNode("https://schema.org/startDate")
#: Predicates with one value per node in the default graph besides the labels.
DATE_PREDICATES = frozenset({_START_DATE})
#: Every merged predicate: the default graph's copies of these are managed here, not by the
#: union.
NAME_PREDICATES = LABEL_PREDICATES | ALIAS_PREDICATES | DATE_PREDICATES

Subject = ox.NamedNode | ox.BlankNode


def preferred_label(labels: Iterable[str]) -> str:
    """The label the whole-corpus build names a node with: longest, then alphabetical.

    >>> preferred_label(["Lavrov", "Sergei Lavrov"])
    'Sergei Lavrov'
    """
    return min(labels, key=lambda text: (-len(text), text))


def default_names(triples: Iterable[ox.Triple]) -> set[ox.Triple]:
    """The default graph's name triples for the name triples stated across article graphs.

    ``triples`` are the name triples (``NAME_PREDICATES``) of some nodes in any article graph;
    the result is what the default graph holds for those nodes (see the module docstring).
    """
    dates: dict[Subject, dict[str, ox.Literal]] = defaultdict(dict)
    labels: dict[Subject, dict[str, ox.Literal]] = defaultdict(dict)
    label_predicates: dict[Subject, set[ox.NamedNode]] = defaultdict(set)
    aliases: dict[Subject, dict[str, ox.Literal]] = defaultdict(dict)
    for triple in triples:
        subject, predicate, name = triple.subject, triple.predicate, triple.object
        if not isinstance(name, ox.Literal) or isinstance(subject, ox.Triple):
            continue
        if predicate in DATE_PREDICATES:
            dates[subject].setdefault(name.value, name)
        elif predicate in LABEL_PREDICATES:
            labels[subject].setdefault(name.value, name)
            label_predicates[subject].add(predicate)
        elif predicate in ALIAS_PREDICATES:
            aliases[subject].setdefault(name.value, name)
    names: set[ox.Triple] = set()
    for subject, stated in dates.items():
        chosen_date = choose_date(stated)
        if chosen_date is not None:
            names.add(ox.Triple(subject, _START_DATE, stated[chosen_date]))
    for subject in labels.keys() | aliases.keys():
        others = dict(aliases[subject])
        if labels[subject]:
            chosen = preferred_label(labels[subject])
            for predicate in label_predicates[subject]:
                names.add(ox.Triple(subject, predicate, labels[subject][chosen]))
            others.update(labels[subject])
            others.pop(chosen, None)
        # Only entities (named with schema:name) get aliases; see the module docstring.
        if _SCHEMA_NAME not in label_predicates[subject] and not aliases[subject]:
            continue
        for literal in others.values():
            names.add(ox.Triple(subject, _SKOS_ALT, literal))
            names.add(ox.Triple(subject, _SCHEMA_ALT, literal))
    return names


def is_name(quad: ox.Quad | ox.Triple) -> bool:
    """True for a triple that names or dates a node (its default-graph copy is merged, not
    copied)."""
    return quad.predicate in NAME_PREDICATES


__all__ = [
    "ALIAS_PREDICATES",
    "DATE_PREDICATES",
    "LABEL_PREDICATES",
    "NAME_PREDICATES",
    "default_names",
    "is_name",
    "preferred_label",
]
