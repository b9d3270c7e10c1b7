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

from extract.article_context import article_date
from extract.doc_words import doc_words
from extract.mentions.mention import ACTOR_TYPES, ActorMention, country_keys
from extract.relations.attributions import attributions
from extract.relations.clause_parts import child_lowers, children, prep_objects, quoted_speakers
from extract.relations.conditional_threats import WARNING, warned_actors
from extract.relations.converse_acts import converse_acts
from extract.relations.doc_context import DocContext
from extract.relations.findings import as_finding, finding_positions
from extract.relations.firm_deals import company_purchase, deal_between_firms
from extract.relations.hostile_reports import hostile_clause_actors
from extract.relations.modality import is_negated, modality_of
from extract.relations.modifier_sides import audience_origins, partner_origins
from extract.relations.noun_arguments import noun_arguments
from extract.relations.occasions import occasions_of
from extract.relations.outlets import is_news_outlet, outlet_phrase_tokens, relayed_news
from extract.relations.own_reports import own_sides, speaks_for_itself
from extract.relations.proposals import owned_proposals
from extract.relations.senses import (
    as_criticism,
    as_foreign_sanction,
    measured_goods,
    names_no_side,
    other_sense,
)
from extract.relations.stances import stances
from extract.relations.statement_topics import statement_topics, without_own_acts
from extract.relations.tabled_proposals import tabled_proposals
from extract.relations.trigger_words import possible_positions, trigger_of
from extract.relations.unrealised import as_threat, is_refused
from extract.relations.verb_arguments import verb_arguments
from extract.relations.visits import foreign_destinations
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


@dataclass
class _Act:
    """One trigger read with its arguments, before it becomes edges."""

    token: Token
    trigger: Trigger
    subjects: list[ActorMention]
    objects: list[ActorMention]
    negated: bool
    modality: str | None

    def edge(
        self, subject: ActorMention, obj: ActorMention, predicate: str = "", cameo: str = ""
    ) -> RelationCandidate:
        """A candidate edge of this act (its own predicate and code unless given others)."""
        return RelationCandidate(
            subject,
            predicate or self.trigger.predicate,
            obj,
            cameo if predicate else self.trigger.cameo,
            self.negated,
            self.modality,
            self.token,
        )


def find_relations(ctx: DocContext, triggers: TriggerTable) -> Iterator[RelationCandidate]:
    """Every relation the triggers find in a doc, in document order."""
    parties: set[tuple[str, str, int]] = set()
    attending = triggers.verb("attend")
    # Only a token that may be a trigger or a verb of finding makes an act (``_read_act``
    # returns None for any other): the rest are passed over without reading them.
    doc = ctx.doc
    acting = sorted(possible_positions(doc, triggers) | finding_positions(doc))
    for token in (doc[i] for i in acting):
        act = _read_act(ctx, token, triggers)
        if act is not None:
            yield from _act_edges(ctx, act, parties)
            # "said at the summit": who acts or speaks at a gathering attended it
            # (extract.relations.occasions; "a news conference" is no gathering node).
            if attending is not None and act.trigger.pos == "verb":
                yield from _attendances(ctx, act, attending)
    saying = triggers.verb("say")
    for claim in attributions(ctx, triggers):  # "according to Spain, Russia attacked Ukraine"
        claimed = _ACCUSING if claim.accusing or saying is None else saying
        yield RelationCandidate(
            claim.source, claimed.predicate, claim.topic, claimed.cameo, False, None, claim.marker
        )
    proposing = triggers.verb("propose")
    if proposing is not None:
        for proposer, plan, noun in owned_proposals(ctx):  # "Andriessen's latest package"
            yield RelationCandidate(
                proposer, proposing.predicate, plan, proposing.cameo, False, None, noun
            )
        for proposer, plan, negated, modality, i in tabled_proposals(ctx, proposing):
            yield RelationCandidate(  # "will present a bill"
                proposer, proposing.predicate, plan, proposing.cameo, negated, modality, ctx.doc[i]
            )
    for stance in stances(ctx):  # "a tax which Germany is against"
        stated = triggers.verb(stance.lemma)
        if stated is not None:
            yield RelationCandidate(
                stance.side,
                stated.predicate,
                stance.thing,
                stated.cameo,
                stance.negated,
                stance.modality,
                stance.marker,
            )
    for converse in converse_acts(ctx, triggers):  # "received assurances from the government"
        yield RelationCandidate(
            converse.giver,
            converse.act.predicate,
            converse.receiver,
            converse.act.cameo,
            converse.negated,
            converse.modality,
            converse.verb,
        )


