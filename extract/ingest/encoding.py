"""Turn the raw bytes of an input file into text, or refuse it as binary.

Order of trust: a byte-order mark, then strict UTF-8 (most files), then UTF-8 with a few bad
bytes replaced (and a warning naming the file and offset) when the file is UTF-8 as a whole,
and only then charset_normalizer's guess (legacy encodings such as cp1251 or latin-1). Binary
files -- PDFs, images, archives, anything with NUL bytes and no UTF-16/32 BOM -- raise
``InputError`` instead of turning into mojibake that later steps would happily extract
"entities" from.
"""

from __future__ import annotations

import codecs
import logging
import re
from typing import Any

from extract.errors import InputError

__all__ = ["decode_bytes", "looks_binary"]

log = logging.getLogger(__name__)

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


# A multi-byte UTF-8 sequence: a lead byte and its continuation bytes.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _mostly_utf8(data: bytes, first_bad: int, source: str) -> str | None:
    """The text of a file that is UTF-8 but for a few stray bytes, else ``None``.

    Evidence for UTF-8 is its multi-byte sequences; a legacy code page rarely forms them by
    chance (cp1252 "é" is one byte that no continuation byte follows). When the valid sequences
    outnumber the bytes that fit none, the file is UTF-8 with damage: the bad bytes become
    U+FFFD and a warning names the file and the first bad offset, rather than the whole file
    being re-read as a code page that turns every accented letter into mojibake.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(_UTF8_SEQUENCE.findall(data)) - data.count("\ufffd".encode())
    if valid < 1 or bad > valid:
        return None
    log.warning(
        "%s: not valid UTF-8 at byte %d (%d bad byte sequence%s replaced by U+FFFD)",
        source,
        first_bad,
        bad,
        "" if bad == 1 else "s",
    )
    return text


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
    except UnicodeDecodeError as error:
        mostly_utf8 = _mostly_utf8(data, error.start, source)
    if mostly_utf8 is not None:
        return mostly_utf8
    from charset_normalizer import from_bytes  # imported late: only legacy files need it

    matches = list(from_bytes(data))
    best = _prefer_western(matches)
    text = str(best) if best is not None else None
    if text is None or _mostly_control(text):
        raise InputError(source, "cannot detect the text encoding (binary data?)")
    return text
