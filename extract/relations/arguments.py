"""Resolve the subject or object token of a relation to the actors it denotes.

A parse gives a token ("officials", "he", "proposal"); an edge needs entities. The rules, in
the order tried:

1. the token is inside a mention → that mention; a seat of government acting ("Moscow
   denied") stands for its country;
2. a pronoun inside what someone said ("Borrell said he accepts") → the speaker; any other
   he/she → the most recent person before it; "it" as the object of signing or ratifying →
   the agreement last named;
3. a title noun ("the minister", "Presidents of Russia and the US - Putin and Trump") → the
   people named inside it, else the most recent person whose role has that title;
4. a state noun with a country modifier ("Spanish officials", "U.S. intelligence agencies") →
   the country;
5. a counted party noun ("the two nations", "both countries") → the last two countries named;
6. an allegation noun ("an accusation Moscow denied") → its possessor or "by" agent, else the
   event named in the sentence, else the last accuser;
7. a definite noun with the head of an agreement named before ("the statement" after "a joint
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
   Ukraine's grid", "the presence of Russian troops").

Objects of an act (``acted_on``) also resolve people named by nationality ("arrested two
German journalists" → Germany) and an event named after its agent's demonym to that country
too ("investigating Russian interference" → the interference and Russia); relative pronouns
stand for the noun their clause modifies.

Conjuncts ("Putin and Trump") each resolve on their own; a noun with a name in apposition
("his Spanish counterpart Josep Borrell") is that name.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from extract.coref.counted_parties import counted_parties
from extract.coref.within_article import is_replaced
from extract.mentions.mention import ActorMention
from extract.roles.state_actors import as_actor, country_modifiers, leading_countries
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm
from extract.vocabulary.word_lists import WORDS

_ACTORS = frozenset({EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION})


@dataclass
class DocContext:
    """A parsed article with its resolved mentions, indexed by token."""

    doc: Doc
    mentions: list[ActorMention]

    def __post_init__(self) -> None:
        self.by_token: dict[int, ActorMention] = {}
        # Inner mentions win: in "a Russia-US working group" the token "Russia" is Russia.
        for mention in sorted(self.mentions, key=lambda m: m.start - m.end):
            for i in range(mention.start, mention.end):
                self.by_token[i] = mention
        self.accusers: list[ActorMention] = []
        # (accuser, accused) of each accusation (CAMEO 112) so far, in document order: a later
        # denial by the accused that names nobody answers the latest of them.
        self.accusations: list[tuple[ActorMention, ActorMention]] = []

    def before(self, index: int, entity_type: EntityType) -> list[ActorMention]:
        """Mentions of a type that start before token ``index``, nearest first."""
        found = [m for m in self.mentions if m.start < index and m.type is entity_type]
        return sorted(found, key=lambda m: -m.start)


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
    items += [
        c
        for c in token.subtree
        if c.i < token.i
        and c.dep_ == "nmod"
        and c.head.i in (token.i, *(t.i for t in token.lefts))
        and any(g.dep_ == "cc" for g in c.children)
    ]
    for item in items:
        if item.i < token.i and item.dep_ != "conj" and token.dep_ == "conj":
            continue
        found.extend(_resolve_one(ctx, item, acted_on))
    unique: dict[str, ActorMention] = {}
    for mention in found:
        unique.setdefault(mention.key, mention)
    return list(unique.values())


def _resolve_one(ctx: DocContext, token: Token, acted_on: bool) -> list[ActorMention]:
    mention = ctx.by_token.get(token.i)
    if mention is not None:
        return [as_actor(mention), *(_event_agents(ctx, mention) if acted_on else [])]
    lower, lemma = token.lower_, token.lemma_.lower()
    if token.pos_ == "PRON":
        return _resolve_pronoun(ctx, token)
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    # "his Spanish counterpart Josep Borrell": the name in apposition is who the noun is.
    named = [
        ctx.by_token[c.i]
        for c in token.children
        if c.dep_ == "appos" and c.i in ctx.by_token and ctx.by_token[c.i].type in _ACTORS
    ]
    if named:
        return [as_actor(m) for m in named]
    led = leading_countries(ctx, token)  # "the Saudi-led coalition"
    if led:
        return led
    if lemma in WORDS.body_anaphors and _is_bare_definite(token):
        # "Stoltenberg said the allies supported ...", "the bloc would consider ...": the
        # organisation last named in this or the previous sentence.
        return _latest_organisation(ctx, token)
    if lemma in WORDS.quantity_nouns:
        # "thousands of Greek protesters", "dozens of Iraqi soldiers": the people counted
        of_objects = [
            p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ]
        return [
            m for p in of_objects if p.dep_ == "pobj" for m in resolve_argument(ctx, p, acted_on)
        ]
    if lemma in WORDS.relational_heads:
        # The small model often hangs the name after "his counterpart" on something else; the
        # person named right after the noun is the counterpart.
        following = [
            ctx.by_token[i]
            for i in range(token.i + 1, min(token.i + 4, len(ctx.doc)))
            if i in ctx.by_token and ctx.by_token[i].type is EntityType.PERSON
        ]
        if following:
            return [following[0]]
    if lower in WORDS.counted_people_nouns and any(c.like_num for c in token.lefts):
        # "the four leaders": people counted together, before any one person with that title
        counted = counted_parties(ctx, token)
        if counted:
            return counted
    if lemma in WORDS.role_heads or lower.rstrip("s") in WORDS.role_heads:
        people = _people_inside(ctx, token)
        if people:
            return people
        if any(c.lower_ in ("the", "this") for c in token.lefts):
            people = _latest_with_role(ctx, token)
            if people:
                return people
    nationals = lemma in WORDS.people_nouns or lower in WORDS.people_nouns
    group = lemma in WORDS.group_nouns or lower in WORDS.group_nouns
    if (
        lemma in WORDS.state_nouns
        or lower in WORDS.state_nouns
        or group
        or (acted_on and nationals)
    ):
        countries = country_modifiers(ctx, token)
        if countries:
            return countries
    if lower in WORDS.party_nouns or lower in WORDS.counted_people_nouns:
        counted = counted_parties(ctx, token)
        if counted or lower in WORDS.party_nouns:
            return counted
    if lemma in WORDS.allegation_nouns or lower in WORDS.allegation_nouns:
        return _resolve_allegation(ctx, token)
    if lemma not in WORDS.agreement_anaphors | WORDS.generic_agreement_heads:
        # "a joint statement" ... "the statement"
        same_head = _latest_with_head(ctx, token, EntityType.AGREEMENT)
        if same_head:
            return same_head
    if lemma in WORDS.agreement_anaphors:
        found = _resolve_agreement_anaphor(ctx, token)
        if found:
            return found
    if lemma in ("result", "outcome") and _is_bare_definite(token):
        # "refused to recognize the result": with no "of" phrase, the result is the outcome of
        # the latest occasion mentioned (a vote, a referendum, an election).
        return ctx.before(token.i, EntityType.EVENT)[:1]
    if lemma in WORDS.event_heads or lower in WORDS.event_heads:
        found = _latest_with_head(ctx, token, EntityType.EVENT)
        if found:
            return found
    # "blasted Mueller's investigation", "rejected Azerbaijan's proposal": the owner is the
    # target; "the presence of Russian troops": so is what an "of" phrase names; "rejected
    # the Spanish plan": a country modifier of a plan owns it.
    owners = [c for c in token.children if c.dep_ == "poss"]
    if lemma in WORDS.involvement_nouns:  # "suspended its participation in the treaty"
        # The small model often hangs "under the treaty" on the verb instead of the noun.
        carriers = [token] + ([token.head] if token.dep_ == "dobj" else [])
        complements = [
            p
            for carrier in carriers
            for c in carrier.children
            if c.dep_ == "prep" and c.lower_ in ("in", "under")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if not complements:
            # "Russia suspended its own participation": in the agreement just talked about.
            latest = ctx.before(token.i, EntityType.AGREEMENT)
            return latest[:1]
        owners += complements
    if lemma in WORDS.agreement_anaphors or acted_on:
        # "rejected the Spanish plan", "supported the American decision": a country or
        # organisation modifying the thing acted on owns it.
        owners += [
            c
            for c in token.lefts
            if c.dep_ in ("amod", "compound")
            and (m := ctx.by_token.get(c.i))
            and (m.country or m.type is EntityType.ORGANIZATION)
        ]
    # "a positive effect from organization of the group": a result noun is about its source.
    owner_preps: tuple[str, ...] = ("of", "from") if lemma in WORDS.result_nouns else ("of",)
    if acted_on:
        # "condemned the attack by Peru", "welcomed the decision by Germany": the agent of the
        # act judged is whom the judgement is about; with an agent named, "the bombing of
        # Serbia by NATO" is about NATO, not about its victim.
        agented = any(c.dep_ == "prep" and c.lower_ == "by" for c in token.children)
        owner_preps = ("by",) if agented else (*owner_preps, "by")
        # The small model often hangs the noun's "by" on an active verb, which has no agent.
        verb = token.head
        active = not any(c.dep_ == "auxpass" for c in verb.children)
        if token.dep_ == "dobj" and active and not agented:
            misplaced = [
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "by" and c.i > token.i
                for p in c.children
                if p.dep_ == "pobj"
            ]
            if misplaced:
                owner_preps = ()
                owners += misplaced
    owners += [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in owner_preps
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return [m for owner in owners for m in resolve_argument(ctx, owner, acted_on)]


def _event_agents(ctx: DocContext, event: ActorMention) -> list[ActorMention]:
    """ "investigating Russian interference", "condemned Chinese aggression": an act named after
    its agent's demonym is aimed at that country too."""
    if event.type is not EntityType.EVENT:
        return []
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


