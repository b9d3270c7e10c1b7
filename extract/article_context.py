"""The article a Doc is parsed for, carried by the registered extension ``doc._.ng_article``.

``extract.pipeline.extract_articles`` sets it on each Doc before the pipeline runs, so every
component can read the article's date and id, in this process or, with ``n_process`` > 1, in
a worker (the Doc travels there as bytes, the article with it). A Doc made by a bare
``nlp(text)`` call has none.

>>> import spacy
>>> doc = spacy.blank("en")("Talks began on Tuesday.")
>>> article_of(doc) is None
True
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.types import Article

#: The Doc extension that holds the ``Article``; the prefix keeps it apart from other packages.
ARTICLE_EXTENSION = "ng_article"

if not Doc.has_extension(ARTICLE_EXTENSION):
    Doc.set_extension(ARTICLE_EXTENSION, default=None)


def article_of(doc: Doc) -> Article | None:
    """The article ``doc`` was parsed for, or ``None`` for a bare ``nlp(text)`` call."""
    article = doc._.get(ARTICLE_EXTENSION)
    return article if isinstance(article, Article) else None


def article_date(doc: Doc) -> str | None:
    """The ISO date of the article ``doc`` was parsed for, when known."""
    article = article_of(doc)
    return article.date if article is not None else None
