"""Resolutions, proposals, bills and rulings named by what they are about are nodes; a bill
that is a debt paper is not."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, EntityType


def test_texts_put_to_a_decision_are_nodes_and_debt_papers_are_not() -> None:
    text = (
        "Oman did not endorse a resolution on a common currency system. "
        "Chile welcomed a Supreme Court ruling on fishing rights. "
        "Banks bought 90-day bank bills from Britain, which opposed the textile bill."
    )
    result = next(iter(extract_articles([Article(id="texts", text=text)])))
    agreements = {e.label for e in result.entities if e.type is EntityType.AGREEMENT}
    events = {e.label for e in result.entities if e.type is EntityType.EVENT}
    assert "resolution on a common currency system" in agreements
    assert "Supreme Court ruling on fishing rights" in events
    assert "textile bill" in events
    assert not any("bank bills" in label for label in events)
