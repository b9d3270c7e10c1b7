"""newsgraph's spaCy components, declared the way spaCy declares its own: factories with a
config and with what each requires of the parse and assigns to the Doc.

* ``newsgraph_mentions`` finds the actors an article mentions and resolves them within it
  (``doc._.ng_mentions``);
* ``newsgraph_result`` assembles the article's ``ArticleResult`` (``doc._.ng_result``) from
  the mentions, the parse and the trigger table; its ``trigger_file`` setting names another
  trigger TSV than the shipped ``data/triggers.tsv``.

The article comes from ``doc._.ng_article`` (``extract.article_context``). With ``n_process``
> 1 spaCy ships Docs between processes with msgpack, which cannot carry the mention objects:
the result component clears ``ng_mentions``, and the article and the result travel through
the msgpack hooks registered here.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> nlp.add_pipe("newsgraph_result", config={"trigger_file": None}).trigger_file is None
True
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from extract.article_context import ARTICLE_EXTENSION, article_of
from extract.assemble import assemble_result
from extract.coref.within_article import assign_keys
from extract.doc_words import WORDS_MEMO
from extract.errors import ExtractionError
from extract.mentions.find import find_mentions
from extract.relations.trigger_words import TRIGGER_MEMO
from extract.types import Article, ArticleResult
from extract.vocabulary.triggers import TriggerTable, load_triggers, read_trigger_file

log = logging.getLogger(__name__)

MENTIONS_EXTENSION = "ng_mentions"
RESULT_EXTENSION = "ng_result"
#: ``[component, message]`` when one of our components failed on the Doc's article. The
#: component records the failure instead of raising it: an exception raised inside
#: ``nlp.pipe`` ends spaCy's stream, and every article after it would need a new one.
FAILURE_EXTENSION = "ng_failure"
for _name in (MENTIONS_EXTENSION, RESULT_EXTENSION, FAILURE_EXTENSION):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_RESULT_TAG = "__newsgraph_article_result__"
_ARTICLE_TAG = "__newsgraph_article__"


def _encode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """msgpack hook: with ``n_process`` > 1 spaCy ships Docs, our extensions included."""
    if isinstance(obj, ArticleResult):
        return {_RESULT_TAG: obj.to_dict()}
    if isinstance(obj, Article):
        return {_ARTICLE_TAG: asdict(obj)}
    return obj if chain is None else chain(obj)


def _decode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    if isinstance(obj, dict) and _RESULT_TAG in obj:
        return ArticleResult.from_dict(obj[_RESULT_TAG])
    if isinstance(obj, dict) and _ARTICLE_TAG in obj:
        return Article(**obj[_ARTICLE_TAG])
    return obj if chain is None else chain(obj)


# srsly's documented extension point (numpy arrays travel the same way). Only the multiprocess
# path pays for the conversion; in one process the objects are handed over as they are.
srsly.msgpack_encoders.register("newsgraph_result", func=_encode)
srsly.msgpack_decoders.register("newsgraph_result", func=_decode)


def record_failure(doc: Doc, component: str, error: BaseException) -> None:
    """Note on ``doc`` that ``component`` failed on its article, and why (plain strings, so the
    note travels with the Doc between processes); ``failure_of`` reads it back."""
    log.debug("%s failed", component, exc_info=error)
    doc._.set(FAILURE_EXTENSION, [component, str(error)])
    doc._.set(MENTIONS_EXTENSION, None)


def failure_of(doc: Doc, article: Article) -> ExtractionError | None:
    """The failure ``record_failure`` noted on ``doc``, as an ``ExtractionError`` naming
    ``article`` and its source; None when its extraction went through."""
    failure = doc._.get(FAILURE_EXTENSION)
    if failure is None:
        return None
    component, message = failure
    return ExtractionError(article.id, component, RuntimeError(message), source=article.source)


class MentionsComponent:
    """Find actor mentions and resolve them within the article (``doc._.ng_mentions``)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.ng_mentions``; coreference reads the article's date from the Doc.

        On a Doc that carries its article, a failure is recorded (``doc._.ng_failure``) for
        ``extract_articles`` to raise or skip; a bare ``nlp(text)`` Doc raises it.
        """
        try:
            mentions = find_mentions(doc)
            assign_keys(doc, mentions)
        except Exception as error:
            if article_of(doc) is None:
                raise
            record_failure(doc, "mention finding", error)
            return doc
        doc._.set(MENTIONS_EXTENSION, mentions)
        return doc


@Language.factory(
    "newsgraph_mentions",
    default_config={},
    requires=["doc.ents", "doc.sents", "token.dep", "token.pos", "token.tag", "token.lemma"],
    assigns=[f"doc._.{MENTIONS_EXTENSION}"],
)
def make_mentions_component(nlp: Language, name: str) -> MentionsComponent:
    """The ``newsgraph_mentions`` component (``nlp.add_pipe("newsgraph_mentions")``)."""
    return MentionsComponent(name)


class ResultComponent:
    """Assemble the article's ``ArticleResult`` inside the pipeline (``doc._.ng_result``).

    Running it here, not after ``nlp.pipe``, puts assembly in the worker processes when
    ``n_process`` > 1.
    """

    def __init__(self, name: str, trigger_file: str | None, verb_dictionary: bool = True) -> None:
        self.name = name
        self.trigger_file = trigger_file
        self.verb_dictionary = verb_dictionary
        self._triggers: TriggerTable | None = None

    @property
    def triggers(self) -> TriggerTable:
        """The trigger table, read on first use (the shipped one is read once per process)."""
        if self._triggers is None:
            custom = self.trigger_file
            table = read_trigger_file(Path(custom)) if custom else load_triggers()
            self._triggers = replace(table, verb_dictionary=self.verb_dictionary)
        return self._triggers

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.ng_result`` (and drop the mentions) for a Doc that carries its article; a
        bare ``nlp(text)`` Doc keeps its mentions and gets no result."""
        article = article_of(doc)
        if article is not None and doc._.get(FAILURE_EXTENSION) is None:
            try:
                result = assemble_result(
                    article, doc, doc._.get(MENTIONS_EXTENSION) or [], self.triggers
                )
            except Exception as error:  # the article is named when the failure is read
                record_failure(doc, "relation assembly", error)
                result = None
            doc._.set(RESULT_EXTENSION, result)
            # The article travels back as the ``as_tuples`` context; the Doc need not carry it.
            doc._.set(ARTICLE_EXTENSION, None)
            doc._.set(MENTIONS_EXTENSION, None)
        doc.user_data.pop(TRIGGER_MEMO, None)  # trigger objects cannot travel with the Doc
        doc.user_data.pop(WORDS_MEMO, None)  # made again where needed: no need to ship it
        return doc


@Language.factory(
    "newsgraph_result",
    default_config={"trigger_file": None, "verb_dictionary": True},
    requires=[f"doc._.{MENTIONS_EXTENSION}", f"doc._.{ARTICLE_EXTENSION}", "doc.sents"],
    assigns=[f"doc._.{RESULT_EXTENSION}"],
)
def make_result_component(
    nlp: Language, name: str, trigger_file: str | None, verb_dictionary: bool
) -> ResultComponent:
    """The ``newsgraph_result`` component; ``trigger_file`` names another trigger TSV, and
    ``verb_dictionary`` false leaves out the CAMEO verb dictionary
    (``extract.relations.dictionary_verbs``), so only the trigger file makes edges."""
    return ResultComponent(name, trigger_file, verb_dictionary)
