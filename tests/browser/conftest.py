"""Playwright fixtures for the HTML view: Debian's Chromium, a guarded page, the seeds' view.

The browser is Debian's ``/usr/bin/chromium`` (``make test`` installs it with apt); nothing
is downloaded. Every page is opened with all requests routed through a guard that lets
``file:`` and ``data:`` URLs through and aborts and records anything else, so a test can
assert that the page stays offline.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from chromium import CHROMIUM, CHROMIUM_ARGS
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / ".." / "shared" / "data" / "seeds"
EXAMPLES = REPO / "examples" / "articles"


@dataclass
class PageLog:
    """What a page did that a test may want to forbid."""

    remote_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@dataclass
class GuardedPage:
    """A Playwright page plus the log of its remote requests, console errors and dialogs."""

    page: Any
    log: PageLog

    def open(self, path: Path) -> None:
        """Load ``path`` and wait until the view has drawn once (its ready flag)."""
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=60_000)

    def assert_clean(self) -> None:
        """No request left the page, nothing was logged as an error, no dialog opened."""
        assert self.log.remote_requests == []
        assert self.log.console_errors == []
        assert self.log.dialogs == []


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Debian Chromium for the whole session."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (make chromium installs it)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def guarded_page(browser: Any) -> Iterator[GuardedPage]:
    """A fresh page whose remote requests are aborted and recorded."""
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    page = context.new_page()
    log = PageLog()

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            log.remote_requests.append(url)
            route.abort()

    page.route("**/*", guard)
    page.on("console", lambda m: log.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: log.console_errors.append(str(error)))
    page.on("dialog", lambda dialog: (log.dialogs.append(dialog.message), dialog.dismiss()))
    try:
        yield GuardedPage(page, log)
    finally:
        context.close()


@dataclass(frozen=True)
class BuiltView:
    """A view written by ``newsgraph build`` and the graph JSON written next to it."""

    html: Path
    graph: dict[str, Any]


@pytest.fixture(scope="session")
def seeds_view(tmp_path_factory: pytest.TempPathFactory) -> BuiltView:
    """``newsgraph build`` of the seed articles (the sample articles when ../shared is absent)."""
    from graph.cli.main import app

    source = SEEDS if SEEDS.is_dir() else EXAMPLES
    out = tmp_path_factory.mktemp("seeds-view")
    result = CliRunner().invoke(app, ["build", str(source), "--out", str(out), "-f", "html,json"])
    assert result.exit_code == 0, result.output
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return BuiltView(out / "graph.html", graph)
