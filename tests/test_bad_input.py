"""The bad-input matrix, through the Python API and the ``newsgraph build`` CLI.

For every bad input the promise is the same: strict mode stops with one line naming the file
(and the line, for JSONL) and a non-zero exit, no traceback; ``--skip-bad`` warns with that
line, keeps going, exits 0, and every good article still lands in the graph.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.errors import InputError
from extract.ingest.read import read_articles
from graph.cli.main import app
from graph.run.corpus import build_from_paths
from graph.run.options import BuildOptions

GOOD_TEXT = "Summit ends\n\nRussia and China signed a trade agreement in Moscow on Monday.\n"
FIFTY_MB = 50 * 1024 * 1024
runner = CliRunner()


@dataclass(frozen=True)
class BadFile:
    """One bad input: how to create it and the problem its error line must state."""

    name: str
    make: Callable[[Path], Path]
    problem: str


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _fifty_mb_text(folder: Path) -> Path:
    path = folder / "huge.txt"
    line = b"Russia and China signed a trade agreement in Moscow on Monday.\n"
    with path.open("wb") as handle:
        for _ in range(FIFTY_MB // len(line) + 1):
            handle.write(line)
    return path


def _fifty_mb_jsonl_line(folder: Path) -> Path:
    path = folder / "huge.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"id": "huge", "text": "')
        chunk = "Russia signed a deal. " * 1000
        for _ in range(FIFTY_MB // len(chunk) + 1):
            handle.write(chunk)
        handle.write('"}\n')
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _malformed_jsonl(folder: Path) -> Path:
    rows = [
        json.dumps({"id": "first", "text": "France accused Germany of spying."}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "third", "text": "Japan and Korea met in Tokyo."}),
    ]
    return _write(folder / "feed.jsonl", ("\n".join(rows) + "\n").encode())


def _duplicate_ids(folder: Path) -> Path:
    rows = [
        {"id": "same", "text": "France accused Germany of spying."},
        {"id": "same", "text": "Japan and Korea met in Tokyo."},
    ]
    return _write(folder / "dups.jsonl", "\n".join(json.dumps(r) for r in rows).encode())


BAD_FILES = [
    BadFile("empty", lambda d: _write(d / "empty.txt", b""), "empty file"),
    BadFile("whitespace", lambda d: _write(d / "blank.txt", b"  \n\t\r\n \n"), "empty file"),
    BadFile(
        "pdf-bytes",
        lambda d: _write(d / "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
        "binary file",
    ),
    BadFile(
        "png-bytes",
        lambda d: _write(d / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)),
        "binary file",
    ),
    BadFile(
        "pdf-suffix",
        lambda d: _write(d / "report.pdf", b"%PDF-1.7\n"),
        "unsupported file type '.pdf'",
    ),
    BadFile(
        "random-bytes",
        lambda d: _write(d / "noise.txt", random.Random(9).randbytes(8192)),
        "binary file",
    ),
    BadFile("50mb-article", _fifty_mb_text, "too large"),
    BadFile("50mb-jsonl-line", _fifty_mb_jsonl_line, ":1: line too large"),
    BadFile(
        "json-without-text",
        lambda d: _write(d / "notext.json", b'{"id": "x", "title": "Only a title"}'),
        "no string 'text' field",
    ),
    BadFile(
        "jsonl-without-text",
        lambda d: _write(d / "notext.jsonl", b'{"id": "x", "title": "Only a title"}\n'),
        ":1: JSON object has no string 'text' field",
    ),
    BadFile(
        "jsonl-not-an-object",
        lambda d: _write(d / "list.jsonl", b'["text", "in", "a", "list"]\n'),
        ":1: expected a JSON object",
    ),
    BadFile(
        "jsonl-bad-utf8",
        lambda d: _write(d / "latin.jsonl", '{"text": "Café in Paris."}\n'.encode("latin-1")),
        ":1: line is not valid UTF-8",
    ),
    BadFile("malformed-jsonl-line", _malformed_jsonl, ":2: malformed JSON"),
    BadFile("duplicate-id", _duplicate_ids, ":2: duplicate article id 'same'"),
    BadFile("fifo", _fifo, "not a regular file"),
]


def _good(folder: Path) -> Path:
    return _write(folder / "good.txt", GOOD_TEXT.encode())


def _one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def _cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["build", *args])
    # An uncaught exception would show up here instead of a clean exit code.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _articles_in(out: Path) -> set[str]:
    return set(json.loads((out / "graph.json").read_text(encoding="utf-8"))["graph"]["articles"])


# --------------------------------------------------------------------------- bad files


@pytest.fixture(params=BAD_FILES, ids=lambda case: case.name)
def bad(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    return request.param.make(folder)


@pytest.fixture
def problem(request: pytest.FixtureRequest) -> str:
    return str(request.node.callspec.params["bad"].problem)


def test_api_strict_raises_one_line_naming_the_file(bad: Path, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        list(read_articles([bad]))
    message = str(caught.value)
    assert message.startswith(str(bad)) and problem in message
    assert "\n" not in message


def test_api_skip_bad_keeps_every_good_article(bad: Path, problem: str) -> None:
    skipped: list[InputError] = []
    options = BuildOptions(skip_bad=True, on_skip=skipped.append)
    graph = build_from_paths([bad, _good(bad.parent)], options)
    assert [problem in str(error) for error in skipped] == [True]
    assert "good" in graph.graph["articles"]
    if bad.name == "feed.jsonl":
        assert {"first", "third"} <= set(graph.graph["articles"])
    if bad.name == "dups.jsonl":
        assert "same" in graph.graph["articles"]


def test_cli_strict_fails_with_one_line(bad: Path, problem: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, err = _cli(str(bad), str(_good(bad.parent)), "--out", str(out), "-f", "json")
    assert code == 1
    line = _one_line(err)
    assert line.startswith(f"newsgraph: error: {bad}") and problem in line
    assert not (out / "graph.json").exists()  # a failed run writes nothing


def test_cli_skip_bad_warns_and_builds_the_rest(bad: Path, problem: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    good = _good(bad.parent)
    code, _, err = _cli(str(bad), str(good), "--out", str(out), "-f", "json", "--skip-bad")
    assert code == 0, err
    warnings = [line for line in err.splitlines() if "skipped:" in line]
    assert len(warnings) == 1 and str(bad) in warnings[0] and problem in warnings[0]
    assert "Traceback" not in err
    assert "good" in _articles_in(out)


# --------------------------------------------------------------------------- usage errors


def _missing(folder: Path) -> Path:
    return folder / "nowhere.txt"


def _dangling_link(folder: Path) -> Path:
    link = folder / "dangling.txt"
    link.symlink_to(folder / "deleted.txt")
    return link


def _circular_link(folder: Path) -> Path:
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    return folder / "a.txt"


def _no_articles(folder: Path) -> Path:
    empty = folder / "notes"
    empty.mkdir()
    _write(empty / "readme.md", b"# not an article")
    _write(empty / "logo.png", b"\x89PNG\r\n\x1a\n")
    return empty


USAGE_ERRORS = [
    ("missing-path", _missing, "no such file or directory"),
    ("dangling-symlink", _dangling_link, "broken or circular symlink"),
    ("circular-symlink", _circular_link, "broken or circular symlink"),
    ("directory-without-articles", _no_articles, "directory holds no article files"),
]


@pytest.mark.parametrize(
    ("make", "expected"), [c[1:] for c in USAGE_ERRORS], ids=[c[0] for c in USAGE_ERRORS]
)
@pytest.mark.parametrize("skip_bad", [False, True], ids=["strict", "skip-bad"])
def test_usage_errors_stop_even_with_skip_bad(
    tmp_path: Path, make: Callable[[Path], Path], expected: str, skip_bad: bool
) -> None:
    target = make(tmp_path)
    with pytest.raises(InputError, match=expected):
        list(read_articles([target], skip_bad=skip_bad))
    code, _, err = _cli(str(target), "--out", str(tmp_path / "out"), *(["--skip-bad"] * skip_bad))
    assert code == 1
    line = _one_line(err)
    assert line.startswith(f"newsgraph: error: {target}") and expected in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file whatever its mode")
def test_unreadable_file(tmp_path: Path) -> None:
    secret = _good(tmp_path)
    secret.chmod(0)
    with pytest.raises(InputError, match=r"cannot read|Permission"):
        list(read_articles([secret]))
    code, _, err = _cli(str(secret), "--out", str(tmp_path / "out"))
    assert code == 1 and str(secret) in _one_line(err)


# --------------------------------------------------------------------------- readable oddities


def test_symlink_loops_are_walked_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    _good(corpus / "sub")
    (corpus / "sub" / "back-to-top").symlink_to(corpus, target_is_directory=True)
    (corpus / "self").symlink_to(corpus / "sub", target_is_directory=True)
    assert [article.id for article in read_articles([corpus])] == ["good"]
    out = tmp_path / "out"
    code, _, err = _cli(str(corpus), "--out", str(out), "-f", "json")
    assert code == 0, err
    assert _articles_in(out) == {"good"}


ENCODED = [
    ("cp1251", "Саммит\n\nРоссия и Китай подписали договор в Москве.", "cp1251"),
    ("latin-1", "Sommet\n\nLa France et l'Espagne ont signé un accord à Paris.", "latin-1"),
    ("utf-16-le-bom", "Summit\n\nJapan and Korea met in Tōkyō on Monday.", "utf-16"),
    ("utf-16-be-bom", "Summit\n\nJapan and Korea met in Tōkyō on Monday.", "utf-16-be"),
    ("utf-8-bom", "Summit\n\nJapan and Korea met in Tōkyō on Monday.", "utf-8-sig"),
]


@pytest.mark.parametrize(
    ("text", "encoding"), [c[1:] for c in ENCODED], ids=[c[0] for c in ENCODED]
)
def test_legacy_and_utf16_encodings_are_decoded(tmp_path: Path, text: str, encoding: str) -> None:
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # the BOM Python only writes for the native byte order
    path = _write(tmp_path / "story.txt", data)
    [article] = read_articles([path])
    title, body = text.split("\n\n")
    assert (article.title, article.text) == (title, body)
    out = tmp_path / "out"
    code, _, err = _cli(str(path), "--out", str(out), "-f", "json")
    assert code == 0, err
    assert _articles_in(out) == {"story"}


def test_mixed_line_endings(tmp_path: Path) -> None:
    raw = (
        b"Talks end\r\n\r\nFrance and Spain met in Paris.\rThey agreed on a plan.\n\n"
        b"A second paragraph.\r\n"
    )
    path = _write(tmp_path / "eol.txt", raw)
    [article] = read_articles([path])
    assert "\r" not in article.text and article.title == "Talks end"
    assert article.text.split("\n\n") == [
        "France and Spain met in Paris.",
        "They agreed on a plan.",
        "A second paragraph.",
    ]
    graph = build_from_paths([path])
    assert "country/FR" in graph and "country/ES" in graph


NON_ENGLISH = {
    "russian": "Министр иностранных дел России Сергей Лавров встретился с коллегой в Женеве.",
    "chinese": "中国外交部长王毅周一在北京会见了俄罗斯外长拉夫罗夫。双方签署了一项协议。",
    "arabic": "التقى وزير الخارجية الروسي نظيره الصيني في موسكو يوم الاثنين ووقعا اتفاقية.",
    "hindi": "भारत और चीन के विदेश मंत्रियों ने सोमवार को दिल्ली में मुलाकात की।",
    "emoji-and-rtl-marks": "🇷🇺🤝🇨🇳 \u202eevil\u202c summit \u200f!!! 🎉🎉🎉",
}


def test_non_english_text_builds_without_crashing(tmp_path: Path) -> None:
    folder = tmp_path / "world"
    folder.mkdir()
    for name, text in NON_ENGLISH.items():
        _write(folder / f"{name}.txt", f"Headline\n\n{text}\n".encode())
    out = tmp_path / "out"
    code, _, err = _cli(str(folder), "--out", str(out), "-f", "json,ttl,html")
    assert code == 0, err
    assert _articles_in(out) == set(NON_ENGLISH)
    graph = build_from_paths([folder])
    assert set(graph.graph["articles"]) == set(NON_ENGLISH)


# --------------------------------------------------------------------------- big corpora


def _write_corpus(path: Path, lines: int, bad_every: int) -> int:
    """A JSONL corpus with a malformed line every ``bad_every`` lines; returns the good count."""
    good = 0
    with path.open("w", encoding="utf-8") as handle:
        for number in range(1, lines + 1):
            if number % bad_every == 0:
                handle.write('{"id": "broken", "text": \n')
                continue
            handle.write(json.dumps({"id": f"n{number}", "text": f"Note {number}."}) + "\n")
            good += 1
    return good


def _check_big_corpus(tmp_path: Path, lines: int) -> None:
    corpus = tmp_path / "corpus.jsonl"
    good = _write_corpus(corpus, lines, bad_every=1000)
    skipped: list[InputError] = []
    ids = [a.id for a in read_articles([corpus], skip_bad=True, on_skip=skipped.append)]
    assert len(ids) == len(set(ids)) == good
    assert [error.line for error in skipped] == list(range(1000, lines + 1, 1000))
    out = tmp_path / "out"
    code, _, err = _cli(str(corpus), "--out", str(out), "-f", "json", "--skip-bad")
    assert code == 0, err
    assert len(_articles_in(out)) == good
    assert f"{corpus}:1000: malformed JSON" in err


def test_five_thousand_line_jsonl(tmp_path: Path) -> None:
    _check_big_corpus(tmp_path, 5_000)


@pytest.mark.slow
def test_hundred_thousand_line_jsonl(tmp_path: Path) -> None:
    _check_big_corpus(tmp_path, 100_000)


# --------------------------------------------------------------------------- the real binary


def _newsgraph(*args: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("newsgraph")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "graph.cli.main"]
    return subprocess.run(
        [*command, "build", *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_installed_command_exits_cleanly(tmp_path: Path) -> None:
    """The console script, not just the in-process runner: exit codes and no traceback."""
    feed = _malformed_jsonl(tmp_path)
    strict = _newsgraph(str(feed), "--out", str(tmp_path / "strict"), "-f", "json")
    assert strict.returncode == 1
    assert _one_line(strict.stderr).startswith(f"newsgraph: error: {feed}:2: malformed JSON: ")
    lenient = _newsgraph(str(feed), "--out", str(tmp_path / "ok"), "-f", "json", "--skip-bad")
    assert lenient.returncode == 0, lenient.stderr
    assert "Traceback" not in lenient.stderr
    assert f"newsgraph: skipped: {feed}:2: malformed JSON" in lenient.stderr
    assert _articles_in(tmp_path / "ok") == {"first", "third"}
