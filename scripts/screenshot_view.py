"""Take a screenshot of a newsgraph HTML view with Playwright and Debian's Chromium.

Usage::

    newsgraph build ../shared/data/seeds --out out/seeds --format html,json
    python scripts/screenshot_view.py out/seeds/graph.html docs/screenshot.png --select Lavrov
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chromium import CHROMIUM, CHROMIUM_ARGS


def take_screenshot(page_file: Path, image: Path, *, select: str | None = None) -> None:
    """Open ``page_file``, optionally search and select an entity, and save ``image``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 900}, device_scale_factor=1)
            page.goto(page_file.resolve().as_uri())
            page.wait_for_function("window.newsgraphReady === true", timeout=60_000)
            if select:
                page.fill("#ng-search", select)
                page.press("#ng-search", "Enter")
                # Zoom on the selected entity's part of the graph so labels are readable.
                page.evaluate(
                    """() => {
                        const id = window.network.getSelectedNodes()[0];
                        const near = window.network.getConnectedNodes(id);
                        window.network.fit({nodes: [id, ...near], animation: false});
                        window.network.moveTo({scale: window.network.getScale() * 0.8,
                                               animation: false});
                    }"""
                )
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
    args = parser.parse_args(argv)
    if not args.page.is_file():
        print(f"screenshot_view: {args.page}: no such file", file=sys.stderr)
        return 2
    take_screenshot(args.page, args.image, select=args.select)
    return 0


if __name__ == "__main__":
    sys.exit(main())
