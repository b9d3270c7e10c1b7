"""A generated graph with the shape of 2,000 Reuters articles, for the browser tests.

``newsgraph build`` on the first 2,000 articles of the Reuters corpus gives about 5,300
entities and 1,500 relations, with 73% of the entities in no relation and one hub (the
United States) far above the rest. Building it takes minutes, so the tests generate a graph of
that shape instead: a preferential-attachment core (one hub, a long tail) plus the isolated
entities, with names of realistic lengths and evidence sentences that contain the trigger and
both participants.
"""

from __future__ import annotations

import random

import networkx as nx

FIRST = ["James", "Margaret", "Yasuhiro", "Helmut", "Francois", "Nigel", "Ronald", "Karl Otto"]
LAST = ["Baker", "Thatcher", "Nakasone", "Kohl", "Mitterrand", "Lawson", "Reagan", "Poehl"]
ORG = ["Federal Reserve", "Texaco", "General Motors", "OPEC", "Bundesbank", "Chrysler Corp"]
PLACES = ["Tokyo", "Bonn", "Paris", "London", "Brasilia", "Ottawa", "Canberra", "Riyadh"]
VERBS = [("met", "040"), ("accused", "112"), ("proposed", "030"), ("signed", "057")]


def _label(kind: str, index: int, rng: random.Random) -> str:
    if kind == "Person":
        return f"{rng.choice(FIRST)} {rng.choice(LAST)} {index}"
    if kind == "Organization":
        return f"{rng.choice(ORG)} {index}"
    return f"{rng.choice(PLACES)} {index}"


def news_sized_graph(
    entities: int = 5300, relations: int = 1500, isolated_share: float = 0.73, seed: int = 11
) -> nx.MultiDiGraph:
    """A ``graph.merge.build``-shaped graph with the given counts and share of isolated entities.

    >>> g = news_sized_graph(200, 60, 0.7)
    >>> g.number_of_nodes(), g.number_of_edges(), sum(1 for n in g if g.degree(n) == 0)
    (200, 60, 140)
    """
    rng = random.Random(seed)
    linked = entities - round(entities * isolated_share)
    core = nx.barabasi_albert_graph(linked, 1, seed=seed)
    pairs = list(core.edges)
    while len(pairs) < relations:
        pairs.append((rng.randrange(linked), rng.randrange(linked)))
    graph = nx.MultiDiGraph(articles={"r1": {"title": "Reuters story", "date": "1987-03-02"}})
    kinds = ["Person", "Organization", "Country", "Place"]
    for index in range(entities):
        kind = "Country" if index == 0 else kinds[rng.randrange(len(kinds))]
        label = "United States" if index == 0 else _label(kind, index, rng)
        graph.add_node(
            f"{kind.lower()}/e{index}", label=label, type=kind, aliases=[label], articles=["r1"]
        )
    keys = list(graph.nodes)
    for u, v in pairs[:relations]:
        if u == v:
            v = (v + 1) % linked
        source, target = keys[u], keys[v]
        verb, cameo = VERBS[rng.randrange(len(VERBS))]
        sentence = (
            f"{graph.nodes[source]['label']} {verb} {graph.nodes[target]['label']} on Monday."
        )
        graph.add_edge(
            source,
            target,
            predicate=verb,
            cameo=cameo,
            negated=False,
            modality="",
            articles=["r1"],
            date="1987-03-02",
            evidence=[
                {
                    "article_id": "r1",
                    "sentence": sentence,
                    "start": 0,
                    "end": len(sentence),
                    "date": "1987-03-02",
                    "trigger": verb,
                }
            ],
        )
    return graph
