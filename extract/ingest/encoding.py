"""Turn the raw bytes of an input file into text, or refuse it as binary.

Order of trust: a byte-order mark, then strict UTF-8 (most files), then charset_normalizer's
guess (legacy encodings such as cp1251 or latin-1). Binary files -- PDFs, images, archives,
anything with NUL bytes and no UTF-16/32 BOM -- raise ``InputError`` instead of turning into
mojibake that later steps would happily extract "entities" from.
"""

from __future__ import annotations

import codecs
from typing import Any

from extract.errors import InputError

__all__ = ["decode_bytes", "looks_binary"]

# Magic numbers of formats people drop into an article folder by mistake.
_BINARY_MAGIC = (
    b"%PDF-",
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",  # JPEG
    b"PK\x03\x04",  # zip, docx, xlsx, epub
    b"\x1f\x8b",  # gzip
    b"\xd0\xcf\x11\xe0",  # old MS Office
    b"\x7fELF",
    b"RIFF",
)

# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: a known binary magic number or NUL bytes (without a
    UTF-16/32 byte-order mark, which legitimately contains them)."""
    if data.startswith(_BINARY_MAGIC):
        return True
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    return b"\x00" in data[:65536]


def _mostly_control(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return control / len(sample) > 0.01


# Western European code pages; on a tie, charset_normalizer may list cp1250 first and turn
# latin-1 "à" into "ŕ".
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15"})


def _prefer_western(matches: list[Any]) -> Any | None:
    """charset_normalizer's best match, except that among candidates that score exactly as well
    (same chaos and coherence) a Western European code page wins: it is by far the most common
    legacy encoding of news text, and the tie means the bytes give no reason to doubt it."""
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        tied = (match.chaos, match.coherence) == (best.chaos, best.coherence)
        if tied and match.encoding in _WESTERN:
            return match
    return best


def decode_bytes(data: bytes, source: str) -> str:
    """Decode file bytes to ``str``; raise ``InputError`` naming ``source`` for binary data.

    The BOM, if any, is removed from the result.

    >>> decode_bytes("Привет".encode("utf-16"), "a.txt")
    'Привет'
    """
    if data.startswith(_BINARY_MAGIC):
        raise InputError(source, "binary file (not text)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {encoding} text: {exc.reason}") from None
    if looks_binary(data):
        raise InputError(source, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported late: only legacy files need it

    matches = list(from_bytes(data))
    best = _prefer_western(matches)
    text = str(best) if best is not None else None
    if text is None or _mostly_control(text):
        raise InputError(source, "cannot detect the text encoding (binary data?)")
    return text
