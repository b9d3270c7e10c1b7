"""Denials that name nobody: whom they answer.

"Spanish officials accused Russia ... Lavrov denied that any of the campaigns linked back to the
Kremlin": the denial's clause names no actor, so it answers the accusation made against the
denier before it. ``extract.relations.find`` records each accusation in ``DocContext.accusations``
as it reads the article in order.
"""

from __future__ import annotations

from extract.mentions.mention import ActorMention, country_keys
from extract.relations.doc_context import DocContext


def accuser_answered(ctx: DocContext, deniers: list[ActorMention]) -> list[ActorMention]:
    """ "Lavrov denied that any of the campaigns linked back to the Kremlin": a denial whose
    clause names no actor answers the latest accusation made before it against the denier or
    the denier's country (Spanish officials accused Russia → Spain)."""
    own = {key for d in deniers for key in (d.key, *country_keys(d))}
    for accuser, accused in reversed(ctx.accusations):
        if accused.key in own and accuser.key not in own:
            return [accuser]
    return []
