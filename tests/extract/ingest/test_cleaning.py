"""One test per cleaning rule, on small made-up texts, plus the real seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.ingest.cleaning import (
    clean_text,
    drop_link_teasers,
    is_date_line,
    normalise_date,
    normalise_spaces,
    strip_dateline,
)

BODY = (
    "The two governments signed a water-sharing treaty on Monday after long talks.\n\n"
    "Officials said the deal would be reviewed by parliament within a month."
)


def test_markup_tags_dropped_and_entities_unescaped() -> None:
    cleaned = clean_text("Deal\n\nThe minister <u>said</u> talks &amp; visits would go on.")
    assert cleaned.text == "The minister said talks & visits would go on."


def test_markup_rule_leaves_comparisons_alone() -> None:
    text = "Numbers\n\nInflation rose, so a < b and c > d held for the whole quarter of the year."
    assert "a < b and c > d" in clean_text(text).text


def test_nbsp_and_spacing_normalised() -> None:
    cleaned = clean_text("Deal\n\nThe\u00a0talks   ended\u200b in\ta draw.")
    assert cleaned.text == "The talks ended in a draw."


@pytest.mark.parametrize(
    "tail", ["Original url:\n\nhttps://news.example/a/1", "Original url: https://news.example/a/1"]
)
def test_original_url_line_removed_and_kept(tail: str) -> None:
    cleaned = clean_text(f"Deal\n\n{BODY}\n\n{tail}\n")
    assert cleaned.url == "https://news.example/a/1"
    assert "Original url" not in cleaned.text
    assert "news.example" not in cleaned.text


def test_leading_date_marker() -> None:
    cleaned = clean_text(f" date 2019-03-04 Home page\n\nDeal\n\n{BODY}")
    assert cleaned.date == "2019-03-04"
    assert cleaned.title == "Home page"  # the rest of the marker line stays
    assert "2019-03-04" not in cleaned.text


def test_date_line_after_title() -> None:
    cleaned = clean_text(f"Water deal signed\n\nMarch 04, 2019\n\n{BODY}")
    assert cleaned.title == "Water deal signed"
    assert cleaned.date == "2019-03-04"
    assert cleaned.text == BODY


def test_template_tokens_removed() -> None:
    cleaned = clean_text(
        f"Deal\n\n{BODY}\n{{{{entry.when}}}}\nThe {{{{x}}}} vote is due soon enough."
    )
    assert "{{" not in cleaned.text
    assert "The vote is due soon enough." in cleaned.text


def test_navigation_menu_run_removed() -> None:
    menu = "Home\nPolitics\nWeather\nLive TV\nMore topics\n"
    cleaned = clean_text(f"{menu}\nWater deal signed\n\n{BODY}")
    assert cleaned.title == "Water deal signed"
    assert cleaned.text == BODY


def test_two_short_lines_are_not_a_menu() -> None:
    text = f"Deal\n\n{BODY}\n\nIt was late.\nVery late."
    assert clean_text(text).text.endswith("It was late.\n\nVery late.")


def test_tail_block_cut_from_marker() -> None:
    tail = "Most popular\n1\nSome other headline about a storm\n2\nAnother headline here"
    cleaned = clean_text(f"Deal\n\n{BODY}\n\n{tail}")
    assert cleaned.text == BODY


def test_marker_early_with_prose_after_only_drops_itself() -> None:
    text = f"Deal\n\nShow more\n\n{BODY}"
    assert clean_text(text).text == BODY


def test_related_article_line_removed() -> None:
    text = (
        "Deal\n\nFirst paragraph of the story goes on here.\n\n"
        "Related story: A different tale\n\nSecond one."
    )
    cleaned = clean_text(text)
    assert "Related" not in cleaned.text
    assert cleaned.text.endswith("Second one.")


@pytest.mark.parametrize(
    "credit",
    [
        "© Some Photographer/Agency",
        "(c) Wire Service",
        "Photo: Jane Roe",
        "Two leaders shake hands / Press Office",
    ],
)
def test_photo_credits_removed(credit: str) -> None:
    assert clean_text(f"Deal\n\n{credit}\n\n{BODY}").text == BODY


def test_sentence_with_slash_is_not_a_caption() -> None:
    line = "The price rose to 5 dollars / barrel, traders said on Friday."
    assert line in clean_text(f"Deal\n\n{line}").text


def test_link_teasers_removed() -> None:
    text = (
        "Senator Jane DoeJane DoeFarm bill stalls again in committee Why voters care MORE, "
        "who chairs the panel, spoke first."
    )
    assert drop_link_teasers(text) == "Senator Jane Doe, who chairs the panel, spoke first."


def test_link_teaser_keeps_camel_case_names() -> None:
    text = "Governor McAllisterTom McAllisterBudget talks resume after holiday break MORE said no."
    assert drop_link_teasers(text) == "Governor McAllister said no."


def test_link_teaser_needs_more_token_in_same_paragraph() -> None:
    text = "The iPhone maker spoke.\nMORE news later"
    assert drop_link_teasers(text) == text


def test_duplicated_title_dropped() -> None:
    title = "Neighbours agree to share river water after decade of disputes"
    cleaned = clean_text(f"{title}\n\n{title}\n{BODY}")
    assert cleaned.title == title
    assert title not in cleaned.text


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("OSLO, May 3. /NTB/. The treaty was signed.", "The treaty was signed."),
        ("LONDON (Reuters) - The treaty was signed.", "The treaty was signed."),
        ("NEW YORK — The treaty was signed.", "The treaty was signed."),
        ("NATO said the treaty was signed.", "NATO said the treaty was signed."),
    ],
)
def test_dateline_stripped(paragraph: str, expected: str) -> None:
    assert strip_dateline(paragraph) == expected


def test_header_share_category_and_credit_lines_removed() -> None:
    text = (
        "Water deal signed\n\nWorld & Regions\nMay 03, 11:20 UTC+2\n\n"
        "Share\n3 pages in this article\n\n"
        f"{BODY}\n\nAgence Example contributed reporting to this article."
    )
    cleaned = clean_text(text)
    assert cleaned.text == BODY


def test_foreign_script_label_removed() -> None:
    cleaned = clean_text(f"Deal\n\n{BODY}\n\nРеклама\n\nThe end of the story is here.")
    assert "Реклама" not in cleaned.text
    assert cleaned.text.endswith("The end of the story is here.")


def test_russian_article_keeps_its_lines() -> None:
    text = "Договор\n\nСтороны подписали договор.\n\nДа"
    assert "Да" in clean_text(text).text


def test_hard_wrapped_lines_joined_into_paragraphs() -> None:
    text = (
        "Deal\n\nThe governments of the two neighbouring countries signed\n"
        "a treaty on Monday.\nIt takes effect in May.\n\nNext."
    )
    assert clean_text(text).text == (
        "The governments of the two neighbouring countries signed a treaty on Monday.\n\n"
        "It takes effect in May.\n\nNext."
    )


def test_given_title_is_not_taken_from_text() -> None:
    cleaned = clean_text(BODY, title="")
    assert cleaned.title == ""
    assert cleaned.text == BODY


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("November 07, 2018", "2018-11-07"),
        ("2017-07-08", "2017-07-08"),
        ("20080801", "2008-08-01"),
        ("2019-03-04T10:00:00Z", "2019-03-04"),
        ("4 March 2019", "2019-03-04"),
        ("July 08, 13:54 UTC+3", None),
        ("not a date", None),
        ("2019-02-30", None),
        ("", None),
    ],
)
def test_normalise_date(value: str, expected: str | None) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 07, 2018", True),
        ("July 08, 13:54 UTC+3", True),
        ("Tuesday, 4 March 2019", True),
        ("2015-07-14", True),
        ("May the talks succeed", False),
        ("Ceasefire agreed on May 5", False),
    ],
)
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


# --------------------------------------------------------------------------- real seeds

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "seeds"


def _seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"seed {prefix} not found in {SEEDS}")
    return matches[0].read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", ["000", "001", "002"])
def test_seed_has_no_junk(prefix: str) -> None:
    text = clean_text(_seed(prefix)).text
    for junk in ("{{", "MORE", "Most read", "Back to Main page", "©", "<u>", "Original url"):
        assert junk not in text
    assert "\u00a0" not in text


def test_seed_000_url_and_date() -> None:
    cleaned = clean_text(_seed("000"))
    assert cleaned.url is not None
    assert cleaned.url.startswith("https://www.themoscowtimes.com/2018/11/07/")
    assert cleaned.date == "2018-11-07"
    assert "Related article" not in cleaned.text
    assert "Russian Foreign Ministry" not in cleaned.text
    assert "contributed reporting" not in cleaned.text


def test_seed_001_teasers_and_title() -> None:
    cleaned = clean_text(_seed("001"))
    assert "Special counsel Robert Mueller, who is investigating" in cleaned.text
    assert "President Trump has repeatedly blasted" in cleaned.text
    assert not cleaned.text.startswith(cleaned.title)


def test_seed_002_title_date_and_start() -> None:
    cleaned = clean_text(_seed("002"))
    assert cleaned.date == "2017-07-08"
    assert cleaned.title == (
        "Minister about Russia-US working group: defeating cybercrime possible by joint effort only"
    )
    first = cleaned.text.split("\n\n")[0]
    assert "Nikiforov" in first
    assert "HAMBURG" not in cleaned.text
    assert "Business & Economy" not in cleaned.text
    assert "Share" not in cleaned.text
    assert cleaned.text.rstrip().endswith("he said.")


def test_many_early_markers_do_not_recurse() -> None:
    block = "Read more\nA real sentence with quite a few words in it goes right here.\n"
    cleaned = clean_text("Deal\n\n" + block * 5000)
    assert "Read more" not in cleaned.text
    # Markers past the middle of the text end it; earlier ones only lose themselves.
    assert 2000 < cleaned.text.count("A real sentence") < 5000


def test_title_repeat_dropped_only_once() -> None:
    line = "The talks went on for a very long time and ended late."
    cleaned = clean_text(f"{line}\n\n{line}\n\n{line}")
    assert cleaned.text == line


EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "articles"


def test_clean_example_articles_are_left_unchanged() -> None:
    files = sorted(EXAMPLES.glob("*.txt")) if EXAMPLES.is_dir() else []
    if not files:
        pytest.skip(f"no example articles at {EXAMPLES}")
    for path in files:
        title, date, _, body = path.read_text(encoding="utf-8").split("\n", 3)
        cleaned = clean_text(path.read_text(encoding="utf-8"))
        assert (cleaned.title, cleaned.date) == (title, date), path.name
        paragraphs = [p.strip() for p in body.strip().split("\n\n")]
        assert cleaned.text == "\n\n".join(paragraphs), path.name


def test_short_first_line_of_wrapped_prose_is_kept() -> None:
    # Hard-wrapped wire copy may break its first sentence after a few words; the short line
    # goes on in the next one and is the lead's subject, not a section label.
    text = (
        "Lakeland Trade Minister Anna\n"
        "Berg, ending a three-day visit to the capital, said she\n"
        "expected new talks on the river treaty next month.\n"
    )
    cleaned = clean_text(text, title="Berg expects talks")
    assert cleaned.text.startswith("Lakeland Trade Minister Anna Berg, ending")


def test_latin_share_counts_as_a_lookup_per_letter_would() -> None:
    import unicodedata

    from extract.ingest.foreign_script import _latin_share

    def by_letter(text: str) -> float:
        letters = [ch for ch in text if ch.isalpha()]
        latin = sum(1 for ch in letters if "LATIN" in unicodedata.name(ch, ""))
        return latin / len(letters) if letters else 0.0

    samples = ["", "123 -- !", "Moscow", "Москва, Moscow", "Zoë ß", "東京 2020", "ﬁ ª º µ", "\x85"]
    for text in samples:
        assert _latin_share(text) == by_letter(text), text


def test_control_characters_are_those_of_unicode_category_cc() -> None:
    import sys
    import unicodedata

    from extract.ingest.cleaning import _CONTROL

    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    removed = set(everything) - set(_CONTROL.sub("", everything))
    assert removed == {c for c in everything if unicodedata.category(c) == "Cc"} - {"\n"}
    assert normalise_spaces("a \x01 \x85 b\n  c  \x7f") == "a b\nc"
