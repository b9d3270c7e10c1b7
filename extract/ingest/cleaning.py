"""Remove scraper junk from article text: the one place where cleaning rules live.

Scraped news text arrives wrapped in site chrome. Every rule below is one function, decides by
the *shape* of a line (length, punctuation, position, script) rather than by exact strings from
one site, and can be tested on its own. ``clean_text`` runs them in this order:

1. ``strip_markup`` -- inline HTML tags (``<u>said</u>`` -> ``said``) dropped, entities
   unescaped; ``normalise_spaces`` then folds NBSP / zero-width characters and stray spaces.
2. ``pop_original_url`` -- a trailing ``Original url:`` line (URL on it or on the next line)
   is removed and the URL kept as the article's url.
3. ``pop_date_marker`` -- a leading ``date YYYY-MM-DD`` marker is removed, the date kept.
4. ``drop_template_tokens`` -- ``{{...}}`` / ``{%...%}`` template tokens removed.
5. ``cut_tail_blocks`` / ``drop_related_lines`` -- from a "Most read" / "Top stories" /
   "In other media" / "Show more"-style marker near the end, the rest is cut; single
   "Related article: ..." lines are removed.
6. ``drop_menu_runs`` -- navigation menus: runs of three or more consecutive short lines
   without sentence punctuation are removed.
7. ``drop_photo_credits`` -- "(c) Agency" lines and short "Who / Source" caption lines.
8. ``drop_foreign_script_lines`` -- short lines in another script (e.g. a Cyrillic
   "advertisement" label) inside an otherwise Latin-script article.
9. ``drop_boilerplate_lines`` -- "Share", "1 pages in this article", "Advertisement",
   "Reuters contributed reporting to this article." and similar one-liners.
10. ``split_header`` -- the title is the first line (or given); between it and the first prose
    line, a repeated title, stand-alone date lines (date kept) and short section/category
    lines ("Business & Economy") are dropped.
11. ``strip_dateline`` -- "HAMBURG, July 8. /TASS/." or "MOSCOW (Reuters) -" prefixes are
    removed from the first paragraphs, keeping the sentence.
12. ``drop_link_teasers`` -- The Hill style run-ons ("President TrumpDonald Trump<teaser
    headlines> MORE has" -> "President Trump has"): from a lower->upper case junction inside a
    word to the token ``MORE``, at most 600 characters, within one paragraph.
13. ``join_paragraphs`` -- hard-wrapped lines are joined; paragraphs are separated by one
    blank line.
14. House styles (``extract.ingest.house_style``): indented first lines mark paragraphs (read
    before rule 1), a one-word sign-off and wiki picture leftovers go (before rule 10), tickers
    after names, tables of figures and open multi-paragraph quotations are handled (after 13).

Date lines are recognised and normalised by ``extract.dates_places.dates`` (``is_date_line``,
``normalise_date``), rules 10-12 live in ``extract.ingest.article_head`` and the line shapes every
rule uses in ``extract.ingest.line_shapes``; all are re-exported here for existing callers.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from extract.dates_places.dates import is_date_line, normalise_date
from extract.ingest.article_head import drop_link_teasers, split_header, strip_dateline
from extract.ingest.foreign_script import drop_foreign_script_lines
from extract.ingest.house_style import (
    close_continued_quotes,
    drop_caret_returns,
    drop_figure_rows,
    drop_picture_lines,
    drop_tickers,
    drop_wire_signoff,
    mark_indented_paragraphs,
)
from extract.ingest.line_shapes import SENTENCE_END, count_words, is_menu_like, is_prose

__all__ = [
    "CleanedText",
    "clean_text",
    "cut_tail_blocks",
    "drop_boilerplate_lines",
    "drop_foreign_script_lines",
    "drop_link_teasers",
    "drop_menu_runs",
    "drop_photo_credits",
    "drop_related_lines",
    "drop_template_tokens",
    "is_date_line",
    "join_paragraphs",
    "normalise_date",
    "normalise_spaces",
    "pop_date_marker",
    "pop_original_url",
    "split_header",
    "strip_dateline",
    "strip_markup",
]


@dataclass(frozen=True)
class CleanedText:
    """The result of ``clean_text``: body text, plus what the junk told us about the article."""

    text: str
    title: str = ""
    date: str | None = None
    url: str | None = None


# --------------------------------------------------------------------------- rule 1: markup

# Only real tag names with ``name="value"`` attributes, so prose such as "a < b and c > d"
# is never mistaken for markup.
_TAG_NAMES = (
    "a|abbr|b|big|blockquote|br|cite|code|del|div|em|figcaption|figure|font|h[1-6]|hr|i|img|"
    "ins|li|mark|ol|p|q|s|section|small|span|strike|strong|sub|sup|time|tt|u|ul|wbr"
)
_TAG = re.compile(
    rf"</?(?:{_TAG_NAMES})(?:\s+[\w:-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))*\s*/?>",
    re.IGNORECASE,
)
_BLOCK_TAG = re.compile(r"<(?:br|/p|/div|/li|/h[1-6]|hr)\b[^>]*>", re.IGNORECASE)


def strip_markup(text: str) -> str:
    """Drop inline HTML tags and unescape entities: ``"<u>said</u> &amp;"`` -> ``"said &"``.

    Block-level closers (``</p>``, ``<br>``) become line breaks so paragraphs survive.
    """
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    return html.unescape(text)


_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# Unicode's control characters (category Cc: C0, DEL and C1) but the line break, as one class
# so they go in one pass over the text instead of a category look-up per character.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_SPACE_RUN = re.compile(r" {2,}")  # never spans a line: it matches spaces only


def normalise_spaces(text: str) -> str:
    """Unify line endings, turn NBSP-like spaces into spaces, drop invisible characters and
    control codes, collapse runs of spaces and strip every line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", _ODD_SPACES.sub(" ", text))
    text = _SPACE_RUN.sub(" ", _CONTROL.sub("", text))
    return "\n".join(line.strip() for line in text.split("\n"))


