"""Turn one parsed article into an ``ArticleResult``: entities with mentions, relations with
evidence, plus the structural edges that titles and names state outright:

* ``affiliated_with``: "Russian Foreign Minister Sergei Lavrov" → Lavrov → Russia; "NATO
  Secretary-General Jens Stoltenberg" → Stoltenberg → NATO;
* ``party_to``: "a Russia-US working group", "the agreement between Russia and Spain" → each
  country → the agreement (actors that agreed to or signed an agreement get it too, in
  ``extract.relations.find``);
* ``held_in``: "the G20 summit in Hamburg" → the event → Hamburg; "the treaty was signed in
  Prague" → the agreement → Prague.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from extract.dates_places.event_dates import with_event_dates
from extract.dates_places.place_phrases import named_places
from extract.dates_places.place_relations import place_relations
from extract.doc_words import DocWords, doc_words
from extract.labels import PLACE_LABELS, TIME_LABELS
from extract.mentions.keys import article_scoped_key, is_generic_name
from extract.mentions.mention import ActorMention, country_mention
from extract.relations.agreement_parties import named_parties
from extract.relations.doc_context import DocContext
from extract.relations.find import RelationCandidate, find_relations
from extract.relations.listed_members import listed_member_relations
from extract.relations.nominal_aliases import anaphor_mentions
from extract.relations.occasion_participants import occasion_participants
from extract.relations.unnamed_nominals import is_measure
from extract.roles.company_home import company_home_affiliations
from extract.roles.home_country import home_affiliations
from extract.roles.known_affiliations import known_affiliations
from extract.roles.member_countries import member_countries
from extract.roles.owners import owner_affiliations
from extract.roles.parent_bodies import parent_body_affiliations
from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Mention, Relation
from extract.vocabulary.countries import CountryForm, country_label
from extract.vocabulary.triggers import TriggerTable
from extract.vocabulary.word_lists import WORDS


def assemble_result(
    article: Article, doc: Doc, mentions: list[ActorMention], triggers: TriggerTable
) -> ArticleResult:
    """Entities and relations of one article, in a deterministic order."""
    _scope_generic_nominals(article, doc, mentions)
    ctx = DocContext(doc, mentions)
    candidates = list(find_relations(ctx, triggers))
    candidates.extend(listed_member_relations(ctx, triggers))
    candidates.extend(occasion_participants(ctx, triggers))  # "talks with the minister"
    candidates.extend(_structural_relations(ctx))
    dictionary = list(known_affiliations(ctx, article.date))  # the actor dictionary
    candidates.extend(dictionary)
    # State bodies and office holders left unplaced belong to the article's home country.
    placed = {c.subject.key for c in dictionary}
    candidates.extend(home_affiliations(ctx, article, placed))
    # "Baring Brothers and Co Ltd" in a story filed from London: a British form, a British firm.
    candidates.extend(company_home_affiliations(ctx, article, placed))
    candidates.extend(parent_body_affiliations(ctx))  # "the Commission" → the Community
    candidates.extend(owner_affiliations(ctx))  # "SNP, wholly-owned by Temasek Holdings"
    candidates.extend(member_countries(candidates, article.date))  # the CIA's head → the US
    candidates.extend(place_relations(ctx, triggers, candidates))  # located_in, met_in
    used = [m for c in candidates for m in (c.subject, c.object)]
    acting_seats = {(m.start, m.end) for m in used if m.form is CountryForm.SEAT}
    kept = [m for m in mentions if (m.start, m.end) not in acting_seats]
    kept += anaphor_mentions(ctx)  # "the tax" after "the EC oils and fats tax": an alias
    entities = _entities(doc, [*kept, *used], {m.key for m in used})
    entities = with_event_dates([*kept, *used], entities)
    known = {e.key for e in entities}
    # ``Doc.text`` joins every token's text anew on each read: read it once per article.
    words = doc_words(doc)
    text = words.text
    relations = sorted(
        {
            _relation(article, text, c, words)
            for c in candidates
            if c.subject.key in known and c.object.key in known
        },
        key=_relation_order,
    )
    return ArticleResult(article=article, entities=tuple(entities), relations=tuple(relations))


def _relation_order(relation: Relation) -> tuple[int, str, str, str, bool, str, str, str]:
    """Where a relation stands in its article's list: by sentence, ends and predicate, and
    then by every other field, so two relations that differ only in their trigger word ("Donald"
    and "Trump" both placing Trump) keep one order whatever the order of the set they come from
    (which changes with Python's string hashing from one process to the next)."""
    evidence = relation.evidence
    return (
        evidence.start,
        relation.subject,
        relation.predicate,
        relation.object,
        relation.negated,
        relation.modality or "",
        relation.cameo,
        evidence.trigger,
    )


def _scope_generic_nominals(article: Article, doc: Doc, mentions: list[ActorMention]) -> None:
    """Give generically named agreements and events ("a new treaty") article-scoped keys.

    Mentions that coreference already tied to one key keep sharing it; only the key changes,
    the label stays the name as written. Named ones ("Paris Agreement", "joint cybersecurity
    group") keep their corpus-wide key so they merge across articles.
    """
    rescoped: dict[str, str] = {}
    for mention in mentions:
        if mention.type not in (EntityType.AGREEMENT, EntityType.EVENT) or mention.head < 0:
            continue
        event = mention.type is EntityType.EVENT
        head = doc[mention.head].text
        if "--" in mention.key or not is_generic_name(mention.name, head, event=event):
            continue
        slug = mention.key.split("/", 1)[1]
        rescoped.setdefault(mention.key, article_scoped_key(mention.type, article.id, slug))
    for mention in mentions:
        mention.key = rescoped.get(mention.key, mention.key)


# A sentence the parser starts with the previous paragraph's closing quote: the quote and the
# line break after it belong to that paragraph, not to the evidence.
_LEFT_OVER_QUOTE = re.compile(r"\s*[\"”’']\s*\n\s*|\s+")


def evidence_bounds(sentence: Span) -> tuple[int, int]:
    """Character offsets of a sentence as evidence: without surrounding whitespace or a
    closing quote left over from the paragraph before (``doc.text[start:end]`` is the text)."""
    return _trimmed_bounds(sentence.text, sentence.start_char)


def _trimmed_bounds(text: str, start_char: int) -> tuple[int, int]:
    lead = _LEFT_OVER_QUOTE.match(text)
    skip = lead.end() if lead and lead.end() < len(text) else 0
    trimmed = text[skip:].rstrip()
    return start_char + skip, start_char + skip + len(trimmed)


def _trigger_sentence_bounds(words: DocWords, trigger: Token) -> tuple[int, int]:
    """``evidence_bounds(trigger.sent)``, from the Doc's shared sentence index."""
    first, last = words.sentence_bounds[trigger.i]
    return _trimmed_bounds(words.span_text(first, last), words.doc[first].idx)


def _relation(
    article: Article, text: str, candidate: RelationCandidate, words: DocWords
) -> Relation:
    start, end = _trigger_sentence_bounds(words, candidate.trigger)
    return Relation(
        subject=candidate.subject.key,
        predicate=candidate.predicate,
        object=candidate.object.key,
        cameo=candidate.cameo,
        negated=candidate.negated,
        evidence=Evidence(
            article_id=article.id,
            sentence=text[start:end],
            start=start,
            end=end,
            date=article.date,
            trigger=candidate.trigger.text,
        ),
        modality=candidate.modality,
    )


def _structural_relations(ctx: DocContext) -> Iterable[RelationCandidate]:
    doc = ctx.doc
    countries = {m.key: m for m in ctx.mentions if m.type is EntityType.COUNTRY}
    for mention in ctx.mentions:
        anchor = doc[mention.start]
        if mention.type in (EntityType.PERSON, EntityType.ORGANIZATION):
            # People by their titles, organisations such as "the Russian parliament".
            for code in mention.affiliations:
                country = country_mention(code, mention.start, countries)
                yield RelationCandidate(
                    mention, "affiliated_with", country, "", False, None, anchor
                )
            for index in mention.organisations if mention.type is EntityType.PERSON else []:
                organisation = ctx.by_token.get(index) or ctx.owned_bodies.get(index)
                if organisation is not None and organisation.type is EntityType.ORGANIZATION:
                    yield RelationCandidate(
                        mention, "affiliated_with", organisation, "", False, None, anchor
                    )
        elif mention.type is EntityType.AGREEMENT:
            # "the Soviet arms control proposals": who puts a proposal forward is no party to
            # it yet (the noun trigger reads the proposal).
            proposal = mention.head >= 0 and doc[mention.head].lemma_ in WORDS.proposal_heads
            for party in [] if proposal else named_parties(ctx, mention):
                yield RelationCandidate(party, "party_to", mention, "", False, None, anchor)
            for place in _signing_places(ctx, mention):
                yield RelationCandidate(mention, "held_in", place, "", False, None, anchor)
        elif mention.type is EntityType.EVENT:
            for place in _event_places(ctx, mention):
                yield RelationCandidate(mention, "held_in", place, "", False, None, anchor)


def _event_places(ctx: DocContext, mention: ActorMention) -> list[ActorMention]:
    """ "the G20 summit in Hamburg": places after "in"/"at" on the event's head noun; and a
    place named inside the event's name ("Catalonia's independence referendum", "the 2016 U.S.
    elections"). A demonym inside the name names an actor, not a place ("Russian
    interference"), and is left out; so is every place of a measure ("sanctions on Iran": the
    country is whom it bears on) and of an event named by its topic ("the Iran arms scandal")."""
    if mention.head < 0:
        return []
    head = ctx.doc[mention.head]
    if is_measure(ctx.doc, mention) or head.lemma_.lower() in WORDS.topic_named_events:
        return []
    # Only before the head: "a summit on the unrest in Iran" is about Iran, not held there.
    inside = [
        ctx.by_token[i]
        for i in range(mention.start, mention.head)
        if i in ctx.by_token
        and ctx.by_token[i] is not mention
        and ctx.by_token[i].type in (EntityType.PLACE, EntityType.COUNTRY)
        and ctx.by_token[i].form is not CountryForm.DEMONYM
    ]
    found = named_places(ctx.by_token, [head]) + inside
    return list({m.key: m for m in found}.values())


def _signing_places(ctx: DocContext, mention: ActorMention) -> list[ActorMention]:
    """Where an agreement was made: "signed in Madrid", "agreed to a deal in Vienna".

    The place phrase may hang on the agreement noun or on the verb of agreeing or signing that
    takes it (directly or through "to"); only a Place is taken, so "a deal with Iran" or
    "in 2015" give nothing.
    """
    if mention.head < 0:
        return []
    head = ctx.doc[mention.head]
    carriers = [head]
    verb = head.head.head if head.dep_ == "pobj" else head.head
    if head.dep_ in ("dobj", "nsubjpass", "pobj") and verb.lemma_.lower() in WORDS.making_verbs:
        carriers.append(verb)
    # The small model often hangs "in Vienna" on the last noun of a longer object.
    carriers += [t for t in head.subtree if t.dep_ == "pobj" and t.i > head.i]
    return [p for p in named_places(ctx.by_token, carriers) if p.type is EntityType.PLACE]


def _entities(doc: Doc, mentions: list[ActorMention], used: set[str]) -> list[Entity]:
    """Group mentions by key; seats of government that never act stay places."""
    grouped: dict[str, list[ActorMention]] = {}
    for mention in mentions:
        if mention.type is EntityType.PLACE and mention.form is CountryForm.SEAT:
            span = mention.span(doc)
            named = any(t.ent_type_ in PLACE_LABELS for t in span)  # "the White House"
            if not named and mention.key not in used:
                continue  # "Kremlin-backed": a seat named only as a modifier is no place
        unnamed = not re.search(r"[A-Z0-9]", mention.name)
        if (
            mention.type is EntityType.EVENT
            and mention.key not in used
            and unnamed
            and not _is_occasion(doc, mention)
        ):
            continue  # an unnamed event ("interference in other issues") that nobody acts on
        grouped.setdefault(mention.key, []).append(mention)
    entities = []
    # Many mentions share a sentence (the one a mention starts in): its text is cut once.
    sentence_texts: dict[int, str] = {}
    words = doc_words(doc)
    starts, ends = words.char_starts, words.char_ends

    def sentence_text(start: int) -> str:
        first, last = words.sentence_bounds[start]
        text = sentence_texts.get(first)
        if text is None:
            text = sentence_texts[first] = words.span_text(first, last).strip()
        return text

    for key in sorted(grouped):
        group = grouped[key]
        first = group[0]
        label = (
            country_label(first.country)
            if first.type is EntityType.COUNTRY and first.country
            else max((m.name for m in group), key=lambda n: (len(n), n))
        )
        spans = [(m.start, m.end) for m in group if m.end > m.start]
        owned = [(s.start, s.end) for m in group if (s := _with_possessor(doc, m)) is not None]
        aliases = sorted({_surface(words, *s) for s in [*spans, *owned]} - {""})
        entity_mentions = sorted(
            {
                Mention(_surface(words, a, b), starts[a], ends[b - 1], sentence_text(a))
                for a, b in spans
            },
            key=lambda m: (m.start, m.end),
        )
        role = next((m.role for m in group if m.role), None)
        entities.append(
            Entity(key, label, first.type, tuple(aliases), tuple(entity_mentions), role)
        )
    return entities


def _with_possessor(doc: Doc, mention: ActorMention) -> Span | None:
    """An agreement or event as written with its possessor ("Chile's rescheduling accord"),
    which its name leaves out: one more name the text gives it. A date possessor ("Tuesday's
    meeting") says when, not whose, and gives none."""
    if mention.type not in (EntityType.AGREEMENT, EntityType.EVENT) or mention.head < 0:
        return None
    owners = [
        c
        for c in doc[mention.head].children
        if c.dep_ == "poss" and c.i < mention.start and c.ent_type_ not in TIME_LABELS
    ]
    if not owners:
        return None
    start = min(t.i for t in owners[0].subtree)
    while start < mention.start and doc[start].lower_ in WORDS.determiners:
        start += 1
    return doc[start : mention.end]


def _is_occasion(doc: Doc, mention: ActorMention) -> bool:
    """Whether an event is an occasion of the article ("separate talks with the minister",
    "the annual contract negotiations"): such a head denotes one gathering even unnamed."""
    if mention.head < 0:
        return False
    head = doc[mention.head]
    return bool({head.lemma_.lower(), head.lower_} & WORDS.occasion_heads)


def _surface(words: DocWords, start: int, end: int) -> str:
    text = words.span_text(start, end).strip() if end > start else ""  # an empty Span's text
    for suffix in ("'s", "’s"):
        text = text.removesuffix(suffix)
    return text.strip()
