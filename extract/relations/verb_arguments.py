"""The subjects and objects of a verb trigger, as ``extract.relations.find`` describes them.

Beyond the verb's own subject and object, a relative clause's head noun is its missing
argument ("an accusation Moscow denied"), a verb without a subject borrows the one it shares
("agreed to set up"), and when no object names an actor, the rules of last resort are tried
in turn: the party a thing is aimed at ("imposed sanctions on Belarus"), the complement's
object ("agreed to set up a group"), indirect targets (``extract.relations.indirect_targets``),
the subject of a denied or demanded clause, the agreement a statement is about, and the
accuser a denial answers (``extract.relations.denials``). A statement that reports a hostile
act names its actor (``extract.relations.hostile_reports``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import (
    bare_participle_clause,
    child_lowers,
    children,
    clause_children,
    copula_subject,
    has_child,
    prep_objects,
    shared_subject,
)
from extract.relations.companions import companions
from extract.relations.denials import accuser_answered
from extract.relations.doc_context import DocContext
from extract.relations.firm_deals import part_changing_hands, thing_changing_hands
from extract.relations.indirect_targets import complement_recipients, struck_country
from extract.relations.issued_acts import document_issuers, report_publishers
from extract.relations.modifier_sides import without_named_sides
from extract.relations.participles import is_prenominal_participle, participle_arguments
from extract.relations.shared_objects import shared_object_tokens
from extract.relations.unnamed_nominals import is_measure
from extract.types import EntityType
from extract.vocabulary.triggers import Trigger
from extract.vocabulary.word_lists import WORDS

# What a stance is on: "opposed to the tax".
_STANCE_PREPOSITIONS = frozenset({"to"})


def verb_arguments(
    ctx: DocContext, verb: Token, trigger: Trigger
) -> tuple[list[ActorMention], list[ActorMention]]:
    """Subjects and objects of a verb trigger, read as the module docstring describes."""
    if is_prenominal_participle(verb):  # "Qatari-backed plan", "the proposed EC tax"
        return participle_arguments(ctx, verb, trigger)
    return _clause_arguments(ctx, verb, trigger)


def _agents(verb: Token) -> list[Token]:
    """The ``by`` agents of a passive verb; "attended by the ministers and by President
    Mitterrand": each "by" of a list names agents."""
    return [
        p
        for agent in children(verb, "agent")
        for by in (agent, *agent.conjuncts)
        for p in children(by, "pobj")
    ]


def _clause_arguments(
    ctx: DocContext, verb: Token, trigger: Trigger
) -> tuple[list[ActorMention], list[ActorMention]]:
    """Subjects and objects of a verb that heads its own clause."""
    subject_tokens, direct_objects, preps = _own_arguments(ctx, verb, trigger)
    object_tokens = _without_topics(_object_tokens(verb, direct_objects, preps), trigger)
    # "Iraq attacked and seized Kuwait": the first of two joined verbs shares the second's object.
    shared = [] if object_tokens else shared_object_tokens(verb, preps)
    object_tokens += shared
    takes_clause = verb.lemma_.lower() in WORDS.speech_lemmas
    if _joins_its_noun(ctx, verb, trigger, object_tokens):
        subject_tokens.append(verb.head)  # "Siemens, allied with Schneider, ..."
    elif verb.dep_ in ("acl", "relcl") and not (shared or children(verb, "dobj", "nsubjpass")):
        if (children(verb, "agent") or verb.tag_ == "VBN" or subject_tokens) and not takes_clause:
            # "a group put forth by Lavrov", "an accusation Moscow has repeatedly denied"
            object_tokens.append(verb.head)
        elif not subject_tokens:
            subject_tokens.append(copula_subject(verb.head))
    elif verb.dep_ in ("acl", "relcl") and not subject_tokens:
        subject_tokens.append(copula_subject(verb.head))  # "the only country to accuse Russia"
    if not subject_tokens:
        subject_tokens = _gerund_doers(ctx, verb) or _borrowed_subjects(verb)
    subjects = [m for t in subject_tokens for m in resolve_argument(ctx, t)]
    if not any(s.type in ACTOR_TYPES for s in subjects):
        # "a decree that recognized ...", "a report released in Kigali alleged ..."
        subjects = document_issuers(ctx, verb) or report_publishers(ctx, verb) or subjects
    objects = [m for t in object_tokens for m in resolve_argument(ctx, t, acted_on=True)]
    objects = without_named_sides(ctx, verb, object_tokens, objects)
    if not objects:  # "launched an attack against Iran": the act noun names the target
        act_nouns = children(verb, "dobj")
        targets = [p for noun in act_nouns for p in prep_objects(noun, frozenset(preps))]
        objects = [m for t in targets for m in resolve_argument(ctx, t, acted_on=True)]
    if not objects or any(is_measure(ctx.doc, o) for o in objects):
        # "imposed sanctions on Belarus"; "lifted the sanctions on Iran" bears on the measure
        # and on whom it targets.
        objects += _recipients(ctx, verb, trigger)
    if not objects:  # "agreed on Friday to set up a group": the complement's object
        objects = _complement_objects(ctx, verb, trigger)
    if not objects:  # "threatened to close its border with Cambodia", "telephoned X to offer"
        objects = (
            complement_recipients(ctx, verb, trigger)
            or struck_country(ctx, verb, trigger)
            or _contacted_party(ctx, verb)
        )
    # "demanded that Morocco take back the migrants": a demand's clause names whom it is on.
    clause_families = ("02", "10", "11", "12")
    if not objects and (trigger.family in clause_families or trigger.cameo in ("015", "016")):
        # "denied that the campaigns were linked to the Kremlin", "acknowledged that Pakistan
        # had offered talks", "wants Putin to act": the clause's subject is what is denied,
        # acknowledged or appealed to. A
        # plain "said that X ..." is not about X (see ``hostile_clause_actors``).
        clauses = [
            c for x in clause_children(verb, "ccomp") for c in children(x, "nsubj", "nsubjpass")
        ]
        objects = [m for t in clauses for m in resolve_argument(ctx, t)]
    if not objects and trigger.family == "01" and takes_clause:
        objects = _agreement_spoken_of(ctx, verb)
    if not objects and trigger.cameo == "016" and children(verb, "ccomp"):
        objects = accuser_answered(ctx, subjects)  # extract.relations.denials
    return subjects, objects


