"""A blank line between paragraphs ends a sentence in the parse, closing quotes included."""

from __future__ import annotations

from extract.pipeline import load_pipeline


def test_paragraph_break_starts_a_sentence_and_keeps_closing_quote_before_it() -> None:
    nlp = load_pipeline()
    text = (
        'The envoy said the plan would put Norland in "a very deep recession."\n\n'
        '"We had such a plan before," the minister said.\n\n'
        "Trade grew in the U.S.\n\n"
        "Exports fell."
    )
    sentences = [sentence.text.strip() for sentence in nlp(text).sents]
    assert sentences == [
        'The envoy said the plan would put Norland in "a very deep recession."',
        '"We had such a plan before," the minister said.',
        "Trade grew in the U.S.",
        "Exports fell.",
    ]
