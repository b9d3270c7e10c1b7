"""newsgraph: news articles in, a knowledge graph of who did what to whom out.

The public face of the two packages that do the work (``extract`` reads and parses articles,
``graph`` merges, stores, queries and draws): what a notebook or a script needs, in one import.

>>> import newsgraph
>>> g = newsgraph.build(["Russia and Spain signed a joint treaty."])  # doctest: +SKIP
>>> newsgraph.query(g, "SELECT ?who WHERE { ?who ng:signed ?what }")  # doctest: +SKIP

``python -m newsgraph`` is the ``newsgraph`` command.
"""

from __future__ import annotations

from newsgraph._packages import ensure_own_packages

ensure_own_packages()

# The public API is graph.api's, name for name: its __all__ is the one list of what is public.
from graph.api import *  # noqa: E402, F403
from graph.api import __all__ as _api_names  # noqa: E402
from graph.explore import analysis  # noqa: E402

__all__ = [*_api_names, "analysis"]