def _read_act(ctx: DocContext, token: Token, triggers: TriggerTable) -> _Act | None:
    """The act ``token`` triggers with its subjects and objects, or ``None``."""
    trigger = as_finding(token, trigger_of(token, triggers))  # "concluded that ..."
    if trigger is None:
        return None
    verb = trigger.pos == "verb"
    # A verb only the CAMEO dictionary codes (extract.relations.dictionary_verbs).
    dictionary_code = verb and len(trigger.words) == 1 and triggers.verb(trigger.words[0]) is None
    if verb and is_refused(token):
        # "refused to recognize": the refusal is the event (extract.relations.unrealised); an
        # act wished on someone stays, marked "wished" (extract.relations.modality)
        return None
    if verb and other_sense(ctx, token):  # "met its obligations" (extract.relations.senses)
        return None
    trigger = as_criticism(token, trigger, triggers)  # "attacked Trump for the tweet" (senses)
    if not verb and measured_goods(token, trigger, triggers):  # "tariffs on Japanese exports"
        return None
    threat = as_threat(trigger, token)  # "said they will attack Iraq"
    trigger = threat or trigger
    if verb:
        subjects, objects = verb_arguments(ctx, token, trigger)
    else:
        subjects, objects = noun_arguments(ctx, token, trigger, triggers)
    if dictionary_code and deal_between_firms(ctx, subjects, objects):
        return None  # "ICI bought Glidden": extract.relations.firm_deals
    if dictionary_code and company_purchase(ctx, token, subjects, objects):
        return None  # "Sosnoff offered to buy Caesars World Inc"
    if verb and trigger.family == "01":
        # "'You don't do deals', the prime minister told BBC One": the outlet is where it was
        # said, not what it was said to or about; in "told Saudi businessmen" where those told
        # come from is no side told (extract.relations.modifier_sides).
        left_out = outlet_phrase_tokens(token) | audience_origins(ctx, token)
        objects = [o for o in objects if not is_news_outlet(o) and o.start not in left_out]
    objects = relayed_news(subjects, objects)  # "IRNA, monitored by the BBC, said ..."
    if verb:  # "cooperate with a Canadian firm": no act with Canada (modifier_sides)
        private = partner_origins(ctx, token, trigger)
        objects = [o for o in objects if o.start not in private]
    if verb and trigger.family == "01" and trigger.cameo not in ("015", "016"):
        trigger, objects = _statement(ctx, token, triggers, trigger, subjects, objects)
    # "conducts no trade with Nicaragua": a noun act is negated by its "no".
    negated = is_negated(token) if verb else _has_negating_determiner(token)
    if negated and trigger.family in WORDS.refusal_codes:
        # CAMEO codes a refused act of cooperation as a rejection ("would not provide
        # support" is 121): the edge keeps its predicate and negated=true.
        trigger = replace(trigger, cameo=WORDS.refusal_codes[trigger.family])
    if verb and token.lemma_.lower() in WORDS.travel_lemmas | WORDS.stay_lemmas:
        objects = foreign_destinations(token, subjects, objects)  # extract.relations.visits
    trigger = as_foreign_sanction(trigger, subjects, objects, triggers)  # "banned Mahan Air"
    subject_keys = {s.key for s in subjects}
    # "Lavrov and Borrell said they agreed": the speakers are not what they talk about.
    objects = [o for o in objects if o.key not in subject_keys]
    # A threat or an announcement is itself an act that took place; so is the saying of one
    # quoted ("the statement quoted Yu as telling officials"), whatever it says.
    quoted = verb and trigger.family == "01" and bool(quoted_speakers(token))
    modality = None if threat or quoted else modality_of(token)
    parties = subjects + (objects if trigger.symmetric else [])
    if modality == "reported" and speaks_for_itself(ctx, token, parties):
        modality = None  # "U.S. warships destroyed ..., the Pentagon said" (own_reports)
    if modality == "reported" and not verb and _names_gathering(ctx, token, trigger):
        # "a Franco-German meeting failed to make progress, diplomats said": the meeting the
        # article names took place; what the source reports is how it went (as for its
        # attendees: extract.relations.occasion_participants).
        modality = None
    return _Act(token, trigger, subjects, objects, negated, modality)


def _names_gathering(ctx: DocContext, noun: Token, trigger: Trigger) -> bool:
    mention = ctx.by_token.get(noun.i)
    return trigger.family == "04" and mention is not None and mention.type is EntityType.EVENT


def _has_negating_determiner(noun: Token) -> bool:
    return any(word in WORDS.negation_words for word in child_lowers(noun, "det"))