def _joins_its_noun(ctx: DocContext, verb: Token, trigger: Trigger, partners: list[Token]) -> bool:
    """Whether a participle after a name says that actor acts with a partner: "Siemens,
    allied with Schneider, bid for CGCT". A mutual act has no passive reading, so the name is
    the one that acts, not what is acted on; only a name, since a noun that names no actor
    would be read through its owner ("Sweden's ... allied with Matra" is no act of Sweden's)."""
    return (
        trigger.symmetric
        and verb.head.i in ctx.by_token
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and bool(partners)
        and not children(verb, "agent", "dobj", "nsubjpass")
    )


def _borrowed_subjects(verb: Token) -> list[Token]:
    """The subject a verb without one borrows: the one it shares with the verbs above it
    ("agreed to set up"), except for an agentless passive: "assumes the presidency if the
    President is killed" names no killer, and only an announcer is the doer of what it
    announces. So is a bare participle clause: in "Asked if the bank would cut rates, Sumita
    said ..." Sumita is the one asked, and whoever asked is not named.
    """
    if has_child(verb, "auxpass") and not children(verb, "agent"):
        return _announcer(verb) or _agents_of_the_occasion(verb)
    if bare_participle_clause(verb):
        return []
    return shared_subject(verb)


def _contacted_party(ctx: DocContext, verb: Token) -> list[ActorMention]:
    """Whom an act of purpose is aimed at when it names nobody: the one contacted for it.
    "Abbott telephoned Widodo to offer his condolences" → Widodo (``WORDS.contact_lemmas``)."""
    contact = verb.head
    purpose = verb.dep_ in ("advcl", "xcomp") and "to" in child_lowers(verb, "aux")
    if not purpose or contact.lemma_.lower() not in WORDS.contact_lemmas:
        return []
    found = [m for t in children(contact, "dobj") for m in resolve_argument(ctx, t)]
    return [m for m in found if m.type in ACTOR_TYPES]


def _gerund_doers(ctx: DocContext, verb: Token) -> list[Token]:
    """Who does what a gerund after "of" or "for" says: the object of the verb the preposition
    hangs on ("accused Iraq of attacking Kuwait", "praised China for helping Vietnam"), or that
    verb's passive subject ("Iraq was accused of attacking Kuwait"). Only an object that names
    an actor: in "won praise for helping Chad" the helping is still the subject's."""
    prep = verb.head
    if (
        verb.dep_ != "pcomp"
        or prep.dep_ != "prep"
        or prep.lower_ not in WORDS.gerund_control_prepositions
        or prep.head.pos_ not in ("VERB", "AUX")
    ):
        return []
    controllers = [c for c in children(prep.head, "dobj", "nsubjpass") if c.i < prep.i]
    return [
        c
        for c in controllers
        if any(m.type in ACTOR_TYPES for m in resolve_argument(ctx, c, acted_on=True))
    ]


