"""An organisation owned or controlled by another, from the phrase set off after its name.

Business copy says who owns a company in a phrase right after the name: "<Banque de Neuflize,
Schlumberger, Mallet SA>, controlled by Algemene Bank Nederland NV," and "SNP, previously
wholly-owned by the government's Temasek Holdings (Pte) Ltd, issued ...", or names it as a part
of another: "Acme Ltd, a unit of Zenith Corp,". The owned organisation is affiliated with the
owner (an organisation, or a country: "owned by the British Government"). The phrase is read on
the surface: a comma after the name, a few adverbs ("previously", "wholly", "jointly"), an
ownership participle (``WORDS.ownership_participles``) and "by", or a determiner and a part noun
(``WORDS.owned_part_nouns``) and "of"; then the owner's name, after a "the" or a possessor.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from extract.mentions.mention import ActorMention
from extract.relations.doc_context import DocContext
from extract.relations.find import RelationCandidate
from extract.types import EntityType
from extract.vocabulary.countries import CountryForm
from extract.vocabulary.word_lists import WORDS

_BRACKETS = frozenset({"<", ">"})
_MAX_ADVERBS = 3


def owner_affiliations(ctx: DocContext) -> Iterator[RelationCandidate]:
    """``affiliated_with`` edges from each organisation to the owner its phrase names.

    >>> import spacy
    >>> doc = spacy.blank("en")("Acme Ltd , controlled by Zenith Corp , said")
    >>> acme = ActorMention(0, 2, EntityType.ORGANIZATION, "Acme Ltd", key="o/acme")
    >>> zenith = ActorMention(5, 7, EntityType.ORGANIZATION, "Zenith Corp", key="o/zenith")
    >>> [(c.subject.key, c.object.key) for c in owner_affiliations(DocContext(doc, [acme, zenith]))]
    [('o/acme', 'o/zenith')]
    """
    for mention in ctx.mentions:
        if mention.type is not EntityType.ORGANIZATION or not mention.key:
            continue
        owner = _owner(ctx, mention)
        if owner is not None and owner.key != mention.key:
            yield RelationCandidate(
                mention, "affiliated_with", owner, "", False, None, ctx.doc[mention.start]
            )


def _owner(ctx: DocContext, mention: ActorMention) -> ActorMention | None:
    doc = ctx.doc
    i = mention.end
    while i < len(doc) and doc[i].text in _BRACKETS:
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    start = i
    while (
        i < len(doc) and i - start < _MAX_ADVERBS and (doc[i].pos_ == "ADV" or doc[i].text == "-")
    ):
        i += 1  # "previously wholly-owned by"
    if (
        i + 1 < len(doc)
        and doc[i].lower_ in WORDS.ownership_participles
        and doc[i + 1].lower_ == "by"
    ):
        return _named_at(ctx, i + 2)
    if i + 2 < len(doc) and doc[i].pos_ == "DET" and doc[i + 1].lower_ in WORDS.owned_part_nouns:
        return _named_at(ctx, i + 3) if doc[i + 2].lower_ == "of" else None
    return None


def _named_at(ctx: DocContext, index: int) -> ActorMention | None:
    """The organisation or country named at ``index``, over a "the" and a possessor ("the
    government's Temasek Holdings")."""
    doc: Doc = ctx.doc
    if index < len(doc) and doc[index].lower_ == "the" and index not in ctx.by_token:
        index += 1
    if index + 2 < len(doc) and doc[index + 1].tag_ == "POS":
        index += 2  # a possessor word that is no name: "the government's"
    found = ctx.by_token.get(index)
    if found is None or found.start != index:
        return None
    if found.type is EntityType.ORGANIZATION:
        return found
    # "owned by the British Government" names the country; "a unit of British and Commonwealth
    # Shipping" names a company the tagger cut after its demonym.
    named = found.type is EntityType.COUNTRY and found.form is not CountryForm.DEMONYM
    return found if named and found.country else None
