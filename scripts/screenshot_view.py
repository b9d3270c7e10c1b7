"""Take a screenshot of a newsgraph HTML view with Playwright and Debian's Chromium, at 1400×900.

Usage::

    newsgraph build ../shared/data/seeds examples/articles --out out/demo
    python scripts/screenshot_view.py out/demo/graph.html docs/screenshot.png
    python scripts/screenshot_view.py out/demo/graph.html lavrov.png --select Lavrov --edge
    python scripts/screenshot_view.py out/demo/graph.html zoomed.png --zoom 2.5

``--select`` searches for an entity and selects it (as the search box does), ``--edge`` then
selects its relation reported by the most articles, ``--zoom`` multiplies the first view's scale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chromium import CHROMIUM, CHROMIUM_ARGS

#: The viewport the README screenshot and the issue's checks use.
VIEWPORT = {"width": 1400, "height": 900}

_SELECT_BEST_EDGE = """() => {
    // The widest line is the relation reported by the most articles (either renderer).
    const view = window.newsgraph;
    const width = (e) => view.renderer === "webgl" ? view.graph.getEdgeAttribute(e, "size")
                                                  : view.edges.get(e).width;
    const edges = Array.from(view.focus().edges).sort((a, b) => width(b) - width(a));
    if (edges.length) { view.selectEdge(edges[0]); }
}"""

_ZOOM = """(z) => {
    if (window.newsgraph.renderer === "webgl") {
        const camera = window.newsgraph.sigma.getCamera();
        camera.setState({ratio: camera.getState().ratio / z});
    } else {
        window.network.moveTo({scale: window.network.getScale() * z, animation: false});
    }
}"""


def take_screenshot(
    page_file: Path,
    image: Path,
    *,
    select: str | None = None,
    edge: bool = False,
    zoom: float = 1.0,
) -> None:
    """Open ``page_file``, maybe select an entity (and one of its relations), save ``image``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport=VIEWPORT, device_scale_factor=1)
            page.goto(page_file.resolve().as_uri(), timeout=300_000)
            page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300_000)
            if zoom != 1.0:
                page.evaluate(_ZOOM, zoom)
            if select:
                page.fill("#ng-search", select)
                page.press("#ng-search", "Enter")
                if edge:
                    page.evaluate(_SELECT_BEST_EDGE)
            page.wait_for_timeout(300)
            image.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(image))
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and take the screenshot."""
    parser = argparse.ArgumentParser(description="Screenshot a newsgraph HTML view.")
    parser.add_argument("page", type=Path, help="A graph.html written by newsgraph.")
    parser.add_argument("image", type=Path, help="The PNG file to write.")
    parser.add_argument("--select", help="Search for this entity and select it first.")
    parser.add_argument("--edge", action="store_true", help="Then select its main relation.")
    parser.add_argument("--zoom", type=float, default=1.0, help="Zoom factor on the first view.")
    args = parser.parse_args(argv)
    if not args.page.is_file():
        print(f"screenshot_view: {args.page}: no such file", file=sys.stderr)
        return 2
    take_screenshot(args.page, args.image, select=args.select, edge=args.edge, zoom=args.zoom)
    return 0


if __name__ == "__main__":
    sys.exit(main())
