"""Who acts on whom: tables and measures over a built graph, for notebooks and reports.

Everything here reads the graph shape documented in ``graph.merge.build`` and returns pandas
DataFrames, so results print well in a notebook and plot with one call.

CAMEO and the cooperation / conflict split
------------------------------------------
Each event edge carries a CAMEO code (``cameo``) whose first two digits are its *family*
(see ``graph.vocab.cameo``). Following the usual reading of CAMEO's ordering, families
**01–08** (statements, appeals, intent to cooperate, consultation, diplomatic and material
cooperation, aid, yielding) count as **cooperation** and **09–20** (investigation, demands,
disapproval, rejection, threats, protest, force posture, reduced relations, coercion,
assault, fighting, mass violence) as **conflict**. Structural edges (``affiliated_with``,
``party_to``, ``held_in``…) have no code and are neither. Negated edges ("did not agree") are
non-events and are left out of the counts unless asked for.

Persons act for countries
-------------------------
A minister's actions are his country's actions in a country-level view. ``country_of`` maps
every person to a country through their ``affiliated_with`` edges; when a person is
affiliated with several, the one with the most supporting sentences wins, ties going to
the country key that sorts first (deterministic, and visible in ``affiliations``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import networkx as nx
import pandas as pd

from graph.vocab.cameo import CAMEO_FAMILIES, cameo_family, stance

AFFILIATION = "affiliated_with"
ACTOR_TYPES = ("Person", "Country", "Organization")


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label") or node)


def edge_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per edge: endpoints (key and label), predicate, CAMEO family and stance, counts.

    ``reports`` is the number of supporting sentences, ``articles`` the number of articles.

    >>> g = nx.MultiDiGraph(articles={})
    >>> g.add_node("country/RU", label="Russia"); g.add_node("country/UA", label="Ukraine")
    >>> _ = g.add_edge("country/RU", "country/UA", predicate="threatened", cameo="130",
    ...                negated=False, evidence=[{}], articles=["a1"], date="2014-03-01")
    >>> edge_table(g)[["source_label", "predicate", "stance"]].values.tolist()
    [['Russia', 'threatened', 'conflict']]
    """
    rows = []
    for source, target, data in graph.edges(data=True):
        code = str(data.get("cameo", ""))
        rows.append(
            {
                "source": source,
                "source_label": _label(graph, source),
                "predicate": data.get("predicate", ""),
                "target": target,
                "target_label": _label(graph, target),
                "negated": bool(data.get("negated")),
                "cameo": code,
                "family": cameo_family(code),
                "stance": stance(code),
                "date": data.get("date") or None,
                "reports": len(data.get("evidence", ())),
                "articles": len(data.get("articles", ())),
            }
        )
    columns = ["source", "source_label", "predicate", "target", "target_label", "negated"]
    columns += ["cameo", "family", "stance", "date", "reports", "articles"]
    return pd.DataFrame(rows, columns=columns)


def node_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per node: key, label, type, role and the number of articles mentioning it.

    >>> g = nx.MultiDiGraph(articles={})
    >>> g.add_node("country/RU", label="Russia", type="Country", articles=["a1", "a2"])
    >>> node_table(g).to_dict("records")
    [{'key': 'country/RU', 'label': 'Russia', 'type': 'Country', 'role': '', 'articles': 2}]
    """
    rows = [
        {
            "key": node,
            "label": _label(graph, node),
            "type": data.get("type", ""),
            "role": data.get("role", ""),
            "articles": len(data.get("articles", ())),
        }
        for node, data in graph.nodes(data=True)
    ]
    return pd.DataFrame(rows, columns=["key", "label", "type", "role", "articles"])


def _event_edges(graph: nx.MultiDiGraph, include_negated: bool) -> list[tuple[str, str, Any]]:
    return [
        (source, target, data)
        for source, target, data in graph.edges(data=True)
        if stance(str(data.get("cameo", ""))) and (include_negated or not data.get("negated"))
    ]


def actor_centrality(graph: nx.MultiDiGraph, types: tuple[str, ...] = ACTOR_TYPES) -> pd.DataFrame:
    """Who acts and who is acted on: degree and betweenness of actors over event edges.

    Columns: ``acts`` (event edges out), ``acted_on`` (in), ``partners`` (distinct actors
    on either side), ``degree_centrality`` and ``betweenness`` (networkx, on the undirected
    simple graph of event edges). Structural and negated edges are left out; rows are
    sorted by activity.
    """
    events = nx.DiGraph()
    for source, target, _ in _event_edges(graph, include_negated=False):
        events.add_edge(source, target)
    actors = [n for n, d in graph.nodes(data=True) if d.get("type") in types]
    events.add_nodes_from(actors)
    undirected = events.to_undirected()
    degree = nx.degree_centrality(undirected) if len(undirected) > 1 else {}
    betweenness = nx.betweenness_centrality(undirected) if len(undirected) > 2 else {}
    rows = [
        {
            "key": node,
            "label": _label(graph, node),
            "type": graph.nodes[node].get("type", ""),
            "acts": events.out_degree(node),
            "acted_on": events.in_degree(node),
            "partners": undirected.degree(node),
            "degree_centrality": degree.get(node, 0.0),
            "betweenness": betweenness.get(node, 0.0),
        }
        for node in actors
    ]
    columns = ["key", "label", "type", "acts", "acted_on", "partners"]
    frame = pd.DataFrame(rows, columns=[*columns, "degree_centrality", "betweenness"])
    return frame.sort_values(["acts", "partners", "key"], ascending=[False, False, True])


def affiliations(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """Every ``affiliated_with`` edge from a person to a country, with its support.

    Columns ``person``, ``country``, ``reports``; see ``country_of`` for how one is chosen.
    """
    rows = [
        {"person": source, "country": target, "reports": len(data.get("evidence", ()))}
        for source, target, data in graph.edges(data=True)
        if data.get("predicate") == AFFILIATION
        and graph.nodes[source].get("type") == "Person"
        and graph.nodes[target].get("type") == "Country"
    ]
    return pd.DataFrame(rows, columns=["person", "country", "reports"])


def country_of(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Map each country to itself and each affiliated person to one country (module docs).

    >>> g = nx.MultiDiGraph(articles={})
    >>> g.add_node("country/RU", type="Country"); g.add_node("person/lavrov", type="Person")
    >>> _ = g.add_edge("person/lavrov", "country/RU", predicate="affiliated_with", evidence=[{}])
    >>> country_of(g)
    {'country/RU': 'country/RU', 'person/lavrov': 'country/RU'}
    """
    mapping = {n: n for n, d in graph.nodes(data=True) if d.get("type") == "Country"}
    support: dict[str, Counter[str]] = defaultdict(Counter)
    for row in affiliations(graph).itertuples(index=False):
        support[row.person][row.country] += row.reports
    for person, countries in support.items():
        mapping[person] = min(countries, key=lambda country: (-countries[country], country))
    return dict(sorted(mapping.items()))


