"""Country normalisation: every way news names a country maps to one ISO 3166-1 alpha-2 code.

Our own table (``data/countries.tsv``) covers what pycountry lacks: demonyms ("Spanish",
"Americans"), common short names ("Russia", "Britain", "U.S."), and seats of government
("Moscow", "the Kremlin", "Washington"). pycountry answers for official names and codes of
countries the table does not list.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from importlib import resources

import pycountry

from extract.vocabulary.misspellings import respelling


class CountryForm(StrEnum):
    """How a text names a country: changes what a mention means."""

    NAME = "name"  # "Russia": the country itself
    DEMONYM = "demonym"  # "Russian": an attribute or its people
    SEAT = "seat"  # "Moscow", "the Kremlin": a place that acts for the government


@dataclass(frozen=True)
class CountryMatch:
    """A resolved country reference."""

    code: str
    label: str
    form: CountryForm


@dataclass(frozen=True)
class _Table:
    by_text: dict[str, CountryMatch]
    labels: dict[str, str]
    capitals: dict[str, str]  # ISO code -> the first seat listed ("Kigali")


_PREFIX = re.compile(r"^(the)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def _normalise(text: str) -> str:
    text = _POSSESSIVE.sub("", text.strip())
    return re.sub(r"\s+", " ", text).casefold()


@cache
def _table() -> _Table:
    by_text: dict[str, CountryMatch] = {}
    labels: dict[str, str] = {}
    capitals: dict[str, str] = {}
    source = resources.files("extract").joinpath("data/countries.tsv")
    with source.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            code, label = row["iso2"], row["label"]
            labels[code] = label
            seats = _split(row["seats"])
            if seats:
                capitals[code] = seats[0]
            columns = (
                (CountryForm.NAME, [label, *_split(row["names"])]),
                (CountryForm.DEMONYM, _split(row["demonyms"])),
                (CountryForm.SEAT, _split(row["seats"])),
            )
            for form, names in columns:
                for name in names:
                    # Earlier forms win: "Saudi" is a name before it is a demonym.
                    by_text.setdefault(_normalise(name), CountryMatch(code, label, form))
    return _Table(by_text, labels, capitals)


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


# The mention finders and role readers ask about the same phrases many times per article
# (16,000 questions for 300 Reuters articles); the answer depends on the text alone and is a
# frozen value, so it is remembered (bounded, for very large corpora).
@lru_cache(maxsize=100_000)
def match_country(text: str) -> CountryMatch | None:
    """Resolve a country name, demonym or seat of government; ``None`` if it names no country.

    >>> match_country("the Russian Federation").code
    'RU'
    >>> match_country("Spanish").form.value
    'demonym'
    >>> match_country("Washington").form.value
    'seat'
    """
    key = _normalise(text)
    table = _table()
    found = table.by_text.get(key) or table.by_text.get(_PREFIX.sub("", key))
    if found:
        return found
    return _match_pycountry(_PREFIX.sub("", text.strip()))


# pycountry's lookup scans every country on each call, and the same few hundred capitalised
# phrases of a corpus are asked about again and again (1.8 s of 400 Reuters articles): the
# answer depends on the text alone, so it is remembered (bounded, for very large corpora).
@lru_cache(maxsize=100_000)
def _match_pycountry(text: str) -> CountryMatch | None:
    if len(text) < 4:
        # Bare two- and three-letter strings are more often acronyms than country codes.
        return None
    known = _pycountry_texts()
    if known is not None and text.lower() not in known:
        return None  # what ``lookup`` would say after a scan of every country
    try:
        record = pycountry.countries.lookup(text)
    except LookupError:
        return None
    code = record.alpha_2
    label = _table().labels.get(code) or getattr(record, "common_name", None) or record.name
    return CountryMatch(code, label, CountryForm.NAME)


@cache
def _pycountry_texts() -> frozenset[str] | None:
    """Every lower-case text pycountry's ``countries.lookup`` can find a country by.

    ``lookup`` lower-cases its text and tries one index per field; only when none has it does
    it scan every country (some 250) for its unindexed fields, of which countries have none, so
    a text outside the indexes finds nothing, after the scan. ``None`` when this pycountry
    keeps unindexed country fields (or no indexes): then every text goes to ``lookup``.

    >>> "spain" in _pycountry_texts(), "spanish" in _pycountry_texts()
    (True, False)
    """
    countries = pycountry.countries
    len(countries)  # pycountry reads its database on first use
    indices = getattr(countries, "indices", None)
    if getattr(countries, "no_index", None) or not isinstance(indices, dict):
        return None
    return frozenset(text for index in indices.values() for text in index)


def country_label(code: str) -> str:
    """Display label of an ISO code, also of a state that no longer exists.

    >>> country_label("GB"), country_label("CS"), country_label("ZR")
    ('United Kingdom', 'Czechoslovakia', 'Zaire')
    """
    label = _table().labels.get(code.upper())
    if label:
        return label
    record = pycountry.countries.get(alpha_2=code.upper())
    if record is not None:
        return getattr(record, "common_name", None) or record.name
    # A state that no longer exists ("BU", Burma) keeps its code; pycountry's name puts the
    # short form before a comma ("Burma, Socialist Republic of the Union of").
    historic = pycountry.historic_countries.get(alpha_2=code.upper())
    if historic is None:
        raise KeyError(f"unknown country code: {code!r}")
    return str(historic.name).split(",")[0]


def capital_of(code: str) -> str | None:
    """The capital of a country, as the table lists it first among its seats.

    >>> capital_of("RW")
    'Kigali'
    """
    return _table().capitals.get(code.upper())


@cache
def phrase_names() -> dict[str, CountryMatch]:
    """Country names of several words, lower-cased ("land of the rising sun", "jewish state"):
    the ones a tagger may leave untagged."""
    return {text: match for text, match in _table().by_text.items() if " " in text}


def match_misspelt_country(text: str) -> CountryMatch | None:
    """The country of a one-word name or seat written with one letter wrong ("Eqypt",
    "Toyko"; see ``extract.vocabulary.misspellings``), else None. Only the article can say
    whether the word is a slip or another name ("Sanwa" is a bank, not Sanaa):
    ``extract.coref.misspelt_countries`` asks.

    >>> match_misspelt_country("Eqypt").code, match_misspelt_country("Egypt")
    ('EG', None)
    """
    word = _POSSESSIVE.sub("", text.strip())
    if _normalise(word) in _table().by_text:
        return None
    spelling = _misspelt_spelling(word)
    return _table().by_text[spelling] if spelling else None


@lru_cache(maxsize=100_000)
def _misspelt_spelling(word: str) -> str | None:
    """The table's key (lower case) of the name or seat ``word`` misspells, if any."""
    if not word[:1].isupper() or not word.isalpha():
        return None
    spelling = respelling(word, _one_word_spellings().get(word[0].casefold(), ()))
    return None if spelling is None or _is_gazetteer_place(word) else spelling


def _is_gazetteer_place(word: str) -> bool:
    # The gazetteer reads this table to tell countries from places: imported when first asked.
    from extract.dates_places.places import candidates

    return bool(candidates(word))


@cache
def _one_word_spellings() -> dict[str, tuple[str, ...]]:
    """The table's one-word names and seats (lower case), by their first letter; demonyms are
    left out, as their plurals and adjectives sit one letter from them ("Indiana", "Indian")."""
    by_initial: dict[str, list[str]] = {}
    for text, match in _table().by_text.items():
        if " " not in text and text.isalpha() and match.form is not CountryForm.DEMONYM:
            by_initial.setdefault(text[0], []).append(text)
    return {initial: tuple(sorted(names)) for initial, names in by_initial.items()}


def known_spelling(text: str) -> str:
    """How the country table spells a one-word name or seat written with one letter wrong
    (capitalised), or ``text`` as it is.

    >>> known_spelling("Toyko"), known_spelling("Tokyo"), known_spelling("Athena")
    ('Tokyo', 'Tokyo', 'Athena')
    """
    word = _POSSESSIVE.sub("", text.strip())
    if _normalise(word) in _table().by_text:
        return text
    spelling = _misspelt_spelling(word)
    return spelling.capitalize() if spelling else text
