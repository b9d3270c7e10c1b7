"""Rules for the top of an article: the header between title and body, wire datelines, and
link teasers glued into the prose (rules 10-12 of ``extract.ingest.cleaning``).
"""

from __future__ import annotations

import re

from extract.dates_places.dates import is_date_line, normalise_date
from extract.ingest.line_shapes import SENTENCE_END, count_words, line_key

__all__ = ["dateline_place", "drop_link_teasers", "split_header", "strip_dateline"]


# --------------------------------------------------------------------------- rule 10: header


def split_header(lines: list[str], title: str | None) -> tuple[str, list[str], str | None]:
    """Take the title and clear the header between it and the first prose line.

    With ``title=None`` the first non-blank line is the title. Before the first line that reads
    like body text, a repeat of the title, stand-alone date lines and short section/category
    labels ("Business & Economy") are dropped. Returns ``(title, lines, date)``, where ``date``
    comes from the first date line that has a year.
    """
    body = list(lines)
    if title is None:
        first = next((i for i, line in enumerate(body) if line), None)
        title = body.pop(first) if first is not None else ""
    title_key = line_key(title)
    date = None
    out: list[str] = []
    in_header = True
    for k, line in enumerate(body):
        if in_header and line:
            if title_key and line_key(line) == title_key:
                title_key = ""  # drop one repeat; a second one would be the text itself
                continue
            if count_words(line) >= 8 or len(line) > 60 or SENTENCE_END.search(line):
                in_header = False
            elif is_date_line(line):
                date = date or normalise_date(line)
                continue
            elif (
                count_words(line) <= 4
                and len(line) <= 32
                and not line.endswith((",", ";"))
                and not _wraps_into(body[k + 1] if k + 1 < len(body) else "")
            ):
                continue  # a section label such as "Business & Economy"
        out.append(line)
    return title, out, date


def _wraps_into(following: str) -> bool:
    """Whether a short line is the first line of hard-wrapped prose rather than a label: the
    line right after it goes on with the sentence ("Canadian Foreign Secretary Joe" / "Clark,
    winding up a two-day visit to Washington, said he"), starting in lower case or itself
    broken off before the sentence ends. A label stands above a paragraph that starts afresh.

    >>> _wraps_into("Clark, winding up a two-day visit to Washington, said he")
    True
    >>> _wraps_into("The talks ended.")
    False
    """
    following = following.strip()
    if not following:
        return False
    return following[0].islower() or (
        count_words(following) >= 6
        and not SENTENCE_END.search(following)
        and not is_date_line(following)
    )


# --------------------------------------------------------------------------- rule 11: datelines

_CITY = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_DAY = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
_DATELINES = (
    # HAMBURG, July 8. /TASS/.   |   KIEV, Jan 5 /Interfax/ -
    re.compile(rf"^{_CITY},\s+{_DAY}\.?\s*/[A-Za-z][\w\s-]{{0,30}}/\.?\s*(?:[-–—]\s*)?"),
    # MOSCOW (Reuters) -   |   PARIS, May 3 (AFP) --
    re.compile(rf"^{_CITY}(?:,\s+{_DAY})?\s*\([A-Za-z][\w\s.-]{{0,30}}\)\s*[-–—:]+\s*"),
    # WASHINGTON --   |   BERLIN, March 2 --
    re.compile(rf"^{_CITY}(?:,\s+{_DAY})?\s*[–—]+\s*|^{_CITY}(?:,\s+{_DAY})?\s+-{{1,2}}\s+"),
)


_DATELINE_DAY = re.compile(rf",?\s*{_DAY}\.?\s*[-–—]*\s*$", re.IGNORECASE)


def dateline_place(dateline: object) -> str | None:
    """The place of a wire dateline given apart from the text (a JSON ``dateline`` field),
    without its day: "TAIPEI, March 28 -" → "TAIPEI"; anything but a string → ``None``.

    >>> dateline_place("TAUPO, New Zealand, March 24 -")
    'TAUPO, New Zealand'
    >>> dateline_place("RIO DE JANEIRO, MARCH 25 -")
    'RIO DE JANEIRO'
    """
    if not isinstance(dateline, str):
        return None
    place = _DATELINE_DAY.sub("", dateline.strip()).strip(" ,-–—")
    return place[:80] or None


def strip_dateline(paragraph: str) -> str:
    """Strip a wire dateline prefix, keeping the sentence after it.

    >>> strip_dateline("HAMBURG, July 8. /TASS/. The minister said so.")
    'The minister said so.'
    """
    for pattern in _DATELINES:
        found = pattern.match(paragraph)
        if found and found.end() < len(paragraph):
            rest = paragraph[found.end() :]
            if rest[0].isupper() or rest[0] in "\"“'‘":
                return rest
    return paragraph


# --------------------------------------------------------------------------- rule 12: teasers

# "Trump" + "Donald Trump<teaser headlines> MORE": the greedy first group backtracks to the
# longest capitalised word that is glued to a following capital (so "McAuliffe" stays whole).
_TEASER = re.compile(r"\b([A-Z][A-Za-z'’-]*[a-z])([A-Z][^\n]{0,600}?)\s+MORE\b")


def drop_link_teasers(paragraph: str) -> str:
    """Remove The Hill style link tooltips glued into the prose.

    >>> drop_link_teasers("President TrumpDonald TrumpSome other story here MORE has said")
    'President Trump has said'
    """

    def replace(found: re.Match[str]) -> str:
        # A tooltip holds a name plus at least one headline; fewer words is likely real text.
        return found.group(1) if count_words(found.group(2)) >= 3 else found.group(0)

    return _TEASER.sub(replace, paragraph)
