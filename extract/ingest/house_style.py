"""House styles of news wires and wikis, turned into plain paragraphs and sentences.

Wire copy (Reuters and the agencies of its day) and rendered wiki pages (Wikinews) carry
conventions that are not sentences, and the parser reads them as if they were: a company's
stock ticker in angle brackets after its name, paragraphs marked by an indented first line
rather than a blank line, a sign-off word at the end, tables of figures, a quotation that runs
over several paragraphs, and on wiki pages the legend of a map and the file name or credit of a
picture. Each rule here is one function that decides by the shape of the text, so it holds for
any article written in that style; ``extract.ingest.cleaning.clean_text`` runs them.

>>> drop_tickers("Siemens AG <SIEG.F> and Italy's <Italtel> agreed.")
"Siemens AG and Italy's <Italtel> agreed."
"""

from __future__ import annotations

import re

from extract.ingest.line_shapes import SENTENCE_END
from extract.vocabulary.word_lists import WORDS

__all__ = [
    "close_continued_quotes",
    "drop_caret_returns",
    "drop_figure_rows",
    "drop_picture_lines",
    "drop_tickers",
    "drop_wire_signoff",
    "mark_indented_paragraphs",
]


# --------------------------------------------------------------------------- paragraphs


def mark_indented_paragraphs(text: str) -> tuple[str, bool]:
    """Put a blank line before each indented line when indentation marks the paragraphs.

    Wire copy is hard-wrapped and starts each paragraph but the first on an indented line, the
    lines after it flush left. A text is read that way when some indented line is followed by
    a flush one (a uniformly indented text, or a table whose rows are all indented, is not).
    Returns the text and whether it was read so: then a blank line is the only paragraph break
    left, and a line ending in "U.S." or "Inc." no longer closes a paragraph mid-sentence.

    >>> mark_indented_paragraphs("Talks in the U.S.\\nand Canada.\\n    Both\\nagreed.")
    ('Talks in the U.S.\\nand Canada.\\n\\n    Both\\nagreed.', True)
    >>> mark_indented_paragraphs("  An indented line.\\n  Another one.")
    ('  An indented line.\\n  Another one.', False)
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    indented = [bool(line.strip()) and line[0].isspace() for line in lines]
    first_line_style = any(
        indented[i] and lines[i + 1].strip() and not indented[i + 1] for i in range(len(lines) - 1)
    )
    if not (
        first_line_style or _is_indented_table(lines, indented) or _ends_in_indented_signoff(lines)
    ):
        return text, False
    out: list[str] = []
    for line, starts_paragraph in zip(lines, indented, strict=True):
        if starts_paragraph and out and out[-1].strip():
            out.append("")
        out.append(line)
    return "\n".join(out), True


def _ends_in_indented_signoff(lines: list[str]) -> bool:
    """Whether the last line is an indented one-word sign-off: wire copy of one paragraph,
    whose only indented line is its sign-off (``drop_wire_signoff``)."""
    last = next((line for line in reversed(lines) if line.strip()), "")
    return last[:1].isspace() and bool(_SIGNOFF.fullmatch(last.strip()))


def drop_caret_returns(text: str) -> str:
    """Remove carriage returns written out in caret notation ("^M") at the ends of lines, as
    text passed through a terminal or a mail gateway carries them.

    >>> drop_caret_returns("He said so.^M\\nREUTER...^M")
    'He said so.\\nREUTER...'
    """
    return _CARET_RETURN.sub("", text) if "^M" in text else text


_CARET_RETURN = re.compile(r"\^M(?=[ \t]*(?:\n|$))")


def _is_indented_table(lines: list[str], indented: list[bool]) -> bool:
    """Whether a text is one flush line and then indented rows, most of them figures: a
    results table, whose rows must not be joined into one pseudo-sentence."""
    rows = [line.strip() for line, shifted in zip(lines, indented, strict=True) if shifted]
    flush = [line for line, shifted in zip(lines, indented, strict=True) if line.strip()]
    flush = [line for line in flush if not line[0].isspace()]
    if len(flush) != 1 or len(rows) < 2 or not lines[0].strip() or indented[0]:
        return False
    return 2 * sum(1 for row in rows if _is_figure_row(row)) >= len(rows)


# --------------------------------------------------------------------------- sign-off

# One word, maybe trailed by dots: "Reuter", "REUTER...", "MORE" (the story goes on in another
# take), "AFP".
_SIGNOFF = re.compile(r"[A-Za-z]{2,12}(?:\.{2,3})?")


def drop_wire_signoff(lines: list[str]) -> list[str]:
    """Remove the one-word sign-off line that ends a wire story ("Reuter", "MORE").

    A last line that is a single bare word is not prose in any style; the article must have
    other text, so a one-word article keeps its word.

    >>> drop_wire_signoff(["The talks ended.", "", "Reuter", ""])
    ['The talks ended.', '', '']
    """
    last = len(lines) - 1
    while last >= 0 and not lines[last]:
        last -= 1
    if last <= 0 or not _SIGNOFF.fullmatch(lines[last]):
        return lines
    if not any(lines[:last]):
        return lines
    return lines[:last] + lines[last + 1 :]


# --------------------------------------------------------------------------- pictures

_LEGEND_KEY = re.compile(r"^[\u2580-\u259f]")  # the coloured block of a map or chart legend
_FILE_NAME = re.compile(r"^(?:File|Image):\S.*\.(?:jpe?g|png|svg|gif|tiff?|webp)$", re.IGNORECASE)
_PICTURE_CREDIT = re.compile(r"\((?:Image|Photo|Picture): [^()]{1,60}\)$", re.IGNORECASE)


def drop_picture_lines(lines: list[str]) -> list[str]:
    """Remove what a rendered wiki page leaves of its pictures: legend lines of a map or chart
    ("██ Territory held by ..."), file names ("File:Name.jpg") and captions that end in their
    credit ("Sirhan in 1969 (Image: CDCR)").

    >>> drop_picture_lines(["\\u2588\\u2588 Held by rebels", "File:Map.png", "The war ended."])
    ['The war ended.']
    """
    return [
        line
        for line in lines
        if not (
            _LEGEND_KEY.match(line)
            or _FILE_NAME.match(line)
            or (line.endswith(")") and _PICTURE_CREDIT.search(line) and len(line.split()) <= 20)
        )
    ]


# --------------------------------------------------------------------------- tickers

# "<SIEG.F>", "<BP>", "<CGS.WS.P>", "<ERIC ST>": a symbol of capitals and digits, an exchange
# after a dot or a space. A legal form after the space makes a name ("<BASF AG>"), see below.
_TICKER = re.compile(
    r"(?P<space>[ \t]?)<(?P<symbol>[A-Z0-9][A-Z0-9&-]{0,7}(?:\.[A-Z0-9]{1,4}){0,2}\.?)"
    r"(?: (?P<exchange>[A-Z]{1,2}))?>(?=(?P<next>\s*(?:[-–—]+\s*)?\S?))"
)
_NAME_END = re.compile(r"(?:[A-Z0-9][\w&.'’-]*|[)>])['’]?s?$")


def drop_tickers(text: str) -> str:
    """Drop the stock tickers a wire writes after a company's name, keeping the name.

    After a name (a capitalised word, a closing bracket, another ticker, or a legal form such
    as "plc") the ticker only repeats the company, and the parser would read it as a word of
    its own; elsewhere ("its <SMS> unit", "under the symbol <CFSG>") it is how the text names
    the company, so only its brackets go. A ticker followed by a capitalised word stays, lest
    two names run together. A bracketed name ("<Italtel>") is left whole: the mention finder
    reads the brackets (``extract.mentions.wire_brackets``).

    >>> drop_tickers("Barclays Bank plc <BCS.L> and Shell Group <RD> <SC> bid for its <SMS> unit.")
    'Barclays Bank plc and Shell Group bid for its SMS unit.'
    """
    if "<" not in text:
        return text

    def replace(found: re.Match[str]) -> str:
        exchange = found.group("exchange")
        if exchange and exchange.lower() in WORDS.company_forms:
            return found.group(0)  # "<BASF AG>": a name in capitals
        # the word before, looked for in a short window so many tickers cost linear time
        before = text[max(0, found.start() - 80) : found.start()].rstrip()
        last_word = before.rsplit(None, 1)[-1] if before else ""
        after = found.group("next")
        if after.strip(" \t-–—")[:1].isupper():
            # "McDonnell Douglas <MD N> MD-11 airliners", "Acme Corp <ACM> - Offering of":
            # without the ticker between them, the company's name and the next capitalised
            # word would run together into one name.
            return found.group(0)
        if _NAME_END.search(last_word) or last_word.lower() in WORDS.company_forms:
            return ""
        ticker = found.group("symbol") + (f" {exchange}" if exchange else "")
        return found.group("space") + ticker

    return _TICKER.sub(replace, text)


# --------------------------------------------------------------------------- tables

_DASH_CELL = re.compile(r"^-{2,}$")


def _is_number_cell(cell: str) -> bool:
    bare = cell.strip(",;:()").lower()
    return (
        any(ch.isdigit() for ch in bare)
        or (len(bare) > 2 and bare in WORDS.number_words)  # not "a", "an"
        or bare in WORDS.figure_placeholders
        or bool(_DASH_CELL.match(bare))
    )


def _is_figure_row(paragraph: str) -> bool:
    """A line of a table: no sentence end, at least two figures, a quarter of its cells."""
    if SENTENCE_END.search(paragraph):
        return False
    cells = paragraph.split()
    figures = sum(1 for cell in cells if _is_number_cell(cell))
    return figures >= 2 and figures * 4 >= len(cells)


def _is_row_label(paragraph: str) -> bool:
    """A short unpunctuated label inside a table ("1st half", "Six mths")."""
    return len(paragraph.split()) <= 3 and not SENTENCE_END.search(paragraph)


def drop_figure_rows(paragraphs: list[str]) -> list[str]:
    """Remove tables of figures: rows that are mostly numbers and no sentence, and the short
    labels between them. Results tables hold no act of anyone on anyone, and run on into one
    endless pseudo-sentence when parsed.

    >>> drop_figure_rows(["Shr 73 cts vs 58 cts", "Year", "Net 1,101 vs 901", "Sales rose."])
    ['Sales rose.']
    """
    rows = [_is_figure_row(paragraph) for paragraph in paragraphs]
    kept = []
    for i, paragraph in enumerate(paragraphs):
        if rows[i]:
            continue
        beside_row = (i > 0 and rows[i - 1]) or (i + 1 < len(rows) and rows[i + 1])
        if beside_row and _is_row_label(paragraph):
            continue
        kept.append(paragraph)
    return kept


# --------------------------------------------------------------------------- quotations

_OPENING = ('"', "“")


def close_continued_quotes(paragraphs: list[str]) -> list[str]:
    """Close a quotation that goes on in the next paragraph.

    News style leaves a quotation open at the end of a paragraph when the next paragraph goes
    on quoting, and opens that one with a fresh quotation mark. Read as one text, the fresh
    mark looks like the closing one, and the parser glues it and the sentence after it to the
    quote before. The open paragraph gets its closing mark, so each paragraph's quotes pair up.

    >>> close_continued_quotes(['He said: "We will go on.', '"We will win," he added.'])
    ['He said: "We will go on."', '"We will win," he added.']
    """
    out = list(paragraphs)
    for i in range(len(out) - 1):
        paragraph = out[i]
        if not out[i + 1].startswith(_OPENING) or not SENTENCE_END.search(paragraph):
            continue
        if paragraph.count('"') % 2 == 1 and not paragraph.endswith('"'):
            out[i] = paragraph + '"'
        elif paragraph.count("“") > paragraph.count("”") and not paragraph.endswith("”"):
            out[i] = paragraph + "”"
    return out
