"""A wire's bracketed name is one company; a bracketed ticker is none."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, EntityType


def test_a_bracketed_name_is_a_company_and_a_ticker_no_node() -> None:
    result = next(
        iter(
            extract_articles(
                [
                    Article(
                        id="wire",
                        text="Brian Holt, general manager of <Kestrel Downs Mining Pty Ltd>, "
                        "said exports would rise. Valmet Oy <VALM.HE> declined to comment.",
                    )
                ]
            )
        )
    )
    types = {e.label: e.type for e in result.entities}
    assert types.get("Kestrel Downs Mining Pty Ltd") is EntityType.ORGANIZATION, types
    assert not any("VALM" in label for label in types), types
