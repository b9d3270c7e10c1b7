"""newsgraph's spaCy components: factories with config and metadata, the article carried by
``doc._.ng_article`` (in worker processes too), and the model chosen by name."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from extract.article_context import ARTICLE_EXTENSION, article_of
from extract.pipeline import (
    MODEL_NAME,
    YOUNG_COLLECTION_THRESHOLD,
    extract_articles,
    load_pipeline,
    pipeline_fingerprint,
)
from extract.types import Article, ArticleResult

TALKS = Article(
    id="talks",
    text="Lavrov held talks with Borrell in Madrid on Tuesday. Spain proposed a new treaty.",
    date="2018-11-07",
)
MEETING = Article(id="meeting", text="Putin met Trump in Helsinki on Monday.", date="2018-07-17")


def _event_dates(result: ArticleResult) -> dict[str, str | None]:
    return {e.key: e.date for e in result.entities if e.type.value == "Event"}


def test_components_are_factories_that_say_what_they_require_and_assign() -> None:
    mentions = Language.get_factory_meta("newsgraph_mentions")
    result = Language.get_factory_meta("newsgraph_result")
    assert "doc.ents" in mentions.requires and mentions.assigns == ["doc._.ng_mentions"]
    assert "doc._.ng_mentions" in result.requires and "doc._.ng_article" in result.requires
    assert result.assigns == ["doc._.ng_result"]
    assert result.default_config == {"trigger_file": None, "verb_dictionary": True}


def test_the_loaded_pipeline_ends_with_both_components() -> None:
    nlp = load_pipeline()
    assert nlp.pipe_names[-2:] == ["newsgraph_mentions", "newsgraph_result"]
    assert nlp.get_pipe_config("newsgraph_result") == {
        "factory": "newsgraph_result",
        "trigger_file": None,
        "verb_dictionary": True,
    }


def test_a_bare_call_keeps_its_mentions_and_makes_no_result() -> None:
    doc = load_pipeline()("Russia and Spain signed a treaty.")
    assert article_of(doc) is None
    assert doc._.ng_result is None
    assert {m.name for m in doc._.ng_mentions} >= {"Russia", "Spain"}


def test_the_article_reaches_the_components_and_is_not_shipped_back() -> None:
    nlp = load_pipeline()
    doc = nlp.make_doc(TALKS.text)
    doc._.set(ARTICLE_EXTENSION, TALKS)
    doc = nlp(doc)
    assert doc._.ng_result.article == TALKS
    assert doc._.get(ARTICLE_EXTENSION) is None
    # "on Tuesday" is read against the article's date: the context reached coreference.
    assert "2018-11-06" in _event_dates(doc._.ng_result).values()


def test_worker_processes_get_the_article_with_the_doc() -> None:
    one = list(extract_articles([TALKS, MEETING], n_process=1))
    two = list(extract_articles([TALKS, MEETING], n_process=2, batch_size=1))
    assert [r.article for r in two] == [TALKS, MEETING]
    assert two == one
    assert "2018-11-06" in _event_dates(two[0]).values()  # dated with the article, in a worker


def test_another_trigger_file_is_a_config_setting(tmp_path: Path) -> None:
    table = tmp_path / "triggers.tsv"
    table.write_text(
        "trigger\tpos\tpredicate\tcameo\tobject_preps\treciprocal\n"
        "propose\tverb\tput_forward\t030\t-\n",
        encoding="utf-8",
    )
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("newsgraph_mentions")
    nlp.add_pipe("newsgraph_result", config={"trigger_file": str(table), "verb_dictionary": False})
    [result] = extract_articles([TALKS], nlp=nlp)
    # structural edges (affiliated_with, held_in ...) have no code; every coded one is ours
    assert {r.predicate for r in result.relations if r.cameo} == {"put_forward"}


def test_the_model_is_chosen_by_name() -> None:
    with pytest.raises(RuntimeError, match="no_such_model"):
        next(extract_articles([TALKS], model="no_such_model"))
    assert pipeline_fingerprint("another_model") != pipeline_fingerprint(MODEL_NAME)


def test_a_loaded_pipeline_collects_young_garbage_less_often() -> None:
    load_pipeline()
    assert gc.get_threshold()[0] >= YOUNG_COLLECTION_THRESHOLD > 700  # Python's default: 700
    assert gc.get_freeze_count() > 0  # the model's objects are out of the collector's walks
