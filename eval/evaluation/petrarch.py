"""Event coding on real sentences, scored against PETRARCH's validation records.

Each record is one news sentence with gold events ``{source, target, code, root}`` whose actor
codes start with an ISO 3166-1 alpha-3 country code, optionally followed by a sector
("USAGOV" → USA). For each sentence the graph of that sentence is built, and each edge's ends
are mapped to countries:

* a Country node: its ISO alpha-2 key (``country/RU``) → alpha-3, else its label's country;
* a Place node: the country it is ``located_in`` ("Zurich" → CHE), else as below;
* any other node: the countries it is ``affiliated_with``, else a country name or demonym
  inside its label ("Russian hackers" → RUS).

An event at a place in the actor's own country ("Putin met in Moscow") is no event between
countries: a Place target's countries that its source already stands for are dropped.

Figures: **found** = share of gold events (both actors countries, a real CAMEO code) for which
some edge has a matching source country, target country and CAMEO root (first two digits of
the edge's ``cameo``); **false** = share of event edges (non-structural, both ends resolving to
countries) that match no gold event of their sentence.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pycountry

from evaluation.gold import STRUCTURAL_PREDICATES
from extract.types import Article
from extract.vocabulary.countries import match_country

GraphOfSentence = Callable[[list[Article]], list[nx.MultiDiGraph]]


@dataclass(frozen=True)
class GoldEvent:
    """One coded event: ISO-3 source and target (None when not a country) and CAMEO root."""

    source: str | None
    target: str | None
    root: str


@dataclass(frozen=True)
class EventSentence:
    """A PETRARCH record: the sentence and its gold events."""

    record_id: str
    text: str
    events: tuple[GoldEvent, ...]


@dataclass
class EventScore:
    """Found / false shares with their counts and the misses behind them."""

    found: int = 0
    gold: int = 0  # country-to-country gold events
    gold_all: int = 0  # every CAMEO-coded gold event, whatever its actors
    false: int = 0
    edges: int = 0  # event edges with both ends in countries
    failures: dict[str, list[str]] = field(default_factory=dict)

    @property
    def found_share(self) -> float:
        """Share of country-to-country gold events found."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def false_share(self) -> float:
        """Share of country-to-country event edges that match no gold event."""
        return self.false / self.edges if self.edges else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures."""
        return {
            "found_share": round(self.found_share, 4),
            "false_share": round(self.false_share, 4),
            "found": self.found,
            "gold_events": self.gold,
            "gold_events_all_actors": self.gold_all,
            "found_share_all_actors": round(self.found / self.gold_all, 4) if self.gold_all else 0,
            "false": self.false,
            "country_edges": self.edges,
            "failures": self.failures,
        }


#: Acts an event coder does not code: wanted or hypothetical ones, not stated as happening or
#: planned (the appeal or the threat around them is the event).
UNREALISED_MODALITIES = frozenset({"wished", "conditional"})


def country_code3(actor: str) -> str | None:
    """ISO alpha-3 country of a CAMEO actor code, or None for IGOs, "---" and the like.

    >>> country_code3("USAGOV"), country_code3("IGOEEU"), country_code3("---EDU")
    ('USA', None, None)
    """
    head = actor[:3].upper()
    return head if pycountry.countries.get(alpha_3=head) else None


def read_event_sentences(path: Path) -> list[EventSentence]:
    """Read the PETRARCH JSONL; events not flagged ``is_cameo`` are left out (not CAMEO)."""
    sentences = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                events = tuple(
                    GoldEvent(country_code3(e["source"]), country_code3(e["target"]), e["root"])
                    for e in record.get("events", [])
                    if e.get("is_cameo", True)
                )
                # Record ids repeat in the file; the line number keeps them apart.
                sentences.append(EventSentence(f"{record['id']}@{number}", record["text"], events))
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise ValueError(f"{path}:{number}: bad event record: {error}") from None
    return sentences


def _alpha3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2.upper())
    return country.alpha_3 if country else None


def _countries_in_name(name: str) -> set[str]:
    """Country names or demonyms inside a name, longest word run first ("Russian hackers")."""
    words = name.replace("'s", "").replace("’s", "").split()
    for size in range(len(words), 0, -1):
        found = set()
        for start in range(len(words) - size + 1):
            match = match_country(" ".join(words[start : start + size]))
            code = _alpha3(match.code) if match else None
            if code:
                found.add(code)
        if found:
            return found
    return set()


def node_countries(graph: nx.MultiDiGraph, node: str) -> set[str]:
    """ISO alpha-3 codes the node stands for or belongs to (empty when none can be told)."""
    data = graph.nodes[node]
    if data.get("type") == "Country":
        prefix, _, code = node.partition("/")
        direct = _alpha3(code) if prefix == "country" and len(code) == 2 else None
        return {direct} if direct else _countries_in_name(data.get("label", ""))
    link = "located_in" if data.get("type") == "Place" else "affiliated_with"
    affiliations = set()
    for _, target, edge in graph.out_edges(node, data=True):
        if edge.get("predicate") == link and graph.nodes[target].get("type") == "Country":
            affiliations |= node_countries(graph, target)
    return affiliations or _countries_in_name(data.get("label", node))


def score_events(sentences: Iterable[EventSentence], graphs_of: GraphOfSentence) -> EventScore:
    """Score the graphs that ``graphs_of`` builds for the sentences (one graph per sentence)."""
    sentences = list(sentences)
    graphs = graphs_of([Article(id=s.record_id, text=s.text) for s in sentences])
    score = EventScore(failures={"missed_events": [], "false_edges": []})
    for sentence, graph in zip(sentences, graphs, strict=True):
        coded = []
        for source, target, data in graph.edges(data=True):
            if data.get("predicate") in STRUCTURAL_PREDICATES or not data.get("cameo"):
                continue
            if data.get("modality") in UNREALISED_MODALITIES:
                continue  # a wished or hypothetical act is no event to code ("wants Putin to act")
            subjects, objects = node_countries(graph, source), node_countries(graph, target)
            if graph.nodes[target].get("type") == "Place":
                objects -= subjects  # "Putin met in Moscow": not an event towards Russia
            if subjects and objects:
                coded.append((subjects, objects, data["cameo"][:2], data["predicate"]))
        score.gold_all += len(sentence.events)
        country_events = [e for e in sentence.events if e.source and e.target]
        for event in country_events:
            score.gold += 1
            hit = any(
                event.source in s and event.target in o and event.root == root
                for s, o, root, _ in coded
            )
            score.found += hit
            if not hit:
                score.failures["missed_events"].append(
                    f"{sentence.record_id}: {event.source} -{event.root}-> {event.target}"
                )
        for subjects, objects, root, predicate in coded:
            score.edges += 1
            matched = any(
                e.source in subjects and e.target in objects and e.root == root
                for e in country_events
            )
            if not matched:
                score.false += 1
                score.failures["false_edges"].append(
                    f"{sentence.record_id}: {'/'.join(sorted(subjects))} {predicate} ({root}) "
                    f"{'/'.join(sorted(objects))}"
                )
    return score
