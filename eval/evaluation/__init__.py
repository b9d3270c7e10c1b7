"""Measure the extractor against hand-written gold annotations and PETRARCH event codes.

The evaluation reads only the public graph shape (see ``graph.merge.build``) and the plain result
types, so it measures whatever the extractor and resolver produce without knowing how.

* ``evaluation.gold``: the gold file format, its checks and name normalisation.
* ``evaluation.yardstick``: the real-news yardstick's split file, gold and article texts.
* ``evaluation.matching``: when a node is a gold entity and an edge a gold edge.
* ``evaluation.scoring``: nodes by type, merges, edges with and without modality, errors.
* ``evaluation.error_kinds``: the one kind of each missed or spurious event edge.
* ``evaluation.petrarch``: event coding on real sentences (found / false shares).
* ``evaluation.public_gold``: GUM news (types, coreference) and QA-SRL (argument attachment),
  scored by ``evaluation.public_scoring`` and printed by ``evaluation.public_render``.
* ``evaluation.systems``: newsgraph and the naive ``evaluation.baseline``.
* ``evaluation.report`` runs it all; ``evaluation.render`` prints the side-by-side tables.
"""
