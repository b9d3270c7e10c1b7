"""Shared fixture of the role tests: the affiliation pairs each invented text yields."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract.pipeline import extract_articles
from extract.types import Article

AffiliationPairs = dict[str, set[tuple[str, str]]]


def _affiliation_pairs(texts: dict[str, str]) -> AffiliationPairs:
    """Extract every text (named by its key) in one batch; per text, its (person or body,
    country or organisation) ``affiliated_with`` pairs."""
    articles = [Article(id=name, text=text) for name, text in texts.items()]
    return {
        result.article.id: {
            (r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"
        }
        for result in extract_articles(articles)
    }


@pytest.fixture(scope="session")
def affiliation_pairs() -> Callable[[dict[str, str]], AffiliationPairs]:
    """``affiliation_pairs(TEXTS)`` in a module-scoped fixture of a test file."""
    return _affiliation_pairs
