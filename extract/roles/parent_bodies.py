"""Bodies that are parts of a larger body the article names.

News names a chamber, an executive or a committee by its own name and the body it belongs to
elsewhere: "the EC's Brussels Commission" and "the Community", "the House" and "the 116th U.S.
Congress". A reader knows the first is a part of the second. ``WORDS.body_parents`` says which
part belongs to which kind of body (commission → community or union, house and senate →
congress); a part is an organisation whose name, once the words that do not say which body it
is are set aside (countries, seats, the parent's own words and initials,
``WORDS.part_name_fillers``), is just the part ("European Commission", "EC Executive
Commission", "House of Representatives", but never "Tower Commission"). It gets an
``affiliated_with`` edge to the organisation of the article whose name ends with a parent word,
when their stated countries do not differ. A person who sits in a part of an international
body (``WORDS.international_body_heads``: the Commission of the Community) is that body's
official too.
"""

from __future__ import annotations

from collections.abc import Iterator

from extract.mentions.mention import ActorMention
from extract.relations.doc_context import DocContext
from extract.relations.find import RelationCandidate
from extract.types import EntityType
from extract.vocabulary.countries import match_country
from extract.vocabulary.word_lists import WORDS


def parent_body_affiliations(ctx: DocContext) -> Iterator[RelationCandidate]:
    """``affiliated_with`` edges from each part body to the parent body the article names.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("The Commission spoke for the European Community .")
    >>> part = ActorMention(1, 2, EntityType.ORGANIZATION, "Commission", key="o/commission")
    >>> whole = ActorMention(5, 7, EntityType.ORGANIZATION, "European Community", key="o/ec")
    >>> found = parent_body_affiliations(DocContext(doc, [part, whole]))
    >>> [(c.subject.key, c.object.key) for c in found]
    [('o/commission', 'o/ec')]
    """
    by_key: dict[str, list[ActorMention]] = {}
    for mention in ctx.mentions:
        if mention.type is EntityType.ORGANIZATION and mention.key:
            by_key.setdefault(mention.key, []).append(mention)
    names = {key: {m.name for m in mentions} for key, mentions in by_key.items()}
    international: dict[str, ActorMention] = {}  # part key -> its parent of no country
    for key, mentions in by_key.items():
        for parent_key in _parents(key, names):
            if not _countries_agree(mentions, by_key[parent_key]):
                continue
            part, parent = mentions[0], by_key[parent_key][0]
            if _is_international(by_key[parent_key]):
                international.setdefault(key, parent)
            yield RelationCandidate(
                part, "affiliated_with", parent, "", False, None, ctx.doc[part.start]
            )
    yield from _members_of_international_parents(ctx, international)


def _is_international(parent: list[ActorMention]) -> bool:
    """A body of many countries: no country of its own, named as one (``WORDS.
    international_body_heads``: "the European Community", never "Congress")."""
    return not any(m.affiliations for m in parent) and any(
        m.name.split()[-1].lower() in WORDS.international_body_heads for m in parent if m.name
    )


def _members_of_international_parents(
    ctx: DocContext, international: dict[str, ActorMention]
) -> Iterator[RelationCandidate]:
    """ "Agriculture Commissioner Frans Andriessen" sits in the Commission and so serves the
    European Community: a member of a part of an international body is that body's official.
    A member of a national chamber stays its chamber's and his country's."""
    given: set[tuple[str, str]] = set()
    for person in ctx.mentions:
        if person.type is not EntityType.PERSON:
            continue
        for index in person.organisations:
            body = ctx.by_token.get(index)
            parent = international.get(body.key) if body is not None else None
            if parent is None or (person.key, parent.key) in given:
                continue
            given.add((person.key, parent.key))
            yield RelationCandidate(
                person, "affiliated_with", parent, "", False, None, ctx.doc[person.start]
            )


def _parents(key: str, names: dict[str, set[str]]) -> list[str]:
    """The keys of the article's bodies that the body ``key`` is a part of, nearest first."""
    found: list[str] = []
    for parent_key, parent_names in sorted(names.items()):
        if parent_key == key:
            continue
        heads = {name.split()[-1].lower() for name in parent_names if name.split()}
        parent_words = {w.lower() for name in parent_names for w in name.split()}
        parent_words |= {_initials(name) for name in parent_names}  # "EC Executive Commission"
        if any(_is_part_of(name, heads, parent_words) for name in names[key]):
            found.append(parent_key)
    return found


def _is_part_of(name: str, parent_heads: set[str], parent_words: set[str]) -> bool:
    """Whether a body of this name is a part of a body whose names end with ``parent_heads``.

    >>> _is_part_of("EC Executive Commission", {"community", "ec"}, {"european", "community", "ec"})
    True
    >>> _is_part_of("Tower Commission", {"community"}, {"european", "community"})
    False
    """
    left = [
        w
        for w in name.replace("'s", " ").split()
        if w.lower() not in WORDS.part_name_fillers
        and w.lower() not in parent_words
        and match_country(w) is None
    ]
    if len(left) != 1:
        return False
    wanted = WORDS.body_parents.get(left[0].lower())
    return wanted is not None and bool(wanted & parent_heads)


def _initials(name: str) -> str:
    """The acronym a name's capitalised words make ("European Community" → "ec").

    >>> _initials("European Economic Community")
    'eec'
    """
    return "".join(w[0] for w in name.split() if w[:1].isupper()).lower()


def _countries_agree(part: list[ActorMention], parent: list[ActorMention]) -> bool:
    """False when the part and the parent each state a country and share none ("the Argentine
    Senate" is no part of the U.S. Congress)."""
    part_codes = {c for m in part for c in m.affiliations}
    parent_codes = {c for m in parent for c in m.affiliations}
    return not (part_codes and parent_codes) or bool(part_codes & parent_codes)