# --------------------------------------------------------------------------- rule 2: url

_URL = re.compile(r"https?://\S+$", re.IGNORECASE)
_URL_LABEL = re.compile(
    r"^(?:original|source|article)\s*(?:url|link)\s*:?\s*(?P<url>https?://\S+)?$", re.IGNORECASE
)


def _last_nonblank(lines: list[str], before: int) -> int:
    i = before - 1
    while i >= 0 and not lines[i]:
        i -= 1
    return i


def pop_original_url(lines: list[str]) -> tuple[list[str], str | None]:
    """Remove a trailing ``Original url:`` line and return the URL it gives.

    The URL may sit on the label line or on the next non-blank line; only a label at the very
    end of the text counts, so a sentence mentioning "source url" mid-article is untouched.
    """
    last = _last_nonblank(lines, len(lines))
    if last < 0:
        return lines, None
    label = _URL_LABEL.match(lines[last])
    if label:
        return lines[:last], label.group("url")
    if _URL.fullmatch(lines[last]):
        prev = _last_nonblank(lines, last)
        if prev >= 0:
            label = _URL_LABEL.match(lines[prev])
            if label and not label.group("url"):
                return lines[:prev], lines[last]
    return lines, None


# --------------------------------------------------------------------------- rule 3: date marker

_DATE_MARKER = re.compile(r"^date\s*:?\s*(\d{4}-\d{2}-\d{2})\b\s*(.*)$", re.IGNORECASE)


def pop_date_marker(lines: list[str]) -> tuple[list[str], str | None]:
    """Remove a leading ``date YYYY-MM-DD`` marker; the rest of that line is kept."""
    for i, line in enumerate(lines):
        if not line:
            continue
        found = _DATE_MARKER.match(line)
        if not found:
            return lines, None
        rest = [found.group(2)] if found.group(2) else []
        return [*lines[:i], *rest, *lines[i + 1 :]], normalise_date(found.group(1))
    return lines, None


# --------------------------------------------------------------------------- rule 4: templates

_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def drop_template_tokens(lines: list[str]) -> list[str]:
    """Remove unrendered template tokens; a line that held nothing else disappears."""
    out = []
    for line in lines:
        if "{" not in line:
            out.append(line)
            continue
        stripped = re.sub(r" {2,}", " ", _TEMPLATE.sub("", line)).strip()
        if stripped or not line:
            out.append(stripped)
    return out


# --------------------------------------------------------------------------- rule 5: tail blocks

_TAIL_MARKER = re.compile(
    r"^(?:most (?:read|popular|viewed|shared|commented)|top (?:stories|news)|"
    r"in other media|show more|load more|read more|more (?:stories|from [\w .&'-]+)|"
    r"related (?:articles?|stories|news|content|coverage)|you (?:may|might) also like|"
    r"recommended(?: for you)?|trending(?: now| stories)?|popular now|what to read next)"
    r"\s*:?$",
    re.IGNORECASE,
)
_RELATED_LINE = re.compile(
    r"^(?:related (?:article|story|link|coverage|content)s?|read (?:more|also)|see also)\s*:",
    re.IGNORECASE,
)


def cut_tail_blocks(lines: list[str]) -> list[str]:
    """Cut from a "Most read" / "TOP STORIES" / "Show more"-style marker line to the end.

    The marker must be near the end -- past half of the text, or followed by no prose at all --
    so a stray "Read more" line mid-article only loses itself.
    """
    total = sum(len(line) + 1 for line in lines) or 1
    # Index of the last prose line, so "is there prose after this marker?" is one comparison.
    last_prose = max((i for i, line in enumerate(lines) if is_prose(line)), default=-1)
    out: list[str] = []
    seen = 0
    for i, line in enumerate(lines):
        if _TAIL_MARKER.match(line):
            if seen / total >= 0.5 or last_prose < i:
                break
            continue  # an early marker with the article still to come: drop just the marker
        out.append(line)
        seen += len(line) + 1
    return out


def drop_related_lines(lines: list[str]) -> list[str]:
    """Remove single teaser lines such as "Related article: Some other headline"."""
    return [line for line in lines if not _RELATED_LINE.match(line)]


# --------------------------------------------------------------------------- rule 6: menus


