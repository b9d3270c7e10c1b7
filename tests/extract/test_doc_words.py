"""The per-Doc word index: the same positions a walk over the tokens finds, and never shipped
with the Doc."""

from __future__ import annotations

from extract.doc_words import WORDS_MEMO, doc_words
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
