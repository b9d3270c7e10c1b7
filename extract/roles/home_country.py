"""The article's home country, and the state bodies and office holders the text leaves to it.

A wire story filed from Taipei writes "the Finance Ministry", "the Central Bank" and "Finance
Minister Robert Chien" without saying whose: a reader takes them for Taiwan's, the country the
story is filed from. Here an article's **home country** is the country of its dateline (a city
that hosts international bodies, such as Brussels, gives none) as it stood on the article's
date (Belgrade in 1987 is Yugoslavia's: ``extract.vocabulary.former_states``); failing a
dateline, the one country its title names. An organisation named as a national state body
("... Ministry", "... Department", "the Senate", "the Coast Guard", "the Central Bank") and a
person holding a national office ("Minister", "Premier", "Sen.", or a post in such a body:
"State Department spokeswoman Sondra McCarty") that the text, and the actor dictionary, leave
without a country get an ``affiliated_with`` edge to the home country, when the article names
that country too.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from extract.dates_places.home import home_country, title_countries
from extract.dates_places.sentence_place import opening_place_country
from extract.mentions.mention import ActorMention, country_mention
from extract.relations.doc_context import DocContext
from extract.relations.find import RelationCandidate
from extract.types import Article, EntityType
from extract.vocabulary.countries import match_country
from extract.vocabulary.word_lists import WORDS


def home_affiliations(
    ctx: DocContext, article: Article, placed: Collection[str]
) -> Iterator[RelationCandidate]:
    """``affiliated_with`` edges to the home country for unplaced state bodies and office holders.

    ``placed`` are the keys something else (the actor dictionary) already gave a country.
    """
    code = home_country(article)
    countries = {m.key: m for m in ctx.mentions if m.type is EntityType.COUNTRY}
    home = country_mention(code, 0, countries) if code is not None else None
    # The article must name its home country: the dateline alone is too weak a tie, but a title
    # naming it alone ("MILLER SAYS U.S. OPPOSES TAX HIKES") is the article's own word; one
    # naming it only as where ("GOLD RECOVERS IN HONG KONG") is the dateline again.
    if home is not None and home.key not in countries and not _title_names_alone(article, code):
        home = None
    by_key: dict[str, list[ActorMention]] = {}
    for mention in ctx.mentions:
        if mention.type in (EntityType.PERSON, EntityType.ORGANIZATION) and mention.key:
            by_key.setdefault(mention.key, []).append(mention)
    state_bodies = {key for key, ms in by_key.items() if any(_is_state_body(m) for m in ms)}
    for key, mentions in by_key.items():
        if key in placed or any(m.affiliations for m in mentions):
            continue
        first = mentions[0]
        if key in state_bodies or any(_holds_state_office(ctx, m, state_bodies) for m in mentions):
            country = _opening_place(ctx, mentions, article.date, countries) or home
            if country is not None:
                yield RelationCandidate(
                    first, "affiliated_with", country, "", False, None, ctx.doc[first.start]
                )


def _opening_place(
    ctx: DocContext,
    mentions: list[ActorMention],
    date: str | None,
    countries: dict[str, ActorMention],
) -> ActorMention | None:
    """The country a sentence naming the body or holder opens in ("In Washington, Senate
    Democratic leader Chuck Schumer ..."): it wins over the home country."""
    for mention in mentions:
        code = opening_place_country(ctx.doc, mention.start, date)
        if code is not None:
            return country_mention(code, mention.start, countries)
    return None


def _is_state_body(mention: ActorMention) -> bool:
    """ "the Finance Ministry", "State Department", "the Central Bank", "the Ministry of
    Finance": a national body, told by the head word of its name (before "of" or "for")."""
    if mention.type is not EntityType.ORGANIZATION:
        return False
    words = [w.lower() for w in mention.name.split()]
    if not words:
        return False
    if words[-1] == "bank":
        return any(w in WORDS.state_bank_modifiers for w in words[:-1])
    # "the Ministry of Finance" is a ministry whatever its portfolio; a bank named with "of"
    # ("the Central Bank of West African States") is the bank of what follows, not the home's.
    head = _head_words(mention.name)
    return head[-1] in WORDS.state_body_heads


def _head_words(name: str) -> list[str]:
    """The words of a name up to its head, lower case: a name with "of" or "for" ends its head
    before them ("Ministry of Foreign Affairs", "National Directorate for Security").

    >>> _head_words("Ministry of Finance"), _head_words("the Finance Ministry")
    (['ministry'], ['the', 'finance', 'ministry'])
    """
    words = [w.lower() for w in name.split()]
    cut = next((k for k, word in enumerate(words) if word in ("of", "for") and k > 0), len(words))
    return words[:cut]


def _holds_state_office(ctx: DocContext, mention: ActorMention, state_bodies: set[str]) -> bool:
    """A person titled with a national office, or placed in a state body of the article."""
    if mention.type is not EntityType.PERSON:
        return False
    role_words = {w.lower().rstrip(".") for w in (mention.role or "").split()}
    if role_words & WORDS.state_office_heads:
        return True
    if mention.start > 0:
        before = ctx.doc[mention.start - 1].lower_.rstrip(".")
        if before in WORDS.state_office_heads:
            return True  # "Premier Yu Kuo-Hua", "Sen. Jake Garn"
        if _head_of_state(ctx, mention):
            return True
    for index in mention.organisations:
        organisation = ctx.by_token.get(index) or ctx.owned_bodies.get(index)
        if organisation is not None and organisation.key in state_bodies:
            return True
    return False


def _head_of_state(ctx: DocContext, mention: ActorMention) -> bool:
    """ "President Jaime Lusinchi": a head of state's title alone, capitalised right before
    the name, in no organisation ("Texaco President James Kinnear" is the company's)."""
    title = ctx.doc[mention.start - 1]
    role = (mention.role or "").lower()
    return (
        not mention.organisations
        and title.is_title
        and title.lower_ in WORDS.head_of_state_titles
        and role == title.lower_
        and not _named_before(ctx, title.i)
    )


def _title_names_alone(article: Article, code: str | None) -> bool:
    """The title names the country ``code`` and no other, and not only as where."""
    return title_countries(article) == {code} and code in title_countries(article, located=False)


def _named_before(ctx: DocContext, index: int) -> bool:
    """A capitalised word that is neither a title word nor a country, or a bracketed acronym,
    right before the title: the name of whatever the title is held in ("Pertamina President"),
    read or not."""
    if index == 0 or ctx.doc[index].is_sent_start:
        return False
    before = ctx.doc[index - 1]
    if before.text == ")":
        return True  # "Confederation of British Industry (CBI) President David Nickson"
    return (
        before.text[:1].isupper()
        and before.lower_ not in WORDS.role_modifiers
        and match_country(before.text) is None
    )
