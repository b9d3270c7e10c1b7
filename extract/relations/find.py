"""Who did what to whom: relation candidates read off the dependency parse.

``find_relations(ctx, triggers)`` walks every token whose lemma is in the trigger file and
reads its arguments:

* verbs: ``nsubj`` is the subject and ``dobj`` or a listed preposition's object is the object;
  passives swap them (``nsubjpass`` is the object, the ``by`` agent the subject); a verb with no
  subject of its own borrows the one it shares ("agreed to set up", "met and signed"); a
  relative clause's head noun is its missing argument ("an accusation Moscow denied"); an
  ``xcomp``'s object is the object of the verb that governs it ("agreed to set up a group");
* nouns: the possessor, the ``by`` agent or a country modifier is the subject ("Lavrov's
  proposal", "accusations by Spanish officials", "EU sanctions") and a listed preposition or a
  "that" clause's subject the object ("sanctions against Russia", "that Russians spread ...").

Negation ("did not agree", "never signed") sets ``negated``, and a refused act of cooperation
takes the CAMEO rejection code (``WORDS.refusal_codes``: "did not provide support" is 121); a hedge
("reportedly", "X was quoted as saying", "prosecutors alleged that ...", "may have") sets
``modality``. Acts told from the receiving end ("received assurances from Y") are read by
``extract.relations.converse_acts``. The edges' subjects are
actors (people, countries, organisations); their objects may be any entity.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Token

from extract.labels import TIME_LABELS
from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import (
    children,
    copula_subject,
    prep_objects,
    shared_subject,
    verb_with_subject,
)
from extract.relations.conditional_threats import WARNING, warned_actors
from extract.relations.converse_acts import converse_acts
from extract.relations.denials import accuser_answered
from extract.relations.doc_context import DocContext
from extract.relations.findings import as_finding
from extract.relations.indirect_targets import complement_recipients, struck_country
from extract.relations.issued_acts import document_issuers, report_publishers
from extract.relations.modality import is_negated, modality_of
from extract.relations.unrealised import as_threat, is_refused, is_wished_on_another
from extract.relations.visits import foreign_destinations
from extract.roles.state_actors import as_actor
from extract.types import EntityType
from extract.vocabulary.triggers import Trigger, TriggerTable
from extract.vocabulary.word_lists import WORDS

_ACCUSING = Trigger(("say",), "verb", "accused", "112", frozenset())


@dataclass(frozen=True)
class RelationCandidate:
    """An edge read from one sentence, before it becomes a ``Relation``."""

    subject: ActorMention
    predicate: str
    object: ActorMention
    cameo: str
    negated: bool
    modality: str | None
    trigger: Token


def find_relations(ctx: DocContext, triggers: TriggerTable) -> Iterator[RelationCandidate]:
    """Every relation the triggers find in a doc, in document order."""
    parties: set[tuple[str, str, int]] = set()
    for token in ctx.doc:
        trigger = as_finding(token, trigger_of(token, triggers))  # "concluded that ..."
        if trigger is None:
            continue
        if trigger.pos == "verb" and (is_wished_on_another(token) or is_refused(token)):
            # "wants Putin to attack", "refused to recognize": the appeal or the refusal is the
            # event (extract.relations.unrealised)
            continue
        trigger = as_threat(trigger, token) or trigger  # "said they will attack Iraq"
        if trigger.pos == "verb":
            subjects, objects = verb_arguments(ctx, token, trigger)
        else:
            subjects, objects = _noun_arguments(ctx, token, trigger, triggers)
        if trigger.pos == "verb" and trigger.family == "01" and trigger.cameo not in ("015", "016"):
            speakers = {a for s in subjects for a in (s.key, *_country_keys(s))}
            accused = [
                o
                for o in hostile_clause_actors(ctx, token, triggers)
                if o not in objects and o.key not in speakers
            ]
            warned = [] if accused or objects else warned_actors(ctx, token)
            if warned:  # "said the bloc would act if Russia did not change course"
                trigger, objects = WARNING, [w for w in warned if w.key not in speakers]
            if accused and not objects:
                trigger = _ACCUSING
                objects = accused
        negated = is_negated(token) if trigger.pos == "verb" else False
        modality = modality_of(token)
        if negated and trigger.family in WORDS.refusal_codes:
            # CAMEO codes a refused act of cooperation as a rejection ("would not provide
            # support" is 121): the edge keeps its predicate and negated=true.
            trigger = replace(trigger, cameo=WORDS.refusal_codes[trigger.family])
        if trigger.pos == "verb" and token.lemma_.lower() in WORDS.travel_lemmas:
            objects = foreign_destinations(token, subjects, objects)  # extract.relations.visits
        subject_keys = {s.key for s in subjects}
        # "Lavrov and Borrell said they agreed": the speakers are not what they talk about.
        objects = [o for o in objects if o.key not in subject_keys]
        agreements = [o for o in objects if o.type is EntityType.AGREEMENT]
        if trigger.predicate in WORDS.agreeing_predicates and agreements:
            # "reached the deal with Iran": who the deal is made with is a party to it, not
            # something agreed.
            for co_party in [o for o in objects if o.type in ACTOR_TYPES]:
                for agreement in agreements:
                    yield RelationCandidate(
                        co_party, "party_to", agreement, "", negated, modality, token
                    )
            objects = agreements
        actors = [s for s in subjects if s.type in ACTOR_TYPES]
        if trigger.reciprocal and len(actors) > 1 and not _has_complement(token, trigger):
            # "Putin and Trump met", "Vietnam and Malaysia agree that ...": each acts on each.
            for subject in actors:
                for other in actors:
                    if other.key != subject.key:
                        yield RelationCandidate(
                            subject,
                            trigger.predicate,
                            other,
                            trigger.cameo,
                            negated,
                            modality,
                            token,
                        )
            continue
        # "met with dissidents from Myanmar": the dissidents stand for Myanmar as the object,
        # but Myanmar did not meet anyone, so the meeting is not read back.
        group_object = trigger.symmetric and _object_is_a_group(token, trigger)
        for subject in subjects:
            if subject.type not in ACTOR_TYPES:
                continue
            if trigger.family == "01" or trigger.predicate == "accused":
                ctx.accusers.append(subject)  # "the allegations" later refers to their claims
            for obj in objects:
                if obj.key == subject.key:
                    continue
                if trigger.predicate == "accused" and not negated:
                    ctx.accusations.append((subject, obj))
                yield RelationCandidate(
                    subject, trigger.predicate, obj, trigger.cameo, negated, modality, token
                )
                if trigger.symmetric and obj.type in ACTOR_TYPES and not group_object:
                    yield RelationCandidate(
                        obj, trigger.predicate, subject, trigger.cameo, negated, modality, token
                    )
                party = (subject.key, obj.key, token.sent.start)
                # "did not sign the package": a refused signature makes no party (the negated
                # "signed" edge says it); only acts that happened do.
                if (
                    trigger.predicate in WORDS.agreeing_predicates
                    and obj.type is EntityType.AGREEMENT
                    and party not in parties
                    and not negated
                ):
                    parties.add(party)
                    yield RelationCandidate(subject, "party_to", obj, "", negated, modality, token)
    for act in converse_acts(ctx, triggers):  # "received assurances from the government"
        yield RelationCandidate(
            act.giver,
            act.act.predicate,
            act.receiver,
            act.act.cameo,
            act.negated,
            act.modality,
            act.verb,
        )


def _object_is_a_group(verb: Token, trigger: Trigger) -> bool:
    """Whether the act's object is a group of people ("dissidents", "students", "refugees")."""
    tokens = children(verb, "dobj") + prep_objects(verb, trigger.object_preps)
    return any(
        t.lemma_.lower() in WORDS.people_nouns or t.lower_ in WORDS.people_nouns for t in tokens
    )


