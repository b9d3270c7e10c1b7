"""Find the actors an article mentions: people, countries, organisations, agreements, events.

``find_mentions(doc)`` reads spaCy's named entities and noun phrases and returns
``ActorMention``s in document order. It repairs the small model's common slips (a person span
that swallows the next words, a surname tagged as an organisation) and reads the title that
precedes a name ("Russia's Minister of Communications Nikolai Nikiforov") into a role and an
affiliation. Which mentions denote the same entity is decided later, in ``extract.coref``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extract.countries import CountryForm, match_country
from extract.lexicon import (
    AGREEMENT_HEADS,
    EVENT_HEADS,
    INTERFERENCE_WORDS,
    JOINT_BODY_HEADS,
    JOINT_MARKERS,
    RELATIONAL_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    VAGUE_MODIFIERS,
)
from extract.public_figures import public_figure_country
from extract.types import EntityType


@dataclass
class ActorMention:
    """One mention of an actor: token span ``[start, end)`` of the doc and what it denotes."""

    start: int
    end: int
    type: EntityType
    name: str
    country: str | None = None  # ISO code when the mention names a country
    form: CountryForm | None = None
    role: str | None = None
    affiliations: list[str] = field(default_factory=list)  # ISO codes or organisation names
    head: int = -1  # token index of the syntactic head, for agreements and events
    key: str = ""  # filled in by extract.coref

    def span(self, doc: Doc) -> Span:
        """The mention as a spaCy span."""
        return doc[self.start : self.end]


_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")
_PARENTHESISED = re.compile(r"\s*\([^)]*\)\s*")
_LEADING_TITLES = {"mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "general"}
_NAME_POS = frozenset({"PROPN", "ADJ", "NOUN"})
_PERSON_STOP_LABELS = {"GPE", "NORP", "DATE", "CARDINAL", "ORDINAL"}


def find_mentions(doc: Doc) -> list[ActorMention]:
    """All actor mentions of a parsed doc, in document order, without overlaps."""
    mentions: list[ActorMention] = []
    taken: set[int] = set()

    def add(mention: ActorMention, nested: bool = False) -> None:
        tokens = set(range(mention.start, mention.end))
        if not mention.name.strip():
            return
        if tokens & taken:
            # An agreement or event may contain its parties ("a Russia-US working group"),
            # never cut through another mention.
            inner = [m for m in mentions if set(range(m.start, m.end)) & tokens]
            if not nested or any(m.start < mention.start or m.end > mention.end for m in inner):
                return
            if mention.head in taken:
                return
        taken.update(tokens)
        mentions.append(mention)

    for ent in doc.ents:
        if ent.label_ == "PERSON" or _is_public_figure(ent):
            person = _person_mention(ent)
            if person:
                add(person)
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP", "LOC", "ORG", "FAC"):
            country = _country_mention(ent)
            if country:
                add(country)
    for ent in doc.ents:
        if ent.label_ in ("ORG",):
            organisation = _organisation_mention(ent)
            if organisation:
                add(organisation)
        elif ent.label_ in ("GPE", "LOC", "FAC"):
            add(ActorMention(ent.start, ent.end, EntityType.PLACE, _strip_determiner(ent)))
        elif ent.label_ == "EVENT":
            add(
                ActorMention(
                    ent.start, ent.end, EntityType.EVENT, _strip_determiner(ent), head=ent.root.i
                )
            )
        elif ent.label_ == "LAW":
            add(
                ActorMention(
                    ent.start,
                    ent.end,
                    EntityType.AGREEMENT,
                    _strip_determiner(ent),
                    head=ent.root.i,
                )
            )
    for mention in _missed_countries(doc, taken):
        add(mention)
    for mention in _nominal_mentions(doc):
        add(mention, nested=True)
    _add_surname_repairs(doc, mentions, taken)
    for mention in mentions:
        if mention.type is EntityType.PERSON:
            _read_title(doc, mention)
            known = public_figure_country(mention.name)
            if known and not mention.affiliations:
                mention.affiliations.append(known)
    return sorted(mentions, key=lambda m: m.start)


def _strip_determiner(span: Span) -> str:
    tokens = list(span)
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].dep_ == "poss"):
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    return "".join(t.text_with_ws for t in tokens).strip()


def _is_public_figure(ent: Span) -> bool:
    """A listed public figure the model tagged as something else ("Lavrov" as an ORG)."""
    name = _strip_determiner(ent)
    return ent.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC") and bool(
        name and public_figure_country(name) and not match_country(name)
    )


def _person_mention(ent: Span) -> ActorMention | None:
    # The small model sometimes runs a name into the next words ("Donald Trump - agreed"):
    # keep the leading run of capitalised name tokens.
    tokens: list[Token] = []
    for token in ent:
        if token.tag_ == "POS" or (not _NAME_TOKEN.match(token.text) and token.text != "("):
            break
        tokens.append(token)
    while tokens and tokens[0].lower_.rstrip(".") in _LEADING_TITLES and len(tokens) > 1:
        tokens = tokens[1:]
    if not tokens or (match_country(tokens[0].text) and len(tokens) == 1):
        return None
    text = "".join(t.text_with_ws for t in tokens).strip()
    name = _PARENTHESISED.sub(" ", text).strip()
    if not name or (name.isupper() and len(name) > 3):
        return None
    return ActorMention(tokens[0].i, tokens[-1].i + 1, EntityType.PERSON, name)


def _country_mention(ent: Span) -> ActorMention | None:
    match = match_country(ent.text)
    if match is None:
        return None
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    end = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end
    return ActorMention(start, end, EntityType.COUNTRY, match.label, match.code, match.form)


def _missed_countries(doc: Doc, taken: set[int]) -> list[ActorMention]:
    """Country names and demonyms the model left untagged ("Azerbaijani troops", "help Togo").

    The small model misses rarer names and tags some demonyms as plain adjectives; a
    capitalised word outside every entity that our table (or pycountry) knows is a country.
    Seats of government are left out: "Washington" alone may be a person.
    """
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        # A lone country word tagged PERSON was refused as a person: it is a country.
        tagged = token.ent_type_ not in ("", "PERSON")
        if i in taken or tagged or not token.is_title or token.pos_ not in _NAME_POS:
            i += 1
            continue
        width = 1
        match = None
        if i + 1 < len(doc) and doc[i + 1].is_title and i + 1 not in taken:
            match = match_country(doc[i : i + 2].text)
            width = 2 if match else 1
        match = match or match_country(token.text)
        if match and match.form is not CountryForm.SEAT:
            found.append(
                ActorMention(i, i + width, EntityType.COUNTRY, match.label, match.code, match.form)
            )
        i += width
    return found


def _organisation_mention(ent: Span) -> ActorMention | None:
    name = _strip_determiner(ent)
    # Editorial brackets and stray symbols ("[W]henever") are misread words, not names.
    if not re.match(r"^[A-Z0-9]", name) or re.search(r"[\[\]{}<>|]", name):
        return None
    return ActorMention(ent.start, ent.end, EntityType.ORGANIZATION, name)


def _nominal_mentions(doc: Doc) -> list[ActorMention]:
    """Agreements, events and interference acts named by common nouns."""
    found = []
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("NOUN", "PROPN", "VERB"):
            continue
        if lemma in INTERFERENCE_WORDS:
            mention = _interference_mention(token)
        elif token.pos_ == "VERB":
            continue
        elif lemma in AGREEMENT_HEADS or _is_joint_body(token):
            mention = _nominal_phrase(token, EntityType.AGREEMENT)
        elif lemma in EVENT_HEADS or token.lower_ in EVENT_HEADS:
            mention = _nominal_phrase(token, EntityType.EVENT)
        else:
            continue
        if mention:
            found.append(mention)
    return found


def _is_joint_body(token: Token) -> bool:
    if token.lemma_.lower() not in JOINT_BODY_HEADS:
        return False
    # "a joint fisheries commission": the small model may hang "joint" on the middle noun.
    return any(t.lower_ in JOINT_MARKERS for child in token.lefts for t in child.subtree)


def _modifiers(token: Token) -> list[Token]:
    """Left modifiers that belong to a name: "joint cybersecurity", "2016 presidential"."""
    keep = []
    for child in token.lefts:
        if child.dep_ in ("det", "predet", "poss", "case") or child.pos_ == "PUNCT":
            continue
        keep.extend(child.subtree)
    return keep


def _nominal_phrase(token: Token, entity_type: EntityType) -> ActorMention | None:
    modifiers = _modifiers(token)
    tokens = sorted([*modifiers, token], key=lambda t: t.i)
    tail = _short_complement(token, named_already=_names_itself(modifiers))
    tokens.extend(tail)
    # A bare "the meeting" names nothing; it becomes a node only when something specifies it.
    parties = _between_parties(token) if entity_type is EntityType.AGREEMENT else []
    tokens.extend(parties)
    specific = bool(tail) or bool(parties) or _names_itself(modifiers)
    if not specific and entity_type is EntityType.EVENT:
        return None
    # An agreement is named by what it is about ("a defence cooperation agreement") or who is
    # party to it; "the new agreement" alone names nothing and is left to the anaphor rules.
    described = any(
        t.dep_ in ("compound", "amod", "nmod") and t.lower_ not in VAGUE_MODIFIERS
        for t in modifiers
    )
    if not (specific or described) and token.lemma_.lower() in ("deal", "agreement", "plan"):
        return None
    tokens.sort(key=lambda t: t.i)
    start, end = tokens[0].i, tokens[-1].i + 1
    doc = token.doc
    name = "".join(t.text_with_ws for t in doc[start:end]).strip()
    if not re.search(r"[A-Za-z]", name):
        return None
    return ActorMention(start, end, entity_type, name, head=token.i)


def _names_itself(modifiers: list[Token]) -> bool:
    """Whether the modifiers alone tell this agreement or event from others ("G20", "2016")."""
    return any(
        t.ent_type_ in ("GPE", "NORP", "ORG", "DATE", "EVENT", "PERSON")
        or t.like_num
        or t.lower_ in JOINT_MARKERS
        or t.pos_ == "PROPN"
        for t in modifiers
    )


def _between_parties(token: Token) -> list[Token]:
    """ "the agreement between Peru and Chile": the parties belong to the agreement's name."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("between", "among") and child.i == token.i + 1:
            subtree = list(child.subtree)
            named = any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP") for t in subtree)
            # "between the two governments" is resolved to its parties, not part of the name.
            if named and len(subtree) <= 8 and not any(t.pos_ == "VERB" for t in subtree):
                return subtree
    return []


