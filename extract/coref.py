"""Within-article resolution: give mentions of one entity one key.

Rules, applied in document order (each general, each tested on sentences of our own):

1. **Surnames**: a one-word person mention takes the key of the full name in the article that
   ends with that word ("Lavrov" → Sergei Lavrov), whether the full name comes before or after;
   two full names sharing it leave the surname alone.
2. **Countries** key on their ISO code, whatever form names them ("Russia", "Russian", "the
   Russian Federation"). Seats of government ("Moscow", "the Kremlin") stand for their country
   as a subject, agent or possessor ("Moscow denied", "backed by the Kremlin") and are places
   otherwise ("talks in Moscow"); the argument resolver also turns a seat into its country
   when it is the argument of a relation (see ``extract.arguments``).
3. **Acronyms** written in parentheses after a name ("Department of Homeland Security (DHS)")
   make later bare acronyms mentions of that name.
4. **Agreements and events**: an unnamed mention ("the group", "this working group") refers to
   the most recent mention with the same head noun; a named one ("the 2016 election", "the
   Minsk agreement") keeps its own key. An agreement named as the one replaced ("replaces the
   1991 treaty") is never that antecedent (``is_replaced``). An unnamed occasion with no
   antecedent of its own head takes the latest of a synonymous head (``OCCASION_SYNONYMS``:
   "the first meeting" ... "the summit", "the referendum" ... "the vote").
5. **Given names**: "the treaty, known as New START", "a deal dubbed X": the proper name names
   every mention of the chain, so it keys on the name and merges across articles.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.countries import CountryForm
from extract.keys import entity_key
from extract.mention_types import ActorMention
from extract.types import EntityType

_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,9}$")


def assign_keys(doc: Doc, mentions: list[ActorMention]) -> None:
    """Set ``key`` (and the canonical ``name``) of every mention, in place."""
    _resolve_people(mentions)
    _resolve_acronyms(doc, mentions)
    _resolve_nominals(doc, mentions)
    _apply_given_names(doc, mentions)
    for mention in mentions:
        if mention.key:
            continue
        if mention.type is EntityType.COUNTRY and mention.country:
            if mention.form is CountryForm.SEAT and not _acts(doc, mention):
                mention.name = mention.span(doc).text.removeprefix("the ").strip()
                mention.type = EntityType.PLACE
                mention.key = entity_key(EntityType.PLACE, mention.name)
            else:
                mention.key = entity_key(EntityType.COUNTRY, mention.country)
        else:
            mention.key = entity_key(mention.type, mention.name)


def _resolve_people(mentions: list[ActorMention]) -> None:
    people = [m for m in mentions if m.type is EntityType.PERSON]
    full_names = sorted({m.name for m in people if " " in m.name})
    for mention in people:
        if " " in mention.name:
            mention.key = entity_key(EntityType.PERSON, mention.name)
            continue
        candidates = [name for name in full_names if name.split()[-1] == mention.name]
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
        if mention.type is not EntityType.ORGANIZATION:
            continue
        after = doc[mention.end : mention.end + 3]
        bracketed = len(after) == 3 and after[0].text == "(" and after[2].text == ")"
        if bracketed and _ACRONYM.match(after[1].text):
            long_forms[after[1].text] = mention
        if _ACRONYM.match(mention.name) and mention.name in long_forms:
            full = long_forms[mention.name]
            mention.name = full.name
            mention.key = entity_key(EntityType.ORGANIZATION, full.name)


def _is_named(doc: Doc, mention: ActorMention) -> bool:
    return any(
        t.pos_ == "PROPN" or t.like_num or t.ent_type_ in ("GPE", "NORP", "ORG", "EVENT", "LAW")
        for t in mention.span(doc)
        if t.i != mention.head
    )


def _resolve_nominals(doc: Doc, mentions: list[ActorMention]) -> None:
    latest_by_head: dict[tuple[EntityType, str], ActorMention] = {}
    for mention in mentions:
        if mention.type not in (EntityType.AGREEMENT, EntityType.EVENT) or mention.head < 0:
            continue
        head = doc[mention.head].lemma_.lower()
        slot = (mention.type, head)
        earlier = latest_by_head.get(slot) or next(
            (
                latest_by_head[(mention.type, other)]
                for other in sorted(OCCASION_SYNONYMS.get(head, ()))
                if (mention.type, other) in latest_by_head
            ),
            None,
        )
        if earlier is not None and not _is_named(doc, mention):
            mention.key, mention.name = earlier.key, earlier.name
            continue
        mention.key = entity_key(mention.type, _name_without_determiners(mention.name))
        if not is_replaced(doc, mention):
            latest_by_head[slot] = mention


# Heads that, unnamed in one article, name the same occasion: "the first meeting" between two
# leaders is "the summit" they hold; "Sunday's vote" is "the referendum".
OCCASION_SYNONYMS = {
    "summit": frozenset({"meeting", "talk", "talks"}),
    "meeting": frozenset({"summit", "talk", "talks"}),
    "talk": frozenset({"summit", "meeting", "negotiation"}),
    "talks": frozenset({"summit", "meeting", "negotiations"}),
    "negotiation": frozenset({"talk", "talks"}),
    "negotiations": frozenset({"talk", "talks"}),
    "vote": frozenset({"referendum", "election"}),
    "referendum": frozenset({"vote"}),
}

_NAMING_VERBS = frozenset({"know", "call", "dub", "name"})


def _given_name(doc: Doc, mention: ActorMention) -> str | None:
    """ "the treaty, known as New START" / "a deal dubbed JCPOA": the proper name given."""
    if mention.head < 0:
        return None
    for clause in doc[mention.head].children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in _NAMING_VERBS:
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


REPLACING_LEMMAS = frozenset({"replace", "supersede", "succeed"})


def is_replaced(doc: Doc, mention: ActorMention) -> bool:
    """Whether the agreement is named as the one being replaced ("the treaty replaces the 1991
    START treaty"): the text then goes on about the new one, so later "the treaty" is not it."""
    if mention.head < 0:
        return False
    head = doc[mention.head]
    return head.dep_ == "dobj" and head.head.lemma_.lower() in REPLACING_LEMMAS


def _name_without_determiners(name: str) -> str:
    return re.sub(r"^(?:the|a|an|this|that|these|those)\s+", "", name, flags=re.IGNORECASE)


def _acts(doc: Doc, mention: ActorMention) -> bool:
    """A seat of government as a subject, agent or possessor stands for its government:
    "Moscow remains a threat", "influenced by Moscow", "Washington's plan"."""
    root = mention.span(doc).root
    if root.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "by"