def _latest_organisation(ctx: DocContext, token: Token) -> list[ActorMention]:
    sentence = token.sent
    previous = ctx.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for mention in ctx.before(token.i, EntityType.ORGANIZATION):
        if mention.start >= previous:
            return [mention]
    return []


def _is_bare_definite(token: Token) -> bool:
    """ "the result" with no "of"/"from" phrase and no possessor saying whose it is."""
    return any(c.lower_ == "the" for c in token.lefts) and not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from"))
        for c in token.children
    )


def _speaker_of(token: Token) -> Token | None:
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


def _subject_tokens(verb: Token) -> list[Token]:
    """The subject of a verb, climbing through the verbs that share it ("was quoted as saying")."""
    node: Token | None = verb
    while node is not None:
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects
        if node.dep_ in ("xcomp", "advcl", "conj", "pcomp") and node.head.i != node.i:
            node = node.head
        else:
            node = None
    return []


def _resolve_pronoun(ctx: DocContext, token: Token) -> list[ActorMention]:
    lower = token.lower_
    if lower in WORDS.relative_pronouns and token.head.dep_ == "relcl":
        # "Turkey, which had criticized Sweden": the clause's noun is its subject.
        return resolve_argument(ctx, token.head.head)
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
    speech = _speaker_of(token)
    if speech is not None:
        speakers: list[ActorMention] = []
        for subject in _subject_tokens(speech):
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
    if lower in WORDS.plural_pronouns or lower in WORDS.neuter_pronouns:
        return []
    earlier = ctx.before(token.i, EntityType.PERSON)
    return [earlier[0]] if earlier else []


