"""Decoding input bytes: BOMs, UTF-8, legacy code pages and binary refusal."""

from __future__ import annotations

import codecs

import pytest

from extract.errors import InputError
from extract.ingest.encoding import decode_bytes

RUSSIAN = (
    "Министр связи заявил журналистам, что сотрудничество России и США в области "
    "информационной безопасности возможно только совместными усилиями многих стран. "
    "Рабочая группа начнёт работу после встречи президентов в Гамбурге."
)
FRENCH = (
    "Le ministre a déclaré que la coopération était très importante pour l'été prochain, à Genève."
)


def test_plain_utf8() -> None:
    assert decode_bytes("Zürich talks".encode(), "a.txt") == "Zürich talks"


def test_utf8_bom_removed() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + b"Title\nBody", "a.txt") == "Title\nBody"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(encoding: str) -> None:
    data = RUSSIAN.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode_bytes(data, "a.txt") == RUSSIAN


def test_cp1251_russian() -> None:
    assert decode_bytes(RUSSIAN.encode("cp1251"), "ru.txt") == RUSSIAN


def test_latin1_french() -> None:
    assert decode_bytes(FRENCH.encode("latin-1"), "fr.txt") == FRENCH


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"hello\x00world\x00",
    ],
)
def test_binary_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^doc\.txt: .*binary"):
        decode_bytes(data, "doc.txt")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("La France et l'Espagne ont signé un accord à Paris.", "latin-1"),
        ("Straße in München, Köln und Zürich: Grüße!", "latin-1"),
        ("Zażółć gęślą jaźń w Łodzi i Gdańsku.", "cp1250"),
        ("Россия и Китай подписали договор в Москве.", "cp1251"),
    ],
)
def test_short_legacy_texts_decode_exactly(text: str, encoding: str) -> None:
    # A tie between cp1250 and cp1252 once turned latin-1 "à" into "ŕ".
    assert decode_bytes(text.encode(encoding), "short.txt") == text
