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
from typing import TYPE_CHECKING, cast

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:  # spaCy's own array type, from its thinc dependency
    from thinc.types import Ints2d

__all__ = ["PARAGRAPH_BREAKS", "mark_paragraph_breaks"]

PARAGRAPH_BREAKS = "newsgraph_paragraph_breaks"

# A blank line: two line ends with nothing but spaces between them.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@Language.component(PARAGRAPH_BREAKS)
def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after each blank line of ``doc``'s text as a sentence start.

    A blank line is a whitespace token of its own; those are found from the token attribute
    array, and the sentence starts are written back as one array (setting them token by token
    makes spaCy check the whole Doc each time), so no Python loop walks the article's words.
    """
    blank_lines = [
        int(i)
        for i in numpy.flatnonzero(doc.to_array(IS_SPACE))
        if 0 < i < len(doc) - 1 and _BLANK_LINE.search(doc[int(i)].text)
    ]
    if not blank_lines:
        return doc
    starts = doc.to_array(SENT_START).astype("int64")
    for i in blank_lines:
        starts[i + 1] = 1
        _keep_closers(doc, i, starts)
    # spaCy keeps attributes as uint64: -1 ("not a start") travels wrapped, as to_array gave it
    doc.from_array([SENT_START], cast("Ints2d", starts.astype("uint64").reshape(-1, 1)))
    return doc


def _keep_closers(doc: Doc, last: int, starts: numpy.ndarray) -> None:
    """Keep the closing quotation marks and brackets that end a paragraph (and the blank
    line after them) in the paragraph's last sentence, so the parser cannot start a sentence
    of its own with them."""
    i = last
    while i > 0 and (doc[i].is_space or doc[i].is_quote or doc[i].is_right_punct):
        starts[i] = -1
        i -= 1