def _has_complement(verb: Token, trigger: Trigger) -> bool:
    """Whether the verb says what the act is about ("agreed on a ceasefire", "agreed to talk").

    Only a verb with no such complement makes conjoined subjects act on each other: "France and
    Germany agreed on a ceasefire" is no agreement of France with Germany, "they met" is, and
    so is "they cooperated on security" (a mutual act's topic is no complement).
    """
    if trigger.pos != "verb":
        # "talks between Israel and Lebanon": the "between" phrase names the sides themselves.
        return bool(prep_objects(verb, trigger.object_preps - {"between"}))
    # "India and Pakistan exchanged fire": a noun that is part of the trigger is no complement.
    own_noun = trigger.words[1] if len(trigger.words) == 2 else None
    complements = children(verb, "dobj", "xcomp", "nsubjpass")
    if any(c.lower_ != own_noun and c.lemma_.lower() != own_noun for c in complements):
        return True
    # "Ghana and Nigeria pledged to cooperate on security": for a mutual act (meet, cooperate,
    # negotiate) what it is about is no partner, and the sides still act on each other.
    topics = WORDS.topic_prepositions if trigger.symmetric else frozenset()
    return bool(prep_objects(verb, trigger.object_preps - topics))


TRIGGER_MEMO = "ng_trigger_memo"


