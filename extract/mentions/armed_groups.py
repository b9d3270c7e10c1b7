"""Armed non-state groups named without a country: "an Islamic State target", "Boko Haram".

The small model knows few of them: "Islamic State" is an adjective of religion and a common
noun to it, "Boko Haram" a person, "Hezbollah" a place. A capitalised run of words that is the
name of an armed group (``extract.vocabulary.armed_groups``, from PETRARCH2's dictionaries of
militant groups and rebels) names that organisation, provided the model saw a name there: one
of its words carries an actor label (ORG, NORP, PERSON, GPE, LOC, FAC) and none a date, an
event or a work's title ("Black September" the month of 1970 is a date). One word names a
group only when the model tagged exactly that word, and a word of five letters or fewer only
written in capitals ("ISIS", "PKK"; not "Isis" the goddess).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from extract.doc_words import doc_words
from extract.labels import ACTOR_NAME_LABELS
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.armed_groups import is_armed_group, longest_group_words
from extract.vocabulary.word_lists import WORDS

_NAME_LABELS = ACTOR_NAME_LABELS | {"PERSON"}
#: Words that may stand inside a group's name in lower case: "Army of God", "al-Nusra".
_CONNECTORS = frozenset({"of", "the", "and", "for", "in", "al", "-", "'", "'s", "ul", "e", "i"})


def armed_group_mentions(doc: Doc) -> Iterator[ActorMention]:
    """Organisation mentions of the armed groups ``doc`` names, longest name first.

    >>> import spacy
    >>> doc = spacy.blank("en")("An Islamic State target was hit .")
    >>> doc.ents = [Span(doc, 1, 2, "NORP")]
    >>> [(m.name, m.type.value) for m in armed_group_mentions(doc)]
    [('Islamic State', 'Organization')]
    """
    longest = longest_group_words() * 3  # a name's hyphens and quotes are tokens of their own
    texts = doc_words(doc).texts
    start = 0
    while start < len(doc):
        span = _group_at(doc, start, longest) if _capitalised(texts[start]) else None
        if span is None:
            start += 1
            continue
        yield ActorMention(span.start, span.end, EntityType.ORGANIZATION, span.text)
        start = span.end


def _group_at(doc: Doc, start: int, longest: int) -> Span | None:
    """The longest armed group's name that starts at token ``start``, if any."""
    end = start
    while end < len(doc) and end - start < longest:
        text = doc[end].text
        if not (_capitalised(text) or text.lower() in _CONNECTORS):
            break
        end += 1
    for stop in range(end, start, -1):
        span = doc[start:stop]
        if _capitalised(span[-1].text) and _names_group(span):
            return span
    return None


def _names_group(span: Span) -> bool:
    labels = {token.ent_type_ for token in span}
    if not labels & _NAME_LABELS or labels - _NAME_LABELS - {""}:
        return False  # no name the model saw, or a date, an event, a title
    if len(span) == 1:
        token = span[0]
        entities = doc_words(span.doc).entities
        tagged_alone = any(ent.start == token.i and ent.end == token.i + 1 for ent in entities)
        short = len(token.text) <= 5
        if not tagged_alone or (short and not token.text.isupper()):
            return False
    return is_armed_group(span.text)


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text.lower() not in WORDS.articles
