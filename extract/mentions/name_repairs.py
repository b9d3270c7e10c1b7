"""Repairs of the small model's person, place and organisation spans, each a general rule.

``find_mentions`` calls these after reading spaCy's entities:

1. **Truncated names** (``extend_person``): a person span followed right away by a capitalised
   proper noun it modifies is one name: "Lee Hsien" + "Loong" is Lee Hsien Loong.
2. **Named places** (``is_named_place``): a "person" or "organisation" that is the first word
   of a lower-case place noun is a place: "the Capella hotel", "the Ritz hotel".
3. **Conjoined names** (``conjoined_people``): an untagged run of capitalised proper nouns
   joined by "and" to a person is a person too, after its title: "Alexander Zakharchenko and
   Igor Plotnitsky", "Tony Blair and Irish Taoiseach Bertie Ahern". A name between two people
   of one list is a person even when the model tagged it an organisation ("Nikos Dendias, Nikos
   Christodoulides and Jean-Yves Le Drian").
4. **Organisations in titles** (``title_organisations``): capitalised words right before a role
   word of a person's title that name no country are the organisation the title belongs to:
   "SDLP leader John Hume", "Ulster Unionist leader David Trimble"; not a rank ("Treasury
   Assistant Secretary") nor the common words of a minister's portfolio ("Information
   Minister"). A party adjective
   (``WORDS.party_adjectives``: "Republican candidate Donald Trump", "Republican senators") names
   its party.
5. **Run-in organisations** (``after_inner_article``): an organisation span with an article
   inside it that no preposition or conjunction introduces ran into the words before it:
   "According to [Rathbun the Scientology] property" names Scientology.
6. **Legislatures** (``legislatures``): a country adjective before a legislature noun is an
   organisation of that country: "the Russian parliament", "the Iranian parliament".
"""

from __future__ import annotations

from functools import cache

import pycountry
from spacy.tokens import Doc, Span, Token

from extract.doc_words import doc_words
from extract.labels import NAME_POS, NOT_ORGANISATION_LABELS
from extract.mentions.mention import ActorMention
from extract.mentions.portfolios import names_a_portfolio
from extract.types import EntityType
from extract.vocabulary.countries import match_country
from extract.vocabulary.word_lists import WORDS

#: Words after which an article stays inside a name: "Bank of the West", "Pirates and the Sea".
_LINKING_WORDS = frozenset({"of", "for", "and", "on", "in", "at", "to", "de"})


def extend_person(doc: Doc, start: int, end: int) -> int:
    """New end of a person span ``[start, end)`` taking in a truncated last name."""
    while end < len(doc):
        token = doc[end]
        last = doc[end - 1]
        untagged_name = token.pos_ == "PROPN" and token.is_title and not token.ent_type_
        if not (untagged_name and last.whitespace_ and last.head.i == token.i):
            break
        end += 1
    return end


def after_inner_article(span: Span) -> Span:
    """The organisation span from its last article that no preposition or conjunction
    introduces ("Rathbun the Scientology" → "Scientology"); the span itself when there is none
    ("Church of the Latter-day Saints", "Bank for the Accounts").

    >>> import spacy
    >>> doc = spacy.blank("en")("According to Rathbun the Scientology property , Bank of the West")
    >>> after_inner_article(doc[2:5]).text, after_inner_article(doc[7:11]).text
    ('Scientology', 'Bank of the West')
    """
    start = span.start
    for token in span[1:-1]:
        before = token.doc[token.i - 1]
        if token.lower_ in WORDS.articles and not (
            before.lower_ in _LINKING_WORDS or before.text == "&"
        ):
            start = token.i + 1
    return span.doc[start : span.end]


