"""A name the article has given a body or a place, written again where the model saw no name.

The small model tags a name by its context, so the same name is an entity in one sentence and
plain words in the next: "Scientology" is an organisation as the subject of "is waging" and
untagged in "Scientology officials", "a member of Scientology"; "Environment Canada" is an
organisation once and then only "Canada", a country. Within one article the same capitalised
words name the same thing, so every untagged repeat of an organisation's or a place's name is
a mention of it, of the same type (people's surnames are read by ``find``'s surname repair),
and a repeat of a longer organisation name takes its words from a country or place read
inside it.

A repeat that runs on into other capitalised words ("Google Science Fair") is part of a longer
name and is left alone, and so is a lone word English also writes in lower case at the start of
a sentence ("Community" of "the European Community", opening a sentence) or a repeat in a
sentence written in capitals (a wire headline).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from extract.doc_words import doc_words
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.common_words import is_common_word
from extract.vocabulary.word_lists import WORDS

_REPEATED_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.PLACE})
#: What the model reads inside a longer name it did not tag ("Canada" of "Environment Canada").
_INNER_TYPES = frozenset({EntityType.COUNTRY, EntityType.PLACE})


def repeated_names(doc: Doc, mentions: list[ActorMention], taken: set[int]) -> list[ActorMention]:
    """Mentions of the untagged repeats of organisation and place names already found.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Scientology is a church. Critics of Scientology met.")
    >>> found = [ActorMention(0, 1, EntityType.ORGANIZATION, "Scientology")]
    >>> [(m.start, m.name) for m in repeated_names(doc, found, {0})]
    [(7, 'Scientology')]
    """
    names = _names_by_type(doc, mentions)
    if not names:
        return []
    words_of = doc_words(doc)
    found = []
    capitals = _CapitalSentences(doc)
    claimed: set[int] = set()  # two names may start alike: the first that fits keeps the words
    for words, model in names.items():
        width = len(words)
        for start in words_of.positions({words[0]}, lower=False):
            end = start + width
            if tuple(words_of.texts[start:end]) != words or any(
                i in claimed for i in range(start, end)
            ):
                continue
            longer = width > 1 and model.type is EntityType.ORGANIZATION
            inner = _places_inside(mentions, start, end) if longer else None
            if inner is None and any(i in taken for i in range(start, end)):
                continue
            if _runs_on(doc, start, end) or _lower_case_word(doc[start], width, capitals):
                continue
            for place in inner or ():  # "Environment Canada": not the country inside it
                mentions.remove(place)
                taken.difference_update(range(place.start, place.end))
            claimed.update(range(start, end))
            found.append(ActorMention(start, end, model.type, model.name, head=model.head))
    return found


def _places_inside(mentions: list[ActorMention], start: int, end: int) -> list[ActorMention] | None:
    """The country and place mentions a repeat ``[start, end)`` of a longer name holds, when
    every mention it touches is one ("Canada" in a repeat of "Environment Canada"); else None."""
    touched = [m for m in mentions if m.start < end and m.end > start]
    inside = all(start <= m.start and m.end <= end and m.type in _INNER_TYPES for m in touched)
    return touched if touched and inside else None


def _names_by_type(doc: Doc, mentions: list[ActorMention]) -> dict[tuple[str, ...], ActorMention]:
    """The organisation and place names of the mentions, each with a mention of the type most
    of its mentions have; a name typed as often one way as the other is left out, so repeats
    never tip the vote that gives a name one type (``extract.coref.one_type``)."""
    votes: dict[tuple[str, ...], Counter[EntityType]] = {}
    models: dict[tuple[str, ...], dict[EntityType, ActorMention]] = {}
    for mention in mentions:
        if mention.type in _REPEATED_TYPES:
            words = _name_words(doc, mention)
            if words and words[0][:1].isupper() and not any(w.isdigit() for w in words):
                votes.setdefault(words, Counter())[mention.type] += 1
                models.setdefault(words, {}).setdefault(mention.type, mention)
    names = {}
    for words, count in votes.items():
        ranked = count.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            names[words] = models[words][ranked[0][0]]
    return names


def _name_words(doc: Doc, mention: ActorMention) -> tuple[str, ...]:
    """The words of the mention's name as written, without a leading article or "'s"."""
    tokens = list(mention.span(doc))
    while tokens and tokens[-1].tag_ == "POS":
        tokens.pop()
    while tokens and tokens[0].lower_ in WORDS.articles:
        tokens.pop(0)
    return tuple(t.text for t in tokens)


def _runs_on(doc: Doc, start: int, end: int) -> bool:
    """Whether capitalised words go on before or after the span: it is part of a longer name
    (a capitalised word opening the sentence before it does not count)."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return (before is not None and _capitalised(before) and not before.is_sent_start) or (
        after is not None and _capitalised(after)
    )


def _capitalised(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper)


def _lower_case_word(token: Token, width: int, capitals: _CapitalSentences) -> bool:
    """A lone common word opening a sentence, or any repeat in a sentence set in capitals."""
    if width == 1 and token.is_sent_start and is_common_word(token.lower_):
        return True
    return capitals.holds(token.i)


class _CapitalSentences:
    """Which tokens stand in a sentence without a small letter (a wire headline), each sentence
    tested once, on its words' texts (``DocWords.sentence_bounds``: no Token made per word)."""

    def __init__(self, doc: Doc) -> None:
        self.words = doc_words(doc)
        self.answers: dict[int, bool] = {}

    def holds(self, index: int) -> bool:
        """Whether the token at ``index`` is in a sentence written in capitals."""
        start, end = self.words.sentence_bounds[index]
        if start not in self.answers:
            text = "".join(self.words.texts[start:end])
            self.answers[start] = text.upper() == text
        return self.answers[start]
