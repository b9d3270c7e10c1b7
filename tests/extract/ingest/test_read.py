"""Reading articles: every format, directory walking, URLs, and every kind of bad input."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from extract.errors import InputError
from extract.ingest import formats
from extract.ingest.long_articles import MAX_PART_CHARS
from extract.ingest.read import read_articles, url_article_id

BODY = (
    "The two neighbours signed a treaty on sharing river water after ten years of talks. "
    "Both parliaments are expected to ratify it before the summer."
)
HTML = f"""<!doctype html>
<html><head><title>River treaty signed | Example News</title>
<meta property="og:title" content="River treaty signed">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2019-03-04T10:00:00Z">
</head><body>
<nav><ul><li>Home</li><li>World</li><li>Sport</li></ul></nav>
<article><h1>River treaty signed</h1>
<p>{BODY}</p>
<p>Officials from both sides said the agreement would be reviewed every five years by a joint
commission that meets in the border town.</p>
</article>
<footer>Copyright Example News</footer>
</body></html>
"""


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read_all(*paths: str | Path, **kwargs: object) -> list:
    return list(read_articles(list(paths), **kwargs))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- formats


def test_txt_article(tmp_path: Path) -> None:
    path = write(tmp_path / "river.txt", f"River treaty signed\n2019-03-04\n\n{BODY}\n")
    [article] = read_all(path)
    assert article.id == "river"
    assert article.title == "River treaty signed"
    assert article.date == "2019-03-04"
    assert article.text == BODY
    assert article.source == str(path)


def test_single_path_argument_accepted(tmp_path: Path) -> None:
    path = write(tmp_path / "river.txt", f"River treaty signed\n\n{BODY}\n")
    assert [a.id for a in read_articles(str(path))] == ["river"]


def test_txt_in_cp1251(tmp_path: Path) -> None:
    text = "Договор подписан\n\nСтороны подписали договор о совместном использовании воды реки."
    path = write(tmp_path / "ru.txt", text.encode("cp1251"))
    [article] = read_all(path)
    assert article.title == "Договор подписан"
    assert article.text.startswith("Стороны подписали")


def test_html_article(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", HTML)
    [article] = read_all(path)
    assert article.id == "page"
    assert article.title == "River treaty signed"
    assert article.date == "2019-03-04"
    assert article.text.startswith("The two neighbours signed")
    assert "Home" not in article.text
    assert article.outlet == "Example News"


def test_html_fallback_when_trafilatura_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    [article] = read_all(write(tmp_path / "page.htm", HTML))
    assert article.title == "River treaty signed | Example News"
    assert BODY in article.text
    assert "Copyright" not in article.text


def test_jsonl_articles(tmp_path: Path) -> None:
    lines = [
        {"id": "a1", "text": BODY, "title": "River", "date": "March 4, 2019", "outlet": "Wire"},
        {"text": "Second story text here.", "url": "https://news.example/2"},
        {"id": 7, "text": "Third story text.", "date": "someday"},
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    first, second, third = read_all(path)
    assert (first.id, first.title, first.date, first.outlet) == (
        "a1",
        "River",
        "2019-03-04",
        "Wire",
    )
    assert first.text == BODY
    assert (second.id, second.url, second.title) == ("batch-2", "https://news.example/2", "")
    assert (third.id, third.date) == ("7", None)


def test_json_object_and_list(tmp_path: Path) -> None:
    write(tmp_path / "one.json", json.dumps({"text": BODY, "date": "20190304"}))
    write(tmp_path / "many.json", json.dumps([{"id": "x", "text": BODY}, {"text": "More text."}]))
    articles = read_all(tmp_path)
    assert [a.id for a in articles] == ["x", "many-2", "one"]
    assert articles[2].date == "2019-03-04"


def test_json_text_is_cleaned(tmp_path: Path) -> None:
    text = f"{BODY}\n\n© Some Agency\n\nOriginal url:\nhttps://news.example/river"
    [article] = read_all(write(tmp_path / "a.jsonl", json.dumps({"id": "a", "text": text})))
    assert article.text == BODY
    assert article.url == "https://news.example/river"


# --------------------------------------------------------------------------- directories


def test_directory_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", f"B title\n\n{BODY}")
    write(tmp_path / "a.txt", f"A title\n\n{BODY}")
    write(tmp_path / "sub" / "c.TXT", f"C title\n\n{BODY}")
    write(tmp_path / "notes.md", "# not an article")
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / ".hidden" / "d.txt", f"D title\n\n{BODY}")
    assert [a.id for a in read_all(tmp_path)] == ["a", "b", "c"]


def test_symlink_loop_and_duplicate_links(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", f"A title\n\n{BODY}")
    os.symlink(tmp_path, tmp_path / "loop")
    os.symlink(tmp_path / "a.txt", tmp_path / "z.txt")
    assert [a.id for a in read_all(tmp_path)] == ["a"]


def test_missing_path_raises_even_when_skipping(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(InputError, match="no such file") as caught:
        read_all(missing, skip_bad=True)
    assert caught.value.source == str(missing)


def test_directory_without_articles_raises(tmp_path: Path) -> None:
    write(tmp_path / "readme.md", "nothing here")
    with pytest.raises(InputError, match="no article files") as caught:
        read_all(tmp_path)
    assert caught.value.source == str(tmp_path)


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "empty file"),
        ("nul.txt", b"Title\n\x00\x01\x02 body", "binary"),
        ("doc.txt", b"%PDF-1.4\nstuff", "binary"),
        ("pic.html", b"\x89PNG\r\n\x1a\nxx", "binary"),
        ("empty.jsonl", b"\n\n", "empty file"),
        ("bin.jsonl", b"\x00\x00\x00", "binary"),
        ("bad.json", b'{"text": ', "malformed JSON"),
        ("num.json", b"42", "expected a JSON object or list"),
        ("notext.json", b'{"title": "x"}', "no string 'text'"),
        ("numtext.json", b'{"text": 5}', "no string 'text'"),
        ("menu.txt", b"Home\nWorld\nSport\nWeather\n", "no article text"),
    ],
)
def test_bad_file_raises_naming_it(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(InputError, match=problem) as caught:
        read_all(path)
    assert caught.value.source.startswith(str(path))
    assert "\n" not in str(caught.value)


def test_unsupported_file_given_explicitly(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unsupported file type"):
        read_all(write(tmp_path / "notes.md", "text"))


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", f"Title\n\n{BODY}")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="cannot read"):
            read_all(path)
    finally:
        path.chmod(0o644)


def test_read_failure_becomes_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "story.txt", f"Title\n\n{BODY}")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError, match="cannot read: Permission denied") as caught:
        read_all(path)
    assert caught.value.source == str(path)


def test_too_large_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "MAX_ARTICLE_BYTES", 100)
    with pytest.raises(InputError, match="too large"):
        read_all(write(tmp_path / "big.txt", "Title\n\n" + "word " * 50))
    with pytest.raises(InputError, match="too large") as caught:
        read_all(write(tmp_path / "big.jsonl", json.dumps({"text": "word " * 50})))
    assert caught.value.line == 1


def test_malformed_jsonl_line_strict(tmp_path: Path) -> None:
    path = write(tmp_path / "b.jsonl", '{"text": "Good one."}\n{"text": oops}\n{"text": "Last."}\n')
    seen = []
    with pytest.raises(InputError) as caught:
        for article in read_articles([path]):
            seen.append(article.id)
    assert seen == ["b-1"]
    assert caught.value.line == 2
    assert str(caught.value).startswith(f"{path}:2: malformed JSON")


def test_skip_bad_skips_only_the_bad_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "b.jsonl",
        '{"text": "Good one."}\n{"text": oops}\n["not", "object"]\n{"title": "no text"}\n'
        '{"text": "Last."}\n',
    )
    skipped: list[InputError] = []
    articles = read_all(path, skip_bad=True, on_skip=skipped.append)
    assert [a.id for a in articles] == ["b-1", "b-5"]
    assert [e.line for e in skipped] == [2, 3, 4]


def test_skip_bad_continues_with_next_file(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", b"")
    write(tmp_path / "b.txt", b"%PDF-1.4")
    write(tmp_path / "c.txt", f"C title\n\n{BODY}")
    skipped: list[InputError] = []
    articles = read_all(tmp_path, skip_bad=True, on_skip=skipped.append)
    assert [a.id for a in articles] == ["c"]
    assert [Path(e.source).name for e in skipped] == ["a.txt", "b.txt"]


def test_skip_bad_without_callback_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    write(tmp_path / "a.txt", b"")
    write(tmp_path / "c.txt", f"C title\n\n{BODY}")
    assert [a.id for a in read_all(tmp_path, skip_bad=True)] == ["c"]
    assert "a.txt: empty file" in caplog.text


def test_duplicate_id_names_both_sources(tmp_path: Path) -> None:
    first = write(tmp_path / "one" / "story.txt", f"Title\n\n{BODY}")
    second = write(tmp_path / "two" / "story.txt", f"Other\n\n{BODY}")
    with pytest.raises(InputError, match="duplicate article id 'story'") as caught:
        read_all(tmp_path)
    assert caught.value.source == str(second)
    assert str(first) in str(caught.value)
    skipped: list[InputError] = []
    assert len(read_all(tmp_path, skip_bad=True, on_skip=skipped.append)) == 1
    assert len(skipped) == 1


def test_fifo_is_refused_instead_of_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(InputError, match="not a regular file"):
        read_all(pipe)


def test_circular_symlink_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    with pytest.raises(InputError, match="broken or circular symlink"):
        read_all(tmp_path / "a.txt")


def test_jsonl_articles_carry_file_and_line(tmp_path: Path) -> None:
    rows = [{"id": "x", "text": BODY}, {"id": "x", "text": BODY}]
    feed = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(row) for row in rows))
    with pytest.raises(InputError) as caught:
        read_all(feed)
    assert str(caught.value) == (f"{feed}:2: duplicate article id 'x' (already read from {feed}:1)")


def test_over_long_article_is_read_in_parts(tmp_path: Path) -> None:
    paragraph = BODY + " " + BODY
    text = "\n\n".join([paragraph] * (MAX_PART_CHARS // len(paragraph) + 5))
    feed = write(tmp_path / "long.jsonl", json.dumps({"id": "long", "text": text}))
    parts = read_all(feed)
    assert len(parts) >= 2 and all(part.id.startswith("long#part-") for part in parts)
    assert "\n\n".join(part.text for part in parts) == text


# --------------------------------------------------------------------------- URLs


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/story"):
            body = HTML.encode("cp1251")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=windows-1251")
        else:
            body = b"gone"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_given_directly(server: str) -> None:
    url = f"{server}/story/1"
    [article] = read_all(url)
    assert article.id == url_article_id(url)
    assert article.id.startswith("127-0-0-1-")
    assert article.url == url
    assert article.source == url
    assert article.title == "River treaty signed"
    assert article.text.startswith("The two neighbours signed")


def test_url_id_is_stable_and_distinct() -> None:
    assert url_article_id("https://www.a.example/x") == url_article_id("https://www.a.example/x")
    assert url_article_id("https://www.a.example/x") != url_article_id("https://www.a.example/y")
    assert url_article_id("https://www.a.example/x").startswith("a-example-")


def test_urls_file(tmp_path: Path, server: str) -> None:
    listing = write(
        tmp_path / "list.urls",
        f"# my reading list\n\n{server}/story/1  # first\n{server}/story/2#part\nftp://x/y\n"
        f"{server}/gone\n",
    )
    skipped: list[InputError] = []
    articles = read_all(
        listing, skip_bad=True, on_skip=skipped.append, fetch_timeout=5, allow_private_urls=True
    )
    assert [a.url for a in articles] == [f"{server}/story/1", f"{server}/story/2#part"]
    assert skipped[0].line == 5 and skipped[0].source == str(listing)
    assert skipped[1].source == f"{server}/gone"
    assert "404" in skipped[1].problem


def test_bad_url_raises_in_strict_mode(server: str) -> None:
    with pytest.raises(InputError, match="404"):
        read_all(f"{server}/gone")


# --------------------------------------------------------------------------- seeds

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "seeds"


@pytest.fixture(scope="module")
def seeds() -> dict[str, object]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    return {a.id[:3]: a for a in read_articles([SEEDS])}


def test_seeds_read_clean(seeds: dict) -> None:
    assert sorted(seeds) == ["000", "001", "002"]
    for article in seeds.values():
        for junk in ("{{", "MORE", "Most read", "Back to Main page", "©"):
            assert junk not in article.text, (article.id, junk)


def test_seed_metadata(seeds: dict) -> None:
    assert seeds["000"].url.startswith("https://www.themoscowtimes.com/")
    assert seeds["000"].date == "2018-11-07"
    assert seeds["002"].date == "2017-07-08"
    assert seeds["002"].title == (
        "Minister about Russia-US working group: defeating cybercrime possible by joint effort only"
    )
    assert "Nikiforov" in seeds["002"].text.split("\n\n")[0]
    assert "Special counsel Robert Mueller, who is investigating" in seeds["001"].text
    assert "President Trump has repeatedly blasted" in seeds["001"].text


def test_jsonl_dateline_field_gives_the_place(tmp_path: Path) -> None:
    lines = [
        {"id": "d1", "text": BODY, "dateline": "OSLO, March 4 -"},
        {"id": "d2", "text": BODY, "dateline": 12},
    ]
    path = write(tmp_path / "wire.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    first, second = read_all(path)
    assert (first.dateline, second.dateline) == ("OSLO", None)
