"""Relations: evidence, negation, modality, attribution, nominal triggers, agreement parties,
CAMEO codes. Short texts of our own through the real pipeline, one batch per module."""

from __future__ import annotations

from importlib import resources

import pytest

from extract.dates_places.place_relations import MET_IN_CODE
from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult, Relation
from extract.vocabulary.cameo_verbs import TABLE as CAMEO_TABLE
from extract.vocabulary.triggers import load_triggers
from extract.vocabulary.word_lists import WORDS

TEXTS = {
    "quote": "Spain accused Russia of spreading lies. "
    'Lavrov has dismissed the allegations as "hysteria".',
    "hostile-report": "Estonian officials said Russian hackers attacked the ministry.",
    "plain-report": "Estonian officials said Russia would hold elections in March.",
    "co-party": "Peru and Chile drafted a fisheries accord. "
    "Negotiators from Peru reached the deal with Chile.",
    "lift-sanctions": "Obama has agreed to lift the sanctions on Iran.",
    "date-is-no-name": "Norway and Iceland signed a fisheries agreement. "
    "Norway announced the agreement on Friday.",
    "speaker-accepts": "Spanish Foreign Minister Josep Borrell welcomed the joint cybersecurity "
    "group. Borrell said he accepts the group.",
    "possessive-proposal": "Lavrov's proposal for a joint cybersecurity group surprised Spain.",
    "agreement-between": "The agreement between Russia and Spain was signed in Madrid.",
    "did-not-sign": "Borrell did not sign the treaty.",
    "never-signed": "Borrell never signed the treaty.",
    "repeatedly-denied": "Russia has repeatedly denied the accusations by Spain.",
    "allegedly": "Spain allegedly hacked Russia.",
    "prosecutors-alleged": "Prosecutors have alleged that Russian agents attacked Georgia.",
    "passive-agent": "The joint cybersecurity group was proposed by Russia.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, ArticleResult]:
    articles = [Article(id=name, text=text, date="2024-05-01") for name, text in TEXTS.items()]
    return {r.article.id: r for r in extract_articles(articles)}


def _find(result: ArticleResult, subject: str, predicate: str, obj: str) -> Relation:
    found = [
        r
        for r in result.relations
        if (r.subject, r.predicate, r.object) == (subject, predicate, obj)
    ]
    assert found, f"no {subject} {predicate} {obj}: {sorted(_triples(result))}"
    return found[0]


def _triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in result.relations}


def test_a_quote_is_the_evidence_of_the_speakers_edge(results: dict[str, ArticleResult]) -> None:
    relation = _find(results["quote"], "person/lavrov", "dismissed", "country/ES")
    evidence = relation.evidence
    assert '"hysteria"' in evidence.sentence
    assert TEXTS["quote"][evidence.start : evidence.end].strip() == evidence.sentence
    assert evidence.trigger == "dismissed"
    assert evidence.article_id == "quote" and evidence.date == "2024-05-01"


def test_reporting_a_hostile_act_is_an_accusation(results: dict[str, ArticleResult]) -> None:
    relation = _find(results["hostile-report"], "country/EE", "accused", "country/RU")
    assert relation.cameo == "112"
    assert not [r for r in results["plain-report"].relations if r.object == "country/RU"]


def test_who_a_deal_is_reached_with_is_a_party(results: dict[str, ArticleResult]) -> None:
    triples = _triples(results["co-party"])
    assert ("country/CL", "party_to", "agreement/fisheries-accord") in triples
    assert ("country/PE", "agreed", "agreement/fisheries-accord") in triples
    assert ("country/PE", "agreed", "country/CL") not in triples


def test_who_lifts_sanctions_did_not_impose_them(results: dict[str, ArticleResult]) -> None:
    triples = _triples(results["lift-sanctions"])
    assert ("person/obama", "eased", "country/IR") in triples
    assert ("person/obama", "sanctioned", "country/IR") not in triples
    assert ("person/obama", "affiliated_with", "country/US") in triples


def test_a_date_is_not_part_of_an_agreement_name(results: dict[str, ArticleResult]) -> None:
    result = results["date-is-no-name"]
    assert ("country/NO", "announced", "agreement/fisheries-agreement") in _triples(result)
    assert not [e for e in result.entities if "friday" in e.key]