def _agents_of_the_occasion(verb: Token) -> list[Token]:
    """Whose act an agentless passive happened in: "was killed in an attack by India's BSF",
    "were wounded during shelling by the army": the act's "by" phrase names the doer."""
    occasions = [
        o
        for p in children(verb, "prep")
        if p.lower_ in WORDS.occasion_prepositions
        for o in children(p, "pobj")
    ]
    return [
        a
        for o in occasions
        for by in children(o, "prep")
        if by.lower_ == "by"
        for a in children(by, "pobj")
    ]


def _announcer(verb: Token) -> list[Token]:
    """Who announces an agentless passive act as their own: "Germany announced that sanctions
    would be extended" → Germany extends them. Only the subject of a verb of announcing whose
    complement the passive is; a plain "said" names no doer."""
    frame = verb.head
    if verb.dep_ != "ccomp" or frame.lemma_.lower() not in WORDS.announcing_lemmas:
        return []
    return clause_children(frame, "nsubj")


def _object_tokens(verb: Token, object_tokens: list[Token], preps: frozenset[str]) -> list[Token]:
    """The verb's direct object or passive subject (``object_tokens``) and the objects of its
    own prepositions; for a verb of moving, what it is moved from, not what is moved: "withdrew
    the US from the treaty" acts on the treaty."""
    moved_from = prep_objects(verb, preps)
    if moved_from and verb.lemma_.lower() in WORDS.moving_lemmas:
        object_tokens = [t for t in object_tokens if t.dep_ != "dobj"]
    return object_tokens + moved_from


def _own_arguments(
    ctx: DocContext, verb: Token, trigger: Trigger
) -> tuple[list[Token], list[Token], frozenset[str]]:
    """The verb's own subject and object tokens, and the prepositions that name its object.

    The subject is ``nsubj`` or the passive's ``by`` agent and the object ``dobj`` or
    ``nsubjpass``; "Bonn and Paris are opposed to the proposal" is no passive: the copula's
    subject holds the stance, and the "to" phrase is what it is on.
    """
    preps = trigger.object_preps | ({trigger.words[1]} if len(trigger.words) == 2 else set())
    if _states_stance(verb):
        holders = _named_subjects(
            ctx, children(verb, "nsubjpass", "nsubj") or children(verb.head, "nsubj")
        )
        # "is against the tax, along with Britain": the companions may hang on the copula.
        beside = companions(verb, holders) + companions(verb.head, holders)
        holders += [t for t in dict.fromkeys(beside) if t not in holders]
        return holders, [], preps | _STANCE_PREPOSITIONS
    subject_tokens = _named_subjects(ctx, clause_children(verb, "nsubj"))
    subject_tokens.extend(companions(verb, subject_tokens))  # "X, along with Y, opposed"
    subject_tokens.extend(_agents(verb))
    return subject_tokens, clause_children(verb, "dobj", "nsubjpass"), frozenset(preps)


def _states_stance(verb: Token) -> bool:
    """Whether a stance participle follows "be" with a "to" phrase ("are opposed to the tax").

    The small model reads "X is opposed to Y" as an adjectival complement or as a passive with
    no agent, and "with X opposed to Y" as a clause with X its subject; either way X holds the
    stance (``WORDS.stance_participles``).
    """
    if verb.lower_ not in WORDS.stance_participles or children(verb, "agent"):
        return False
    adjectival = verb.dep_ == "acomp" and verb.head.lemma_ == "be"
    # "with West Germany as strongly opposed to it as Britain": a clause of its own.
    adjectival = adjectival or (verb.dep_ == "advcl" and bool(children(verb, "nsubj")))
    passive = bool(children(verb, "nsubjpass")) and any(
        c.lemma_ == "be" for c in children(verb, "auxpass")
    )
    return (adjectival or passive) and bool(prep_objects(verb, _STANCE_PREPOSITIONS))


def _complement_objects(ctx: DocContext, verb: Token, trigger: Trigger) -> list[ActorMention]:
    """The object of the verb's open complement: "agreed on Friday to set up a group".

    An appeal has none: what the appealer wants to do itself is no one appealed to
    ("Diversified wants to sell its Theodore Sall units", "Washington wants to involve the
    IADB"); a want is an appeal only when it is put to someone (eval/GUIDELINES.md).
    """
    if trigger.family == "02":
        return []
    complements = [c for x in children(verb, "xcomp") for c in children(x, "dobj")]
    agreeing = trigger.predicate in WORDS.agreeing_predicates
    # "agreed to lift the sanctions": the lifting acts on the measure; "agreed to sell its
    # Amphenol unit", "agreed to acquire General Energy Inc": the unit or company changes
    # hands; "agreed to discuss the problems of Afghanistan": Afghanistan is the topic. Nothing
    # was agreed with any of them.
    return [
        m
        for t in complements
        if not (agreeing and (thing_changing_hands(t) or t.lemma_.lower() in WORDS.topic_nouns))
        for m in resolve_argument(ctx, t, acted_on=True)
        if not (agreeing and (is_measure(ctx.doc, m) or part_changing_hands(t, m)))
    ]


