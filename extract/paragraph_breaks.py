"""A paragraph break ends a sentence: the parser is told so before it parses.

The reader (``extract.ingest``) separates paragraphs by a blank line. The small model's parser
often runs a sentence on over that break: a closing quotation mark is carried into the next
paragraph (``" "We had an IMF program ...``), a paragraph ending in "U.S." or "Inc." is read
as going on, a heading or a table row without a full stop joins the paragraph after it. Such a
run-on sentence takes its subject from one paragraph and its verb from the next. The component
``newsgraph_paragraph_breaks`` runs before the parser and marks the first token of every
paragraph as a sentence start, which the parser keeps; inside a paragraph the parser decides
as before.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("newsgraph_paragraph_breaks")
>>> [token.is_sent_start for token in nlp('He said "no."\\n\\nIt said so.')][-6:]
[False, False, True, None, None, None]
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["PARAGRAPH_BREAKS", "mark_paragraph_breaks"]

PARAGRAPH_BREAKS = "newsgraph_paragraph_breaks"

# A blank line, and the whitespace around it, between two paragraphs.
_BREAK = re.compile(r"\n[ \t]*\n\s*")


@Language.component(PARAGRAPH_BREAKS)
def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after each blank line of ``doc``'s text as a sentence start.

    The breaks are found in the text (one regular-expression pass) and each is mapped to its
    token, so the cost does not grow with the number of tokens.
    """
    text = doc.text
    if "\n" not in text:
        return doc
    for found in _BREAK.finditer(text):
        start = found.end()
        if start >= len(text):
            break
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].i > 0:
            span[0].is_sent_start = True
            _keep_closers(doc, span[0].i - 1)
    return doc


def _keep_closers(doc: Doc, last: int) -> None:
    """Keep the closing quotation marks and brackets that end a paragraph (and the blank
    line after them) in the paragraph's last sentence, so the parser cannot start a sentence
    of its own with them."""
    i = last
    while i > 0 and (doc[i].is_space or doc[i].is_quote or doc[i].is_right_punct):
        doc[i].is_sent_start = False
        i -= 1
