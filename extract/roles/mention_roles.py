"""Roles and affiliations of the mentions of one doc, read from the words around each name.

The readers of ``extract.roles`` each know one construction (a title before the name, an
apposition, "of <country>", a possessor, a party word, "its leader"); this runs them in the
order in which an earlier, more direct reading wins over a later one.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.mentions.mention import ActorMention
from extract.roles.company_officers import read_company_officers
from extract.roles.listed_titles import pair_listed_demonyms, share_plural_titles
from extract.roles.named_country import read_organisation_country
from extract.roles.office_bodies import read_office_bodies
from extract.roles.organisation_country import read_organisation_owner, read_person_of_country
from extract.roles.organisation_descriptions import read_described_country
from extract.roles.party_members import read_parties
from extract.roles.possessive_titles import read_possessive_title
from extract.roles.post_phrases import read_post_phrase
from extract.roles.titles import (
    read_appositive_country,
    read_appositive_organisations,
    read_based_country,
    read_title,
)
from extract.types import EntityType
from extract.vocabulary.public_figures import public_figure_country


def read_mention_roles(doc: Doc, mentions: list[ActorMention]) -> None:
    """Roles and affiliations from titles, the public-figure table and appositions, in place.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Toshiki Kaifu of Japan spoke .")
    >>> found = [ActorMention(0, 2, EntityType.PERSON, "Toshiki Kaifu")]
    >>> read_mention_roles(doc, found)
    >>> found[0].affiliations
    ['JP']
    """
    person_tokens = {
        i for m in mentions if m.type is EntityType.PERSON for i in range(m.start, m.end)
    }
    organisation_tokens = {
        i for m in mentions if m.type is EntityType.ORGANIZATION for i in range(m.start, m.end)
    }
    bodies = {
        i: m
        for m in mentions
        if m.type in (EntityType.ORGANIZATION, EntityType.COUNTRY)
        for i in range(m.start, m.end)
    }
    for mention in mentions:
        if mention.type is EntityType.PERSON:
            read_title(doc, mention, person_tokens, organisation_tokens)
            read_appositive_organisations(doc, mention, organisation_tokens)
            read_post_phrase(doc, mention, bodies)  # "A member of the Tunisian Parliament, X"
            read_person_of_country(doc, mention)  # "Manaspas Xuto of Thailand"
            known = public_figure_country(mention.name)
            if known and not mention.affiliations:
                mention.affiliations.append(known)
        elif mention.type is EntityType.ORGANIZATION:
            read_organisation_country(mention)
            read_appositive_country(doc, mention)  # "the IRA, a Russian troll farm"
            read_based_country(doc, mention)  # "Tokyo-based Nippon Oil"
            read_described_country(doc, mention)  # "<Westcoast>, a Canadian gas carrier,"
            read_organisation_owner(doc, mention)  # "Sweden's Ericsson", "Mahan Air of Iran"
    share_plural_titles(doc, mentions)  # "Democratic Sens. A of X, B of Y and C of Z"
    pair_listed_demonyms(doc, mentions)  # "his Greek and French counterparts, A and B"
    read_parties(doc, mentions)  # "Republican Kevin McCarthy", "X, a Democrat,"
    owners = [m for m in mentions if m.type in (EntityType.ORGANIZATION, EntityType.COUNTRY)]
    for mention in mentions:
        if mention.type is EntityType.PERSON:
            read_possessive_title(doc, mention, owners)
    read_company_officers(doc, mentions)  # "John F. Bookout, president, said" in Shell's story
    read_office_bodies(mentions)  # "Finance Minister X" and "the Finance Ministry"