def _named_subjects(ctx: DocContext, subjects: list[Token]) -> list[Token]:
    """The subjects less a title the small model split off the name it belongs to: in "Niger's
    president Mahamadou Issoufou said", "president" and "Issoufou" are both ``nsubj``, and the
    title (whose possessor is the country) is no second speaker."""
    if len(subjects) < 2:
        return subjects
    return [
        t
        for t in subjects
        if t.i in ctx.by_token
        or not (
            (named := ctx.by_token.get(t.i + 1)) is not None
            and named.type is EntityType.PERSON
            and any(s.i >= named.start and s.i < named.end for s in subjects)
        )
    ]


def _without_topics(object_tokens: list[Token], trigger: Trigger) -> list[Token]:
    """ "gathered to discuss Libya-Turkey relations": for a consultation the relations are its
    topic, and their sides are not who the talks are with ("relations with Japan" still names
    Japan, read from the noun's own preposition); so are the sides of a subject matter
    (``WORDS.topic_nouns``: "discussed the problems of Afghanistan")."""
    if trigger.family != "04":
        return object_tokens
    topics = WORDS.relation_nouns | WORDS.topic_nouns
    return [t for t in object_tokens if t.lemma_.lower() not in topics]


def _agreement_spoken_of(ctx: DocContext, verb: Token) -> list[ActorMention]:
    """A statement about an agreement is a statement on it: "Xie said the agreement was not
    perfect", "announced that the Paris Agreement had been adopted", "said the missile did not
    violate the treaty" → the speaker said → the agreement. Only an agreement that is the
    clause's subject counts; people and countries in the clause are not what
    a plain statement is about (see ``hostile_clause_actors``)."""
    # Only the clause's subject: a direct object is what the clause's own subject does to it
    # ("said the government should relax its controls", "said Britain opposes the tax").
    arguments = [
        a for x in clause_children(verb, "ccomp") for a in children(x, "nsubj", "nsubjpass")
    ]
    found = [m for t in arguments for m in resolve_argument(ctx, t)]
    # A measure is spoken of like an agreement: "said the tax would hurt exporters".
    return [m for m in found if m.type is EntityType.AGREEMENT or is_measure(ctx.doc, m)]


def _recipients(ctx: DocContext, verb: Token, trigger: Trigger) -> list[ActorMention]:
    """The party a thing is aimed at when the direct object is that thing.

    "imposed sanctions on Belarus", "demanded compensation from Russia", "advised against travel
    to Tunisia": the object is the
    preposition's object, whether the parser hung the preposition on the noun or (a common
    slip of the small model) on the verb.
    """
    things = children(verb, "dobj")
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        things.append(verb.head)  # "the embargo on Cuba imposed by the US": the noun is the thing
    # "advised against travel to Tunisia": the thing may be the object of the trigger's own
    # preposition.
    own_preps = trigger.object_preps | ({trigger.words[1]} if len(trigger.words) == 2 else set())
    things += prep_objects(verb, frozenset(own_preps))
    if not things:
        return []
    preps = WORDS.recipient_prepositions | trigger.object_preps
    tokens = [t for thing in things for t in prep_objects(thing, preps)]
    tokens += prep_objects(verb, preps)
    found = [m for t in tokens for m in resolve_argument(ctx, t, acted_on=True)]
    if any(t.lemma_.lower() in WORDS.lodged_nouns for t in things):
        # "filed a complaint with GATT": a body a complaint is lodged with hears it; only a state
        # or a person it is lodged with ("a complaint with China") receives it.
        forums = {
            t.i
            for t in prep_objects(verb, _WITH) + [t for h in things for t in prep_objects(h, _WITH)]
        }
        found = [m for m in found if not _is_forum(m, forums)]
    return found


_WITH = frozenset({"with"})


def _is_forum(mention: ActorMention, with_objects: set[int]) -> bool:
    """Whether ``mention`` stands after "with" as a body, neither a state nor a person."""
    lodged = any(mention.start <= i < mention.end for i in with_objects)
    return lodged and mention.country is None and mention.type is not EntityType.PERSON
