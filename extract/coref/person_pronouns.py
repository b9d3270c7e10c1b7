"""He and she across sentences: the person a third-person singular pronoun stands for.

News keeps its topic in the subject ("Clark held discussions with Baker and Mitchell.
Yesterday, he held talks with ..." is Clark, not the last name read), and a pronoun agrees in
gender with what it stands for. The rules, for a "he"/"she" that no rule of its own clause
resolved (the speaker of what it says, the subject of its clause):

1. **Gender**: a person is a woman or a man when one of their mentions in the article carries
   a word that says so, a courtesy title or a gendered title before the name or in the role
   ("Mrs Thatcher", "spokeswoman Ann Lee", ``WORDS.female_person_words`` and
   ``WORDS.male_person_words``), or when their full name opens with a given name that tells
   it (``extract.vocabulary.given_names``: "Margaret Thatcher"); a pronoun never stands for a
   person of the other gender, and a person of unknown gender (or of both) fits either.
2. **Salience**: a subject pronoun with no fitting person named before it in its sentence
   (outside what it quotes) is the subject of the nearest of the sentences before (up to
   ``_REACH``) whose subject is a fitting person: named, named in apposition ("the head of the
   union, Edmond Maire"), or itself a pronoun of the same gender resolved in turn, so "Clark
   met Baker. He said ... He added ..." stays with Clark. Sentences about things ("The talks
   ended.") or about a person of the other gender are passed over; a subject pronoun of the
   other gender, or a person noun that names nobody ("The aide said ..."), ends the search.
3. **Recency**: otherwise the latest fitting person named before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.given_names import given_name_gender
from extract.vocabulary.word_lists import WORDS

if TYPE_CHECKING:  # the argument resolver imports this module
    from extract.relations.doc_context import DocContext

#: How many sentences back a subject pronoun looks for the person its sentence is about.
_REACH = 3
#: Gender words are read this many tokens before a name ("Mrs.", "Ms", "spokeswoman").
_TITLE_WINDOW = 2


def pronoun_gender(pronoun: Token) -> str | None:
    """ "female", "male", or None for any other word.

    >>> import spacy
    >>> doc = spacy.blank("en")("She met him and it")
    >>> [pronoun_gender(t) for t in doc]
    ['female', None, 'male', None, None]
    """
    lower = pronoun.lower_
    if lower in WORDS.female_pronouns:
        return "female"
    return "male" if lower in WORDS.male_pronouns else None


def _word_gender(word: str) -> str | None:
    word = word.lower().rstrip(".")
    if word in WORDS.female_person_words:
        return "female"
    return "male" if word in WORDS.male_person_words else None


def person_genders(ctx: DocContext) -> dict[str, str | None]:
    """The gender the article gives each person key: from the words before and inside their
    mentions and their role, None when it says nothing or says both. Read once per article."""
    if ctx.genders is not None:
        return ctx.genders
    said: dict[str, set[str]] = {}
    doc = ctx.doc
    for mention in ctx.mentions:
        if mention.type is not EntityType.PERSON:
            continue
        words = [t.text for t in doc[max(mention.start - _TITLE_WINDOW, 0) : mention.end]]
        words += (mention.role or "").split()
        found = {g for g in map(_word_gender, words) if g is not None}
        given = mention.name.split()
        if len(given) > 1 and (gender := given_name_gender(given[0])) is not None:
            found.add(gender)
        said.setdefault(mention.key, set()).update(found)
    ctx.genders = {key: next(iter(g)) if len(g) == 1 else None for key, g in said.items()}
    return ctx.genders


def _fits(ctx: DocContext, mention: ActorMention, gender: str) -> bool:
    return person_genders(ctx).get(mention.key) in (None, gender)


def _quoted_by(pronoun: Token) -> set[int]:
    """The tokens of what a speaking pronoun says ("'The Bank backs the plan,' he said")."""
    if pronoun.head.lemma_.lower() not in WORDS.speech_lemmas:
        return set()
    return {t.i for c in pronoun.head.children if c.dep_ == "ccomp" for t in c.subtree}


def _sentence_subject(ctx: DocContext, sentence: Span) -> list[Token]:
    # Imported here: the antecedent helpers import the argument resolver's modules.
    from extract.relations.antecedents import subject_tokens

    root = sentence.root
    if root.pos_ == "NOUN":
        # The small model makes the subject noun the root when a long apposition splits it
        # from its verb ("the head of the union, Edmond Maire, meeting with Chirac, renewed").
        return [root]
    if root.pos_ not in ("VERB", "AUX"):
        return []  # a fragment the small model cut off (a list after "Sens.") has no subject
    return subject_tokens(root)


def _subject_person(
    ctx: DocContext, sentence: Span, gender: str
) -> tuple[ActorMention | None, bool]:
    """The fitting person a sentence's main subject names (a name, or a noun with a name in
    apposition), or the person a subject pronoun of the same gender there stands for; and
    whether the search stops at this sentence: it does at a fitting person, at a subject
    pronoun of the other gender and at a person noun naming nobody (the sentence is about
    someone else)."""
    for subject in _sentence_subject(ctx, sentence):
        if subject.pos_ == "PRON":
            other = pronoun_gender(subject)
            if other == gender:
                return personal_antecedent(ctx, subject), True
            if other is not None:
                return None, True
            continue
        people = [m for m in _named_subject(ctx, subject) if m.type is EntityType.PERSON]
        fitting = [m for m in people if _fits(ctx, m, gender)]
        if fitting:
            return fitting[0], True
        if not people and _names_someone(subject):
            return None, True  # "the aide said": the sentence is about someone not named
    return None, False


def _names_someone(noun: Token) -> bool:
    """ "the aide", "an official", "the minister": a noun that can only stand for a person."""
    lemma = noun.lemma_.lower()
    return lemma in WORDS.person_nouns | WORDS.spokesman_nouns | WORDS.role_heads


def _named_subject(ctx: DocContext, subject: Token) -> list[ActorMention]:
    """The actors a subject names: its own mention, else the names in apposition to it ("the
    head of the union, Edmond Maire")."""
    mention = ctx.by_token.get(subject.i)
    if mention is not None:
        return [mention]
    return [
        ctx.by_token[c.i] for c in subject.children if c.dep_ == "appos" and c.i in ctx.by_token
    ]


def personal_antecedent(ctx: DocContext, pronoun: Token) -> ActorMention | None:
    """The person "he"/"she" (any case) stands for by salience and gender, None when no
    fitting person is named before it. Answers are kept per token (``ctx.pronouns``): a chain
    of subject pronouns is walked once."""
    gender = pronoun_gender(pronoun)
    if gender is None:
        return None
    if pronoun.i in ctx.pronouns:
        return ctx.pronouns[pronoun.i]
    ctx.pronouns[pronoun.i] = None  # a pronoun never stands for itself
    earlier = [m for m in ctx.before(pronoun.i, EntityType.PERSON) if _fits(ctx, m, gender)]
    found: ActorMention | None = None
    if earlier and pronoun.dep_ in ("nsubj", "nsubjpass"):
        sentence = pronoun.sent
        quoted = _quoted_by(pronoun)
        if not any(m.start >= sentence.start and m.start not in quoted for m in earlier):
            for before in ctx.sentences_before(sentence, _REACH):
                found, stop = _subject_person(ctx, before, gender)
                if stop:
                    break
    found = found or (earlier[0] if earlier else None)
    ctx.pronouns[pronoun.i] = found
    return found
