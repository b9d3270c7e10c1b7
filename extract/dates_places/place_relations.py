"""Edges that put places on the map and actors in places.

* ``located_in`` (structural, no CAMEO code): a Place whose country is known → that country.
  A seat of government that does not act ("talks in Moscow") is in its country by
  ``data/countries.tsv``; any other place by the gazetteer (``extract.dates_places.places``), with a
  "City, Country" or "City, State" qualifier that follows it in the text ("Portland, Oregon")
  settling an ambiguous name, else the countries the article names breaking a tie. The
  country node is made when the text does not name it, keyed like every country
  (``country/CH``). A seat that acts in another edge ("visited Moscow" is a visit to Russia)
  is the country there and gets none.
* ``met_in`` (CAMEO 040, consult): actors who meet, talk, consult or negotiate in or at a place
  or country: "Obama and Putin will meet in Zurich", "Lavrov held talks in Beirut". The trigger
  is a verb of ``data/triggers.tsv`` coded 040 or 046, or such a noun ("talks", "meeting")
  taken by a verb ("held talks", "had a meeting"), whose subjects are the actors; the place is
  the object of "in" or "at" on the verb, the noun or the one met ("met Xi in Geneva").
  Negation and modality are the verb's ("did not meet in Geneva", "will meet in Zurich"); a
  negated meeting is coded 125 (refusal), as ``extract.relations.find`` codes "did not meet".
  Only an actor that meets abroad gets one: its country (its own, or the one it is
  ``affiliated_with``) is known and is not the place's. Meeting abroad is consulting the host
  in CAMEO's coding (PETRARCH's gold codes "Obama and Putin will meet in Zurich" USA → CHE,
  RUS → CHE), while "the EC ministers met in Luxembourg", "Dumas met the Iranian envoy in
  Paris" or "the board is meeting in New York" are no act towards the place: in round 19
  none of 9 dev ``met_in`` edges nor 4 on 1,000 fresh Reuters articles (seed 2719) was right,
  and all 4 fresh ones were of a home or stateless actor.

Arriving in a place is a visit, read by the ``arrive`` line of the trigger file ("arrived in
Kabul"), as visiting it is ("visited Zurich").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from spacy.tokens import Token

from extract.dates_places.place_phrases import named_places
from extract.dates_places.places import place_country
from extract.labels import PLACE_LABELS
from extract.mentions.mention import ACTOR_TYPES, ActorMention, country_mention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import children, prep_objects, shared_subject
from extract.relations.doc_context import DocContext
from extract.relations.find import RelationCandidate
from extract.relations.modality import is_negated, modality_of
from extract.relations.trigger_words import possible_positions, trigger_of
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm
from extract.vocabulary.triggers import TriggerTable
from extract.vocabulary.word_lists import WORDS

MET_IN_CODE = "040"


def place_relations(
    ctx: DocContext, triggers: TriggerTable, found: Iterable[RelationCandidate] = ()
) -> list[RelationCandidate]:
    """``located_in`` edges of the doc's places and ``met_in`` edges of its meetings.

    ``found`` are the edges read so far: a seat that acts in one of them ("visited Moscow" is
    a visit to Russia) is the country there and no place, so it gets no ``located_in``.
    """
    acting = {
        (m.start, m.end)
        for c in found
        for m in (c.subject, c.object)
        if m.type is EntityType.COUNTRY and m.form is CountryForm.SEAT
    }
    homes = _home_countries(found)
    meetings = [m for m in met_in_relations(ctx, triggers) if _abroad(ctx, m, homes)]
    return [*located_in_relations(ctx, acting), *meetings]


def located_in_relations(
    ctx: DocContext, acting: Collection[tuple[int, int]] = ()
) -> Iterator[RelationCandidate]:
    """One ``located_in`` edge for each place mention whose country can be told, except
    seats whose span ``acting`` lists as acting for their country."""
    countries = {m.key: m for m in ctx.mentions if m.type is EntityType.COUNTRY}
    named = {m.country for m in ctx.mentions if m.country}  # breaks ties ("Gaza")
    for mention in ctx.mentions:
        if mention.type is not EntityType.PLACE or _unnamed_seat(ctx, mention):
            continue
        if (mention.start, mention.end) in acting:
            continue
        if mention.form is CountryForm.SEAT and mention.country:
            code: str | None = mention.country
        else:
            code = place_country(mention.name, _qualifier(ctx, mention), named)
        if code is None:
            continue
        country = country_mention(code, mention.start, countries)
        anchor = ctx.doc[mention.start]
        yield RelationCandidate(mention, "located_in", country, "", False, None, anchor)


def _unnamed_seat(ctx: DocContext, mention: ActorMention) -> bool:
    """A seat the model did not tag as a place ("Kremlin-backed"): no place node is made for
    it (``extract.assemble``), so it gets no edge either."""
    span = mention.span(ctx.doc)
    named = any(t.ent_type_ in PLACE_LABELS for t in span)
    return mention.form is CountryForm.SEAT and not named


def _qualifier(ctx: DocContext, mention: ActorMention) -> str | None:
    """The name after "<place>, " when it is a country or another place ("Oregon")."""
    doc = ctx.doc
    if mention.end + 1 >= len(doc) or doc[mention.end].text != ",":
        return None
    following = ctx.by_token.get(mention.end + 1)
    if following is None or following.type not in (EntityType.COUNTRY, EntityType.PLACE):
        return None
    return following.span(doc).text


def met_in_relations(ctx: DocContext, triggers: TriggerTable) -> Iterator[RelationCandidate]:
    """``met_in`` edges: actors meeting or talking in a place (see the module docstring)."""
    doc = ctx.doc
    # Only the positions a trigger can stand at: most of an article's verbs and nouns are none.
    for position in sorted(possible_positions(doc, triggers)):
        token = doc[position]
        trigger = trigger_of(token, triggers)
        if trigger is None or trigger.cameo not in WORDS.meeting_codes:
            continue
        if trigger.pos == "verb":
            # The small model often hangs "in Geneva" on the person met ("met Xi in Geneva").
            met = children(token, "dobj") + prep_objects(token, trigger.object_preps)
            verb, carriers = token, [token, *met]
        elif token.dep_ == "dobj" and token.head.lemma_.lower() in WORDS.holding_verbs:
            verb, carriers = token.head, [token, token.head]
        else:
            continue
        places = named_places(ctx.by_token, carriers)
        if not places:
            continue
        negated, modality = is_negated(verb), modality_of(verb)
        # A meeting that did not happen is coded as a refusal, as ``extract.relations.find`` does.
        cameo = WORDS.refusal_codes[MET_IN_CODE[:2]] if negated else MET_IN_CODE
        subject_tokens = children(verb, "nsubj") or shared_subject(verb)
        for actor in _actors(ctx, subject_tokens):
            for place in places:
                if place.key != actor.key:
                    yield RelationCandidate(actor, "met_in", place, cameo, negated, modality, token)


def _actors(ctx: DocContext, tokens: list[Token]) -> list[ActorMention]:
    """The actors the subject tokens denote, with conjuncts hung on any word of a name: the
    small model parses "Barack Obama and Vladimir Putin" with Putin a conjunct of "Obama"
    and "Barack" the subject."""
    found = [m for t in tokens for m in resolve_argument(ctx, t)]
    for mention in list(found):
        for word in mention.span(ctx.doc):
            found += [m for c in children(word, "conj") for m in resolve_argument(ctx, c)]
    unique = {m.key: m for m in found if m.type in ACTOR_TYPES}
    return list(unique.values())


def _home_countries(found: Iterable[RelationCandidate]) -> dict[str, set[str]]:
    """Actor key → the ISO codes of the countries it is ``affiliated_with`` in ``found``."""
    homes: dict[str, set[str]] = {}
    for candidate in found:
        if candidate.predicate == "affiliated_with" and candidate.object.country:
            homes.setdefault(candidate.subject.key, set()).add(candidate.object.country)
    return homes


def _abroad(ctx: DocContext, meeting: RelationCandidate, homes: dict[str, set[str]]) -> bool:
    """Whether a ``met_in`` edge's actor has a known country that is not the place's."""
    actor, place = meeting.subject, meeting.object
    own = {actor.country} if actor.type is EntityType.COUNTRY and actor.country else set()
    own |= homes.get(actor.key, set()) | set(actor.affiliations)
    if place.type is EntityType.COUNTRY or place.form is CountryForm.SEAT:
        host = place.country
    else:
        named = {m.country for m in ctx.mentions if m.country}
        host = place_country(place.name, _qualifier(ctx, place), named)
    return bool(own) and host is not None and host not in own
