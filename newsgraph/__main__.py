"""``python -m newsgraph``: the ``newsgraph`` command line."""

from __future__ import annotations

import newsgraph  # noqa: F401  (makes sure extract and graph are newsgraph's own)
from graph.cli.main import main

if __name__ == "__main__":
    main()
