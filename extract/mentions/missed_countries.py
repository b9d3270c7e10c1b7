"""Country names and demonyms the model left untagged: a capitalised word outside every entity
that the country table knows is a country ("Azerbaijani troops", "help Togo")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.doc_words import doc_words
from extract.labels import NAME_POS, UNTAGGED_OR_SLIP_LABELS, label_ids
from extract.mentions.mention import ActorMention
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm, match_country

_NAME_POS_IDS = label_ids(NAME_POS)
_UNTAGGED_IDS = label_ids(UNTAGGED_OR_SLIP_LABELS)


def missed_countries(doc: Doc, taken: set[int]) -> list[ActorMention]:
    """Country names and demonyms the model left untagged ("Azerbaijani troops", "help Togo").

    The small model misses rarer names and tags some demonyms as plain adjectives; a
    capitalised word outside every entity that our table (or pycountry) knows is a country.
    Seats of government are taken only when untagged and the subject of a clause (see
    ``_untagged_subject``): "Washington" alone may be a person.

    >>> import spacy
    >>> doc = spacy.blank("en")("They help Togo")
    >>> doc[2].pos_ = "PROPN"
    >>> [(m.name, m.country) for m in missed_countries(doc, set())]
    [('Togo', 'TG')]
    """
    words = doc_words(doc)
    titles = words.title_flags
    # The words worth a look, found from the Doc's columns without a Token for each word.
    # A lone country word tagged PERSON was refused as a person: it is a country; one tagged
    # as a title or a product ("accused Belarus" as WORK_OF_ART) is a slip too.
    candidates = [
        i
        for i, (title, pos, ent_type) in enumerate(
            zip(titles, words.pos_ids, words.ent_type_ids, strict=True)
        )
        if title and pos in _NAME_POS_IDS and ent_type in _UNTAGGED_IDS and i not in taken
    ]
    found = []
    next_free = 0  # a two-word match takes its second word from the next look
    for i in candidates:
        if i < next_free:
            continue
        width = 1
        match = None
        if i + 1 < len(titles) and titles[i + 1] and i + 1 not in taken:
            match = match_country(words.span_text(i, i + 2))
            width = 2 if match else 1
        match = match or match_country(words.texts[i])
        if match and (match.form is not CountryForm.SEAT or _untagged_subject(doc[i : i + width])):
            found.append(
                ActorMention(i, i + width, EntityType.COUNTRY, match.label, match.code, match.form)
            )
        next_free = i + width
    return found


def _untagged_subject(span: Span) -> bool:
    """A seat of government the model did not tag at all, as (part of) a clause's subject or
    its direct object: "Kyiv refused to recognize the result", "Kyiv and Western governments
    accused Russia", "Russian missiles hit Kyiv". A seat tagged as a person ("Washington")
    stays out: it may be one."""
    root = span.root
    if any(t.ent_type_ for t in span):
        return False
    while root.dep_ in ("conj", "amod", "compound") and root.head.i != root.i:
        root = root.head  # "Kyiv and Western governments": Kyiv hangs on the subject noun
    return root.dep_ in ("nsubj", "nsubjpass", "dobj")
