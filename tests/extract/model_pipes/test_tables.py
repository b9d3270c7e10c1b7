"""The tables give the Docs spaCy's attribute ruler and lemmatizer give, byte for byte."""

from __future__ import annotations

import pickle

import spacy
from spacy.language import Language

from extract.model_pipes import TablePipe, use_tables
from extract.model_pipes.attribute_table import compile_attribute_table
from extract.model_pipes.lemma_table import WORD_INDEX, LemmaTable, with_indexed_words
from extract.pipeline import MODEL_NAME, load_pipeline

# Rules of every shape the model has: a tag's part of speech, a pronoun's lemma by tag and
# form, auxiliaries by dependency, two-word forms ("gon na", "let 's"), "there is" by the
# expletive before it, regular expressions ("ai n't", "nothin'"), whitespace tokens.
TEXTS = [
    "She said they had been told that there is no deal, and he didn't sign it.",
    "I ain't gonna do it, y'all. Let's go: we gotta c'mon, nothin' doin'.",
    "There's none. Did he do it? He had had it.\n\n  The talks were held in Oslo.",
    "  \n\n  ",
    "",
]


def _model_with_tables() -> Language:
    nlp = spacy.load(MODEL_NAME)
    assert use_tables(nlp) == ["attribute_ruler", "lemmatizer"]
    return nlp


def test_docs_equal_spacy_pipes_byte_for_byte() -> None:
    spacy_pipes, tables = spacy.load(MODEL_NAME), _model_with_tables()
    assert tables.pipe_names == spacy_pipes.pipe_names
    for ours, theirs in zip(tables.pipe(TEXTS), spacy_pipes.pipe(TEXTS), strict=True):
        assert ours.to_bytes() == theirs.to_bytes()
    doc = tables("Let's see: she was there and they had gone.")
    assert [t.lemma_ for t in doc][:3] == ["let", "us", "see"]
    assert [(t.pos_, str(t.morph)) for t in doc if t.lower_ == "was"] == [
        ("AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin")
    ]


def test_a_rule_outside_the_table_leaves_spacy_ruler() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "them"}]], {"LEMMA": "they"})
    assert compile_attribute_table(ruler) is not None
    ruler.add([[{"ORTH": "Them", "OP": "?"}]], {"LEMMA": "they"})
    assert compile_attribute_table(ruler) is None
    assert use_tables(nlp) == []


def test_later_rule_wins_and_two_token_rule_takes_its_place_in_order() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "na"}]], {"LEMMA": "first", "POS": "PART"})
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=1)
    ruler.add([[{"LOWER": {"IN": ["na", "nah"]}}]], {"POS": "INTJ"})
    expected = [(t.lemma_, t.pos_) for t in nlp("gon na na")]
    [name] = use_tables(nlp)
    assert [(t.lemma_, t.pos_) for t in nlp("gon na na")] == expected
    assert expected == [("", ""), ("to", "INTJ"), ("first", "INTJ")]
    assert name == "attribute_ruler"


def test_pipes_pickle_and_the_build_uses_them() -> None:
    for name in ("attribute_ruler", "lemmatizer"):
        pipe = load_pipeline().get_pipe(name)
        assert isinstance(pipe, TablePipe)
        assert isinstance(pickle.loads(pickle.dumps(pipe)), TablePipe)


def test_lemma_table_asks_a_copy_whose_word_index_is_a_dict() -> None:
    model = spacy.load(MODEL_NAME).get_pipe("lemmatizer")
    copy = with_indexed_words(model)
    nouns = model.lookups.get_table(WORD_INDEX)["noun"]
    assert isinstance(nouns, list)
    assert list(copy.lookups.get_table(WORD_INDEX)["noun"]) == nouns
    assert model.lookups.get_table(WORD_INDEX)["noun"] is nouns  # the model's own is untouched
    doc = spacy.load(MODEL_NAME)("The ministers were meeting.", disable=["lemmatizer"])
    assert [t.lemma_ for t in LemmaTable(model).apply(doc)] == [
        "the",
        "minister",
        "be",
        "meet",
        ".",
    ]
