"""Running extraction over a corpus: the corpus runner, the result cache, local processes,
batches and Dask.
"""
