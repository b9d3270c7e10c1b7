"""Shared fixture of the coreference tests: each test file's invented ``TEXTS`` through the
real pipeline, once per file."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult


@pytest.fixture(scope="module")
def results(request: pytest.FixtureRequest) -> dict[str, ArticleResult]:
    """The results of the test module's ``TEXTS`` (name -> text), extracted in one batch and
    keyed by name."""
    texts: dict[str, str] = request.module.TEXTS
    articles = [Article(id=name, text=text) for name, text in texts.items()]
    return {r.article.id: r for r in extract_articles(articles)}
