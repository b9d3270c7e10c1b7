"""One test per house-style rule (wire copy, wiki pages), each on a small made-up text."""

from __future__ import annotations

from extract.ingest.cleaning import clean_text
from extract.ingest.house_style import mark_indented_paragraphs


def test_indented_first_lines_mark_paragraphs_and_line_ends_do_not() -> None:
    raw = (
        "Northwind Ltd said it would open two plants in the U.S.\n"
        "and one in Mexico this year.\n"
        "    The company gave no figures\n"
        "for the cost.\n"
    )
    assert clean_text(raw, title="Plants").text == (
        "Northwind Ltd said it would open two plants in the U.S. and one in Mexico this year."
        "\n\nThe company gave no figures for the cost."
    )


def test_uniformly_indented_text_is_not_read_as_paragraphs() -> None:
    raw = "  The council met on Monday\n  and voted on the budget.\n"
    assert mark_indented_paragraphs(raw) == (raw, False)


def test_one_word_signoff_dropped() -> None:
    raw = "The two ministers met in Oslo.\n    They agreed to meet again.\n Agency\n"
    assert clean_text(raw, title="Talks").text == (
        "The two ministers met in Oslo.\n\nThey agreed to meet again."
    )


def test_ticker_after_a_name_dropped_and_bracketed_name_kept() -> None:
    raw = "Vandermeer NV <VDM.AS> agreed to buy <Ostrava Glassworks> from Kolby Plc <KOL.L>."
    cleaned = clean_text(raw, title="Vandermeer <VDM.AS> buys glassworks")
    assert cleaned.text == "Vandermeer NV agreed to buy <Ostrava Glassworks> from Kolby Plc."
    assert cleaned.title == "Vandermeer buys glassworks"


def test_ticker_not_after_a_name_keeps_its_symbol() -> None:
    raw = "The shares will trade under the symbol <NWDX> from Monday, the exchange said."
    assert "under the symbol NWDX from Monday" in clean_text(raw, title="Listing").text


def test_ticker_before_another_name_stays_between_them() -> None:
    raw = "The airline ordered six Aerolux <AER.PA> A-90 jets, a spokesman said."
    assert "Aerolux <AER.PA> A-90 jets" in clean_text(raw, title="Order").text


def test_results_table_rows_dropped_prose_kept() -> None:
    raw = (
        "Shr 41 cts vs 33 cts\n"
        "    Net 2,310,000 vs 1,870,000\n"
        "    Nine mths\n"
        "    Other income nil vs 120,000\n"
        "    Revs 44.1 mln vs 39.8 mln\n"
        "    NOTE: Results include a gain from the sale of a unit.\n"
    )
    assert clean_text(raw, title="Results").text == (
        "NOTE: Results include a gain from the sale of a unit."
    )


def test_quotation_going_on_in_next_paragraph_is_closed() -> None:
    raw = (
        'The minister said: "We will not give way on this.\n'
        '    "Our farmers need the market," she added.\n'
    )
    assert clean_text(raw, title="Trade").text == (
        'The minister said: "We will not give way on this."\n\n'
        '"Our farmers need the market," she added.'
    )


def test_wiki_picture_leftovers_dropped() -> None:
    raw = (
        "The rebels took the northern towns on Friday, officials said.\n\n"
        "\u2588\u2588 Held by the rebels\n\n"
        "File:Northern front (2020).png\n\n"
        "The mayor of Talvik in 2018 (Image: City of Talvik)\n\n"
        "Talks are due to resume next week in Geneva."
    )
    assert clean_text(raw, title="Front").text == (
        "The rebels took the northern towns on Friday, officials said.\n\n"
        "Talks are due to resume next week in Geneva."
    )


def test_one_paragraph_wire_story_with_indented_signoff_keeps_initials_together() -> None:
    raw = "Halvorsen Inc said J.P.\nMoreau has been named treasurer, succeeding Ann Lee.\n Agency\n"
    assert clean_text(raw, title="Treasurer").text == (
        "Halvorsen Inc said J.P. Moreau has been named treasurer, succeeding Ann Lee."
    )


def test_caret_carriage_returns_dropped() -> None:
    raw = "The port reopened on Monday.^M\n    Ships were waiting\noutside.^M\n"
    assert clean_text(raw, title="Port").text == (
        "The port reopened on Monday.\n\nShips were waiting outside."
    )


def test_ticker_before_a_dash_and_a_capitalised_word_stays() -> None:
    raw = "Filed:\n    Ostra Corp <OST> - Offering of 20 mln dlrs of notes.\n Agency\n"
    assert "Ostra Corp <OST> - Offering" in clean_text(raw, title="Offerings").text