def test_the_speaker_is_the_subject_of_reported_speech(results: dict[str, ArticleResult]) -> None:
    result = results["speaker-accepts"]
    _find(result, "person/josep-borrell", "accepted", "agreement/joint-cybersecurity-group")
    _find(result, "person/josep-borrell", "party_to", "agreement/joint-cybersecurity-group")


def test_nominal_triggers(results: dict[str, ArticleResult]) -> None:
    relation = _find(
        results["possessive-proposal"],
        "person/lavrov",
        "proposed",
        "agreement/joint-cybersecurity-group",
    )
    assert relation.evidence.trigger == "proposal"
    between = "agreement/agreement-between-russia-and-spain"
    _find(results["agreement-between"], "country/RU", "party_to", between)
    _find(results["agreement-between"], "country/ES", "party_to", between)


@pytest.mark.parametrize("name", ["did-not-sign", "never-signed"])
def test_negation(results: dict[str, ArticleResult], name: str) -> None:
    # "the treaty" names no treaty in particular: its key is scoped to the article.
    relation = _find(results[name], "person/borrell", "signed", f"agreement/{name}--treaty")
    assert relation.negated is True
    assert relation.cameo == "127"  # refusing to sign is rejecting an agreement


def test_a_repeated_denial_is_a_denial_not_a_negation(results: dict[str, ArticleResult]) -> None:
    relation = _find(results["repeatedly-denied"], "country/RU", "denied", "country/ES")
    assert relation.negated is False


def test_modality(results: dict[str, ArticleResult]) -> None:
    assert _find(results["allegedly"], "country/ES", "hacked", "country/RU").modality == "reported"
    alleged = _find(results["prosecutors-alleged"], "country/RU", "attacked", "country/GE")
    assert alleged.modality == "reported"
    assert (
        _find(
            results["did-not-sign"], "person/borrell", "signed", "agreement/did-not-sign--treaty"
        ).modality
        is None
    )


def test_passive_agent_is_the_subject(results: dict[str, ArticleResult]) -> None:
    _find(results["passive-agent"], "country/RU", "proposed", "agreement/joint-cybersecurity-group")


STRUCTURAL = ("affiliated_with", "party_to", "held_in", "located_in")


def _dictionary_codes() -> dict[str, str]:
    """Predicate → CAMEO code of every event row of the derived CAMEO verb table."""
    table = resources.files("extract").joinpath(CAMEO_TABLE).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in table.splitlines() if not line.startswith("#")]
    return {row[6]: row[5] for row in rows if len(row) == 9 and row[5].isdigit()}


def test_every_event_edge_carries_its_triggers_cameo_code(
    results: dict[str, ArticleResult],
) -> None:
    # Verbs our table is silent on take the CAMEO dictionary's predicate and code.
    codes = {**_dictionary_codes(), **load_triggers().predicates, "met_in": MET_IN_CODE}
    for result in results.values():
        for relation in result.relations:
            if relation.cameo and relation.negated:
                assert relation.cameo in WORDS.refusal_codes.values(), relation
            elif relation.cameo:
                assert relation.cameo[:2] == codes[relation.predicate][:2], relation
            else:
                assert relation.predicate in STRUCTURAL


def test_output_is_deterministic() -> None:
    texts = [Article(id=name, text=text) for name, text in TEXTS.items()]
    first = [r.to_dict() for r in extract_articles(texts)]
    second = [r.to_dict() for r in extract_articles(texts)]
    assert first == second


def test_evidence_leaves_the_previous_paragraphs_closing_quote_behind() -> None:
    text = (
        'Lavrov called the claims "hysteria."\n\n'
        "During the Tuesday meeting in Madrid, Lavrov denied the accusations by Spain."
    )
    [result] = extract_articles([Article(id="quote-left-over", text=text)])
    [denial] = [r for r in result.relations if r.predicate == "denied"]
    assert denial.evidence.sentence.startswith("During the Tuesday meeting")
    assert text[denial.evidence.start : denial.evidence.end] == denial.evidence.sentence
