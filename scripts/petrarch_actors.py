"""Read PETRARCH2's actor and agent dictionaries into rows of the project's tables.

Used by scripts/build_petrarch_tables.py; the formats are in ``dictionaries.rst`` beside the
dictionaries.

Actors: a record is a primary name, ``+`` synonyms and ``[CODE dates]`` restrictions, inline or
on indented lines; every name of the record holds every restriction. A code is a country
(CAMEO's three letters, ISO 3166-1 alpha-3 for most) followed by role codes (``USAGOV``), or an
organisation type with an optional country (``IGOUNO``, ``MNCUSA`` a US company, ``NGOHRI``).
Dates are ``start-end``, ``>start``, ``<end`` or none (the default that holds when no dated
restriction does); six-digit years 00–30 are 20YY, others 19YY (PETRARCH's rule).

Agents: ``NOUN {plural} [~CODE]`` lines, ``!PERSON!``-style substitution markers, regular
plurals made as PETRARCH makes them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

# CAMEO's own three-letter codes that are not ISO 3166-1 alpha-3, by the country they stand for.
CAMEO_COUNTRIES = {"KSV": "XK", "TMP": "TL", "USR": "SU", "ROM": "RO", "ZAR": "CD"}
# Codes whose first three letters name a kind of organisation rather than a country; a country
# may follow ("MNCUSA").
ORGANISATION_TYPES = frozenset({"IGO", "NGO", "NGM", "MNC", "IMG", "UIS"})
_RESTRICTION = re.compile(r"\[([^\]]*)\]")
# A code is three-letter parts: "USAGOV", "IGOUNOKID" (not "NGOHINDEN211DEV", a typo).
_CODE = re.compile(r"^(?:[A-Z]{3})+$")


@dataclass(frozen=True)
class ActorRow:
    """One period of one name: country (ISO alpha-2 or ""), role code, ISO dates or ""."""

    name: str
    country: str
    role: str
    start: str
    end: str


@dataclass
class ActorReport:
    """Counts printed by the build script."""

    records: int = 0
    names: int = 0
    dropped: Counter[str] = field(default_factory=Counter)


def read_date(text: str) -> date:
    """A PETRARCH date: YYYYMMDD, or YYMMDD with 00–30 as 20YY.

    >>> read_date("840917"), read_date("19290101"), read_date("040101")
    (datetime.date(1984, 9, 17), datetime.date(1929, 1, 1), datetime.date(2004, 1, 1))
    """
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"bad date {text!r}")
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def read_period(text: str) -> tuple[str, str]:
    """ISO start and end of a restriction's dates ("" for open).

    >>> read_period("840917-930625"), read_period(">050501"), read_period("")
    (('1984-09-17', '1993-06-25'), ('2005-05-01', ''), ('', ''))
    """
    text = text.replace(" ", "")
    if not text:
        return "", ""
    if text.startswith(">"):
        return read_date(text[1:]).isoformat(), ""
    if text.startswith("<"):
        return "", read_date(text[1:]).isoformat()
    start, dash, end = text.partition("-")
    if not dash:
        raise ValueError(f"bad period {text!r}")
    first, last = read_date(start), read_date(end)
    if last < first:
        raise ValueError(f"period {text!r} ends before it starts")
    return first.isoformat(), last.isoformat()


def country_code(cameo: str, iso3: dict[str, str]) -> str | None:
    """ISO alpha-2 of a CAMEO country code, or None for a region or an unknown code."""
    return CAMEO_COUNTRIES.get(cameo) or iso3.get(cameo)


def split_code(code: str, iso3: dict[str, str]) -> tuple[str, str] | None:
    """(country alpha-2 or "", role) of an actor code; None when it names no country and no
    organisation (a bare role "ELI", a region "MEA", the null code "---").

    >>> iso3 = {"USA": "US", "CAN": "CA"}
    >>> split_code("USAGOV", iso3), split_code("MNCUSAMED", iso3), split_code("IGOUNO", iso3)
    (('US', 'GOV'), ('US', 'MNCMED'), ('', 'IGOUNO'))
    >>> split_code("ELI", iso3) is None, split_code("---", iso3) is None
    (True, True)
    """
    head, rest = code[:3], code[3:]
    if head in ORGANISATION_TYPES:
        country = country_code(rest[:3], iso3)
        if country:
            return country, head + rest[3:]
        return "", code
    country = country_code(head, iso3)
    if country is None:
        return None
    return country, rest


def _records(lines: Iterable[str]) -> Iterable[tuple[list[str], list[str]]]:
    """(names, restriction texts) of each record, in file order."""
    names: list[str] = []
    restrictions: list[str] = []
    for raw in lines:
        line = raw.split("#")[0].split(" ;")[0].strip()
        if not line:
            continue
        if line.startswith("["):
            restrictions.extend(_RESTRICTION.findall(line))
            continue
        name = _RESTRICTION.sub(" ", line).strip()
        if not line.startswith("+") and names:
            yield names, restrictions
            names, restrictions = [], []
        names.append(name.lstrip("+"))
        restrictions.extend(_RESTRICTION.findall(line))
    if names:
        yield names, restrictions


def read_actor_rows(
    lines: Iterable[str],
    iso3: dict[str, str],
    normalise: Callable[[str], str],
    report: ActorReport,
) -> list[ActorRow]:
    """Rows of every name of every record with a country or an organisation type."""
    rows: list[ActorRow] = []
    for names, restrictions in _records(lines):
        report.records += 1
        periods = []
        for text in restrictions:
            code, _, dates = text.strip().partition(" ")
            if not _CODE.match(code.strip()) and code.strip() != "---":
                report.dropped["restriction with a malformed code"] += 1
                continue
            split = split_code(code.strip(), iso3)
            if split is None:
                report.dropped["restriction with no country (bare role, region, ---)"] += 1
                continue
            try:
                start, end = read_period(dates)
            except ValueError:
                report.dropped["restriction with a malformed date or ending before it starts"] += 1
                continue
            periods.append((*split, start, end))
        for raw_name in names:
            name = normalise(raw_name.replace("_", " "))
            if not periods:
                report.dropped["name without a usable restriction"] += 1
                continue
            if len(name) < 2 or not any(ch.isalpha() for ch in name) or "$" in name:
                # "A.H. Belo Corporation Newspapers/Magazines $137,000,000": a note, not a name
                report.dropped["name of fewer than two characters, no letter, or a sum"] += 1
                continue
            report.names += 1
            rows.extend(ActorRow(name, *period) for period in periods)
    return rows


# ---------------------------------------------------------------- armed groups

#: Words that make a name a group's, not a person's: "Free Syrian Army", "Nusra Front".
GROUP_WORDS = frozenset(
    {
        "army", "brigade", "brigades", "command", "committee", "council", "front", "group",
        "jabhat", "jaish", "kataeb", "katibat", "liwa", "liwaa", "movement", "network",
        "organisation", "organization", "party", "qaeda", "state",
    }
)  # fmt: skip
#: Words that open a person's name in these records ("Abu Bakr al-Baghdadi", "Sheikh ...").
PERSON_OPENERS = frozenset({"abu", "mr.", "mullah", "sheik", "sheikh"})
_BRACKETED = re.compile(r"\([^)]*\)")


def _is_group_name(name: str) -> bool:
    words = name.split()  # a group word alone ("Organization") names nothing
    return len(words) > 1 and any(word in GROUP_WORDS for word in words)


def armed_group_names(
    lines: Iterable[str],
    whole_file: bool,
    normalise: Callable[[str], str],
    is_word: Callable[[str], bool],
) -> list[str]:
    """The names of armed non-state groups in one actor dictionary, normalised.

    Every dictionary lists leaders in the record of their group ("Abu Bakr al-Baghdadi" under
    the Islamic State, "Hambali" under Jemaah Islamiyah), so of a record's names only these
    are kept: a name with a group word ("Nusra Front"); a short form of five letters or fewer
    in a group's record ("ISIS", "PKK"); and, when ``whole_file`` (every record is a group:
    ``Phoenix.MilNonState.actors.txt``, from the START TOPS database of non-state armed
    actors), the first name of a record coded as rebels (``REB`` after a country) unless it
    opens like a person's ("Hamas", "Taliban"; not "Abu Djafar"). A single word that
    ``is_word`` says is an English word, a date word or a given name is never kept ("Tigers",
    "Youth"), nor a name with a number ("May 15").
    In the other files only records coded as militant groups or rebels count (``IMG``, or
    ``REB`` after a country). Bracketed short forms are dropped ("Irish Republican Army
    (IRA)" gives "irish republican army").

    >>> lines = ["THE_ISLAMIC_STATE", "+ISIS_", "+ABU_BAKR_AL-BAGHDADI_", "  [IMGMUSISI]"]
    >>> armed_group_names(lines, False, str.lower, lambda word: False)
    ['the islamic state', 'isis']
    """
    kept: list[str] = []
    for names, restrictions in _records(lines):
        codes = [text.split()[0] for text in restrictions if text.strip()]
        armed = all(code[:3] == "IMG" or code[3:6] == "REB" for code in codes)
        if not whole_file and not (codes and armed):
            continue
        cleaned = [normalise(_BRACKETED.sub(" ", n.replace("_", " ")).strip()) for n in names]
        head = cleaned[0]
        rebels = bool(codes) and all(code[3:6] == "REB" for code in codes)
        group_head = _is_group_name(head) or (whole_file and head.split()[0] not in PERSON_OPENERS)
        for position, name in enumerate(cleaned):
            words = name.split()
            if len(name) < 2 or not any(ch.isalpha() for ch in name):
                continue
            if any(w.isdigit() for w in words):
                continue  # "May 15", "17 November": read as dates
            one_word = " " not in name and not is_word(name)  # not "Tigers", "Youth"
            short_form = one_word and len(name) <= 5  # "ISIS", "PKK", "FARC"
            # "HAMAS", "TALIBAN": a rebel group's first name ("DULMATIN", a militant group's
            # leader, heads a record of his own coded as the group)
            named_group = whole_file and position == 0 and group_head and rebels
            named_group = named_group and (" " in name or one_word)
            keep = _is_group_name(name) or named_group or (group_head and short_form)
            if keep and name not in kept:
                kept.append(name)
    return kept


# ---------------------------------------------------------------- agents


@dataclass(frozen=True)
class AgentRow:
    """A generic agent noun, its role code and whether the code names an organisation."""

    noun: str
    code: str
    organisation: bool  # "[IGO~]": the agent is an organisation of that kind, not a sector


def _plural(noun: str) -> str:
    """PETRARCH's regular plural, with "-ay/-ey" nouns taking "-s" ("attorneys")."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith("s"):
        return noun + "es"
    return noun + "s"


def read_agent_rows(lines: Iterable[str], report: ActorReport) -> list[AgentRow]:
    """Rows of every agent noun and its plural; a later line wins over an earlier one."""
    markers: dict[str, list[str]] = {}
    found: dict[str, AgentRow] = {}
    for raw in lines:
        line = raw.split("#")[0].strip()
        if not line or line.startswith("<!"):
            continue
        marker = re.match(r"^!(\w+)!\s*=\s*(.+)$", line)
        if marker:
            markers[marker.group(1)] = [w.strip().lower() for w in marker.group(2).split(",")]
            continue
        if "[" not in line:
            report.dropped["agent line without a code"] += 1
            continue
        phrase, _, code_text = line.partition("[")
        code = code_text.partition("]")[0].strip()
        row_code, organisation = code.strip("~"), code.endswith("~")
        if not _CODE.match(row_code):
            report.dropped["agent line with a malformed code"] += 1
            continue
        for noun in _agent_nouns(phrase.strip(), markers):
            if noun in found:
                report.dropped["agent noun listed again (the later line kept)"] += 1
            found[noun] = AgentRow(noun, row_code, organisation)
    return [found[noun] for noun in sorted(found)]


def _agent_nouns(phrase: str, markers: dict[str, list[str]]) -> list[str]:
    """The nouns of an agent line: its substitutions, or the noun and its plural."""
    marker = re.search(r"!(\w+)!", phrase)
    if marker:
        return [
            _spaced(phrase[: marker.start()] + word + phrase[marker.end() :])
            for word in markers.get(marker.group(1), [])
        ]
    plural_text = re.search(r"\{([^}]*)\}", phrase)
    noun = _spaced(re.sub(r"\{[^}]*\}", "", phrase))
    if plural_text is None:
        return [noun, _plural(noun)]
    plural = _spaced(plural_text.group(1))
    return [noun, plural] if plural else [noun]


def _spaced(text: str) -> str:
    return " ".join(text.replace("_", " ").lower().split())
