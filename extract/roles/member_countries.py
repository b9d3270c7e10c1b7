"""The country of a person who holds a post in a country's public body, or of a part of one.

"Jake Garn, ranking Republican on the Senate Banking Committee", "the then head of the CIA
William Casey", "Labour foreign affairs spokesman George Foulkes": the text places the person in
a body, and the body in a country (its name, the dateline, the actor dictionary). A reader takes
the person for that country's, as the title "Senator" or "British MP" would say outright. A
company is another matter: its manager acts for the company, not for the country it is based in.

So a person affiliated with a public body (a state body, ``WORDS.state_body_heads``; a
committee, court, embassy or party, ``WORDS.public_body_heads``; or an actor the dictionary
lists with a state role, ``WORDS.state_role_codes``) whose one country is known, and with no
country of its own, is affiliated with that country too; the edge is ``known`` when the body's
country is. So is a part of such a body (``extract.roles.parent_bodies``): "the House of
Representatives" of "the 116th U.S. Congress" is the United States'.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from extract.mentions.mention import ActorMention
from extract.relations.find import RelationCandidate
from extract.types import EntityType
from extract.vocabulary.known_actors import affiliation_at
from extract.vocabulary.word_lists import WORDS


def member_countries(
    affiliations: Iterable[RelationCandidate], article_date: str | None
) -> Iterator[RelationCandidate]:
    """``affiliated_with`` edges from the people and parts of a public body to its one country.

    >>> from spacy.lang.en import English
    >>> doc = English()("Casey ran the CIA for the United States .")
    >>> casey = ActorMention(0, 1, EntityType.PERSON, "Casey", key="person/casey")
    >>> cia = ActorMention(3, 4, EntityType.ORGANIZATION, "CIA", key="organization/cia")
    >>> us = ActorMention(6, 8, EntityType.COUNTRY, "United States", "US", key="country/US")
    >>> edges = [
    ...     RelationCandidate(casey, "affiliated_with", cia, "", False, None, doc[0]),
    ...     RelationCandidate(cia, "affiliated_with", us, "", False, "known", doc[3]),
    ... ]
    >>> [(c.subject.key, c.object.key, c.modality) for c in member_countries(edges, "1987-03-25")]
    [('person/casey', 'country/US', 'known')]
    """
    edges = [c for c in affiliations if c.predicate == "affiliated_with"]
    body_countries: dict[str, dict[str, RelationCandidate]] = {}
    placed: set[str] = set()
    for edge in edges:
        if edge.object.type is EntityType.COUNTRY:
            placed.add(edge.subject.key)
            if edge.subject.type is EntityType.ORGANIZATION:
                body_countries.setdefault(edge.subject.key, {})[edge.object.key] = edge
    given: set[str] = set()
    for edge in edges:
        member, body = edge.subject, edge.object
        if (
            member.type not in (EntityType.PERSON, EntityType.ORGANIZATION)
            or body.type is not EntityType.ORGANIZATION
            or member.key in placed | given
            or len(body_countries.get(body.key, {})) != 1
            or not _is_public_body(body, article_date)
        ):
            continue
        (country_edge,) = body_countries[body.key].values()
        given.add(member.key)
        yield RelationCandidate(
            member,
            "affiliated_with",
            country_edge.object,
            "",
            False,
            country_edge.modality,
            edge.trigger,
        )


def _is_public_body(body: ActorMention, article_date: str | None) -> bool:
    """A state body, a public body of ``WORDS.public_body_heads``, or a state actor the
    dictionary knows ("CIA"), but never a company or an association."""
    words = body.name.lower().split()
    if words and words[-1] in WORDS.state_body_heads | WORDS.public_body_heads:
        return True
    known = affiliation_at(body.name, article_date)
    return known is not None and known.role[:3].lower() in WORDS.state_role_codes
