"""Names the model cut at "and": a company named after two trades, and a dangling link word."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def _labels(text: str) -> set[str]:
    result = next(iter(extract_articles([Article(id="j", text=text)])))
    return {e.label for e in result.entities}


def test_a_company_named_after_two_trades_is_one_name() -> None:
    labels = _labels("Britain's Cable and Wireless Plc said it would bid for the venture.")
    assert "Cable and Wireless Plc" in labels
    assert "Wireless Plc" not in labels and "Wireless" not in labels


def test_two_names_joined_by_and_stay_two_without_a_dangling_and() -> None:
    labels = _labels("Holiday Corp and Communications Satellite Corp said they closed the deal.")
    assert "Communications Satellite Corp" in labels
    assert not any(label.endswith(" and") for label in labels)
    assert not any("Holiday Corp and" in label for label in labels)
