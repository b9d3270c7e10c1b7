"""The subjects and objects of a noun trigger ("Lavrov's proposal", "sanctions against Russia",
"talks between Israel and Lebanon", "Turkey announced sanctions against Sweden").

The possessor, the ``by`` agent, a country modifier or the ``from`` phrase ("aid from Japan to
Brazil") is the subject, else the subject of the verb that governs the noun
(``_governing_verb``); a listed preposition or a "that" clause's subject is the object. A
noun whose possessor undergoes the act ("his expulsion from the party", ``WORDS.patient_nouns``)
takes its possessor as the object when no "of" phrase names one (``_undergoer_tokens``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ACTOR_TYPES, ActorMention, country_mention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import (
    child_lowers,
    children,
    object_head,
    prep_objects,
    shared_subject,
    verb_with_subject,
)
from extract.relations.doc_context import DocContext
from extract.relations.outlets import is_outlet_word
from extract.relations.trigger_words import trigger_of
from extract.roles.state_actors import as_actor
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, match_country
from extract.vocabulary.triggers import Trigger, TriggerTable
from extract.vocabulary.word_lists import WORDS


def noun_arguments(
    ctx: DocContext, noun: Token, trigger: Trigger, triggers: TriggerTable
) -> tuple[list[ActorMention], list[ActorMention]]:
    undergoers = _undergoer_tokens(ctx, noun)
    own = [t for t in _own_subject_tokens(noun, trigger) if t not in undergoers]
    subjects = [m for t in own for m in resolve_argument(ctx, t)]
    meeting = trigger.family == "04"
    paired = _paired_nations(ctx, noun, meeting) if not subjects and trigger.reciprocal else []
    if len({p.key for p in paired}) > 1:
        return paired, []  # "the Kenya-Tanzania talks": both names are sides, neither the doer
    subjects = subjects or _modifier_country(ctx, noun, undergoers)
    for clause in children(noun, "relcl"):
        # "the attack the Kremlin led against the U.S.": the clause's subject acts, and its
        # prepositions may carry the object.
        if not subjects and not children(clause, "dobj"):
            subjects = [m for t in children(clause, "nsubj") for m in resolve_argument(ctx, t)]
            if subjects:
                extra_objects = prep_objects(clause, trigger.object_preps)
                break
    else:
        extra_objects = []
    governing_verb = _governing_verb(noun, trigger, triggers)
    # "agreed at the summit", "after the talks": the clause's subject is at the meeting.
    set_at_meeting = False
    if not subjects and governing_verb is not None:
        governing = children(governing_verb, "nsubj") or shared_subject(governing_verb)
        subjects = [m for t in governing for m in resolve_argument(ctx, t)]
        set_at_meeting = object_head(noun).dep_ == "pobj" and _is_occasion(noun, trigger)
    parties = _named_parties(ctx, noun, meeting) if not subjects and trigger.reciprocal else []
    if parties:
        return parties, []
    object_tokens = prep_objects(noun, trigger.object_preps) + extra_objects + undergoers
    if _is_manner_phrase(noun):
        # "flew cargo to Syria in support of al-Assad": what the act is of is its object.
        object_tokens += prep_objects(noun, frozenset({"of"}))
    if not object_tokens and governing_verb is not None and noun.dep_ == "dobj":
        # "launched airstrikes on Yemen": the small model often hangs the noun's preposition on
        # the light verb that takes it.
        object_tokens = prep_objects(governing_verb, trigger.object_preps)
    for clause in children(noun, "acl", "ccomp", "relcl"):
        if "that" in child_lowers(clause, "mark"):
            object_tokens.extend(children(clause, "nsubj", "nsubjpass"))
    objects = [m for t in object_tokens for m in resolve_argument(ctx, t, acted_on=True)]
    if trigger.family in WORDS.measure_families:
        # "tariffs on Japanese exports": the measure's own node, which spans the whole phrase,
        # is not what it bears on.
        objects = [o for o in objects if not o.start <= noun.i < o.end]
        objects = objects or _country_of_goods(ctx, object_tokens)
    if set_at_meeting and not objects:
        # "Japan and Germany came under pressure at the Venice summit": who acts at a meeting
        # attended it (extract.relations.occasions), but whom they met there it does not say;
        # who acts during talks are their sides ("Canadian and Egyptian negotiators failed to
        # agree during talks").
        return [], []
    if not objects and trigger.family == "03":
        objects = resolve_argument(ctx, noun)  # "Lavrov's proposal" refers to the plan itself
    return subjects, objects


def _modifier_country(ctx: DocContext, noun: Token, undergoers: list[Token]) -> list[ActorMention]:
    """The country a modifier names as the doer: "a U.S. indictment", "the Japanese proposal"."""
    for child in children(noun, "amod", "compound"):
        mention = ctx.by_token.get(child.i)
        if mention and mention.country and child not in undergoers:
            return [as_actor(mention)]
    return []


def _is_occasion(noun: Token, trigger: Trigger) -> bool:
    """Whether a meeting noun names an occasion that many attend ("summit", "meeting"), not
    an exchange between sides ("talks", "negotiations": ``WORDS.exchange_heads``)."""
    exchange = noun.lemma_.lower() in WORDS.exchange_heads or noun.lower_ in WORDS.exchange_heads
    return trigger.family == "04" and not exchange


def _named_parties(ctx: DocContext, noun: Token, meeting: bool) -> list[ActorMention]:
    """ "talks between Israel and Lebanon resumed": the parties of a mutual act act on each
    other; only named ones, and at least two ("the first meeting between a sitting American
    president and a leader of North Korea" is no meeting of the two states). A hyphenated
    pair of nationalities names them too ("a Franco-German meeting": ``_paired_nations``)."""
    between = prep_objects(noun, frozenset({"between"}))
    named = [t for b in between for t in (b, *b.conjuncts) if t.i in ctx.by_token]
    parties = [as_actor(ctx.by_token[t.i]) for t in named] or _paired_nations(ctx, noun, meeting)
    return parties if len({p.key for p in parties if p.type in ACTOR_TYPES}) > 1 else []


def _paired_nations(ctx: DocContext, noun: Token, meeting: bool) -> list[ActorMention]:
    """The two sides of a hyphenated pair before the noun: "Franco-German" is France and
    Germany, "Sino-Soviet" China and the Soviet Union (``WORDS.combining_forms`` and a
    demonym); "U.S.-Soviet", "U.S.-Canada", "U.S.-Japanese" (one word, two countries:
    ``_joined_countries``); "Canada-U.S.", "the Reagan-Gorbachev summit" (two names joined by
    a hyphen: ``_hyphen_pair``). The last two only for a meeting noun (CAMEO 04): before
    other mutual nouns the pair is as often a topic ("a report on U.S.-Japanese trade")."""
    known = {m.key: m for m in ctx.mentions}
    for modifier in children(noun, "amod", "compound", "nmod"):
        first = [t for t in modifier.lefts if t.lower_ in WORDS.combining_forms]
        dashed = any(t.text == "-" for t in modifier.lefts)
        second = match_country(modifier.text) if first and dashed else None
        if second is not None and second.form is CountryForm.DEMONYM:
            codes = (WORDS.combining_forms[first[0].lower_], second.code)
            return [country_mention(code, noun.i, known) for code in codes]
        if not meeting:
            continue
        joined = _joined_countries(modifier.text)
        if joined:
            return [country_mention(code, noun.i, known) for code in joined]
        paired = _hyphen_pair(ctx, modifier)
        if paired:
            return paired
    return []


def _joined_countries(text: str) -> tuple[str, str] | None:
    """The two countries one hyphenated word names, each by name or demonym.

    >>> _joined_countries("U.S.-Soviet")
    ('US', 'SU')
    >>> _joined_countries("Export-Import") is None
    True
    """
    left, dash, right = text.partition("-")
    first = match_country(left) if dash else None
    second = match_country(right) if first else None
    if first is None or second is None or first.code == second.code:
        return None
    return first.code, second.code


def _hyphen_pair(ctx: DocContext, modifier: Token) -> list[ActorMention]:
    """The people or countries named right before and after a hyphen among the modifier's
    left words: "Canada-U.S. negotiations", "the Reagan-Gorbachev summit"."""
    dash = next((t for t in modifier.lefts if t.text == "-"), None)
    if dash is None:
        return []
    sides = [ctx.by_token.get(dash.i - 1), ctx.by_token.get(dash.i + 1)]
    found = [m for m in sides if m is not None and m.type in _PAIRED_TYPES]
    if len(found) != 2 or found[0].key == found[1].key:
        return []
    return [as_actor(m) for m in found]


#: The kinds of side a hyphenated pair of names stands for.
_PAIRED_TYPES = frozenset({EntityType.PERSON, EntityType.COUNTRY})


def _country_of_goods(ctx: DocContext, tokens: list[Token]) -> list[ActorMention]:
    """ "tariffs on certain Japanese exports", "a ban on Iranian oil": a measure on what a
    country sells or owns, named by its demonym, bears on that country."""
    modifiers = [c for t in tokens for c in children(t, "amod", "compound")]
    found = [ctx.by_token[c.i] for c in modifiers if c.i in ctx.by_token]
    return [as_actor(m) for m in found if m.country]


def _undergoer_tokens(ctx: DocContext, noun: Token) -> list[Token]:
    """The possessor and the named person modifiers of a noun whose possessor is the one acted
    on (``WORDS.patient_nouns``), when no "of" or "against" phrase names that one: "his
    expulsion from the party" and "the Khodorkovsky arrest" say who was expelled and arrested,
    not who did it ("Iraq's annexation of Kuwait" is Iraq's act again). A country modifier
    stays the doer: "a U.S. indictment" is one the United States brought.
    """
    if noun.lemma_.lower() not in WORDS.patient_nouns or prep_objects(noun, _PATIENT_PREPS):
        return []
    modifiers = [t for t in children(noun, "compound") if _names_person(ctx, t)]
    return children(noun, "poss") + modifiers


#: Prepositions that name the one a patient noun acts on, leaving the possessor its doer.
_PATIENT_PREPS = frozenset({"of", "against"})
# Acts whose noun a reducing verb cuts back: measures one side imposes, aid one side gives.
_CUT_BACK_FAMILIES = WORDS.measure_families | WORDS.given_act_families


def _names_person(ctx: DocContext, token: Token) -> bool:
    """Whether ``token`` is part of a mention of a person."""
    mention = ctx.by_token.get(token.i)
    return mention is not None and mention.type is EntityType.PERSON


def _own_subject_tokens(noun: Token, trigger: Trigger) -> list[Token]:
    """The actor the noun phrase names: its possessor or ``by`` agent, else its giver.

    "support for the plan from Spain", "loans from Japan to Brazil": the ``from`` phrase names
    who gives the act when it is a name ("support for Opec prices from Saudi Arabia's
    customers" is the customers', not Saudi Arabia's), but not for acts whose "from" names
    their object ("withdrawal from", "demand from") nor for mutual ones ("talks with delegates
    from Japan": where the delegates come from).
    """
    found = children(noun, "poss")
    for prep in children(noun, "prep"):
        if prep.lower_ == "by":
            found.extend(children(prep, "pobj"))
    gives = not (trigger.object_preps & WORDS.giver_prepositions or trigger.reciprocal)
    if not found and gives:
        found = [t for t in prep_objects(noun, WORDS.giver_prepositions) if t.pos_ == "PROPN"]
    return found or _role_holders(noun)  # "Germany is a signatory to", "signatories include"


def _role_holders(noun: Token) -> list[Token]:
    """Who holds the role a noun of doers names ("signatory", "bidder"), when the clause says
    it of them: "Germany is a signatory to the treaty", "Other signatories to the treaty include
    Germany and France", "Germany, a signatory to the treaty, ..."; their conjuncts are read
    when they are resolved."""
    if not noun.tag_.startswith("NN") or noun.lemma_.lower() not in WORDS.doer_nouns:
        return []
    clause = noun.head
    if noun.dep_ == "attr" and clause.lemma_ == "be":
        return children(clause, "nsubj")
    if noun.dep_ == "nsubj" and clause.lemma_.lower() in WORDS.listing_verbs:
        return children(clause, "dobj", "attr")
    return [clause] if noun.dep_ == "appos" else []


def _governing_verb(noun: Token, trigger: Trigger, triggers: TriggerTable) -> Token | None:
    """The verb whose subject is the actor of a noun trigger that names no actor itself.

    * "Turkey announced sanctions against Sweden", "held talks with": the verb that takes the
      noun as its object (light verbs: hold, launch, impose, make; see ``_passes_subject``);
    * "Trump backtracked following talks with Putin": a meeting noun after "after",
      "following", "during" or "before" was attended by the clause's subject; so was one after
      "for" on a verb of travelling ("flew to Khartoum for talks with Sudan").
    """
    prep = noun.head
    if _is_manner_phrase(noun):
        return verb_with_subject(prep.head)
    # "discussed following talks with X": the small model may read "following" as a verb.
    temporal = noun.dep_ in ("pobj", "dobj") and prep.lower_ in WORDS.temporal_prepositions
    if trigger.family == "04" and temporal and prep.head.pos_ in ("VERB", "AUX"):
        return verb_with_subject(prep.head)
    # "flew to Khartoum for talks with Sudan": the traveller attends the talks.
    travel = prep.lower_ == "for" and prep.head.lemma_.lower() in WORDS.travel_lemmas
    if trigger.family == "04" and noun.dep_ == "pobj" and travel:
        return verb_with_subject(prep.head)
    taken = object_head(noun)  # "held the first of a three-day meeting"
    if taken.dep_ == "dobj" and _passes_subject(taken, noun, trigger, triggers):
        return taken.head
    return None


def _is_manner_phrase(noun: Token) -> bool:
    """Whether an act noun stands bare after "in" on a verb, saying how its clause acts ("sent
    troops in support of the government", "walked out in protest against the vote"): the
    clause's subject does the act. With a determiner ("killed in an attack on the base") the
    noun names an occasion, whose actor the clause does not give.
    """
    prep = noun.head
    bare = not children(noun, "det", "poss")
    on_verb = prep.head.pos_ in ("VERB", "AUX") and prep.head.i != prep.i
    return noun.dep_ == "pobj" and prep.lower_ == "in" and bare and on_verb


def _passes_subject(taken: Token, noun: Token, trigger: Trigger, triggers: TriggerTable) -> bool:
    """Whether the subject of the verb that takes ``taken`` (the noun or the part of it that
    stands as the object) as its object is the noun's actor.

    Light verbs ("hold talks", "launch an investigation") and verbs of announcing or offering
    ("announced sanctions", "proposed talks") pass their subject on; a verb that is itself an
    act on the noun does not: who lifts or rejects sanctions is not who imposed them.
    """
    verb = taken.head
    if any(is_outlet_word(s) for s in children(verb, "nsubj")):
        return False  # "IRNA reported an attack on Basra": who reports an act did not do it
    if verb.lemma_.lower() in WORDS.receiving_lemmas:
        return (
            False  # "received aid": the receiver is not the giver (extract.relations.converse_acts)
        )
    if verb.lemma_.lower() in WORDS.seeking_lemmas:
        return False  # "sought support for its plan": the seeker wants the act from others
    if verb.lemma_.lower() in WORDS.reducing_lemmas and trigger.family in _CUT_BACK_FAMILIES:
        # "cut tariffs on U.S. rice": who cuts a measure eases it, imposes nothing; "slash
        # aid to Panama": who cuts aid gives none.
        return False
    own = trigger_of(verb, triggers)
    if own is not None and own.predicate == "attended" and trigger.family == "04":
        # "attended a summit with Macron": who attends it meets Macron; "Kohl and Chirac
        # attended the summit" says nothing of whom they met there.
        return bool(prep_objects(noun, frozenset({"with"})))
    if own is not None and own.family == "03" and trigger.family not in ("03", "04"):
        # "offering military support to Lebanon": an offered act is not yet done; the offer
        # is the edge ("proposed talks" still names who would talk).
        return False
    return own is None or own.family in ("01", "03") or own.predicate == trigger.predicate