def trigger_of(token: Token, triggers: TriggerTable) -> Trigger | None:
    """The trigger a token is, if any: a verb (with its particle or object noun) or a noun.

    Several readers ask about the same tokens (some 360 times per news article), so answers
    are remembered in the doc's ``user_data`` under ``TRIGGER_MEMO`` (dropped before a Doc
    leaves its process: ``extract.pipeline``).
    """
    memo = token.doc.user_data.setdefault(TRIGGER_MEMO, {})
    key = (id(triggers), token.i)
    if key not in memo:
        memo[key] = _read_trigger(token, triggers)
    return memo[key]


def _read_trigger(token: Token, triggers: TriggerTable) -> Trigger | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
        # The second word is a particle, a preposition or the object noun ("restore ties").
        # A preposition introducing a date ("on Thursday") is no particle.
        particles = [
            c.lower_
            for c in token.children
            if c.dep_ in ("prt", "prep") and not any(g.ent_type_ in TIME_LABELS for g in c.children)
        ]
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        particles += [c.lower_ for c in objects] + [c.lemma_.lower() for c in objects]
        # "fired two shells at Seoul": the particle may hang on the object.
        particles += [p.lower_ for c in objects for p in c.children if p.dep_ == "prep"]
        for particle in particles:
            found = triggers.verb(lemma, particle)
            if found and len(found.words) == 2:
                return found
        return triggers.verb(lemma) or _verb_by_form(token, triggers)
    if token.pos_ == "NOUN":
        return triggers.noun(lemma) or triggers.noun(token.lower_)
    return None


def _verb_by_form(token: Token, triggers: TriggerTable) -> Trigger | None:
    """A verb whose lemma the small model got wrong ("hopes" → "hop"): its written form less
    the ending "s" or "d" ("hopes" → "hope", "hoped" → "hope")."""
    lower = token.lower_
    for ending in ("s", "d"):
        if lower.endswith(ending) and len(lower) > 3:
            found = triggers.verb(lower[: -len(ending)])
            if found:
                return found
    return None


def verb_arguments(
    ctx: DocContext, verb: Token, trigger: Trigger
) -> tuple[list[ActorMention], list[ActorMention]]:
    """Subjects and objects of a verb trigger, read as the module docstring describes."""
    subject_tokens = children(verb, "nsubj")
    object_tokens = children(verb, "dobj", "nsubjpass")
    for agent in children(verb, "agent"):
        subject_tokens.extend(children(agent, "pobj"))
    preps = trigger.object_preps | ({trigger.words[1]} if len(trigger.words) == 2 else set())
    object_tokens.extend(prep_objects(verb, frozenset(preps)))
    takes_clause = verb.lemma_.lower() in WORDS.speech_lemmas
    if verb.dep_ in ("acl", "relcl") and not children(verb, "dobj", "nsubjpass"):
        if (children(verb, "agent") or verb.tag_ == "VBN" or subject_tokens) and not takes_clause:
            # "a group put forth by Lavrov", "an accusation Moscow has repeatedly denied"
            object_tokens.append(verb.head)
        elif not subject_tokens:
            subject_tokens.append(copula_subject(verb.head))
    elif verb.dep_ in ("acl", "relcl") and not subject_tokens:
        subject_tokens.append(copula_subject(verb.head))  # "the only country to accuse Russia"
    if not subject_tokens:
        subject_tokens = shared_subject(verb)
    subjects = [m for t in subject_tokens for m in resolve_argument(ctx, t)]
    if not any(s.type in ACTOR_TYPES for s in subjects):
        # "a decree that recognized ...", "a report released in Kigali alleged ..."
        subjects = document_issuers(ctx, verb) or report_publishers(ctx, verb) or subjects
    objects = [m for t in object_tokens for m in resolve_argument(ctx, t, acted_on=True)]
    if not objects:
        objects = _recipients(ctx, verb, trigger)
    if not objects:  # "agreed on Friday to set up a group": the complement's object
        complements = [c for x in children(verb, "xcomp") for c in children(x, "dobj")]
        objects = [m for t in complements for m in resolve_argument(ctx, t, acted_on=True)]
    if not objects:
        objects = complement_recipients(ctx, verb, trigger) or struck_country(ctx, verb, trigger)
    # "demanded that Morocco take back the migrants": a demand's clause names whom it is on.
    clause_families = ("02", "10", "11", "12")
    if not objects and (trigger.family in clause_families or trigger.cameo in ("015", "016")):
        # "denied that the campaigns were linked to the Kremlin", "acknowledged that Pakistan
        # had offered talks", "wants Putin to act": the clause's subject is what is denied,
        # acknowledged or appealed to. A
        # plain "said that X ..." is not about X (see ``hostile_clause_actors``).
        clauses = [c for x in children(verb, "ccomp") for c in children(x, "nsubj", "nsubjpass")]
        objects = [m for t in clauses for m in resolve_argument(ctx, t)]
    if not objects and trigger.family == "01" and takes_clause:
        objects = _agreement_spoken_of(ctx, verb)
    if not objects and trigger.cameo == "016" and children(verb, "ccomp"):
        objects = accuser_answered(ctx, subjects)  # extract.relations.denials
    return subjects, objects


