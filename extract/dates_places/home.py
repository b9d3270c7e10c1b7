"""The article's home country: the country a wire story is filed from.

A story filed from Taipei writes "the Finance Ministry" without saying whose: a reader takes it
for Taiwan's. The **home country** is the country of the article's dateline (a city that hosts
international bodies, such as Brussels, gives none) as it stood on the article's date (Belgrade
in 1987 is Yugoslavia's: ``extract.vocabulary.former_states``); failing a dateline, the one
country its title names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.dates_places.places import place_country
from extract.types import Article
from extract.vocabulary.common_words import is_common_word
from extract.vocabulary.countries import CountryForm, match_country
from extract.vocabulary.former_states import state_on
from extract.vocabulary.word_lists import WORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*")


def home_country(article: Article) -> str | None:
    """The ISO code of the country an article is filed from, or the one its title names.

    >>> from extract.types import Article
    >>> home_country(Article(id="a", text="", title="DEBT TALKS", dateline="TAIPEI"))
    'TW'
    >>> home_country(Article(id="b", text="", title="Bombs kill 20 in Mindanao, Philippines"))
    'PH'
    >>> home_country(Article(id="c", text="", title="Germany bans Mahan Air of Iran"))
    >>> home_country(Article(id="d", text="", date="1987-03-20", dateline="BELGRADE"))
    'YU'
    """
    if article.dateline:
        city = article.dateline.split(",")[0].strip().lower()
        if city in WORDS.international_seats:
            return None
        code = place_country(article.dateline.title())
        return state_on(code, article.date) if code else None
    named = title_countries(article)
    return next(iter(named)) if len(named) == 1 else None


def title_countries(article: Article, located: bool = True) -> frozenset[str]:
    """The countries an article's title names by name or demonym; without ``located``, not
    those named only as where something happens ("GOLD RECOVERS IN HONG KONG").

    >>> sorted(title_countries(Article(id="a", text="", title="MILLER SAYS U.S. OPPOSES TAX")))
    ['US']
    >>> title_countries(Article(id="b", text="", title="GOLD UP IN HONG KONG"), located=False)
    frozenset()
    """
    return _title_countries(article.title, located)


@lru_cache(maxsize=1024)
def _title_countries(title: str, located: bool = True) -> frozenset[str]:
    """The countries a title names by name or demonym (two-word names tried first); without
    ``located``, none right after "in" or "at". Cached: every reader of the home asks it."""
    words = _WORD.findall(title)
    found: set[str] = set()
    skip = False
    for k, word in enumerate(words):
        if skip:
            skip = False
            continue
        pair = match_country(f"{word} {words[k + 1]}") if k + 1 < len(words) else None
        # A headline capitalises every word: "Car bomb ..." names no Central African Republic.
        single = None if is_common_word(word.lower()) and not word.isupper() else word
        match = pair or (match_country(single) if single else None)
        skip = pair is not None
        where = k > 0 and words[k - 1].lower() in ("in", "at")
        named = match is not None and match.form is not CountryForm.SEAT and word[:1].isupper()
        if match is not None and named and (located or not where):
            found.add(match.code)
    return frozenset(found)
