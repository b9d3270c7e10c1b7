"""Short forms of names within one article: "the Fund", "Chevron", "Yu".

News names a body in full once and then by part of its name. Within one article:

* an organisation named by the last words of exactly one longer organisation name of the
  article is that organisation: "the Fund" after "the International Monetary Fund", "the
  Community" for "the European Community", "the Supreme Court" for "the U.S. Supreme Court";
* an organisation named by the first words of exactly one longer name whose other words only
  complete it (``WORDS.company_forms``, ``WORDS.party_name_words``) is that organisation:
  "Chevron" = "Chevron Corp", "Labour" = "Labour Party"; so is one named by the first words
  of exactly one company written out with its legal form: "Chugoku" = "Chugoku Electric Power
  Co Inc", and so is one named by the words before the "of" or "for" of exactly one longer
  name: "the Church" after "the Church of Scientology";
* a one-word person mention that is the first word of exactly one full name of the article
  whose given name is hyphenated is that person: Chinese and Korean names put the surname
  first ("Premier Yu Kuo-Hua" ... "Yu said"; "Rha Woong-Bae" ... "Rha");
* a one-word person mention, without a title, that opens exactly one full name of the article
  and ends none is that person, called by the given name ("Daniel Montalvo" ... "Daniel"); so
  is a one-word place or organisation mention no gazetteer or country table knows: the small
  model reads a given name it has not seen as a town ("Valeska Paris" ... "Valeska").

* a one-word person mention that no full name of a person explains and that opens exactly
  one longer organisation name of the article is that organisation: the small model takes the
  first word of a company's name for a person ("Mahan Air" ... "Mahan's director").

Two longer names that fit leave the short one alone ("the Commission" in an article naming the
European Commission and the Tower Commission).
"""

from __future__ import annotations

from extract.dates_places.places import candidates
from extract.mentions.keys import entity_key
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.common_words import is_common_word
from extract.vocabulary.countries import match_country
from extract.vocabulary.known_actors import affiliations as known_affiliations
from extract.vocabulary.public_figures import public_figure_country
from extract.vocabulary.word_lists import WORDS

#: Prepositions after which a body's name goes on with what it is of or for.
_NAME_PREPOSITIONS = frozenset({"of", "for"})


def resolve_short_forms(mentions: list[ActorMention]) -> None:
    """Give short organisation names and surname-first short names their full name's key.

    >>> from extract.mentions.mention import ActorMention
    >>> from extract.types import EntityType
    >>> full = ActorMention(0, 3, EntityType.ORGANIZATION, "International Monetary Fund")
    >>> short = ActorMention(9, 10, EntityType.ORGANIZATION, "Fund")
    >>> resolve_short_forms([full, short])
    >>> short.key, short.name
    ('organization/international-monetary-fund', 'International Monetary Fund')
    """
    organisations = [m for m in mentions if m.type is EntityType.ORGANIZATION and not m.key]
    full_names = sorted({m.name for m in organisations if " " in m.name})
    for mention in organisations:
        full = _only(_organisation_fits(mention.name, full_names))
        if full is not None:
            mention.name = full
            mention.key = entity_key(EntityType.ORGANIZATION, full)
    people = [m for m in mentions if m.type is EntityType.PERSON]
    organisation_names = {m.name for m in mentions if m.type is EntityType.ORGANIZATION}
    surname_first = sorted({m.name for m in people if _given_name_hyphenated(m.name)})
    for mention in people:
        if " " in mention.name or mention.key != entity_key(EntityType.PERSON, mention.name):
            continue  # a full name, or a surname rule 1 already joined
        full = _only([n for n in surname_first if n.split()[0] == mention.name])
        full = full or _given_name_of(mention, people, organisation_names)
        if full is not None:
            mention.name = full
            mention.key = entity_key(EntityType.PERSON, full)
    _resolve_given_names_typed_otherwise(mentions, people, organisation_names)
    _resolve_company_openings(mentions, people)


