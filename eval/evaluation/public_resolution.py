"""How newsgraph resolves GUM's unnamed mentions (pronouns, descriptions) to named entities.

GUM puts "he", "the company", "the minister" in the same coreference chain as the name they
stand for. For every such mention whose chain also holds a named mention that newsgraph found,
the mention's head is handed to the argument resolver (``extract.relations.arguments``: the
same code that picks an act's subject or object) and the verdict is

* ``right``: it resolves to the entity (or one of the entities) found on the chain's names;
* ``wrong``: it resolves only to other entities;
* ``unresolved``: it resolves to nothing.

Pronouns are the third-person ones newsgraph reads (``WORDS`` pronoun lists); first and second
person ("we", "you") stand for speakers inside quotations and are left out. Everything else
unnamed is a description. The figures are a measurement: no rule is chosen by reading GUM's
sentences.

>>> score_resolution([("pronoun", "right"), ("pronoun", "wrong"), ("description", "right")])[
...     "pronoun"]["precision"]
0.5
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from evaluation.public_scoring import ACTOR_TYPES
from extract.article_context import ARTICLE_EXTENSION
from extract.components import MENTIONS_EXTENSION
from extract.relations.arguments import resolve_argument
from extract.relations.doc_context import DocContext
from extract.types import Article
from extract.vocabulary.word_lists import WORDS

VERDICTS = ("right", "wrong", "unresolved")
KINDS = ("pronoun", "description")


@dataclass(frozen=True)
class ResolutionCase:
    """One unnamed GUM mention and what newsgraph resolved it to."""

    document: str
    head: str
    text: str
    kind: str
    verdict: str
    resolved: tuple[str, ...]
    expected: tuple[str, ...]


def resolution_verdict(resolved: Iterable[str], expected: Iterable[str]) -> str:
    """``right``, ``wrong`` or ``unresolved``: the keys resolved against the keys of the
    chain's named mentions.

    >>> resolution_verdict(["person/a"], ["person/a"]), resolution_verdict([], ["person/a"])
    ('right', 'unresolved')
    >>> resolution_verdict(["person/b"], ["person/a"])
    'wrong'
    """
    found = set(resolved)
    if not found:
        return "unresolved"
    return "right" if found & set(expected) else "wrong"


def mention_kind(head: Token) -> str | None:
    """``pronoun`` for a third-person pronoun newsgraph reads, ``description`` for any other
    unnamed head, None for a first- or second-person pronoun.

    >>> import spacy
    >>> doc = spacy.blank("en")("he we ministry")
    >>> [mention_kind(t) for t in doc]
    ['pronoun', None, 'description']
    >>> [mention_kind(t) for t in spacy.blank("en")("they us")]
    ['pronoun', None]
    """
    lower = head.lower_
    if lower in _FIRST_SECOND:
        return None
    third = WORDS.male_pronouns | WORDS.female_pronouns | WORDS.plural_pronouns
    if lower in third | WORDS.neuter_pronouns:
        return "pronoun"
    return None if head.pos_ == "PRON" else "description"


_FIRST_SECOND = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
    | {"you", "your", "yours", "yourself", "yourselves"}
)


def score_resolution(cases: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Per kind of mention, the count of each verdict, precision (right of resolved) and recall
    (right of all).

    >>> figures = score_resolution([("description", "right"), ("description", "unresolved")])
    >>> figures["description"]["right"], figures["description"]["recall"]
    (1, 0.5)
    """
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for kind, verdict in cases:
        counts.setdefault(kind, Counter())[verdict] += 1
    figures: dict[str, Any] = {}
    for kind, counted in counts.items():
        total = sum(counted.values())
        resolved = counted["right"] + counted["wrong"]
        figures[kind] = {
            "mentions": total,
            **{verdict: counted[verdict] for verdict in VERDICTS},
            "precision": round(counted["right"] / resolved, 4) if resolved else 0.0,
            "recall": round(counted["right"] / total, 4) if total else 0.0,
        }
    return figures


def _head_token(doc: Doc, mention: dict[str, Any]) -> Token | None:
    span = doc.char_span(mention["head_start"], mention["head_end"], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _document_cases(document: dict[str, Any], doc: Doc) -> list[ResolutionCase]:
    ctx = DocContext(doc, list(doc._.get(MENTIONS_EXTENSION) or []))
    named_keys: dict[str, set[str]] = {}
    # Only GUM's person, organisation and place chains, as for typing and coreference: the
    # event, abstract and object mentions the file also holds are read by the events figure.
    actor_mentions = [m for m in document["mentions"] if m["type"] in ACTOR_TYPES]
    for mention in actor_mentions:
        head = _head_token(doc, mention)
        found = ctx.by_token.get(head.i) if head is not None else None
        if mention["named"] and found is not None:
            named_keys.setdefault(mention["chain"], set()).add(found.key)
    cases = []
    for mention in actor_mentions:
        expected = named_keys.get(mention["chain"])
        head = _head_token(doc, mention)
        if mention["named"] or not expected or head is None:
            continue
        kind = mention_kind(head)
        if kind is None:
            continue
        resolved = tuple(sorted({m.key for m in resolve_argument(ctx, head)}))
        cases.append(
            ResolutionCase(
                document=document["id"],
                head=head.text,
                text=doc[head.sent.start : head.sent.end].text,
                kind=kind,
                verdict=resolution_verdict(resolved, expected),
                resolved=resolved,
                expected=tuple(sorted(expected)),
            )
        )
    return cases


def gum_resolution_cases(nlp: Language, documents: list[dict[str, Any]]) -> list[ResolutionCase]:
    """Parse the GUM ``documents`` with ``nlp`` (newsgraph's pipeline, stopped before the result
    is assembled so each Doc keeps its resolved mentions) and judge each unnamed mention of a
    named chain."""
    docs = []
    for document in documents:
        doc = nlp.make_doc(document["text"])
        # The article's date is read by coreference (dates of occasions), as in a real run.
        article = Article(id=document["id"], text=document["text"], date=document.get("date"))
        doc._.set(ARTICLE_EXTENSION, article)
        docs.append(doc)
    with nlp.select_pipes(disable=["newsgraph_result"]):
        parsed = list(nlp.pipe(docs))
    return [
        case
        for document, doc in zip(documents, parsed, strict=True)
        for case in _document_cases(document, doc)
    ]
