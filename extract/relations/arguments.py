"""Resolve the subject or object token of a relation to the actors it denotes.

A parse gives a token ("officials", "he", "proposal"); an edge needs entities. The rules, in
the order tried:

1. the token is inside a mention → that mention; a seat of government acting ("Moscow
   denied") stands for its country;
2. a pronoun inside what someone said ("Borrell said he accepts") → the speaker; any other
   he/she → the person the sentences before are about, of its gender, else the latest such
   person (``extract.coref.person_pronouns``); "it" as the object of signing or ratifying →
   the agreement last named; a sentence-opening "they" or a speaking "it" → the subject carried
   from the sentences before (``extract.relations.earlier_subjects``, "the company said" too);
3. a spokesman, aide or official "for"/"to"/"of" someone named ("a spokeswoman for the
   Commission", "an aide to Chirac") → whom they speak for; "the country", "the government"
   → the country last named (``extract.relations.country_descriptions``); a title noun ("the
   minister",
   "Presidents of Russia and the US - Putin and Trump") → the people named inside it, else
   the most recent person whose role has that title;
4. a state noun with a country modifier ("Spanish officials", "U.S. intelligence agencies") →
   the country;
5. a counted party noun ("the two nations", "both countries") → the last two countries named;
6. an allegation noun ("an accusation Moscow denied") → its possessor or "by" agent, else the
   event named in the sentence, else the last accuser;
7. a proposing noun whose "for" phrase or "to impose ..." clause names a measure or agreement
   ("the Commission's proposal to impose a tax") → that thing; a bare "the proposal" → the
   thing last proposed so (``extract.relations.proposals``); else
   a definite noun with the head of an agreement named before ("the statement" after "a joint
   statement"; not the anaphors below) → that agreement; an agreement anaphor ("this
   option", "the proposal", "Lavrov's plan") → its "for"/"on" complement, else the most
   recent agreement (one with a generic head for "the deal"), else its owner ("rejected
   Azerbaijan's proposal" → Azerbaijan);
8. a definite event noun ("the referendum") → the most recent event with that head;
9. a body named after the country leading it ("the Saudi-led coalition") → that country (tried
   before rules 3–8);
10. "the bloc", "the alliance", "the allies" → the organisation last named in this or the
   previous sentence;
11. otherwise the owner of the thing acted on: its possessor or "of" phrase ("attacked
   Ukraine's grid", "the presence of Russian troops"); no possessor or country modifier of
   people or a private body acting on their own account ("Maxwell's sons");
12. an event or agreement noun acted on that none of these resolves ("opposed the tax") → a
   node of its own (``extract.relations.unnamed_nominals``).

Objects of an act (``acted_on``) also resolve people named by nationality ("arrested two
German journalists" → Germany) and an event named after its agent's demonym to that country
too ("investigating Russian interference" → the interference and Russia); relative pronouns
stand for the noun their clause modifies.

Conjuncts ("Putin and Trump") each resolve on their own; a noun with a name in apposition
("his Spanish counterpart Josep Borrell") is that name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from extract.coref.name_descriptions import organisation_by_name_head
from extract.coref.person_pronouns import personal_antecedent
from extract.coref.within_article import is_replaced
from extract.doc_words import doc_words
from extract.labels import NOUN_POS
from extract.mentions.mention import ActorMention
from extract.relations.allegations import allegation_parties
from extract.relations.antecedents import (
    body_anaphor,
    counted_nations,
    counterpart,
    event_agents,
    event_named_before,
    latest_with_head,
    leaders_counted,
    led_by,
    listed_in_apposition,
    named_in_apposition,
    occasion_result,
    speaker_of,
    spoken_for,
    state_people,
    subject_tokens,
    titled_people,
)
from extract.relations.clause_parts import (
    child_lowers,
    children,
    has_child,
    involvement_complements,
)
from extract.relations.country_descriptions import described_country
from extract.relations.doc_context import DocContext
from extract.relations.earlier_subjects import (
    acting_body_before,
    plural_subject_before,
    speaking_body_before,
    speaking_company,
)
from extract.relations.group_members import group_members
from extract.relations.modifier_sides import modifier_reading
from extract.relations.neuter_antecedents import sentence_nominal
from extract.relations.possessive_pronouns import clause_subject_person
from extract.relations.proposals import proposed_thing
from extract.relations.unnamed_nominals import unnamed_nominal
from extract.roles.state_actors import as_actor
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS


def resolve_argument(ctx: DocContext, token: Token, acted_on: bool = False) -> list[ActorMention]:
    """The actors a subject/object token denotes (conjuncts included), de-duplicated by key.

    ``acted_on`` is true for the object of an act: then people named by their nationality
    ("arrested two German journalists") stand for their country too.
    """
    found: list[ActorMention] = []
    items = [token, *token.conjuncts]
    # The small model often parses "Lavrov and his counterpart Borrell" as a modifier of the
    # last name: a modifier that carries its own "and" is a conjunct in disguise. It may hang
    # one level down, on the second name's title ("met Lavrov and Defence Minister Shoigu").
    if _has_coordinated_modifier(ctx, token):
        items += [
            c
            for c in token.subtree
            if c.i < token.i
            and c.dep_ == "nmod"
            and c.head.i in (token.i, *(t.i for t in token.lefts))
            and has_child(c, "cc")
        ]
    for item in items:
        if item.i < token.i and item.dep_ != "conj" and token.dep_ == "conj":
            continue
        found.extend(_resolve_one(ctx, item, acted_on))
    for listed in listed_in_apposition(ctx, token):
        found.extend(resolve_argument(ctx, listed, acted_on))
    unique: dict[str, ActorMention] = {}
    for mention in found:
        unique.setdefault(mention.key, mention)
    return list(unique.values())


def _has_coordinated_modifier(ctx: DocContext, token: Token) -> bool:
    """Whether a modifier with its own "and" hangs before ``token`` on it or on one of its
    left children: the Doc's few such modifiers are tested instead of walking the subtree of
    every argument."""
    i = token.i
    heads = doc_words(ctx.doc).head_positions
    return any(
        c < i and (heads[c] == i or (heads[c] < i and heads[heads[c]] == i))
        for c in ctx.coordinated_modifiers
    )


def _resolve_one(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention]:
    mention = ctx.by_token.get(token.i)
    if mention is not None:
        return [as_actor(mention), *(event_agents(ctx, mention) if acted_on else [])]
    if token.pos_ == "PRON":
        return _resolve_pronoun(ctx, token, acted_on)
    if token.pos_ not in NOUN_POS:
        return []
    for rule in _NOUN_RULES:
        found = rule(ctx, token, acted_on)
        if found is not None:
            return found
    owners = _owned_by(ctx, token, acted_on)
    if owners or not acted_on:
        return owners
    # Rule 12: "opposed the tax", "lifted the embargo" with nothing named before: the measure,
    # agreement or occasion is a node of its own.
    unnamed = unnamed_nominal(ctx, token)
    return [unnamed] if unnamed is not None else []


# A rule for a noun that names no actor itself: the actors it stands for, or None when the
# rule does not apply and the next one is tried (an empty list ends the search: nobody).
_NounRule = Callable[[DocContext, Token, bool], "list[ActorMention] | None"]


def _named_members(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "German firms including Siemens and Daimler": the members the group is named by."""
    members = [m for t in group_members(token) for m in resolve_argument(ctx, t, acted_on)]
    return members or None


