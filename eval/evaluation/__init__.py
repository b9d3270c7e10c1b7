"""Measure the extractor against hand-written gold annotations and PETRARCH event codes.

The evaluation reads only the public graph shape (see ``graph.merge.build``) and the plain result
types, so it measures whatever the extractor and resolver produce without knowing how.

* ``evaluation.gold``: the gold file format and name normalisation.
* ``evaluation.scoring``: node precision/recall by type, merge accuracy, edge P/R.
* ``evaluation.petrarch``: event coding on real sentences (found / false shares).
* ``evaluation.report``: runs everything and renders the side-by-side tables.
"""
