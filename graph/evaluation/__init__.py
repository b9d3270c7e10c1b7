"""Measure the extractor against hand-written gold annotations and PETRARCH event codes.

The evaluation reads only the public graph shape (see ``graph.build``) and the plain result
types, so it measures whatever the extractor and resolver produce without knowing how.

* ``graph.evaluation.gold``: the gold file format and name normalisation.
* ``graph.evaluation.scoring``: node precision/recall by type, merge accuracy, edge P/R.
* ``graph.evaluation.petrarch``: event coding on real sentences (found / false shares).
* ``graph.evaluation.report``: runs everything and renders the side-by-side tables.
"""