def _counted_people(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "thousands of Greek protesters", "dozens of Iraqi soldiers": the people counted."""
    if token.lemma_.lower() not in WORDS.quantity_nouns:
        return None
    of_objects = [p for c in children(token, "prep") if c.lower_ == "of" for p in c.children]
    return [m for p in of_objects if p.dep_ == "pobj" for m in resolve_argument(ctx, p, acted_on)]


def _allegation(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "an accusation Moscow denied": whose claim it is, or what it is about."""
    return allegation_parties(ctx, token, resolve_argument)


def _intended_act(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "Moves to lift the ban have been condemned by X": the subject of a passive judgement
    that is an intention stands for what the intended act is on.

    Only the passive's subject: as a direct object ("recalled attempts to block the software")
    the noun is as often the thing itself, and a verb's sense there is no judgement.
    """
    if token.dep_ != "nsubjpass" or token.lemma_.lower() not in WORDS.intention_nouns:
        return None
    intended = [c for c in children(token, "acl") if c.pos_ in ("VERB", "AUX")]
    if not any(c.lower_ == "to" for verb in intended for c in children(verb, "aux")):
        return None
    found = [
        m
        for verb in intended
        for thing in children(verb, "dobj")
        for m in resolve_argument(ctx, thing, acted_on=True)
    ]
    return found or None


def _agreement_named_before(
    ctx: DocContext, token: Token, acted_on: bool
) -> list[ActorMention] | None:
    """ "a joint statement" ... "the statement": the agreement with that head; an agreement
    anaphor ("this option", "the proposal"): see ``_resolve_agreement_anaphor``."""
    lemma = token.lemma_.lower()
    if lemma not in WORDS.agreement_anaphors | WORDS.generic_agreement_heads:
        same_head = latest_with_head(ctx, token, EntityType.AGREEMENT)
        if same_head:
            return same_head
    if lemma in WORDS.agreement_anaphors:
        return _resolve_agreement_anaphor(ctx, token) or None
    return None


# Rules 9, 3–8 and 10 of the module docstring, in the order tried, after a named group's members.
_NOUN_RULES: tuple[_NounRule, ...] = (
    _named_members,
    named_in_apposition,
    led_by,
    body_anaphor,
    _counted_people,
    speaking_company,
    counterpart,
    leaders_counted,
    spoken_for,
    titled_people,
    state_people,
    described_country,
    counted_nations,
    organisation_by_name_head,  # "the bank" after "the Bank of Japan"
    _allegation,
    proposed_thing,
    _intended_act,
    _agreement_named_before,
    occasion_result,
    event_named_before,
)


def _owned_by(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention]:
    """Rule 11: the owner of the thing acted on. "blasted Mueller's investigation", "rejected
    Azerbaijan's proposal": the possessor is the target; "the presence of Russian troops": so
    is what an "of" phrase names; "rejected the Spanish plan": a country modifier of a plan
    owns it. People and private bodies acting on their own account ("Maxwell's sons", "an
    American promoter": ``WORDS.own_account_nouns``) stand for neither their possessor nor a
    country modifier; a company modifier ("a list of Crazy Eddie Inc shareholders") and an
    "of" phrase ("the brokerage firm of Spear, Leeds and Kellogg") still name their owner. A
    company's business in a country (``WORDS.business_site_nouns``: "its U.S. operations") is
    not that country's either."""
    lemma = token.lemma_.lower()
    # "its U.S. operations", "the company's Japanese sales": the country is where, not whose
    # (extract.relations.modifier_sides, the one table of such nouns).
    reading = modifier_reading(lemma)
    owners = children(token, "poss") if reading.possessor_owns else []
    if lemma in WORDS.involvement_nouns:  # "suspended its participation in the treaty"
        complements = involvement_complements(token)
        if not complements:
            # "Russia suspended its own participation": in the agreement just talked about.
            return ctx.before(token.i, EntityType.AGREEMENT)[:1]
        owners += complements
    if lemma in WORDS.agreement_anaphors or acted_on:
        # "rejected the Spanish plan", "supported the American decision": a country or
        # organisation modifying the thing acted on owns it.
        owners += [
            c
            for c in token.lefts
            if c.dep_ in ("amod", "compound")
            and (m := ctx.by_token.get(c.i))
            and (m.type is EntityType.ORGANIZATION or (m.country and reading.country_owns))
        ]
    # "a positive effect from organization of the group": a result noun is about its source.
    owner_preps: tuple[str, ...] = ("of", "from") if lemma in WORDS.result_nouns else ("of",)
    if acted_on:
        owner_preps, misplaced = _agent_phrases(token, owner_preps)
        owners += misplaced
    owners += [
        p for c in children(token, "prep") if c.lower_ in owner_preps for p in children(c, "pobj")
    ]
    return [m for owner in owners for m in resolve_argument(ctx, owner, acted_on)]


def _agent_phrases(
    token: Token, owner_preps: tuple[str, ...]
) -> tuple[tuple[str, ...], list[Token]]:
    """The prepositions that name the owner of an act judged, and agents hung on the verb.

    "condemned the attack by Peru", "welcomed the decision by Germany": the agent of the act
    judged is whom the judgement is about; with an agent named, "the bombing of Serbia by NATO"
    is about NATO, not about its victim. The small model often hangs the noun's "by" on an
    active verb, which has no agent: then that "by" phrase names the owner.
    """
    agented = "by" in child_lowers(token, "prep")
    preps = ("by",) if agented else (*owner_preps, "by")
    verb = token.head
    active = not has_child(verb, "auxpass")
    if token.dep_ == "dobj" and active and not agented:
        misplaced = [
            p
            for c in children(verb, "prep")
            if c.lower_ == "by" and c.i > token.i
            for p in children(c, "pobj")
        ]
        if misplaced:
            return (), misplaced
    return preps, []


def _resolve_pronoun(ctx: DocContext, token: Token, acted_on: bool = False) -> list[ActorMention]:
    lower = token.lower_
    if lower in WORDS.relative_pronouns and token.head.dep_ == "relcl":
        # "Turkey, which had criticized Sweden": the clause's noun is its subject; "the
        # agreement, which Iran signed": its object, read as any object of the act is.
        return resolve_argument(ctx, token.head.head, acted_on)
    if (
        lower
        not in WORDS.male_pronouns
        | WORDS.female_pronouns
        | WORDS.plural_pronouns
        | WORDS.neuter_pronouns
    ):
        return []
    if lower == "it" and token.dep_ == "dobj" and token.head.lemma_.lower() in WORDS.text_verbs:
        # "Separatist leaders also signed it": the agreement last named before.
        earlier = ctx.before(token.i, EntityType.AGREEMENT)
        return earlier[:1]
    speech = speaker_of(token)
    if speech is not None:
        speakers: list[ActorMention] = []
        for subject in subject_tokens(speech):
            if subject.i != token.i:
                speakers.extend(resolve_argument(ctx, subject))
        people = [m for m in speakers if m.type is EntityType.PERSON]
        if lower in WORDS.plural_pronouns and len(speakers) > 1:
            return speakers
        if lower not in WORDS.plural_pronouns | WORDS.neuter_pronouns and len(people) == 1:
            return people
        # "The United States announced that it would withdraw": "it" is a speaking state.
        states = [m for m in speakers if m.type is not EntityType.PERSON]
        if lower in WORDS.neuter_pronouns and len(states) == 1:
            return states
    own = clause_subject_person(ctx, token)  # "apologised to the people of his country"
    if own is not None:
        return [own]
    if lower in WORDS.plural_pronouns:
        return plural_subject_before(ctx, token)  # "Britain and Denmark ... They are"
    if lower in WORDS.neuter_pronouns:  # "Chevron said ... It said"; "opposed to it": the tax
        return (
            speaking_body_before(ctx, token)
            or acting_body_before(ctx, token)  # "Japan rejected the offer. It wants ..."
            or sentence_nominal(ctx, token, resolve_argument)
        )
    # "he"/"she": by gender, the subject the sentences before are about, else the latest person.
    person = personal_antecedent(ctx, token)
    return [person] if person is not None else []


def _resolve_agreement_anaphor(ctx: DocContext, token: Token) -> list[ActorMention]:
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "on", "of", "to"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    resolved = resolve_argument(ctx, pobj)
                    if resolved:
                        return resolved
    determined = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in token.lefts)
    if not determined:
        return []
    earlier = [m for m in ctx.before(token.i, EntityType.AGREEMENT) if not is_replaced(ctx.doc, m)]
    # "the deal", "the agreement" refer back to an agreement called by a generic head (a peace
    # agreement, the nuclear deal) before a more specific body named since (a new treaty).
    if token.lemma_.lower() in WORDS.generic_agreement_heads | WORDS.document_nouns:
        generic = [
            m
            for m in earlier
            if m.head >= 0 and ctx.doc[m.head].lemma_.lower() in WORDS.generic_agreement_heads
        ]
        # With no generic antecedent, "the deal" names something the article has not named.
        earlier = generic
    return [earlier[0]] if earlier else []
