"""Rules of round 20 read against fresh Reuters and Wikinews text (helper fresh3).

Each rule has a sentence of our own where it holds: a bare dictionary row of a general verb
("died", "expanding") codes no force or cooperation, a verb of labelling with a predicate noun
("called Biden a decent man") is no call, an act noun asked for ("called for closer
cooperation") is wished, a verb of directing hands its object the act of its "to" complement,
what one pressures another to do is wished, a gathering spoken to is attended, not talked with,
an act in an indirect question ("whether or not") is conditional, not negated, and a
conditional consequence warns only when it is a reprisal, and "attacked X for Y" criticises. All
sentences go through the real pipeline in one batch.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_articles
from extract.types import Article

Edge = tuple[str, str, str]

SENTENCES = {
    "died": "Jacques Chirac died at home in Paris, France.",
    "expanding": "Southwest Airlines is expanding its freight service to Dallas and Houston.",
    "labels": "Sanders called Biden a decent man.",
    "calls-on": "Trump called on Fox News to fire Jennifer Griffin.",
    "calls-for": "He called for closer cooperation by the United States and Japan.",
    "praises": "He praised closer cooperation by the United States and Japan.",
    "directs": "Reagan directed Shultz to consult with the Federal Reserve.",
    "pressures": "Mexico will pressure the United States to provide protection for Mexicans.",
    "speaks-to": "Juan Sourrouille, speaking to the annual conference of the International "
    "Monetary Fund, said Argentina would pay.",
    "whether": "Biden would not say whether or not he supported the plan of Obama.",
    "promises": "Norway said it would keep its output curbs if OPEC remained within its accord.",
    "retaliates": "Britain said it would retaliate if Japan did not open its markets.",
    "attacks-for": "Biden attacked Trump for the tweet.",
}


def _reading(modality: str | None, negated: bool) -> str | None:
    """The modality, with "negated" added: "conditional", "planned/negated", "negated", None."""
    words = [w for w in (modality, "negated" if negated else None) if w]
    return "/".join(words) or None


@pytest.fixture(scope="module")
def modalities() -> dict[str, dict[Edge, str | None]]:
    """Each sentence's event edges (subject, predicate, object) with their modality."""
    articles = [Article(id=name, text=text) for name, text in SENTENCES.items()]
    return {
        result.article.id: {
            (r.subject, r.predicate, r.object): _reading(r.modality, r.negated)
            for r in result.relations
            if r.cameo  # structural edges have no CAMEO code
        }
        for result in extract_articles(articles)
    }


def test_dying_and_expanding_are_no_acts(modalities: dict[str, dict[Edge, str | None]]) -> None:
    assert modalities["died"] == {}
    assert modalities["expanding"] == {}


def test_labelling_is_no_call(modalities: dict[str, dict[Edge, str | None]]) -> None:
    assert modalities["labels"] == {}
    assert ("person/trump", "called_on", "organization/fox-news") in modalities["calls-on"]
    assert not any(p == "used_conventional_military_force" for _, p, _ in modalities["calls-on"])


def test_cooperation_called_for_is_wished(modalities: dict[str, dict[Edge, str | None]]) -> None:
    edge = ("country/US", "cooperated_with", "country/JP")
    assert modalities["calls-for"][edge] == "wished"
    assert modalities["praises"][edge] is None


def test_the_one_directed_does_the_act(modalities: dict[str, dict[Edge, str | None]]) -> None:
    found = modalities["directs"]
    assert ("person/shultz", "consulted", "organization/federal-reserve") in found
    assert not any(s == "person/reagan" for s, _, _ in found)


def test_act_pressed_for_is_wished(modalities: dict[str, dict[Edge, str | None]]) -> None:
    assert modalities["pressures"][("country/US", "provided", "country/MX")] == "wished"
    assert modalities["pressures"][("country/MX", "urged", "country/US")] == "planned"


def test_a_gathering_spoken_to_is_attended(modalities: dict[str, dict[Edge, str | None]]) -> None:
    found = modalities["speaks-to"]
    conference = "event/annual-conference-of-the-international-monetary-fund"
    assert ("person/juan-sourrouille", "attended", conference) in found
    assert not any(p == "talked_with" for _, p, _ in found)


def test_an_act_asked_about_is_conditional(modalities: dict[str, dict[Edge, str | None]]) -> None:
    assert modalities["whether"] == {("person/biden", "supported", "person/obama"): "conditional"}


def test_a_conditional_promise_warns_nobody(modalities: dict[str, dict[Edge, str | None]]) -> None:
    assert not any(p == "warned" for _, p, _ in modalities["promises"])
    assert ("country/GB", "warned", "country/JP") in modalities["retaliates"]


def test_an_attack_for_a_reason_is_criticism(
    modalities: dict[str, dict[Edge, str | None]],
) -> None:
    assert set(modalities["attacks-for"]) == {("person/biden", "criticized", "person/trump")}
