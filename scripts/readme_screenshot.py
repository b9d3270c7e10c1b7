"""Make docs/screenshot.png from what ``make demo`` builds: the README shows the product as is.

Runs the same command as ``make demo`` (``newsgraph build`` of ../shared/data/seeds, when
present, and examples/articles) into a scratch folder, opens its ``graph.html`` in Debian's
Chromium at 1400×900 and saves the first view, untouched::

    python scripts/readme_screenshot.py                    # writes docs/screenshot.png
    python scripts/readme_screenshot.py --out /tmp/demo.png --select Lavrov
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from screenshot_view import take_screenshot

REPO = Path(__file__).resolve().parents[1]
#: ``make demo``'s SAMPLES: the seeds when ../shared is there, and the sample articles.
SAMPLES = [REPO / ".." / "shared" / "data" / "seeds", REPO / "examples" / "articles"]


def build_demo(out: Path) -> Path:
    """Build the demo graph into ``out`` with the CLI, as ``make demo`` does; its ``graph.html``."""
    sources = [str(path) for path in SAMPLES if path.is_dir()]
    command = [sys.executable, "-m", "newsgraph", "build", *sources, "--out", str(out)]
    subprocess.run(command, check=True, cwd=REPO)
    return out / "graph.html"


def main(argv: list[str] | None = None) -> int:
    """Build the demo and screenshot its view."""
    parser = argparse.ArgumentParser(description="Screenshot the view of `make demo`'s graph.")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--select", help="Select this entity first (default: the first view).")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        page = build_demo(Path(scratch) / "demo")
        take_screenshot(page, args.out, select=args.select)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