def _agreement_spoken_of(ctx: DocContext, verb: Token) -> list[ActorMention]:
    """A statement about an agreement is a statement on it: "Xie said the agreement was not
    perfect", "announced that the Paris Agreement had been adopted", "said the missile did not
    violate the treaty" → the speaker said → the agreement. Only an agreement that is the
    clause's subject or direct object counts; people and countries in the clause are not what
    a plain statement is about (see ``hostile_clause_actors``)."""
    arguments = [
        a for x in children(verb, "ccomp") for a in children(x, "nsubj", "nsubjpass", "dobj")
    ]
    found = [m for t in arguments for m in resolve_argument(ctx, t)]
    return [m for m in found if m.type is EntityType.AGREEMENT]


def _country_keys(mention: ActorMention) -> list[str]:
    return [f"country/{code}" for code in mention.affiliations]


def hostile_clause_actors(
    ctx: DocContext, verb: Token, triggers: TriggerTable
) -> list[ActorMention]:
    """Actors of a hostile act reported by a statement verb: "the US claimed that ISIL had
    attacked Iraq" → ISIL. Saying that someone threatened, coerced, assaulted or fought is
    accusing them (CAMEO 112), as event coders read it; other reported acts are no edge of
    the speaker's."""
    found: list[ActorMention] = []
    clauses = children(verb, "ccomp")
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
        clauses.append(verb.head)  # "Russia attacked X, officials said": the report comes first
    for clause in clauses:
        # "attempted to hack": the act may be the complement of a verb of trying.
        nodes = [clause, *clause.conjuncts]
        nodes += [x for n in list(nodes) for x in children(n, "xcomp")]
        for node in nodes:
            act = trigger_of(node, triggers)
            if act is None or act.family not in WORDS.hostile_families or is_negated(node):
                continue
            if any(c.dep_ == "aux" and c.lower_ in WORDS.intent_modals for c in node.children):
                continue  # "said Russia would suspend ...": an intention, not an accusation
            subjects = children(node, "nsubj") or shared_subject(node)
            found.extend(m for t in subjects for m in resolve_argument(ctx, t))
    return [m for m in found if m.type in ACTOR_TYPES]


def _recipients(ctx: DocContext, verb: Token, trigger: Trigger) -> list[ActorMention]:
    """The party a thing is aimed at when the direct object is that thing.

    "imposed sanctions on Belarus", "demanded compensation from Russia", "advised against travel
    to Tunisia": the object is the
    preposition's object, whether the parser hung the preposition on the noun or (a common
    slip of the small model) on the verb.
    """
    things = children(verb, "dobj")
    # "advised against travel to Tunisia": the thing may be the object of the trigger's own
    # preposition.
    own_preps = trigger.object_preps | ({trigger.words[1]} if len(trigger.words) == 2 else set())
    things += prep_objects(verb, frozenset(own_preps))
    if not things:
        return []
    preps = WORDS.recipient_prepositions | trigger.object_preps
    tokens = [t for thing in things for t in prep_objects(thing, preps)]
    tokens += prep_objects(verb, preps)
    return [m for t in tokens for m in resolve_argument(ctx, t, acted_on=True)]