def _statement(
    ctx: DocContext,
    verb: Token,
    triggers: TriggerTable,
    trigger: Trigger,
    subjects: list[ActorMention],
    objects: list[ActorMention],
) -> tuple[Trigger, list[ActorMention]]:
    """What a statement amounts to: an accusation of the actors of a hostile act it reports
    ("claimed that ISIL had attacked Iraq"), a warning of those a conditional consequence
    awaits ("said the bloc would act if Russia did not change course"), else itself."""
    if subjects and all(is_news_outlet(s) for s in subjects):
        # "IRNA said Iran had seized several heights": an outlet passes the news on; it
        # accuses, warns or speaks of nobody (the reported act keeps its own edge).
        return trigger, []
    # The speakers and their countries, by the text or the actor dictionary ("the Pentagon").
    when = article_date(ctx.doc)
    speakers = {a for s in subjects for a in own_sides(s, when)}
    accused = [
        o
        for o in hostile_clause_actors(ctx, verb, triggers)
        if o not in objects and o.key not in speakers
    ]
    warned = [] if accused or objects else warned_actors(ctx, verb, triggers)
    if warned:
        trigger, objects = WARNING, [w for w in warned if w.key not in speakers]
    if accused and not objects:
        trigger, objects = _ACCUSING, accused
    if not objects and not warned:
        # "Issoufou said Nigeria is Africa's biggest economy": said → what it is about.
        # The speaker's side: the countries any mention of the speaker is tied to ("Portuguese
        # minister Ana Costa ... Costa said").
        own_side = speakers | {
            c for m in ctx.mentions if m.key in speakers for c in country_keys(m)
        }
        objects = statement_topics(ctx, verb, triggers, frozenset(own_side))
    if trigger.family == "01":  # "said he welcomed the plan": the welcome is the edge
        objects = without_own_acts(ctx, verb, triggers, speakers, objects)
    return trigger, objects


def _act_edges(
    ctx: DocContext, act: _Act, parties: set[tuple[str, str, int]]
) -> Iterator[RelationCandidate]:
    """The edges of one act; ``parties`` are the (subject, agreement, sentence) made so far."""
    objects = act.objects
    if act.trigger.cameo in WORDS.side_target_codes and names_no_side(ctx, objects):
        # "imposes a tax on physical trades": a sanction is put on a side; a measure that
        # names none is one at home and no act on anyone. With a side named ("sanctions on
        # Cuba", "on Russian officials") the measure's own node keeps its edge too.
        objects = []
    if act.trigger.predicate in WORDS.talking_predicates:
        # "speaking to the annual conference": a gathering is addressed, not talked with
        # (its attendance: extract.relations.occasion_participants).
        objects = [o for o in objects if o.type is not EntityType.EVENT]
    agreements = [o for o in objects if o.type is EntityType.AGREEMENT]
    if act.trigger.predicate in WORDS.agreeing_predicates and agreements:
        # "reached the deal with Iran": who the deal is made with is a party to it, not
        # something agreed.
        for co_party in [o for o in objects if o.type in ACTOR_TYPES]:
            for agreement in agreements:
                yield act.edge(co_party, agreement, "party_to")
        objects = agreements
    actors = [s for s in act.subjects if s.type in ACTOR_TYPES]
    if act.trigger.reciprocal and len(actors) > 1 and not _has_complement(act.token, act.trigger):
        # "Putin and Trump met", "Vietnam and Malaysia agree that ...": each acts on each.
        yield from (act.edge(s, o) for s in actors for o in actors if o.key != s.key)
        return
    for subject in actors:
        if act.trigger.family == "01" or act.trigger.predicate == "accused":
            ctx.accusers.append(subject)  # "the allegations" later refers to their claims
        yield from _directed_edges(ctx, act, subject, objects, parties)


def _attendances(ctx: DocContext, act: _Act, attending: Trigger) -> Iterator[RelationCandidate]:
    """ "Putin and Erdogan met at the G20 summit": each actor attended the summit
    (``extract.relations.occasions``)."""
    events = occasions_of(ctx, act.token, act.trigger.family)
    present = act.subjects + (act.objects if act.trigger.symmetric else [])  # whom they met, too
    for actor in [a for a in present if a.type in ACTOR_TYPES]:
        for event in events:
            yield act.edge(actor, event, attending.predicate, attending.cameo)


def _directed_edges(
    ctx: DocContext,
    act: _Act,
    subject: ActorMention,
    objects: list[ActorMention],
    parties: set[tuple[str, str, int]],
) -> Iterator[RelationCandidate]:
    """The edges from one subject of an act to its objects (and back, for a symmetric act)."""
    trigger = act.trigger
    # "met with dissidents from Myanmar": the dissidents stand for Myanmar as the object,
    # but Myanmar did not meet anyone, so the meeting is not read back.
    group_object = trigger.symmetric and _object_is_a_group(act.token, trigger)
    for obj in objects:
        if obj.key == subject.key:
            continue
        if trigger.predicate == "accused" and not act.negated:
            ctx.accusations.append((subject, obj))
        yield act.edge(subject, obj)
        if trigger.symmetric and obj.type in ACTOR_TYPES and not group_object:
            yield act.edge(obj, subject)
        party = (subject.key, obj.key, doc_words(ctx.doc).sentence_bounds[act.token.i][0])
        # "did not sign the package": a refused signature makes no party (the negated
        # "signed" edge says it); only acts that happened do.
        if (
            trigger.predicate in WORDS.agreeing_predicates
            and obj.type is EntityType.AGREEMENT
            and party not in parties
            and not act.negated
        ):
            parties.add(party)
            yield act.edge(subject, obj, "party_to")


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
