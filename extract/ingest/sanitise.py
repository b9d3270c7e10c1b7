"""One rule for characters no output format can carry: replace them where text comes in.

XML 1.0 (GraphML, the HTML view's inline data, RDF/XML tools) forbids C0 control characters
other than tab, newline and carriage return, lone surrogates and the noncharacters U+FFFE and
U+FFFF; UTF-8 cannot encode a lone surrogate at all; and a terminal acts on ESC and C1
controls. Rather than let each writer fail (or escape differently), text is cleaned once, at
the boundary where it enters the graph: every ``Article`` leaving ingestion and every
``ArticleResult`` folded into a graph. Each offending code point becomes U+FFFD, one for one,
so character offsets into the text (evidence spans, long-article parts) stay valid.

>>> sanitise_text("Fran\\x00çois\\ud800 \\ufffe")
'Fran\\ufffdçois\\ufffd \\ufffd'
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from extract.types import Article, ArticleResult

__all__ = [
    "REPLACEMENT",
    "has_unsafe_characters",
    "sanitise_article",
    "sanitise_result",
    "sanitise_text",
]

REPLACEMENT = "\ufffd"

# C0 controls but tab/newline/CR, DEL and the C1 block, lone surrogates, and the noncharacters
# of the Basic Multilingual Plane (U+FDD0..U+FDEF, U+FFFE, U+FFFF). Those of the other planes are
# valid XML and harmless in every format; leaving them out keeps this one fast character class
# (a class with astral members makes Python's regex engine several times slower on all text).
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")

_T = TypeVar("_T")


def has_unsafe_characters(text: str) -> bool:
    """True when ``text`` holds a character ``sanitise_text`` would replace.

    >>> has_unsafe_characters("plain"), has_unsafe_characters("bell\\x07")
    (False, True)
    """
    return _UNSAFE.search(text) is not None


def sanitise_text(text: str) -> str:
    """``text`` with each control, surrogate or noncharacter replaced by U+FFFD (same length).

    >>> sanitise_text("\\x1b[31mred\\x1b[0m")
    '\\ufffd[31mred\\ufffd[0m'
    """
    if _UNSAFE.search(text) is None:
        return text  # the common case: no copy
    return _UNSAFE.sub(REPLACEMENT, text)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(spec.name for spec in dataclasses.fields(cls))
    return names


def _collect(value: Any, into: list[str]) -> None:
    """Append every string inside ``value`` (strings, tuples, dataclasses) to ``into``."""
    if isinstance(value, str):
        into.append(value)
    elif isinstance(value, tuple):
        for item in value:
            _collect(item, into)
    elif hasattr(type(value), "__dataclass_fields__"):
        for name in _field_names(type(value)):
            _collect(getattr(value, name), into)


def _is_clean(record: Any) -> bool:
    # One regex pass over all the text: results of the pipeline are clean by construction
    # (their text comes from sanitised articles), so this is the path nearly always taken.
    strings: list[str] = []
    _collect(record, strings)
    return _UNSAFE.search("\n".join(strings)) is None


def _clean(value: Any) -> Any:
    """``value`` cleaned; the very same object when nothing in it needed cleaning."""
    if isinstance(value, str):
        return sanitise_text(value)
    if isinstance(value, tuple):
        cleaned = [_clean(item) for item in value]
        if all(new is old for new, old in zip(cleaned, value, strict=True)):
            return value
        return tuple(cleaned)
    if hasattr(type(value), "__dataclass_fields__"):
        return _clean_fields(value)
    return value


def _clean_fields(record: _T) -> _T:
    changes = {}
    for name in _field_names(type(record)):
        value = getattr(record, name)
        cleaned = _clean(value)
        if cleaned is not value:
            changes[name] = cleaned
    return dataclasses.replace(record, **changes) if changes else record  # type: ignore[type-var]


def sanitise_article(article: Article) -> Article:
    """The article with ``sanitise_text`` applied to every text field.

    >>> sanitise_article(Article(id="a", text="ok", title="T\\x1b")).title
    'T\\ufffd'
    """
    return article if _is_clean(article) else _clean_fields(article)


def sanitise_result(result: ArticleResult) -> ArticleResult:
    """The result with ``sanitise_text`` applied to every string inside it (article, entity
    keys and labels, aliases, mentions, relations and their evidence).

    >>> from extract.types import Entity, EntityType
    >>> entity = Entity(key="person/x", label="X\\x00", type=EntityType.PERSON)
    >>> sanitise_result(ArticleResult(Article(id="a", text=""), (entity,), ())).entities[0].label
    'X\\ufffd'
    """
    return result if _is_clean(result) else _clean_fields(result)