def _short_complement(token: Token, named_already: bool = False) -> list[Token]:
    """A short complement that is part of the name.

    "on information security" names an agreement or event; for events "of", "in" and "into"
    do too when they hold a proper name or a number ("the referendum in Crimea", "the
    indictment of 13 Russians"), so that the complement tells one such event from another.
    """
    preps = {"on", "for"}
    is_event = token.lemma_.lower() in EVENT_HEADS or token.lower_ in EVENT_HEADS
    if is_event and not named_already:  # "the G20 summit in Hamburg" is the G20 summit
        preps |= {"of", "in", "into"}
    candidates = list(token.rights)
    if token.dep_ == "dobj":
        # "set up a working group on cyber security": the small model often hangs the phrase
        # on the verb; right after the noun it still belongs to the name.
        candidates += [c for c in token.head.rights if c.i == token.i + 1]
    for child in candidates:
        if child.dep_ == "prep" and child.lower_ in preps and child.i == token.i + 1:
            subtree = list(child.subtree)
            if len(subtree) > 4 or any(t.pos_ in ("VERB", "PUNCT") for t in subtree):
                continue
            if any(t.ent_type_ in ("DATE", "TIME") for t in subtree):
                continue  # "announced the agreement on Friday": when, not which
            named = any(t.pos_ == "PROPN" or t.like_num for t in subtree)
            if child.lower_ in ("on", "for") or named:
                return subtree
    return []


