"""Companies the text leaves unplaced belong to the home country when their legal form fits it.

A story filed from London names "Baring Brothers and Co Ltd" and "Kleinwort Benson Lonsdale
Plc", one filed from Singapore "Temasek Holdings (Pte) Ltd", without saying whose they are; a
reader takes each for a company of the country the story is filed from, because a "plc" is a
British form and a "Pte Ltd" a Singaporean one. The same reader does not take "Cable and Wireless
Plc" in a story filed from Tokyo for Japanese: no Japanese company is a "plc". So a company
whose name ends with a legal form (``extract.vocabulary.company_forms``) and that nothing else
placed gets an ``affiliated_with`` edge to the article's home country
(``extract.roles.home_country``) when that country's law has the form and the article names
the country.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from extract.dates_places.home import home_country
from extract.mentions.mention import ActorMention, country_mention
from extract.relations.doc_context import DocContext
from extract.relations.find import RelationCandidate
from extract.types import Article, EntityType
from extract.vocabulary.company_forms import is_form_word, legal_form_countries

# Brackets the model leaves outside a name before its form: "Temasek Holdings (Pte) Ltd".
_BRACKETS = frozenset({"(", ")"})


def company_home_affiliations(
    ctx: DocContext, article: Article, placed: Collection[str]
) -> Iterator[RelationCandidate]:
    """``affiliated_with`` edges to the home country for unplaced companies of its legal forms.

    ``placed`` are the keys something else (the actor dictionary) already gave a country.
    """
    code = home_country(article)
    if code is None:
        return
    countries = {m.key: m for m in ctx.mentions if m.type is EntityType.COUNTRY}
    home = country_mention(code, 0, countries)
    if home.key not in countries:
        return  # the article never names it: the dateline alone is too weak a tie
    by_key: dict[str, list[ActorMention]] = {}
    for mention in ctx.mentions:
        if mention.type is EntityType.ORGANIZATION and mention.key and mention.key not in placed:
            by_key.setdefault(mention.key, []).append(mention)
    for mentions in by_key.values():
        if any(m.affiliations for m in mentions):
            continue
        if any(code in legal_form_countries(_words(ctx, m)) for m in mentions):
            first = mentions[0]
            yield RelationCandidate(
                first, "affiliated_with", home, "", False, None, ctx.doc[first.start]
            )


def _words(ctx: DocContext, mention: ActorMention) -> list[str]:
    """The name's words and the legal form after it that the name left out ("(Pte) Ltd")."""
    doc = ctx.doc
    end = mention.end
    while end < len(doc) and end - mention.end < 4:
        token = doc[end]
        if not (token.text in _BRACKETS or is_form_word(token.text)):
            break
        end += 1
    while end > mention.end and doc[end - 1].text in _BRACKETS:
        end -= 1  # "(Pte)" and no form after it: the bracket closes an aside
    return [token.text for token in doc[mention.start : end]]
