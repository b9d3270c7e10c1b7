"""Within-article resolution: give mentions of one entity one key.

Rules, applied in document order (each general, each tested on sentences of our own):

0. **One type per name**: a name typed an organisation in some sentences and a place in
   others is one thing, of the type most of its mentions have (``extract.coref.one_type``).
   A one-word name that misspells a country the article names otherwise is that country
   ("Eqypt", ``extract.coref.misspelt_countries``), and "the North" of a divided country the
   article names is that country (``extract.coref.country_halves``).

1. **Surnames**: a one-word person mention takes the key of the full name in the article that
   ends with that word ("Lavrov" → Sergei Lavrov), whether the full name comes before or after;
   two full names sharing it leave the surname alone. A name misspelt by one letter is the name
   it misspells (``extract.coref.respelt_people``).
2. **Countries** key on their ISO code, whatever form names them ("Russia", "Russian", "the
   Russian Federation"). Seats of government ("Moscow", "the Kremlin") stand for their country
   as a subject, agent or possessor ("Moscow denied", "backed by the Kremlin") and are places
   otherwise ("talks in Moscow"); the argument resolver also turns a seat into its country
   when it is the argument of a relation (see ``extract.relations.arguments``).
3. **Acronyms** written in parentheses after a name ("Department of Homeland Security (DHS)",
   "Johnson Space Center (JSC)") make later bare acronyms mentions of that name, of its type;
   a place's other name in brackets ("Mumbai (Bombay)") that the gazetteer knows as a name of
   the same place is that place wherever the article uses it
   (``extract.coref.bracketed_places``).
4. **Agreements and events**: an unnamed mention ("the group", "this working group") refers to
   the most recent mention with the same head noun; a named one ("the 2016 election", "the
   Minsk agreement") keeps its own key. An agreement named as the one replaced ("replaces the
   1991 treaty") is never that antecedent (``is_replaced``). An unnamed occasion with no
   antecedent of its own head takes the latest of a synonymous head (``WORDS.occasion_synonyms``:
   "the first meeting" ... "the summit", "the referendum" ... "the vote").
   **Dates and places** (``extract.dates_places.event_dates``) refine this for events and
   agreements:
   a mention named only by a day ("the Tuesday meeting", "the July 7 summit") is an anaphor
   too; an anaphor never joins an antecedent whose stated
   date it contradicts ("talks on Monday" ... "the talks on Friday") or whose stated places
   are all other than its own ("talks in Geneva" ... "the talks in Paris"); and a dated
   anaphor with no antecedent of its own or a synonymous head joins the latest occasion of
   the same class (``WORDS.occasion_classes``: talks, meeting, visit and summit are one class;
   election, referendum and vote another) stated for the same day ("bilateral talks in
   Madrid on Tuesday" ... "Tuesday's visit"), whatever occasions came between ("talks in
   Lima on Monday" ... "talks in Quito on Friday" ... "the Monday talks" is Lima's). An
   anaphor that no occasion admits starts its own, keyed apart from any occasion of the same
   name it contradicts ("talks on Monday" ... "the talks on Friday" are two): by its date,
   else by the first free ordinal. A year or a month in a name still names the occasion ("the
   2016 election"), and so does a place ("the Madrid talks", which merges across articles by
   that name): neither is an anaphor.
5. **Given names**: "the treaty, known as New START", "a deal dubbed X": the proper name names
   every mention of the chain, so it keys on the name and merges across articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from extract.article_context import article_date
from extract.coref.bracketed_places import join_bracketed_places
from extract.coref.company_cues import retype_cued_companies
from extract.coref.country_bodies import key_country_bodies
from extract.coref.country_halves import resolve_country_halves
from extract.coref.misspelt_countries import respell_countries
from extract.coref.one_type import unify_types
from extract.coref.particle_surnames import join_particle_surnames
from extract.coref.respelt_people import join_respelt_surnames, unify_respelt_full_names
from extract.coref.short_forms import resolve_short_forms
from extract.dates_places.date_expressions import choose_date, dates_agree
from extract.dates_places.event_dates import date_tokens_in, mention_date
from extract.dates_places.place_phrases import place_words
from extract.labels import OCCASION_NAME_LABELS, PLACE_LABELS
from extract.mentions.bracketed_aliases import is_acronym
from extract.mentions.keys import entity_key
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, capital_of, known_spelling, match_country
from extract.vocabulary.word_lists import WORDS


def assign_keys(doc: Doc, mentions: list[ActorMention]) -> None:
    """Set ``key`` (and the canonical ``name``) of every mention, in place."""
    retype_cued_companies(doc, mentions)  # "Yukos founder X": Yukos is no person
    unify_types(mentions)  # "CGCT" an organisation in five sentences and a place in one
    unify_respelt_full_names(mentions)  # "Kristin Wilkins" once beside "Kristen Wilkins"
    _resolve_people(mentions)
    join_respelt_surnames(mentions)  # "Mauer" after "K.C. Maurer"
    _resolve_acronyms(doc, mentions)
    join_bracketed_places(doc, mentions)  # "Mumbai (Bombay)" ... "Bombay"
    resolve_short_forms(mentions)  # "the Fund", "Chevron", "Yu" after their full names
    respell_countries(mentions)  # "Eqypt" in an article that names Egypt otherwise
    resolve_country_halves(mentions)  # "the North" in an article that names North Korea
    _resolve_nominals(doc, mentions)
    _apply_given_names(doc, mentions)
    key_country_bodies(doc, mentions)  # "the Treasury" in a Washington article
    for mention in mentions:
        if mention.key:
            continue
        if mention.type is EntityType.COUNTRY and mention.country:
            if mention.form is CountryForm.SEAT and not _acts(doc, mention):
                mention.name = _seat_name(doc, mention)
                mention.type = EntityType.PLACE
                mention.key = entity_key(EntityType.PLACE, mention.name)
            elif _territory_as_place(doc, mention):
                mention.type = EntityType.PLACE  # "funds raised in Hong Kong"
                mention.key = entity_key(EntityType.PLACE, mention.name)
            else:
                mention.key = entity_key(EntityType.COUNTRY, mention.country)
        else:
            mention.key = entity_key(mention.type, mention.name)


def _seat_name(doc: Doc, mention: ActorMention) -> str:
    """A seat of government's place name: as written (a misspelt one as the table spells it,
    "Toyko" is Tokyo), or the capital the table lists for "the Rwandan capital"."""
    span = mention.span(doc)
    if span[-1].lower_ == "capital" and mention.country:
        return capital_of(mention.country) or span.text
    return known_spelling(span.text.removeprefix("the ").strip())


def _surnames(full_name: str) -> set[str]:
    """The forms a full name's surname is written alone in: its last word and, after a joined
    particle, the rest ("Bashar al-Assad" → "al-Assad", "Assad").

    >>> sorted(_surnames("Bashar al-Assad")), sorted(_surnames("Ban Ki-moon"))
    (['Assad', 'al-Assad'], ['Ki-moon'])
    """
    last = full_name.split()[-1]
    particle, hyphen, rest = last.partition("-")
    if hyphen and rest and particle.lower() in WORDS.name_particles:
        return {last, rest}
    return {last}


def _resolve_people(mentions: list[ActorMention]) -> None:
    # "De Keersmaeker" after "Paul de Keersmaeker": keyed already, left as joined.
    joined = {id(m) for m in join_particle_surnames(mentions)}
    people = [m for m in mentions if m.type is EntityType.PERSON]
    full_names = sorted({m.name for m in people if " " in m.name})
    for mention in people:
        if id(mention) in joined:
            continue
        if " " in mention.name:
            mention.key = entity_key(EntityType.PERSON, mention.name)
            continue
        candidates = [name for name in full_names if mention.name in _surnames(name)]
        firsts = {name.split()[0] for name in candidates}
        if len(firsts) == 1:
            full = max(candidates, key=lambda n: (len(n), n))
            mention.name = full
            mention.key = entity_key(EntityType.PERSON, full)
        else:
            mention.key = entity_key(EntityType.PERSON, mention.name)
    # A title said once holds for every mention of the person in the article ("the minister").
    roles: dict[str, str] = {}
    for mention in people:
        if mention.role:
            roles.setdefault(mention.key, mention.role)
    for mention in people:
        mention.role = mention.role or roles.get(mention.key)


def _resolve_acronyms(doc: Doc, mentions: list[ActorMention]) -> None:
    long_forms: dict[str, ActorMention] = {}
    for mention in mentions:
        # A site is shortened like a body: "Johnson Space Center (JSC)" ... "the JSC".
        if mention.type not in (EntityType.ORGANIZATION, EntityType.PLACE):
            continue
        after = doc[mention.end : mention.end + 3]
        bracketed = len(after) == 3 and after[0].text == "(" and after[2].text == ")"
        # "<Societe Anonyme de Telecommunications> SAT": the wire's bracketed name, then its
        # short name (extract.mentions.wire_brackets).
        wire_named = len(after) >= 2 and after[0].text == ">"
        if (bracketed or wire_named) and is_acronym(after[1].text):
            long_forms[after[1].text] = mention
        if is_acronym(mention.name) and mention.name in long_forms:
            full = long_forms[mention.name]
            mention.name, mention.type = full.name, full.type
            mention.key = entity_key(full.type, full.name)
    _resolve_initials(mentions)


def _resolve_initials(mentions: list[ActorMention]) -> None:
    """ "CGCT" after "Cie Generale de Constructions Telephoniques": an acronym that spells the
    capitals of exactly one longer organisation name of the article is that organisation."""
    organisations = [m for m in mentions if m.type is EntityType.ORGANIZATION]
    by_initials: dict[str, set[str]] = {}
    for mention in organisations:
        capitals = [w for w in mention.name.split() if w[:1].isupper()]
        if len(capitals) >= 2:
            initials = "".join(w[0] for w in capitals)
            by_initials.setdefault(initials, set()).add(mention.name)
    for mention in organisations:
        names = by_initials.get(mention.name.replace(".", ""), set())
        if len(names) == 1 and is_acronym(mention.name) and mention.name.isupper():
            full = names.pop()
            mention.name = full
            mention.key = entity_key(EntityType.ORGANIZATION, full)


def _is_named(doc: Doc, mention: ActorMention, ignored: frozenset[int] = frozenset()) -> bool:
    return any(
        t.pos_ == "PROPN" or t.like_num or t.ent_type_ in OCCASION_NAME_LABELS
        for t in mention.span(doc)
        if t.i != mention.head and t.i not in ignored
    )


def _stated_places(doc: Doc, mention: ActorMention) -> frozenset[str]:
    """The place words of an occasion, lower-cased: in its name ("the Madrid talks") or after
    "in"/"at" on its head ("talks in Madrid")."""
    head = doc[mention.head]
    inside = [t for t in mention.span(doc) if t.ent_type_ in PLACE_LABELS and t.i != head.i]
    return frozenset(t.lower_ for t in [*inside, *place_words(head)])


@dataclass
class _Chain:
    """What one event or agreement key has been said to be so far: its dates and places."""

    dates: list[str | None] = field(default_factory=list)
    places: set[str] = field(default_factory=set)

    def admits(self, date: str | None, places: frozenset[str]) -> bool:
        """Whether an anaphor with this date and these places can be the same occasion."""
        known = choose_date(self.dates)
        if date and known and not dates_agree(date, known):
            return False
        return not (places and self.places and not places & self.places)


def _own_key(
    mention: ActorMention,
    chains: dict[str, _Chain],
    date: str | None,
    places: frozenset[str],
    anaphor: bool,
) -> str:
    """The key of a mention that starts a chain of its own: its name's key, unless that key
    already holds an occasion the mention cannot be ("talks on Monday" ... "the talks on
    Friday"). Then the stated date, else the first free ordinal, tells the two apart, so the
    key is the same on every run."""
    name = _name_without_determiners(mention.name)
    key = entity_key(mention.type, name)
    if not anaphor or key not in chains or chains[key].admits(date, places):
        return key
    suffixes = [date] if date else []
    suffixes += [str(n) for n in range(2, len(chains) + 3)]
    return next(
        k for k in (entity_key(mention.type, f"{name} {s}") for s in suffixes) if k not in chains
    )


def _occasion_class(head: str) -> str | None:
    return next((name for name, heads in WORDS.occasion_classes.items() if head in heads), None)


def _resolve_nominals(doc: Doc, mentions: list[ActorMention]) -> None:
    written = article_date(doc)
    latest_by_head: dict[tuple[EntityType, str], ActorMention] = {}
    chains: dict[str, _Chain] = {}
    # Every occasion started so far, by type and class, in document order: a day names any of
    # them, not only the latest of its head ("the Monday talks" after Monday's and Friday's).
    occasions_by_class: dict[tuple[EntityType, str], list[ActorMention]] = {}
    for mention in mentions:
        if mention.type not in (EntityType.AGREEMENT, EntityType.EVENT) or mention.head < 0:
            continue
        head = doc[mention.head].lemma_.lower()
        slot = (mention.type, head)
        date = mention.date = mention_date(doc, mention, written)
        places = _stated_places(doc, mention)
        # A day ("the Tuesday meeting") says when, not which: a name made only of it is an
        # anaphor.
        anaphor = not _is_named(doc, mention, date_tokens_in(doc, mention))
        candidates: list[ActorMention | None] = [latest_by_head.get(slot)] + [
            latest_by_head.get((mention.type, other))
            for other in sorted(WORDS.occasion_synonyms.get(head, ()))
        ]
        kind = _occasion_class(head)
        if date and kind:
            # Another word for an occasion of that class, on the same day, is that occasion;
            # the latest started comes first.
            candidates += [
                m
                for m in reversed(occasions_by_class.get((mention.type, kind), []))
                if dates_agree(date, choose_date(chains[m.key].dates))
            ]
        earlier = next(
            (m for m in candidates if m is not None and chains[m.key].admits(date, places)),
            None,
        )
        if earlier is not None and anaphor:
            mention.key, mention.name = earlier.key, earlier.name
        else:
            mention.key = _own_key(mention, chains, date, places, anaphor)
            if not is_replaced(doc, mention):
                latest_by_head[slot] = mention
                if kind:
                    occasions_by_class.setdefault((mention.type, kind), []).append(mention)
        chain = chains.setdefault(mention.key, _Chain())
        chain.dates.append(date)
        chain.places.update(places)


def _given_name(doc: Doc, mention: ActorMention) -> str | None:
    """ "the treaty, known as New START" / "a deal dubbed JCPOA": the proper name given."""
    if mention.head < 0:
        return None
    for clause in doc[mention.head].children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in WORDS.naming_verbs:
            continue
        preps = [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"]
        objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        objects += [c for c in clause.children if c.dep_ in ("oprd", "dobj")]
        for obj in objects:
            words = list(obj.subtree)
            if words and all(w.text[:1].isupper() or w.like_num for w in words):
                return doc[words[0].i : words[-1].i + 1].text
    return None


def _apply_given_names(doc: Doc, mentions: list[ActorMention]) -> None:
    """Rule 5: a name given in apposition ("known as New START") names the whole chain."""
    for mention in mentions:
        if mention.type not in (EntityType.AGREEMENT, EntityType.EVENT):
            continue
        name = _given_name(doc, mention)
        if name is None:
            continue
        old_key, new_key = mention.key, entity_key(mention.type, name)
        for other in mentions:
            if other.key == old_key:
                other.key, other.name = new_key, name


def is_replaced(doc: Doc, mention: ActorMention) -> bool:
    """Whether the agreement is named as the one being replaced ("the treaty replaces the 1991
    START treaty"): the text then goes on about the new one, so later "the treaty" is not it."""
    if mention.head < 0:
        return False
    head = doc[mention.head]
    return head.dep_ == "dobj" and head.head.lemma_.lower() in WORDS.replacing_lemmas


def _name_without_determiners(name: str) -> str:
    return re.sub(r"^(?:the|a|an|this|that|these|those)\s+", "", name, flags=re.IGNORECASE)


def _territory_as_place(doc: Doc, mention: ActorMention) -> bool:
    """A territory that is no state (``WORDS.dependent_territories``), named by its name where
    something is or happens: "funds raised in Hong Kong, Tokyo and Frankfurt", "Macao will
    be handed over". It stays a country as an actor or a modifier ("Hong Kong said", "the
    Hong Kong government", "the Government of Bermuda"), and listed with states outside a
    phrase of place ("agreements with Hong Kong and South Korea", "nations such as Canada
    and Hong Kong"): there it is read as the states it is listed with.
    """
    territory = (mention.country or "").lower() in WORDS.dependent_territories
    if not territory or mention.form is not CountryForm.NAME:
        return False
    root = mention.span(doc).root
    if _acts(doc, mention) or root.dep_ == "compound":
        return False
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in (WORDS.government_nouns)
    ):
        return False
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # the list's first item carries the preposition
    if first.dep_ == "pobj" and first.head.lower_ in WORDS.place_prepositions:
        return True
    return not any(_names_a_state(doc, token) for token in root.conjuncts)


def _names_a_state(doc: Doc, token: Token) -> bool:
    """Whether ``token`` heads the name of a sovereign state ("South Korea", not "Macao")."""
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    match = match_country(ent.text if ent is not None else token.text)
    return match is not None and match.code.lower() not in WORDS.dependent_territories


def _acts(doc: Doc, mention: ActorMention) -> bool:
    """A seat of government as a subject, agent or possessor stands for its government:
    "Moscow remains a threat", "influenced by Moscow", "Washington's plan"; not as the
    possessor of what a city holds ("Tokyo's markets", ``WORDS.located_nouns``)."""
    root = mention.span(doc).root
    if root.dep_ == "poss":
        return root.head.lower_ not in WORDS.located_nouns  # not "Tokyo's markets"
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "by"
