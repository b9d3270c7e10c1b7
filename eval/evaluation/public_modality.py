"""newsgraph's modality reader on every QA-SRL predicate: does it state the act as the
questions do?

QA-SRL's questions carry the way the sentence states each act in their auxiliary and
negation ("Who will meet someone?", "Who might meet someone?", "Who didn't meet someone?");
``scripts/build_public_gold.py`` keeps that class per predicate when all its questions agree
(``modality`` in ``eval/public/qasrl_wikinews.jsonl``). Here the reader the relation builder
runs on a trigger (``extract.relations.modality``: ``modality_of`` and ``is_negated``) is run
on the token of every predicate in newsgraph's own parse, whether or not an edge comes of it,
and the two are compared. A measurement only: ``docs/eval.md`` ("Public gold") defines it.

>>> score_modality([("planned", "planned"), ("asserted", "conditional"), (None, "asserted")])[
...     "agreement"]
0.5
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Token

from extract.pipeline import load_pipeline
from extract.relations.modality import is_negated, modality_of

#: The classes compared, in the order the confusion table shows them.
CLASSES = ("asserted", "planned", "conditional", "wished", "negated")
#: Whether each class states the act as done (what makes an edge a direct triple), as not done
#: yet or not surely, or as not done at all.
_DONE = {
    "asserted": "done",
    "planned": "not done",
    "conditional": "not done",
    "wished": "not done",
    "negated": "negated",
}


def reader_class(token: Token) -> str:
    """How newsgraph's reader states the act ``token`` names, in the question classes: a
    negation first ("will not meet" is what QA-SRL asks as "Who won't meet?"), then the
    modality, a reported act counting as asserted (its source states it as done).

    >>> from extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Japan will not impose sanctions.")
    >>> reader_class(doc[3]), reader_class(load_pipeline()("Japan imposed sanctions.")[1])
    ('negated', 'asserted')
    """
    if is_negated(token):
        return "negated"
    modality = modality_of(token)
    return "asserted" if modality in (None, "reported") else modality


def score_modality(pairs: Iterable[tuple[str | None, str | None]]) -> dict[str, Any]:
    """Agreement of the reader with the questions: (question-derived class or None when the
    questions disagree, reader's class or None when no token of the parse starts at the
    predicate). ``done_agreement`` compares done / not done / negated only.

    >>> figures = score_modality([("asserted", "asserted"), ("planned", "conditional"),
    ...                           ("negated", None), (None, "asserted")])
    >>> figures["classed"], figures["agree"], figures["done_agree"], figures["unaligned"]
    (2, 1, 2, 1)
    >>> figures["confusion"]["planned -> conditional"]
    1
    """
    confusion: Counter[str] = Counter()
    predicates = classed = agree = done_agree = unaligned = 0
    for gold, found in pairs:
        predicates += 1
        if gold is None:
            continue
        if found is None:
            unaligned += 1
            continue
        classed += 1
        agree += gold == found
        done_agree += _DONE[gold] == _DONE[found]
        confusion[f"{gold} -> {found}"] += 1
    return {
        "predicates": predicates,
        "unaligned": unaligned,
        "classed": classed,
        "agree": agree,
        "agreement": round(agree / classed, 4) if classed else 0.0,
        "done_agree": done_agree,
        "done_agreement": round(done_agree / classed, 4) if classed else 0.0,
        "confusion": dict(sorted(confusion.items())),
    }


def modality_pairs(
    sentences: list[dict[str, Any]], nlp: Language | None = None
) -> Iterator[tuple[str | None, str | None]]:
    """(question-derived class, reader's class) for every predicate of the QA-SRL
    ``sentences``, parsed in one batch by newsgraph's model (its own components left out: the
    reader needs the parse only)."""
    nlp = nlp or load_pipeline()
    own = [name for name in nlp.pipe_names if name.startswith("newsgraph_")]
    texts = (sentence["text"] for sentence in sentences)
    for sentence, doc in zip(sentences, nlp.pipe(texts, disable=own), strict=True):
        by_start = {token.idx: token for token in doc}
        for predicate in sentence["predicates"]:
            token = by_start.get(predicate["start"])
            yield predicate.get("modality"), reader_class(token) if token is not None else None


def score_qasrl_modality(sentences: list[dict[str, Any]]) -> dict[str, Any]:
    """The reader's figures on the QA-SRL ``sentences`` (see ``score_modality``)."""
    return score_modality(modality_pairs(sentences))


def modality_lines(figures: dict[str, Any]) -> list[str]:
    """The figure and its confusion table (rows: the questions; columns: the reader).

    >>> lines = modality_lines(score_modality([("asserted", "asserted"), ("wished", "planned")]))
    >>> lines[0].split(":")[1].strip()[:20]
    'agreement 0.50 (1/2)'
    """
    lines = [
        f"modality reader on every predicate (questions' class where they agree): "
        f"agreement {figures['agreement']:.2f} ({figures['agree']}/{figures['classed']}); "
        f"done / not done / negated {figures['done_agreement']:.2f} "
        f"({figures['done_agree']}/{figures['classed']}); "
        f"{figures['predicates'] - figures['classed'] - figures['unaligned']} predicates "
        f"unclassed, {figures['unaligned']} not aligned",
        "  questions \\ reader " + " ".join(f"{name:>11}" for name in CLASSES),
    ]
    confusion = figures["confusion"]
    for gold in CLASSES:
        counts = [confusion.get(f"{gold} -> {found}", 0) for found in CLASSES]
        lines.append(f"  {gold:<18} " + " ".join(f"{count:>11}" for count in counts))
    return lines
