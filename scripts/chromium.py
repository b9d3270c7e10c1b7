"""How newsgraph's browser tests and scripts start Debian's Chromium (never a downloaded one).

``make chromium`` installs it with apt; Playwright drives it headless, with the background
services that would reach the network switched off.
"""

from __future__ import annotations

from pathlib import Path

#: Debian's Chromium, installed by ``make chromium``.
CHROMIUM = Path("/usr/bin/chromium")
#: Headless, no sandbox (containers run as root), and no background network traffic.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