def _interference_mention(token: Token) -> ActorMention | None:
    """ "meddled in the 2016 election" → an Event "interference in 2016 election"."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "with"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                target = [t for t in objects[0].subtree if t.dep_ not in ("det", "poss", "case")]
                words = " ".join(t.text for t in target)
                return ActorMention(
                    token.i, token.i + 1, EntityType.EVENT, f"interference in {words}", head=token.i
                )
    for child in token.lefts:
        match = match_country(child.text) if child.dep_ in ("amod", "compound") else None
        if match:
            return ActorMention(
                child.i, token.i + 1, EntityType.EVENT, f"{child.text} interference", head=token.i
            )
    return None


def _add_surname_repairs(doc: Doc, mentions: list[ActorMention], taken: set[int]) -> None:
    """A surname of a person named in the article is that person, whatever NER said of it."""
    surnames = {m.name.split()[-1] for m in mentions if m.type is EntityType.PERSON}
    surnames |= {m.name for m in mentions if m.type is EntityType.PERSON}
    for token in doc:
        text = token.text
        if text not in surnames or not _NAME_TOKEN.match(text):
            continue
        existing = next((m for m in mentions if m.start <= token.i < m.end), None)
        if existing is not None:
            if existing.type is EntityType.PERSON or existing.end - existing.start > 1:
                continue
            mentions.remove(existing)
            taken.discard(token.i)
        taken.add(token.i)
        mentions.append(ActorMention(token.i, token.i + 1, EntityType.PERSON, text))


def _read_title(doc: Doc, mention: ActorMention) -> None:
    """Read "Russia's Minister of Communications" before a name into role and affiliation."""
    words: list[Token] = []
    i = mention.start - 1
    while i >= 0:
        token = doc[i]
        lower = token.lower_
        if (
            token.tag_ == "POS"
            or (match_country(token.text) and token.pos_ in ("PROPN", "ADJ"))
            or lower in ROLE_HEADS
            or lower.rstrip("s") in ROLE_HEADS
            or lower in RELATIONAL_HEADS
            or lower in ROLE_MODIFIERS
            or (token.is_title and token.pos_ in ("PROPN", "ADJ"))
        ):
            words.append(token)
        else:
            break
        i -= 1
    words.reverse()
    role_words: list[str] = []
    for token in words:
        match = match_country(token.text) if token.tag_ != "POS" else None
        if match:
            if match.code not in mention.affiliations:
                mention.affiliations.append(match.code)
            role_words = []
        elif token.tag_ != "POS" and token.lower_ not in RELATIONAL_HEADS:
            role_words.append(token.text)
    while role_words and role_words[0].lower() in ("of", "for", "and", "the"):
        role_words.pop(0)
    has_head = any(
        w.lower() in ROLE_HEADS or w.lower().rstrip("s") in ROLE_HEADS for w in role_words
    )
    if has_head:
        mention.role = _title_case(" ".join(role_words))
    _read_appositive_title(doc, mention)
    _read_title_before_comma(doc, mention)


def _read_appositive_title(doc: Doc, mention: ActorMention) -> None:
    """ "Josep Borrell, Spain's foreign minister, said" → role and affiliation."""
    root = doc[mention.end - 1]
    for child in root.rights:
        if child.dep_ != "appos" or child.lemma_.lower() not in ROLE_HEADS:
            continue
        for token in child.subtree:
            match = match_country(token.text)
            if match and match.code not in mention.affiliations:
                mention.affiliations.append(match.code)
        if mention.role is None:
            role = [
                t.text
                for t in child.subtree
                if t.dep_ not in ("det", "poss", "case", "punct") and not match_country(t.text)
            ]
            mention.role = _title_case(" ".join(role)) if role else None


def _read_title_before_comma(doc: Doc, mention: ActorMention) -> None:
    """ "The US commander in Iraq, General David Petraeus, said" → role and affiliation.

    The name is parsed as an apposition of the title noun; only the title's left modifiers and
    an "of" phrase give the country ("in Iraq" is where the commander serves, not whose he is).
    """
    root = doc[mention.end - 1]
    title = root.head
    if root.dep_ != "appos" or title.lemma_.lower() not in ROLE_HEADS or title.i >= mention.start:
        return
    modifiers = [t for child in title.lefts for t in child.subtree]
    for prep in title.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            modifiers.extend(prep.subtree)
    for token in modifiers:
        match = match_country(token.text) if token.pos_ in ("PROPN", "ADJ") else None
        if match and match.code not in mention.affiliations:
            mention.affiliations.append(match.code)
    if mention.role is None:
        words = [
            t.text
            for t in sorted([*modifiers, title], key=lambda t: t.i)
            if t.i <= title.i
            and t.dep_ not in ("det", "poss", "case", "punct")
            and not match_country(t.text)
        ]
        mention.role = _title_case(" ".join(words)) if words else None


def _title_case(role: str) -> str:
    small = {"of", "for", "and", "the", "on"}
    return " ".join(w if w.lower() in small else w[:1].upper() + w[1:] for w in role.split())
