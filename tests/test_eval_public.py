"""The public-gold scoring on hand-made inputs (no fetched snapshot needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from build_public_gold import _detokenise, _gum_document, question_modality, question_role
from evaluation.public_gold import (
    PublicGoldError,
    covering_entity,
    gold_type_under,
    read_jsonl,
)
from evaluation.public_modality import modality_pairs, score_modality
from evaluation.public_render import public_gold_lines
from evaluation.public_resolution import (
    gum_resolution_cases,
    resolution_verdict,
    score_resolution,
)
from evaluation.public_scoring import (
    attachment_verdict,
    score_attachment,
    score_coreference,
    score_events,
    score_typing,
)

from extract.pipeline import load_pipeline
from extract.types import Entity, EntityType, Mention

# Two sentences of a CoNLL-U document in GUM's shape: "Obama met Putin." and "He left."
_CONLLU = "\n".join(
    [
        "# meta::title = Talks",
        "# meta::dateCreated = 2017-01-02",
        "# newpar",
        "1\tObama\tObama\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-x-cf1-1-coref-Obama)",
        "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_",
        "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(2-person-new-x-cf1-1-sgl",
        "4\tRussian\tRussian\tADJ\tJJ\t_\t5\tamod\t_\tEntity=(3-place-new-x-cf1-1-sgl)",
        "5\tleader\tleader\tNOUN\tNN\t_\t2\tobj\t_\tEntity=2)|SpaceAfter=No",
        "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
        "",
        "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-x-cf1-1-coref)",
        "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No",
        "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
    ]
)


def test_gum_document_keeps_text_offsets_heads_and_chains() -> None:
    document = _gum_document("GUM_news_x", _CONLLU)
    assert document["text"] == "Obama met the Russian leader. He left."
    assert document["title"] == "Talks" and document["date"] == "2017-01-02"
    found = {(m["text"], m["type"], m["chain"], m["named"]) for m in document["mentions"]}
    assert found == {
        ("Obama", "person", "1", True),
        ("the Russian leader", "person", "2", False),
        ("Russian", "place", "3", False),
        ("He", "person", "1", False),
    }
    leader = next(m for m in document["mentions"] if m["chain"] == "2")
    assert document["text"][leader["head_start"] : leader["head_end"]] == "leader"
    russian = next(m for m in document["mentions"] if m["chain"] == "3")
    assert russian["outer_heads"] == [(leader["head_start"], leader["head_end"])]


def test_question_roles_follow_the_template_slots() -> None:
    row = {"wh": "what", "subj": "", "obj": "", "prep": "", "obj2": "", "is_passive": "True"}
    assert question_role(row) == "patient"  # "What is being suspended?"
    assert question_role({**row, "subj": "something", "prep": "by", "wh": "who"}) == "agent"
    assert question_role({**row, "is_passive": "False", "subj": "someone"}) == "patient"
    assert question_role({**row, "wh": "when"}) is None
    told = {**row, "is_passive": "False", "wh": "who", "subj": "someone", "obj2": "something"}
    assert question_role(told) == "patient"  # "Who did someone tell something?"
    assert question_role({**told, "obj": "something", "obj2": ""}) is None
    given_to = {**told, "obj": "something", "prep": "to", "obj2": ""}
    assert question_role(given_to) == "patient"  # "Who did someone give something to?"
    assert question_role({**told, "prep": "to do"}) is None


def test_question_modality_follows_the_auxiliary_and_negation() -> None:
    def stated(aux: str, negated: bool = False) -> str | None:
        return question_modality({"aux": aux, "is_negated": str(negated)})

    assert [stated(a) for a in ("", "did", "was", "has", "will", "might", "would")] == [
        "asserted",
        "asserted",
        "asserted",
        "asserted",
        "planned",
        "conditional",
        "conditional",
    ]
    assert stated("should") == "wished" and stated("can") is None
    assert stated("won't", negated=True) == stated("didn't", negated=True) == "negated"


def test_modality_agreement_counts_classes_and_done_or_not() -> None:
    figures = score_modality(
        [("asserted", "asserted"), ("planned", "conditional"), ("wished", "negated"), (None, "x")]
    )
    assert (figures["predicates"], figures["classed"], figures["agree"]) == (4, 3, 1)
    assert figures["done_agree"] == 2  # planned and conditional are both "not done"
    assert figures["confusion"]["wished -> negated"] == 1


def test_the_reader_is_run_on_every_predicate_token() -> None:
    text = "Straw will meet Li, who signed the pact but did not visit Paris."
    sentence = {
        "text": text,
        "predicates": [
            {"start": text.index("meet"), "modality": "planned"},
            {"start": text.index("signed"), "modality": "asserted"},
            {"start": text.index("visit"), "modality": "negated"},
            {"start": text.index("Paris") + 1},  # no token starts here
        ],
    }
    assert list(modality_pairs([sentence])) == [
        ("planned", "planned"),
        ("asserted", "asserted"),
        ("negated", "negated"),
        (None, None),
    ]


def test_detokenised_spans_point_at_their_tokens() -> None:
    text, spans = _detokenise(["``", "Hi", "''", ",", "he", "said", "."])
    assert text == '"Hi", he said.'
    assert [text[a:b] for a, b in spans] == ['"', "Hi", '"', ",", "he", "said", "."]


def test_typing_counts_found_share_accuracy_and_confusion() -> None:
    figures = score_typing([("place", "Place"), ("place", "Organization"), ("person", None)])
    assert (figures["found"], figures["gold"], figures["correct"]) == (2, 3, 1)
    assert figures["found_share"] == pytest.approx(2 / 3, abs=1e-4)
    assert figures["confusion"] == {"place -> Organization": 1, "place -> Place": 1}


def test_coreference_counts_splits_and_merges() -> None:
    # gold: {a1, a2} one chain, b another; newsgraph: a1 alone, a2 with b
    figures = score_coreference([[("a", "n1"), ("a", "n2"), ("b", "n2")], [("c", "n9")]])
    assert (figures["pairs"], figures["both"], figures["splits"], figures["merges"]) == (3, 0, 1, 1)
    assert figures["precision"] == figures["recall"] == figures["f1"] == 0.0
    perfect = score_coreference([[("a", "n1"), ("a", "n1"), ("b", "n2")]])
    assert perfect["f1"] == 1.0


def test_attachment_verdicts_and_recall_proxy() -> None:
    agents, patients = [(0, 12)], [(20, 40)]
    assert attachment_verdict([(0, 5)], [(30, 35)], agents, patients) == "right"
    assert attachment_verdict([(0, 5)], [(13, 18)], agents, patients) == "object wrong"
    assert attachment_verdict([(13, 18)], [(30, 35)], agents, patients) == "subject wrong"
    figures = score_attachment(["right", "object wrong"], eligible=4, covered=1)
    assert (figures["accuracy"], figures["recall_proxy"]) == (0.5, 0.25)


def test_covering_entity_is_found_by_the_gold_head() -> None:
    putin = Entity(
        key="person/putin",
        label="Putin",
        type=EntityType.PERSON,
        mentions=(Mention(text="Vladimir Putin", start=10, end=24, sentence=""),),
    )
    assert covering_entity([putin], (19, 24)) is putin
    assert covering_entity([putin], (0, 5)) is None
    # "Putin" nested in a gold mention whose head the newsgraph mention also holds
    assert covering_entity([putin], (19, 24), enclosing_heads=[(10, 18)]) is None


def test_events_count_gum_events_typed_as_nominals_and_what_nominals_land_on() -> None:
    figures = score_events(["Event", "Agreement", None], ["event", None, "object"])
    assert (figures["events_as_nominals"], figures["events"]) == (2, 3)
    assert figures["events_as"] == {"Agreement": 1, "Event": 1, "none": 1}
    assert (figures["nominals_on_events"], figures["nominals"]) == (1, 3)
    assert figures["graph_on_gold"] == {"event": 1, "none": 1, "object": 1}


def test_a_nominal_lands_on_the_outermost_gold_mention_whose_head_it_holds() -> None:
    summit = {"start": 0, "end": 24, "head_start": 8, "head_end": 14, "type": "event"}
    city = {"start": 18, "end": 24, "head_start": 18, "head_end": 24, "type": "place"}
    assert gold_type_under((0, 24), [city, summit]) == "event"
    assert gold_type_under((18, 24), [city, summit]) == "place"
    assert gold_type_under((30, 40), [city, summit]) is None


def test_a_bad_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "gum_news.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "", "mentions": []}) + "\n{oops\n")
    with pytest.raises(PublicGoldError, match=r"gum_news.jsonl:2"):
        read_jsonl(path, ("id", "text", "mentions"))
    path.write_text(json.dumps({"id": "a", "text": "", "mentions": [{"type": "person"}]}) + "\n")
    with pytest.raises(PublicGoldError, match=r"gum_news.jsonl:1: each of mentions needs"):
        read_jsonl(path, ("id", "text", "mentions"), "mentions", ("type", "chain"))


def test_section_prints_the_figures() -> None:
    public = {
        "gum": {
            "documents": 1,
            "typing": score_typing([("organization", "Person"), ("person", "Person")]),
            "coreference": score_coreference([[("a", "n1"), ("a", "n1")]]),
            "events": score_events(["Event", None], ["event"]),
        },
        "qasrl": {
            "sentences": 1,
            "predicates": 2,
            "relations_all": 3,
            **score_attachment(["right"], 2, 1),
        },
        "qasrl_modality": score_modality([("planned", "planned"), ("negated", "asserted")]),
    }
    text = "\n".join(public_gold_lines(public))
    assert "type right 0.50 (1/2)" in text and "organization -> Person 1" in text
    assert "F1 1.00" in text and "0.50 (1/2)" in text
    assert "events (GUM event mentions on an Event/Agreement node): 0.50 (1/2)" in text
    assert "modality reader on every predicate" in text and "agreement 0.50 (1/2)" in text
    assert any(line.split()[:2] == ["negated", "1"] for line in text.splitlines())


def test_resolution_verdicts_and_figures() -> None:
    assert resolution_verdict(["person/a", "person/b"], ["person/b"]) == "right"
    assert resolution_verdict(["person/c"], ["person/b"]) == "wrong"
    assert resolution_verdict([], ["person/b"]) == "unresolved"
    figures = score_resolution(
        [
            ("pronoun", "right"),
            ("pronoun", "right"),
            ("pronoun", "wrong"),
            ("pronoun", "unresolved"),
        ]
    )
    assert figures["pronoun"] == {
        "mentions": 4,
        "right": 2,
        "wrong": 1,
        "unresolved": 1,
        "precision": 0.6667,
        "recall": 0.5,
    }
    assert figures["description"]["mentions"] == 0


def test_gum_resolution_takes_a_pronoun_to_its_chains_name() -> None:
    document = _gum_document("GUM_news_x", _CONLLU)
    cases = gum_resolution_cases(load_pipeline(), [document])
    # "He" is in Obama's chain; "the Russian leader" is a chain of its own with no name.
    assert [(c.head, c.kind, c.verdict) for c in cases] == [("He", "pronoun", "right")]
    assert cases[0].expected == ("person/obama",)
    lines = public_gold_lines(
        {
            "gum": {
                "documents": 1,
                "typing": score_typing([("person", "Person")]),
                "coreference": score_coreference([[("1", "n"), ("1", "n")]]),
            },
            "gum_resolution": score_resolution((c.kind, c.verdict) for c in cases),
            "qasrl": {
                "sentences": 0,
                "predicates": 0,
                "relations_all": 0,
                **score_attachment([], eligible=0, covered=0),
            },
        }
    )
    assert (
        "  pronoun (he, she, it, they ...): right 1, wrong 0, unresolved 0 of 1; P 1.00 R 1.00"
        in lines
    )