def is_named_place(span: Span) -> bool:
    """Whether a "person" span is the name of a place noun right after it ("Capella hotel")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return bool(
        after is not None and after.lower_ in WORDS.place_nouns and span.root.head.i == after.i
    )


def named_place(span: Span) -> ActorMention:
    """The place a "person" span names with the place noun after it: "Capella hotel"."""
    end = span.end + 1
    name = span.doc[span.start : end].text
    return ActorMention(span.start, end, EntityType.PLACE, name)


def conjoined_people(doc: Doc, people: list[ActorMention], taken: set[int]) -> list[ActorMention]:
    """Untagged names joined by "and" to a person named in the text (rule 3); a name the model
    tagged as an organisation counts too when the list goes on to another person after it."""
    found = []
    person_ends = {person.end - 1 for person in people}
    for person in people:
        root = doc[person.end - 1]
        for other in root.conjuncts:
            if other.i in taken or other.i < root.i:
                continue
            # "Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian": a name between two
            # people in one list is a person whatever the model tagged it.
            # "International Monetary Fund managing director Michel Camdessus": a name that runs
            # on into a title is the title's organisation, so the name must end its list item.
            ends_item = other.i + 1 >= len(doc) or doc[other.i + 1].pos_ in ("PUNCT", "CCONJ")
            between_people = ends_item and any(
                c.i > other.i and c.i in person_ends for c in root.conjuncts
            )
            run = _name_run(doc, other, taken, organisation_tag_allowed=between_people)
            if run is not None:
                found.append(
                    ActorMention(run[0], run[1], EntityType.PERSON, doc[run[0] : run[1]].text)
                )
    return found


def _name_run(
    doc: Doc, last: Token, taken: set[int], organisation_tag_allowed: bool = False
) -> tuple[int, int] | None:
    """The capitalised, untagged proper-noun run ending at ``last``, without title words; with
    ``organisation_tag_allowed``, words inside one ORG entity count as untagged."""

    def untagged(token: Token) -> bool:
        if not token.ent_type_:
            return True
        return organisation_tag_allowed and token.ent_type_ == "ORG"

    if last.pos_ != "PROPN" or not last.is_title or not untagged(last):
        return None
    start = last.i
    while start - 1 >= 0 and start - 1 not in taken:
        before = doc[start - 1]
        is_name = before.pos_ == "PROPN" and before.is_title and untagged(before)
        if not is_name or _is_title_word(before) or match_country(before.text):
            break
        start -= 1
    if last.i + 1 - start < 2:
        return None  # a lone capitalised word is too weak to be a person
    return start, last.i + 1


def _is_title_word(token: Token) -> bool:
    lower = token.lower_
    return (
        lower in WORDS.role_heads or lower in WORDS.role_modifiers or lower in WORDS.office_titles
    )


def title_organisations(
    doc: Doc, people: list[ActorMention], taken: set[int]
) -> list[ActorMention]:
    """Organisations named in people's titles (rule 4), as new mentions."""
    found = []
    # "Treasury Assistant Secretary": a rank is a word of the title, not an organisation.
    title_words = WORDS.role_heads | WORDS.role_modifiers | WORDS.office_ranks
    for person in people:
        i = person.start - 1
        while i >= 0 and doc[i].lower_ in title_words and i not in taken:
            i -= 1
        if i == person.start - 1:
            continue  # no role word right before the name
        end = i + 1
        while i >= 0 and i not in taken and _may_name_organisation(doc[i]):
            i -= 1
        start = i + 1
        if start == end or names_a_portfolio(doc[start:end], doc[person.start - 1]):
            continue
        words = doc[start:end].text
        if end - start == 1 and looks_like_demonym(words):
            continue  # "Ugandan President": a demonym our country table lacks, no organisation
        other_party = _other_party(doc[start]) if words in WORDS.party_adjectives else None
        if other_party is not None:
            found.append(other_party)  # "Christian Democrat leader Franz Josef Strauss"
            continue
        name = WORDS.party_adjectives.get(words, words)
        found.append(ActorMention(start, end, EntityType.ORGANIZATION, name))
    return found


@cache
def _country_stems() -> frozenset[str]:
    names = [getattr(c, "common_name", None) or c.name for c in pycountry.countries]
    return frozenset(name[:4].lower() for name in names if " " not in name and len(name) >= 4)


def looks_like_demonym(word: str) -> bool:
    """Whether a capitalised word reads like a country's demonym ("Ugandan", "Peruvian"):
    it shares its first four letters with a one-word country name and ends like a demonym.

    >>> looks_like_demonym("Ugandan"), looks_like_demonym("Plaid")
    (True, False)
    """
    lower = word.lower()
    endings = ("an", "ian", "ese", "ish", "i", "ic")
    if word.isupper() or word in WORDS.party_adjectives or not lower.endswith(endings):
        return False
    return lower[:4] in _country_stems()


