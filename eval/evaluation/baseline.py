"""A naive baseline extractor: what an afternoon with spaCy gives, to compare newsgraph against.

* entities: spaCy's named entities, keyed by their lower-cased text (no resolution at all:
  "Lavrov" and "Sergei Lavrov" are two entities, so are "Russia" and "Russian");
* relations: plain subject–verb–object over the dependency parse: a verb whose ``nsubj`` and
  ``dobj`` both fall inside entities; the predicate is the verb lemma mapped through the
  trigger file when the lemma is listed there, else the bare lemma with no CAMEO code.

It has no negation, no passives, no prepositional objects, no coreference and no nominal
triggers: exactly the peer the issue asks us to beat. It shares only the model and the trigger
file with the real pipeline.

>>> from extract.types import Article
>>> [r] = extract_baseline([Article(id="a", text="Russia accused Spain.")])
>>> [(x.subject, x.predicate, x.object) for x in r.relations]
[('country/russia', 'accused', 'country/spain')]
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.pipeline import MODEL_NAME
from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Mention, Relation

# The obvious mapping a first script would use: every GPE and NORP is taken as a country.
LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": EntityType.PERSON,
    "GPE": EntityType.COUNTRY,
    "NORP": EntityType.COUNTRY,
    "ORG": EntityType.ORGANIZATION,
    "LAW": EntityType.AGREEMENT,
    "EVENT": EntityType.EVENT,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
}


@cache
def load_baseline_model(model: str = MODEL_NAME) -> Language:
    """The plain spaCy model, without newsgraph's components."""
    return spacy.load(model)


@cache
def verb_predicates() -> dict[str, tuple[str, str]]:
    """Single-word verb triggers of ``extract/data/triggers.tsv``: lemma → (predicate, cameo)."""
    source = resources.files("extract").joinpath("data/triggers.tsv")
    lines = [
        line
        for line in source.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    table: dict[str, tuple[str, str]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        trigger = (row.get("trigger") or "").strip().lower()
        if row.get("pos", "").strip() == "verb" and " " not in trigger:
            table.setdefault(trigger, (row["predicate"].strip(), row["cameo"].strip()))
    return table


def _entity_key(span: Span) -> str:
    return f"{LABEL_TYPES[span.label_].value.lower()}/{span.text.lower()}"


def _entity_of(token: Token, spans: dict[int, Span]) -> Span | None:
    return spans.get(token.i)


def _result(article: Article, doc: Doc) -> ArticleResult:
    kept = [span for span in doc.ents if span.label_ in LABEL_TYPES]
    by_token = {i: span for span in kept for i in range(span.start, span.end)}
    entities: dict[str, Entity] = {}
    for span in kept:
        key = _entity_key(span)
        mention = Mention(span.text, span.start_char, span.end_char, span.sent.text)
        if key in entities:
            old = entities[key]
            entities[key] = Entity(key, old.label, old.type, old.aliases, (*old.mentions, mention))
        else:
            entities[key] = Entity(
                key, span.text, LABEL_TYPES[span.label_], (span.text,), (mention,)
            )
    predicates = verb_predicates()
    relations = []
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for subject in subjects:
            for obj in objects:
                source, target = _entity_of(subject, by_token), _entity_of(obj, by_token)
                if source is None or target is None:
                    continue
                predicate, cameo = predicates.get(verb.lemma_.lower(), (verb.lemma_.lower(), ""))
                evidence = Evidence(
                    article.id,
                    verb.sent.text,
                    verb.sent.start_char,
                    verb.sent.end_char,
                    article.date,
                    verb.text,
                )
                relations.append(
                    Relation(
                        _entity_key(source), predicate, _entity_key(target), cameo, False, evidence
                    )
                )
    return ArticleResult(article, tuple(entities.values()), tuple(relations))


def extract_baseline(
    articles: Iterable[Article], *, batch_size: int = 32, nlp: Language | None = None
) -> Iterator[ArticleResult]:
    """Run the naive baseline over articles, one result per article in order."""
    nlp = nlp or load_baseline_model()
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield _result(article, doc)