def _resolve_given_names_typed_otherwise(
    mentions: list[ActorMention], people: list[ActorMention], organisation_names: set[str]
) -> None:
    """ "Valeska" typed a place after "Valeska Paris": a one-word place or organisation that
    is no known place or country and that names a person of the article by the given name is
    that person."""
    for mention in mentions:
        if mention.type not in (EntityType.PLACE, EntityType.ORGANIZATION) or mention.key:
            continue
        name = mention.name
        if " " in name or not name.istitle() or match_country(name) or candidates(name):
            continue  # a full name, an acronym ("ICI" beside "ICI Pharma"), a known place
        others = organisation_names - {mention.name}
        full = _given_name_of(mention, people, others)
        if full is not None:
            mention.type, mention.name = EntityType.PERSON, full
            mention.key = entity_key(EntityType.PERSON, full)


def _given_name_of(
    mention: ActorMention, people: list[ActorMention], organisation_names: set[str]
) -> str | None:
    """ "Daniel" after "Daniel Montalvo": a one-word name that opens exactly one full name of
    the article and ends none is that person, called by the given name (news does so with
    people who hold no office, children, victims). A title or a listed figure keeps it apart."""
    if mention.role or public_figure_country(mention.name):
        return None
    if any(name.startswith(mention.name + " ") for name in organisation_names):
        return None  # "Goodyear" beside "Goodyear Aerospace Corp": the company's short form
    full_names = {m.name for m in people if " " in m.name}
    if any(name.split()[-1] == mention.name for name in full_names):
        return None
    full = _only(sorted(n for n in full_names if n.split()[0] == mention.name))
    # "Goodyear Tire" is a company the model took for a person: a name that ends in a word
    # English writes in lower case is no person's full name.
    if full is None or is_common_word(full.split()[-1].lower()):
        return None
    return full


def _resolve_company_openings(mentions: list[ActorMention], people: list[ActorMention]) -> None:
    """ "Mahan" after "Mahan Air": a person mention left to itself that opens exactly one
    longer organisation name becomes that organisation."""
    companies = sorted({m.name for m in mentions if m.type is EntityType.ORGANIZATION})
    for mention in people:
        if " " in mention.name or mention.key != entity_key(EntityType.PERSON, mention.name):
            continue  # a full name ("Andy Warhol" beside "Andy Warhol Foundation"), or joined
        if mention.role or public_figure_country(mention.name) or known_affiliations(mention.name):
            continue  # "President Reagan" beside "the Reagan Administration" is the man
        words = mention.name.split()
        opened = [
            n for n in companies if len(n.split()) > len(words) and n.split()[: len(words)] == words
        ]
        full = _only(opened)
        if full is not None:
            mention.type = EntityType.ORGANIZATION
            mention.name = full
            mention.key = entity_key(EntityType.ORGANIZATION, full)


def _organisation_fits(name: str, full_names: list[str]) -> list[str]:
    words = name.removeprefix("the ").split()
    size = len(words)
    if not words:
        return []
    fits = []
    completions = WORDS.company_forms | WORDS.party_name_words
    for full in full_names:
        other = full.split()
        if len(other) <= size:
            continue
        tail = [w.lower() for w in other[size:]]
        # "Chugoku" after "Chugoku Electric Power Co Inc": a company written out in full with
        # its legal form is named again by the first words of its name.
        company = other[-1].rstrip(".").lower() in WORDS.company_forms
        # "the Church" after "the Church of Scientology": the head noun a body's name opens
        # before its "of" phrase names that body.
        head_of = tail[0] in _NAME_PREPOSITIONS
        if other[-size:] == words or (
            other[:size] == words
            and (company or head_of or all(w.rstrip(".") in completions for w in tail))
        ):
            fits.append(full)
    return fits


def _given_name_hyphenated(name: str) -> bool:
    words = name.split()
    return len(words) == 2 and "-" in words[1] and "-" not in words[0]


def _only(names: list[str]) -> str | None:
    return names[0] if len(names) == 1 else None