def _noun_arguments(
    ctx: DocContext, noun: Token, trigger: Trigger, triggers: TriggerTable
) -> tuple[list[ActorMention], list[ActorMention]]:
    subject_tokens = children(noun, "poss")
    for prep in children(noun, "prep"):
        if prep.lower_ == "by":
            subject_tokens.extend(children(prep, "pobj"))
    subjects = [m for t in subject_tokens for m in resolve_argument(ctx, t)]
    for child in children(noun, "amod", "compound"):
        mention = ctx.by_token.get(child.i)
        if mention and mention.country and not subjects:
            subjects.append(as_actor(mention))
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
    if not subjects and governing_verb is not None:
        governing = children(governing_verb, "nsubj") or shared_subject(governing_verb)
        subjects = [m for t in governing for m in resolve_argument(ctx, t)]
    if not subjects and trigger.reciprocal:
        # "talks between Israel and Lebanon resumed": the parties act on each other; only
        # named ones ("the first meeting between a sitting American president and a leader of
        # North Korea" is no meeting of the two states).
        between = prep_objects(noun, frozenset({"between"}))
        named = [t for b in between for t in (b, *b.conjuncts) if t.i in ctx.by_token]
        parties = [as_actor(ctx.by_token[t.i]) for t in named]
        if len({p.key for p in parties if p.type in ACTOR_TYPES}) > 1:
            return parties, []
    object_tokens = prep_objects(noun, trigger.object_preps) + extra_objects
    if not object_tokens and governing_verb is not None and noun.dep_ == "dobj":
        # "launched airstrikes on Yemen": the small model often hangs the noun's preposition on
        # the light verb that takes it.
        object_tokens = prep_objects(governing_verb, trigger.object_preps)
    for clause in children(noun, "acl", "ccomp", "relcl"):
        if any(c.lower_ == "that" and c.dep_ in ("mark",) for c in clause.children):
            object_tokens.extend(children(clause, "nsubj", "nsubjpass"))
    objects = [m for t in object_tokens for m in resolve_argument(ctx, t, acted_on=True)]
    if not objects and trigger.family == "03":
        objects = resolve_argument(ctx, noun)  # "Lavrov's proposal" refers to the plan itself
    return subjects, objects


def _governing_verb(noun: Token, trigger: Trigger, triggers: TriggerTable) -> Token | None:
    """The verb whose subject is the actor of a noun trigger that names no actor itself.

    * "Turkey announced sanctions against Sweden", "held talks with": the verb that takes the
      noun as its object (light verbs: hold, launch, impose, make; see ``_passes_subject``);
    * "Trump backtracked following talks with Putin": a meeting noun after "after",
      "following", "during" or "before" was attended by the clause's subject; so was one after
      "for" on a verb of travelling ("flew to Khartoum for talks with Sudan").
    """
    prep = noun.head
    # "discussed following talks with X": the small model may read "following" as a verb.
    temporal = noun.dep_ in ("pobj", "dobj") and prep.lower_ in WORDS.temporal_prepositions
    if trigger.family == "04" and temporal and prep.head.pos_ in ("VERB", "AUX"):
        return verb_with_subject(prep.head)
    # "flew to Khartoum for talks with Sudan": the traveller attends the talks.
    travel = prep.lower_ == "for" and prep.head.lemma_.lower() in WORDS.travel_lemmas
    if trigger.family == "04" and noun.dep_ == "pobj" and travel:
        return verb_with_subject(prep.head)
    if noun.dep_ == "dobj" and _passes_subject(noun.head, trigger, triggers):
        return noun.head
    return None


def _passes_subject(verb: Token, trigger: Trigger, triggers: TriggerTable) -> bool:
    """Whether the subject of ``verb`` is the actor of the noun trigger it takes as object.

    Light verbs ("hold talks", "launch an investigation") and verbs of announcing or offering
    ("announced sanctions", "proposed talks") pass their subject on; a verb that is itself an
    act on the noun does not: who lifts or rejects sanctions is not who imposed them.
    """
    if verb.lemma_.lower() in WORDS.receiving_lemmas:
        return (
            False  # "received aid": the receiver is not the giver (extract.relations.converse_acts)
        )
    own = trigger_of(verb, triggers)
    return own is None or own.family in ("01", "03") or own.predicate == trigger.predicate