def country_relations(graph: nx.MultiDiGraph, *, include_negated: bool = False) -> pd.DataFrame:
    """Cooperation and conflict reports between countries (long form, one row per pair).

    Both ends of each event edge are lifted to countries with ``country_of``; edges with an
    end that has no country (an agreement, an unaffiliated organisation) and edges within
    one country are left out. Counts are supporting sentences (``reports``).
    """
    countries = country_of(graph)
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for source, target, data in _event_edges(graph, include_negated):
        actor, acted_on = countries.get(source), countries.get(target)
        if actor and acted_on and actor != acted_on:
            kind = stance(str(data.get("cameo", ""))) or ""
            counts[(actor, acted_on)][kind] += len(data.get("evidence", ())) or 1
    rows = [
        {
            "actor": actor,
            "actor_label": _label(graph, actor),
            "target": target,
            "target_label": _label(graph, target),
            "cooperation": kinds["cooperation"],
            "conflict": kinds["conflict"],
        }
        for (actor, target), kinds in sorted(counts.items())
    ]
    columns = ["actor", "actor_label", "target", "target_label", "cooperation", "conflict"]
    return pd.DataFrame(rows, columns=columns)


def cooperation_conflict_matrix(
    graph: nx.MultiDiGraph, *, include_negated: bool = False
) -> pd.DataFrame:
    """Actor country × target country matrix of (cooperation − conflict) reports.

    Positive cells lean cooperative, negative ones conflictual; the row is the country that
    acts. Labels are country names. Use ``country_relations`` for the two counts apart.
    """
    relations = country_relations(graph, include_negated=include_negated)
    if relations.empty:
        return pd.DataFrame(dtype=int)
    relations = relations.assign(net=relations["cooperation"] - relations["conflict"])
    matrix = relations.pivot_table(
        index="actor_label", columns="target_label", values="net", aggfunc="sum", fill_value=0
    )
    labels = sorted(set(matrix.index) | set(matrix.columns))
    matrix = matrix.reindex(index=labels, columns=labels, fill_value=0).astype(int)
    matrix.index.name, matrix.columns.name = "actor", "target"
    return matrix


def actor_timeline(graph: nx.MultiDiGraph, actor: str) -> pd.DataFrame:
    """Every reported action by or on ``actor``, one row per supporting sentence, by date.

    ``role`` is ``"did"`` when the actor is the subject and ``"received"`` when the object.
    Rows without a date sort last.
    """
    if actor not in graph:
        raise KeyError(f"no node {actor!r} in the graph")
    rows = []
    edges = [(s, t, d, "did") for s, t, d in graph.out_edges(actor, data=True)]
    edges += [(s, t, d, "received") for s, t, d in graph.in_edges(actor, data=True)]
    for source, target, data, role in edges:
        if not stance(str(data.get("cameo", ""))):
            continue
        other = target if role == "did" else source
        predicate = ("not " if data.get("negated") else "") + str(data.get("predicate", ""))
        for evidence in data.get("evidence", ()):
            rows.append(
                {
                    "date": evidence.get("date") or data.get("date") or None,
                    "role": role,
                    "predicate": predicate,
                    "other": _label(graph, other),
                    "stance": stance(str(data.get("cameo", ""))),
                    "article": evidence.get("article_id", ""),
                    "sentence": evidence.get("sentence", ""),
                }
            )
    columns = ["date", "role", "predicate", "other", "stance", "article", "sentence"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["date", "article", "predicate"], na_position="last").reset_index(
        drop=True
    )


def relations_by_family(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """Edges and reports per CAMEO family, with the family's name and stance, in code order.

    Negated edges are counted in their own column, since "did not agree" is not an event.
    """
    table = edge_table(graph)
    table = table[table["family"].notna()]
    rows = []
    for family, group in table.groupby("family"):
        asserted = group[~group["negated"]]
        rows.append(
            {
                "family": family,
                "name": CAMEO_FAMILIES[str(family)],
                "stance": stance(str(family)),
                "edges": len(asserted),
                "reports": int(asserted["reports"].sum()),
                "negated": int(group["negated"].sum()),
            }
        )
    return pd.DataFrame(
        rows, columns=["family", "name", "stance", "edges", "reports", "negated"]
    ).reset_index(drop=True)
