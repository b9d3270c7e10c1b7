"""Who takes part in a gathering, read off the phrase that names it.

"the GCC finance ministers' talks", "a meeting of EC agriculture ministers", "separate talks
with Finance Minister Kiichi Miyazawa", "Kohl's meeting with Mitterrand": the actors named
inside the gathering's name, after its "with"/"between"/"among", or as its possessor took part
in it. Each gets an edge to the gathering's node with the predicate the trigger table gives
``attend`` (the act of taking part), carrying the modality of the clause that states the
gathering ("will hold talks" is planned). The heads that denote gatherings are
``WORDS.gathering_heads``; a date possessor ("Tuesday's meeting") names no participant. The
sides of an exchange (``WORDS.exchange_heads``: "his talks with Lawson", "negotiations between
Brazil and the banks") talked with each other and attended nothing: only the actors inside its
name ("the GATT ministerial talks") attend it. Whoever holds, opens or ends a gathering
("GCC ministers have ended talks", "Ongpin starts negotiations with the committee") took part in
it, exchange or not (``_holders``), and so did whoever speaks right after it ("told reporters
after the two-day talks"), whoever chairs it ("the conference's president, X") and whoever is
somewhere for it ("Yeutter, in New Zealand for informal GATT talks, told Reuters":
``_present_for``). An organisation whose meeting it is ("the annual meeting of the Asian
Development Bank") convenes it and attends nothing (``_conveners``)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from extract.doc_words import doc_words
from extract.labels import TIME_LABELS, label_ids
from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.mentions.no_node_nouns import is_briefing
from extract.relations.antecedents import event_named_before
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import children, object_head, shared_subject
from extract.relations.doc_context import DocContext
from extract.relations.find import RelationCandidate
from extract.relations.modality import modality_of
from extract.roles.state_actors import as_actor
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm
from extract.vocabulary.triggers import TriggerTable
from extract.vocabulary.word_lists import WORDS

#: The verb whose trigger line gives the predicate and code of taking part.
_TAKING_PART = "attend"
_NOUN_IDS = label_ids(frozenset({"NOUN"}))
#: Prepositions that put a speech before a gathering ("spoke at", "a speech to").
_ADDRESSED_PREPOSITIONS = frozenset({"at", "to", "before"})
#: Words that put someone somewhere ("in Tokyo", "at the hotel", "here").
_LOCATING = frozenset({"in", "at", "here", "there"})
#: Prepositions on a gathering's head that name who meets.
_PARTY_PREPOSITIONS = frozenset({"with", "between", "among"})


def occasion_participants(ctx: DocContext, triggers: TriggerTable) -> Iterator[RelationCandidate]:
    """``participant attended gathering`` edges for every gathering the article names."""
    trigger = triggers.verb(_TAKING_PART)
    if trigger is None:
        return
    seen: set[tuple[str, str]] = set()
    for mention, head, participants in _gathering_parties(ctx):
        for participant in participants:
            pair = (participant.key, mention.key)
            if participant.key == mention.key or pair in seen:
                continue
            seen.add(pair)
            yield RelationCandidate(
                participant,
                trigger.predicate,
                mention,
                trigger.cameo,
                False,
                _modality(head),
                head,
            )


def _modality(head: Token) -> str | None:
    """The clause's modality, except "reported": a gathering the article names is taken as
    having happened even when a source speaks of it ("after the summit, officials said")."""
    modality = modality_of(head)
    return None if modality == "reported" else modality


def _gathering_parties(
    ctx: DocContext,
) -> Iterator[tuple[ActorMention, Token, list[ActorMention]]]:
    """Each gathering with the head that names it and who took part in it there.

    A gathering named again by its bare head ("In opening the meeting, Ortega said") is the
    latest one named with that head (``event_named_before``); there only its holders are read:
    the bare phrase names nobody else.
    """
    for mention in ctx.mentions:
        if _is_gathering(ctx, mention):
            head = ctx.doc[mention.head]
            yield mention, head, _participants(ctx, mention, head)
    # Nouns whose lemma or form heads a gathering, from the Doc's lists (no Token for others).
    doc = ctx.doc
    for i in doc_words(doc).word_positions(_NOUN_IDS, WORDS.gathering_heads):
        if i in ctx.by_token:
            continue
        token = doc[i]
        for mention in event_named_before(ctx, token, False) or []:
            yield mention, token, _holders(ctx, token)


def _is_gathering(ctx: DocContext, mention: ActorMention) -> bool:
    if mention.type is not EntityType.EVENT or mention.head < 0:
        return False
    head = ctx.doc[mention.head]
    return bool({head.lemma_.lower(), head.lower_} & WORDS.gathering_heads)


def _participants(ctx: DocContext, mention: ActorMention, head: Token) -> list[ActorMention]:
    """Actors inside the name before its head or in its "of" phrase (not a demonym:
    "Franco-German" names sides, not who sat at the table; not a seat of government: "the
    Copenhagen board meeting" says where; not the topic: "a summit on the
    unrest in Iran" is no summit of Iran's), after a party preposition on the head, and its
    possessor."""
    # "Tomorrow's Group of Seven meeting - of the U.S., Japan ...": the parser may hang the
    # head's "of" phrase on a word of the name before it (extract.mentions.detached_names).
    carriers = [head, *ctx.doc[mention.start : head.i]]
    bodies = [
        pobj
        for carrier in carriers
        for prep in children(carrier, "prep")
        if prep.lower_ == "of" and prep.i > head.i
        for pobj in prep.children
    ]
    members = [t.i for pobj in bodies for t in _without_clauses(pobj)]
    conveners = _conveners(ctx, bodies)
    found = [
        inner
        for i in [*range(mention.start, head.i), *members]
        if (inner := ctx.by_token.get(i)) is not None
        and inner is not mention
        and inner.type in ACTOR_TYPES
        and inner.form not in (CountryForm.DEMONYM, CountryForm.SEAT)
        and inner not in conveners
    ]
    found += _holders(ctx, head)
    if {head.lemma_.lower(), head.lower_} & WORDS.exchange_heads:
        # "his talks with Lawson": the sides of an exchange talked with each other; none of
        # them attended an event.
        return [as_actor(m) for m in found if m.type in ACTOR_TYPES]
    tokens = [
        pobj
        for prep in children(head, "prep")
        if prep.lower_ in _PARTY_PREPOSITIONS
        for pobj in children(prep, "pobj")
    ]
    tokens += [c for c in children(head, "poss") if c.ent_type_ not in TIME_LABELS]
    found += [m for t in tokens for m in resolve_argument(ctx, t)]
    return [as_actor(m) for m in found if m.type in ACTOR_TYPES]


def _conveners(ctx: DocContext, bodies: list[Token]) -> list[ActorMention]:
    """The organisations a gathering is the meeting of ("the annual meeting of the Asian
    Development Bank", "the last meeting of EPAC"): a body's own meeting is the body in
    session, convened by it; who attends it are its members and guests, not the body.
    Members named inside the "of" phrase still attend ("a meeting of EC farm ministers")."""
    found = [ctx.by_token.get(body.i) for body in bodies]
    return [m for m in found if m is not None and m.type is EntityType.ORGANIZATION]


def _holders(ctx: DocContext, head: Token) -> list[ActorMention]:
    """Who holds the gathering (``_verb_holders``), presides over it (``_presiders``),
    speaks before it (``_speakers``) or is somewhere for it (``_present_for``)."""
    found = _verb_holders(ctx, head) + _presiders(ctx, head) + _speakers(ctx, head)
    return found + _present_for(ctx, head)


def _present_for(ctx: DocContext, head: Token) -> list[ActorMention]:
    """The people somewhere for the gathering: "Yeutter, in New Zealand for informal GATT
    talks, told Reuters", "Clark, who is in Washington for talks with Shultz", "Tanaka, here
    for the talks, said", "the minister, in Tokyo for the meeting, told reporters". Being in a
    place for a gathering is attending it; "for" with no place beside it is a purpose ("money
    for the talks") and names nobody.

    >>> import spacy
    >>> doc = spacy.blank("en")("the talks")
    >>> _present_for(DocContext(doc, []), doc[1])
    []
    """
    taken = object_head(head)
    if taken.dep_ != "pobj" or taken.head.lower_ != "for":
        return []
    anchor = taken.head.head
    locating = anchor if anchor.lower_ in _LOCATING else None
    if locating is not None:
        anchor = anchor.head  # "in Tokyo for the meeting": the place phrase carries the purpose
    else:
        locating = next((c for c in anchor.children if c.lower_ in _LOCATING), None)
    if locating is None or locating.dep_ not in ("prep", "advmod"):
        return []
    if anchor.pos_ in ("NOUN", "PROPN"):
        people = [anchor]  # "Yeutter, in New Zealand for ..."
    elif anchor.lemma_ == "be":
        people = [anchor.head] if anchor.dep_ == "relcl" else children(anchor, "nsubj")
    elif anchor.pos_ == "VERB" and locating.i > 0 and ctx.doc[locating.i - 1].text == ",":
        people = children(anchor, "nsubj")  # "the minister, in Tokyo for the meeting, told"
    else:
        return []
    found = [m for t in people for m in resolve_argument(ctx, t)]
    return [m for m in found if m.type is EntityType.PERSON]


def _speakers(ctx: DocContext, head: Token) -> list[ActorMention]:
    """Who speaks before the gathering (``WORDS.addressing_words``): "Lawson, speaking at the
    IMF meeting", "addressed the conference", "said in a speech to the summit", "his remarks
    at the talks". A speaker at a gathering is at it, as whoever holds it is.

    >>> import spacy
    >>> doc = spacy.blank("en")("the conference")
    >>> _speakers(DocContext(doc, []), doc[1])
    []
    """
    if is_briefing(head):
        return []  # "speaking at the same news conference": reporters, no gathering of sides
    taken = object_head(head)
    carrier = taken.head
    if taken.dep_ == "pobj" and carrier.lower_ in _ADDRESSED_PREPOSITIONS:
        carrier = carrier.head
    elif taken.dep_ != "dobj":
        return []
    if carrier.lemma_.lower() not in WORDS.addressing_words:
        return []
    if carrier.pos_ == "NOUN":
        # "his speech at the summit"; "said in a speech to the summit": the speech's owner,
        # else the subject of the verb the speech is part of.
        owners = children(carrier, "poss")
        if not owners:
            carrier = object_head(carrier).head
            carrier = carrier.head if carrier.dep_ == "prep" else carrier
            if carrier.pos_ not in ("VERB", "AUX"):
                return []
    elif carrier.pos_ == "VERB":
        owners = []
    else:
        return []
    speakers = owners or children(carrier, "nsubj") or shared_subject(carrier)
    if not speakers and carrier.dep_ == "acl":
        speakers = [carrier.head]  # "Lawson, speaking at the meeting, said"
    return [m for t in speakers for m in resolve_argument(ctx, t)]


def _presiders(ctx: DocContext, head: Token) -> list[ActorMention]:
    """Who chairs or hosts the gathering, named by a noun of ``WORDS.presiding_nouns`` whose
    "of" phrase or possessor it is: "the chairman of a UN conference on rubber, Manaspas Xuto",
    "the conference's president, Alejandro Martinez Cuenca", "Xuto, chairman of the
    conference". The chair sits at the gathering like anyone who holds it.

    >>> import spacy
    >>> doc = spacy.blank("en")("the conference")
    >>> _presiders(DocContext(doc, []), doc[1])
    []
    """
    if head.dep_ == "poss":
        chair = head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "of":
        chair = head.head.head
    else:
        return []
    if chair.lemma_.lower() not in WORDS.presiding_nouns or chair.pos_ != "NOUN":
        return []
    named = ctx.by_token.get(chair.head.i) if chair.dep_ == "appos" else None
    found = [named] if named is not None and named.type is EntityType.PERSON else []
    return found or [m for m in resolve_argument(ctx, chair) if m.type is EntityType.PERSON]


def _verb_holders(ctx: DocContext, head: Token) -> list[ActorMention]:
    """Who holds the gathering: the subject of the verb that takes it as its object ("held
    talks", "have ended talks", "starts negotiations": ``WORDS.holding_verbs``). Unlike the
    sides named after "with", the one who holds talks is at the table of the event itself.
    So is who speaks right after it ("told reporters after the talks":
    ``WORDS.aftermath_prepositions`` on a verb of speech)."""
    taken = object_head(head)  # "held the first of a three-day meeting"
    verb = taken.head
    if taken.dep_ == "pobj" and verb.lower_ in WORDS.aftermath_prepositions:
        verb = verb.head
        if verb.lemma_.lower() not in WORDS.speech_lemmas:
            return []
    elif taken.dep_ != "dobj" or verb.lemma_.lower() not in WORDS.holding_verbs:
        return []
    subjects = children(verb, "nsubj") or shared_subject(verb)
    return [m for t in subjects for m in resolve_argument(ctx, t)]


def _without_clauses(token: Token) -> list[Token]:
    """The phrase of ``token`` without its clauses: "the airline in which the governments of
    Sweden and Norway own a stake" is the airline."""
    clauses = {
        t.i
        for child in children(token, "relcl", "acl", "prep")
        if child.i > token.i
        for t in child.subtree
    }
    return [t for t in token.subtree if t.i not in clauses]
