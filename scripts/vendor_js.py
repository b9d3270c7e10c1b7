"""Fetch the view's WebGL libraries from npm by pinned version and check them by sha256.

The large-graph view (``graph/export/html_webgl``) inlines sigma.js and graphology into the
page, so the page makes no remote request. Their minified UMD builds (both packages ship one,
so no bundling step is needed) are committed under ``graph/export/vendor/``; this script
re-creates those files from the npm registry with ``npm pack`` and refuses any file whose
sha256 differs from the pinned one (a changed tarball behind a pinned version, or a wrong pin).

Usage::

    python scripts/vendor_js.py            # fetch, check, write graph/export/vendor/*.js
    python scripts/vendor_js.py --check    # only check the committed files against the pins

To move to a new version: change ``version`` here, run with ``--update-hashes`` (prints the new
sha256 values to pin after reading the files), and update NOTICE.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[1] / "graph" / "export" / "vendor"


@dataclass(frozen=True)
class VendoredFile:
    """One file taken from one npm package at one version."""

    package: str
    version: str
    member: str  # path inside the package tarball
    target: str  # file name under graph/export/vendor/
    sha256: str


PINS = [
    VendoredFile(
        "graphology",
        "0.26.0",
        "package/dist/graphology.umd.min.js",
        "graphology.umd.min.js",
        "dc337efa23903f61e064c8e7e7f93a429e6855dccfc2458802b4ed30c621c087",
    ),
    VendoredFile(
        "sigma",
        "3.0.3",
        "package/dist/sigma.min.js",
        "sigma.min.js",
        "58e30383ab428f832068d9d16a5215c65ba12430d438ed091c5703f398de9e16",
    ),
]


def sha256_of(data: bytes) -> str:
    """Hex sha256 of ``data``.

    >>> sha256_of(b"")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(data).hexdigest()


def fetch(pin: VendoredFile, scratch: Path) -> bytes:
    """The bytes of ``pin.member`` from ``npm pack PACKAGE@VERSION`` (run in ``scratch``)."""
    done = subprocess.run(
        ["npm", "pack", f"{pin.package}@{pin.version}", "--silent"],
        cwd=scratch,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"npm pack {pin.package}@{pin.version}: {done.stderr.strip()}")
    tarball = scratch / done.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as archive:
        member = archive.extractfile(pin.member)
        if member is None:
            raise RuntimeError(f"{tarball.name}: no file {pin.member}")
        return member.read()


def check(pins: list[VendoredFile]) -> list[str]:
    """Problems with the committed files: missing, or a sha256 other than the pinned one."""
    problems = []
    for pin in pins:
        path = VENDOR / pin.target
        if not path.is_file():
            problems.append(f"{path}: missing (run scripts/vendor_js.py)")
        elif sha256_of(path.read_bytes()) != pin.sha256:
            problems.append(f"{path}: sha256 differs from the pin for {pin.package}@{pin.version}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Fetch and check (default), only check (``--check``) or print new pins."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="Only check the committed files.")
    parser.add_argument(
        "--update-hashes", action="store_true", help="Print the sha256 of what npm serves now."
    )
    args = parser.parse_args(argv)
    if args.check:
        problems = check(PINS)
        for problem in problems:
            print(f"vendor_js: {problem}", file=sys.stderr)
        return 1 if problems else 0
    VENDOR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for pin in PINS:
            try:
                data = fetch(pin, Path(scratch))
            except RuntimeError as error:
                print(f"vendor_js: {error}", file=sys.stderr)
                return 1
            digest = sha256_of(data)
            if args.update_hashes:
                print(f"{pin.package}@{pin.version} {pin.member}: {digest}")
                continue
            if digest != pin.sha256:
                print(
                    f"vendor_js: {pin.package}@{pin.version} {pin.member}: sha256 {digest}, "
                    f"pinned {pin.sha256}; not written",
                    file=sys.stderr,
                )
                return 1
            (VENDOR / pin.target).write_bytes(data)
            print(f"wrote {VENDOR / pin.target} ({pin.package}@{pin.version}, {len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