def _people_inside(ctx: DocContext, token: Token) -> list[ActorMention]:
    people = []
    for item in token.subtree:
        mention = ctx.by_token.get(item.i)
        if mention and mention.type is EntityType.PERSON and mention not in people:
            people.append(mention)
    return people


def _latest_with_role(ctx: DocContext, token: Token) -> list[ActorMention]:
    """The most recent person with this title; "the foreign minister of Hungary" (or "the
    Hungarian minister") must also be affiliated with that country."""
    title = token.lemma_.lower()
    countries = {m.country for m in country_modifiers(ctx, token)}
    for mention in ctx.before(token.i, EntityType.PERSON):
        if not mention.role or title not in mention.role.lower():
            continue
        if countries and not countries & set(mention.affiliations):
            continue
        return [mention]
    return []


def _resolve_allegation(ctx: DocContext, token: Token) -> list[ActorMention]:
    for child in token.children:
        if child.dep_ == "poss":
            return resolve_argument(ctx, child)
        if child.dep_ == "prep" and child.lower_ == "by":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return resolve_argument(ctx, pobj)
    if token.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in token.head.children):
        # "denied the allegations by Poland": the small model often hangs the "by" agent of the
        # noun on the verb; an active verb has no agent of its own.
        for prep in token.head.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                pobjs = [p for p in prep.children if p.dep_ == "pobj"]
                if pobjs:
                    return resolve_argument(ctx, pobjs[0])
    sentence = token.sent
    events = [
        m
        for m in ctx.mentions
        if m.type is EntityType.EVENT and sentence.start <= m.start < sentence.end
    ]
    if events:
        interference = [
            m
            for m in events
            if m.name.lower().startswith("interference") or m.name.lower().endswith("interference")
        ]
        # "X concluded that Russia meddled ..., an accusation Moscow denied": what is denied
        # is the act, and whom it answers is the accuser of the same sentence.
        same_sentence = [a for a in ctx.accusers if sentence.start <= a.start < sentence.end]
        return [(interference or events)[0], *same_sentence[:1]]
    return [ctx.accusers[-1]] if ctx.accusers else []


def _latest_with_head(ctx: DocContext, token: Token, kind: EntityType) -> list[ActorMention]:
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
