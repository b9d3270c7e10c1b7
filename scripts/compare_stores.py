"""Show that two stores hold the same quads: every graph, the default and the summary included.

Used to check that a change of the store's code leaves what ``newsgraph add`` writes as it was:
add the same articles (from the same result cache) into one store with the code before the
change and into another with the code after it, then compare them. Both are opened read-only.

Usage: python scripts/compare_stores.py STORE_BEFORE STORE_AFTER
Prints the number of quads of each and up to ten quads found in only one; exit status 0 when
the stores are equal, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyoxigraph as ox

SHOWN = 10


def read_quads(folder: Path) -> set[str]:
    """Every quad of the store at ``folder``, in N-Quads syntax (so two stores compare as text)."""
    store = ox.Store.read_only(str(folder))
    return {str(quad) for quad in store.quads_for_pattern(None, None, None, None)}


def main(argv: list[str] | None = None) -> int:
    """Compare the two stores named on the command line; 0 when their quads are equal."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    before, after = read_quads(args.before), read_quads(args.after)
    print(f"{args.before}: {len(before):,} quads; {args.after}: {len(after):,} quads")
    only_before, only_after = sorted(before - after), sorted(after - before)
    for label, quads in (("only before", only_before), ("only after", only_after)):
        if quads:
            print(f"{label}: {len(quads):,}")
            for quad in quads[:SHOWN]:
                print(f"  {quad}")
    if only_before or only_after:
        return 1
    print("identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