def drop_menu_runs(lines: list[str], min_run: int = 3) -> list[str]:
    """Remove navigation menus: ``min_run`` or more consecutive short label-like lines.

    Blank lines end a run, so a short title set off by blank lines is never part of one.
    """
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if line and is_menu_like(line):
            run.append(line)
            continue
        if len(run) < min_run:
            out.extend(run)
        run = []
        out.append(line)
    return out[:-1]


# --------------------------------------------------------------------------- rule 7: captions

_CREDIT = re.compile(
    r"^(?:©|\(c\)|copyright\b|photo(?:graph)?s?\b(?:\s*(?:by|credit))?\s*[:/]|"
    r"(?:image|picture|video) credit\s*:|credit\s*:|\(?photo by\b|getty images$)",
    re.IGNORECASE,
)
_CAPTION = re.compile(r"^[^/]{2,80}\s/\s[^/]{2,60}$")


def drop_photo_credits(lines: list[str]) -> list[str]:
    """Remove photo credits ("(c) Agency", "Photo: X") and short "Who / Source" captions."""

    def is_credit(line: str) -> bool:
        # "Sergei Lavrov and Josep Borrell / Russian Foreign Ministry": a caption, not a
        # sentence (no closing punctuation, no quotes).
        shaped = _CREDIT.match(line) or (
            _CAPTION.match(line) and not SENTENCE_END.search(line) and '"' not in line
        )
        # Words are counted last: the anchored patterns above turn most lines down sooner.
        return bool(shaped) and count_words(line) <= 15

    return [line for line in lines if not is_credit(line)]


# --------------------------------------------------------------------------- rule 9: boilerplate

_BOILERPLATE = re.compile(
    r"^(?:share(?: (?:this|on)(?: \w+)?)?|\d+ pages? in this article|advertisement|advertising|"
    r"sponsored(?: content)?|print|e-?mail|tweet|comments?|subscribe(?: now)?|loading\.*|"
    r"skip to (?:main )?content|sign up for [\w\s']*newsletters?\.?|"
    r"[\w.,&' -]{1,80} contributed (?:reporting|to (?:this|the) (?:report|article|story))"
    r"[\w\s]*\.?|"
    r"\((?:reporting|writing|editing|additional reporting) by [^)]*\)|"
    r"(?:reporting|writing|editing) by [^.]{1,120}\.?)$",
    re.IGNORECASE,
)


def drop_boilerplate_lines(lines: list[str]) -> list[str]:
    """Remove one-line site furniture: share buttons, page counters, ad labels, credit lines."""
    return [line for line in lines if not _BOILERPLATE.match(line)]


# --------------------------------------------------------------------------- rule 13: layout

_SOFT_END = re.compile(r"[.!?…:;][\"'”’)\]]*$|[\"”]$")


def join_paragraphs(lines: list[str], *, blank_lines_only: bool = False) -> list[str]:
    """Group lines into paragraphs: blank lines separate them, a line that ends a sentence
    closes its paragraph (not with ``blank_lines_only``: the text marks its paragraphs itself,
    see ``mark_indented_paragraphs``), any other line is joined to the next (hard-wrapped)."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        if current and (not line or (not blank_lines_only and _SOFT_END.search(line))):
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


# --------------------------------------------------------------------------- entry point


def clean_text(raw: str, *, title: str | None = None) -> CleanedText:
    """Clean scraped article text; see the module docstring for the rules, in order.

    With ``title=None`` (plain-text files) the first line left after cleaning is the title and
    is not part of ``text``; with a given title (HTML, JSON) a repeat of it at the top is
    dropped. Returns the body with paragraphs separated by blank lines.

    >>> cleaned = clean_text("Talks end\\nNovember 07, 2018\\n\\nThe talks ended.\\n")
    >>> cleaned.title, cleaned.date, cleaned.text
    ('Talks end', '2018-11-07', 'The talks ended.')
    """
    marked, indented_paragraphs = mark_indented_paragraphs(drop_caret_returns(strip_markup(raw)))
    lines = normalise_spaces(marked).split("\n")
    lines, url = pop_original_url(lines)
    lines, marker_date = pop_date_marker(lines)
    lines = drop_template_tokens(lines)
    lines = drop_related_lines(lines)
    lines = cut_tail_blocks(lines)
    lines = drop_menu_runs(lines)
    lines = drop_photo_credits(lines)
    lines = drop_foreign_script_lines(lines)
    lines = drop_boilerplate_lines(lines)
    lines = drop_picture_lines(drop_wire_signoff(lines))
    found_title, lines, header_date = split_header(lines, title)
    paragraphs = join_paragraphs(lines, blank_lines_only=indented_paragraphs)
    paragraphs = [strip_dateline(p) if i < 3 else p for i, p in enumerate(paragraphs)]
    paragraphs = [drop_tickers(drop_link_teasers(p)) for p in paragraphs]
    paragraphs = close_continued_quotes(drop_figure_rows(paragraphs))
    return CleanedText(
        text="\n\n".join(p for p in paragraphs if p),
        title=drop_tickers(found_title.strip()),
        date=marker_date or header_date,
        url=url,
    )
