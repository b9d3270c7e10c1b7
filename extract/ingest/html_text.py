"""The main text and metadata of an HTML page, for ingestion.

trafilatura finds the article body and its metadata (title, date, site name); when it fails or
finds nothing, a plain tag stripper keeps the visible text, one block element per line, and
drops scripts, styles and page furniture.
"""

from __future__ import annotations

import logging
from html.parser import HTMLParser
from typing import Any

__all__ = ["extract_html"]

log = logging.getLogger(__name__)


def extract_html(markup: str, url: str | None = None) -> dict[str, str | None]:
    """Main text and metadata of a page: trafilatura first, a plain tag stripper as fallback.

    Returns ``text``, ``title``, ``date``, ``url`` and ``sitename`` (each ``None`` when unknown).

    >>> markup = "<html><title>T</title><body><p>Hello.</p><script>x</script></body></html>"
    >>> page = extract_html(markup)
    >>> page["title"], page["text"].strip()
    ('T', 'Hello.')
    """
    fields = ("text", "title", "date", "url", "sitename")
    try:
        import trafilatura

        try:
            doc: Any = trafilatura.bare_extraction(
                markup, url=url, with_metadata=True, include_comments=False
            )
        except TypeError:  # older trafilatura without with_metadata
            doc = trafilatura.bare_extraction(markup, url=url, include_comments=False)
    except Exception as exc:  # trafilatura/lxml fail in many ways on broken pages
        log.debug("trafilatura failed on %s: %s", url, exc)
        doc = None
    if doc is not None:
        get = doc.get if isinstance(doc, dict) else lambda name: getattr(doc, name, None)
        page = {name: get(name) if isinstance(get(name), str) else None for name in fields}
        if page["text"] and page["text"].strip():
            return page
    fallback = _PlainHTML()
    fallback.feed(markup)
    fallback.close()
    return {
        "text": fallback.text(),
        "title": fallback.title.strip() or None,
        "date": None,
        "url": None,
        "sitename": None,
    }


class _PlainHTML(HTMLParser):
    """Last-resort text extraction: visible text of the page, one block element per line."""

    _SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form"})
    _BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self._parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._BLOCK:
            self._parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        elif tag in self._BLOCK:
            self._parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip_depth:
            self._parts.append(data)

    def text(self) -> str:
        return "".join(self._parts)
