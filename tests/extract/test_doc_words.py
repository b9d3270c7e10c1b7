"""The per-Doc word index: the same positions a walk over the tokens finds, and never shipped
with the Doc."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.doc_words import WORDS_MEMO, DocWords, doc_words
from extract.labels import label_ids
from extract.pipeline import load_pipeline

TEXT = (
    "WASHINGTON, March 3 - The U.S. and <Italtel> said, according to Reuters, that the "
    "Senate and the senate's Republican leaders met Italtel; ITALTEL declined."
)


def test_positions_are_those_a_walk_over_the_tokens_finds() -> None:
    doc = load_pipeline().make_doc(TEXT)
    words = doc_words(doc)
    for wanted in ({"senate", "italtel"}, {"according", "<"}, {"absent"}, set()):
        assert words.positions(wanted) == [t.i for t in doc if t.lower_ in wanted]
        assert words.positions(wanted, lower=False) == [t.i for t in doc if t.text in wanted]
    assert words.texts == [t.text for t in doc] and words.lowers == [t.lower_ for t in doc]
    assert doc_words(doc) is words  # read once per Doc


def test_the_result_component_drops_the_index_from_the_doc() -> None:
    doc = load_pipeline()(TEXT)
    assert WORDS_MEMO not in doc.user_data
    assert doc._.ng_mentions  # the mention finders ran, and read the index


def test_parse_indexes_are_those_the_tokens_give() -> None:
    nlp = load_pipeline()
    with nlp.select_pipes(disable=["newsgraph_mentions", "newsgraph_result"]):
        doc = nlp(TEXT + ' "We refused," he said. Then the talks - at last - began.')
    words = doc_words(doc)
    assert words.pos_ids == [t.pos for t in doc]
    assert words.dep_ids == [t.dep for t in doc]
    assert words.ent_type_ids == [t.ent_type for t in doc]
    assert words.title_flags == [t.is_title for t in doc]
    assert words.entities == doc.ents and words.entities  # the model tagged some
    assert words.child_positions == [[c.i for c in t.children] for t in doc]
    nouns = {doc.vocab.strings["NOUN"], doc.vocab.strings["PROPN"]}
    assert words.pos_positions(nouns) == [t.i for t in doc if t.pos in nouns]
    subjects = {doc.vocab.strings["nsubj"]}
    for token in doc:
        assert words.children(token.i, subjects) == [
            c.i for c in token.children if c.dep in subjects
        ]
        assert words.sentence_bounds[token.i] == (token.sent.start, token.sent.end)
    assert words.text == doc.text
    for sentence in doc.sents:
        assert words.span_text(sentence.start, sentence.end) == sentence.text
    # a span across a sentence boundary: ``Span.sent`` is the sentence it starts in
    first = next(iter(doc.sents))
    across = doc[first.end - 1 : first.end + 1]
    assert words.sentence_bounds[across.start] == (across.sent.start, across.sent.end)


def test_an_empty_doc_has_empty_indexes() -> None:
    words = doc_words(load_pipeline().make_doc(""))
    assert words.pos_ids == [] and words.dep_ids == [] and words.child_positions == []
    assert words.ent_type_ids == [] and words.title_flags == [] and words.entities == ()


def test_lemma_lowers_and_word_positions_read_the_lemmas() -> None:
    doc = Doc(
        Vocab(),
        ["Talks", "failed", "as", "TALKS", "stalled"],
        pos=["NOUN", "VERB", "SCONJ", "NOUN", "VERB"],
        lemmas=["Talk", "fail", "as", "talk", "stall"],
    )
    words = DocWords(doc)
    assert words.lemma_lowers == ["talk", "fail", "as", "talk", "stall"]
    nouns = label_ids(frozenset({"NOUN"}))
    # By lemma ("Talks" → "talk") or by form; only tokens of the part of speech asked.
    assert words.word_positions(nouns, {"talk"}) == [0, 3]
    assert words.word_positions(nouns, {"failed"}) == []
    assert words.word_positions(label_ids(frozenset({"VERB"})), {"failed", "stall"}) == [1, 4]
