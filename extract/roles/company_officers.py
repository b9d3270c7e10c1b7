"""A company's officers in the company's own story, the company left unsaid.

A wire story about one company opens with it ("Shell Oil Co said first quarter net fell ...")
and then quotes its officers by title alone: "John F. Bookout, president, said", "Chairman
Freddie Heineken said", "X, chairman and chief executive, said". A reader takes them for the
company's. A person the other readers leave without any affiliation, whose title is a company
officer's (``WORDS.company_titles``), belongs to the company the story's first sentence has as
its subject, when that organisation is written as a company (a legal form of
``WORDS.company_forms`` ends its name: "Corp", "Co", "Inc", "NV"). "President" alone counts only
after the name ("X, president, said"): before a name it is a head of state's title.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

_SUBJECTS = ("nsubj", "nsubjpass")


def read_company_officers(doc: Doc, mentions: list[ActorMention]) -> None:
    """Tie each unplaced person with a company officer's title to the story's company.

    >>> import spacy
    >>> read_company_officers(spacy.blank("en")(""), [])
    """
    company = _story_company(doc, mentions)
    if company is None:
        return
    for mention in mentions:
        if mention.type is not EntityType.PERSON or mention.affiliations or mention.organisations:
            continue
        if _holds_company_title(doc, mention):
            mention.organisations.append(company.start)


def _story_company(doc: Doc, mentions: list[ActorMention]) -> ActorMention | None:
    """The company the first sentence has as the subject of its main verb, if any; when that
    verb is one of speech, also of the clause reported ("Deutsche Babcock AG expects profits to
    rise, chairman Helmut Wiehn said"), the subject's phrase counting whole ("Belgian starch
    manufacturer Amylum NV is surprised ..., chairman Pierre Callebaut said")."""
    first = next(iter(doc.sents), None)
    if first is None:
        return None
    subjects = _subject_tokens(first.root)
    for mention in mentions:
        if mention.type is not EntityType.ORGANIZATION or mention.start >= first.end:
            continue
        inside = set(range(mention.start, mention.end))
        last = doc[mention.end - 1].lower_.rstrip(".")
        if inside & subjects and last in WORDS.company_forms:
            return mention
    return None


def _subject_tokens(root: Token) -> set[int]:
    """The subjects of ``root``; for a verb of speech, also the tokens of the subject phrase of
    the clause it reports."""
    subjects = {t.i for t in root.children if t.dep_ in _SUBJECTS}
    if root.lemma_.lower() not in WORDS.speech_lemmas:
        return subjects
    for clause in (c for c in root.children if c.dep_ == "ccomp"):
        for subject in (t for t in clause.children if t.dep_ in _SUBJECTS):
            subjects |= {t.i for t in subject.subtree}
    return subjects


def _holds_company_title(doc: Doc, mention: ActorMention) -> bool:
    """A role of company officers' words only, holding at least one post word."""
    words = {w.lower().strip(".,") for w in (mention.role or "").replace("-", " ").split()}
    if not words or not words <= WORDS.company_titles:
        return False
    before = mention.start > 0 and doc[mention.start - 1].lower_.rstrip(".") in words
    # Words that qualify a post without being one: "managing board chairman", "general manager".
    qualifiers = {"and", "vice", "senior", "executive", "chief", "co", "deputy", "managing"}
    posts = words - qualifiers - {"board", "general"}
    if posts == {"president"} and before and words == {"president"}:
        return False  # "President Reagan": a head of state's title
    return bool(posts)