_PARTY_WORD_DEPS = frozenset(
    {"amod", "compound", "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}
)


def party_mentions(doc: Doc, taken: set[int]) -> list[ActorMention]:
    """Party adjectives before a noun of people: "Republican senators", "Democrats said"; party
    nouns in an apposition: "X, ranking Democrat on the committee". A party word after one of
    ``WORDS.party_name_modifiers`` names another party: "the Christian Democrats"."""
    found = []
    for i in doc_words(doc).positions(WORDS.party_adjectives.keys(), lower=False):
        token = doc[i]
        if i in taken:
            continue
        other_party = _other_party(token)
        if other_party is not None:
            found.append(other_party)
        elif token.dep_ in _PARTY_WORD_DEPS:
            found.append(
                ActorMention(
                    token.i,
                    token.i + 1,
                    EntityType.ORGANIZATION,
                    WORDS.party_adjectives[token.text],
                )
            )
    return found


def _other_party(token: Token) -> ActorMention | None:
    """ "the Social Democrats", "Christian Democrat leader": a party word after a capitalised
    modifier of ``WORDS.party_name_modifiers`` names that party, in the plural ("Christian
    Democrats" for "Christian Democrat" and "Christian Democratic" alike), not the US one."""
    if token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if not before.is_title or before.lower_ not in WORDS.party_name_modifiers:
        return None
    stem = token.text.removesuffix("s")
    stem = stem.removesuffix("ic") if stem.endswith("atic") else stem  # "Democratic"
    name = f"{before.text} {stem}s"
    return ActorMention(before.i, token.i + 1, EntityType.ORGANIZATION, name)


def _may_name_organisation(token: Token) -> bool:
    text = token.text
    capitalised = text[:1].isupper() and token.pos_ in NAME_POS
    if not capitalised or token.ent_type_ in NOT_ORGANISATION_LABELS:
        return False
    if token.ent_type_ == "NORP" and text not in WORDS.party_adjectives:
        return False  # a demonym our country table lacks is no organisation
    return not match_country(text) and not _is_title_word(token)


def legislatures(doc: Doc, taken: set[int]) -> list[ActorMention]:
    """ "the Russian parliament" → an organisation "Russian parliament" (rule 5)."""
    found = []
    for i in doc_words(doc).positions(WORDS.legislature_nouns):
        if i in taken or i == 0:
            continue
        token, before = doc[i], doc[i - 1]
        match = match_country(before.text)
        if match and before.dep_ in ("amod", "compound") and before.head.i == token.i:
            mention = ActorMention(
                before.i, token.i + 1, EntityType.ORGANIZATION, f"{before.text} {token.text}"
            )
            mention.affiliations.append(match.code)
            found.append(mention)
    return found


def is_name_particle(token: Token, ent: Span) -> bool:
    """ "al" in "Bashar al-Assad", "von" in "Ursula von der Leyen": a lower-case particle inside
    the name, followed within the entity by a capitalised part or a particle.

    >>> import spacy
    >>> doc = spacy.blank("en")("Bashar al-Assad spoke")
    >>> [t.text for t in doc if is_name_particle(t, doc[0:4])]
    ['al']
    """
    if token.lower_ not in WORDS.name_particles or token.i + 1 >= ent.end:
        return False
    after = ent.doc[token.i + 1]
    if after.text == "-" and not token.whitespace_:
        return token.i + 2 < ent.end and ent.doc[token.i + 2].text[:1].isupper()
    return after.text[:1].isupper() or after.lower_ in WORDS.name_particles


def numbered_part(last: Token) -> bool:
    """Whether the name ends where an Arabic numeral follows it ("Articles 2 and 3", "Resolution
    242", "Chapter 11"): English personal names take no such number (a regnal numeral is
    Roman), so the words are a numbered part of a text, a resolution or a flight.

    >>> import spacy
    >>> doc = spacy.blank("en")("to change Articles 2 and 3")
    >>> numbered_part(doc[2]), numbered_part(doc[1])
    (True, False)
    """
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return following is not None and following.text.isdigit()
