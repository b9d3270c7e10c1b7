"""A person's name taken apart: given name(s), middle names, surname, suffix, nicknames, title.

What articles add around a name is undone first: case ("SERGEI LAVROV"), possessives
("Lavrov's"), titles that slipped into the name ("President Trump", "Foreign Minister
Lavrov"), nicknames in parentheses or quotes ("Robert (Bob) Mueller"), generational suffixes
("Robert S. Mueller III"). East Asian names whose first word is a common family name ("Kim
Jong Un", "Xi Jinping") are read family name first. ``graph.merge.people`` compares the parts.

>>> parse_person_name("person/x", "Foreign Minister Sergei Lavrov's").given
'sergei'
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

# Titles and offices that precede a name; stripped only while a name is left after them.
_TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "minister",
        "secretary",
        "chancellor",
        "senator",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "gen",
        "general",
        "governor",
        "gov",
        "mayor",
        "ambassador",
        "special",
        "counsel",
        "director",
        "chairman",
        "chairwoman",
        "premier",
        "judge",
        "attorney",
        "spokesman",
        "spokeswoman",
        "deputy",
        "leader",
        "commander",
        "lt",
        "col",
        "colonel",
        "adm",
        "admiral",
        "sgt",
        "former",
        "then",
        "state",
        "us",
        "u.s.",
        "chief",
        "envoy",
        "speaker",
        "sir",
        "dame",
        "of",
        "the",
    ]
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_SURNAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "dos", "del", "bin", "ibn"}
)
# Family-name-first order for names starting with these (common Korean and Chinese family
# names that are rarely English given names; "Lee" is left out for that reason).
_FAMILY_FIRST = frozenset(
    [
        "kim",
        "park",
        "moon",
        "choi",
        "yoon",
        "xi",
        "hu",
        "wen",
        "li",
        "wang",
        "zhang",
        "liu",
        "chen",
        "yang",
        "zhao",
        "huang",
        "zhou",
        "xu",
        "zhu",
        "guo",
        "jiang",
        "deng",
        "mao",
    ]
)
# Usual English nicknames; a pair matches when both names are in one group. Not transitive
# across groups on purpose ("Ted" may be Edward or Theodore).
_NICKNAME_GROUPS = tuple(
    frozenset(group.split())
    for group in (
        "robert bob bobby rob",
        "william bill billy will",
        "michael mike",
        "richard dick rick",
        "james jim jimmy",
        "john jack johnny",
        "charles chuck charlie",
        "thomas tom",
        "joseph joe",
        "edward ed ted",
        "theodore ted",
        "elizabeth liz beth",
        "christopher chris",
        "daniel dan",
        "david dave",
        "anthony tony",
        "steven stephen steve",
        "nicholas nick",
        "alexander alex",
        "benjamin ben bibi",
        "donald don",
        "ronald ron",
        "gerald gerry jerry",
        "andrew andy",
        "matthew matt",
        "samuel sam",
        "timothy tim",
        "patrick pat",
        "jeffrey jeff",
        "kenneth ken",
        "lawrence larry",
        "margaret maggie",
        "katherine kate kathy",
        "vladimir vova",
    )
)
NICKNAME_GROUPS_OF: dict[str, frozenset[int]] = {
    name: frozenset(n for n, group in enumerate(_NICKNAME_GROUPS) if name in group)
    for group in _NICKNAME_GROUPS
    for name in group
}
_NICKNAME_IN_TEXT = re.compile(r"\(([^()]+)\)|[\"“”]([^\"“”]+)[\"“”]|\s'([^']+)'\s")


@dataclass(frozen=True)
class PersonName:
    """A person key's label taken apart (all parts lower-case ASCII)."""

    key: str
    label: str
    surname: str
    given: str = ""
    nicknames: tuple[str, ...] = ()
    middles: tuple[str, ...] = ()
    suffix: str = ""
    title: str = ""

    @cached_property
    def given_names(self) -> tuple[str, ...]:
        """The given name and its nicknames, the given name first."""
        return (self.given, *self.nicknames) if self.given else self.nicknames

    @property
    def is_plain(self) -> bool:
        """True for the everyday "Given Surname" form, the preferred node key."""
        full_given = len(self.given) > 1
        return full_given and not (self.middles or self.suffix or self.nicknames or self.title)


def parse_person_name(key: str, label: str) -> PersonName | None:
    """Take a person's label apart; ``None`` when nothing name-like is left.

    >>> parse_person_name("person/x", "Robert S. Mueller III")
    PersonName(key='person/x', label='Robert S. Mueller III', surname='mueller', \
given='robert', nicknames=(), middles=('s',), suffix='iii', title='')
    >>> parse_person_name("person/y", "President Trump's").surname
    'trump'
    """
    text = label.replace("’", "'")
    text = re.sub(r"'s?\s*$", "", text.strip())
    nicknames = tuple(
        _fold(next(part for part in match.groups() if part)).replace(".", "")
        for match in _NICKNAME_IN_TEXT.finditer(f" {text} ")
    )
    text = _NICKNAME_IN_TEXT.sub(" ", f" {text} ")
    words = [w for w in (_fold(raw).strip(",") for raw in text.split()) if w]
    # A name is words; a bare dash or colon starts something else ("Donald Trump - agreed").
    words = list(itertools.takewhile(lambda word: any(c.isalnum() for c in word), words))
    titles = _strip_titles(words)
    suffix = ""
    if len(words) > 1 and words[-1].rstrip(".") in _SUFFIXES:
        suffix = words.pop().rstrip(".")
    tokens = [piece for word in words for piece in _split_initials(word)]
    if not tokens or not any(len(t) > 1 for t in tokens):
        return None
    nicknames = tuple(n for n in nicknames if n and " " not in n)
    title = " ".join(titles)
    if len(tokens) in (2, 3) and tokens[0] in _FAMILY_FIRST:
        given = "".join(tokens[1:]).replace("-", "")
        return PersonName(key, label, tokens[0], given, nicknames, (), suffix, title)
    surname_start = len(tokens) - 1
    while surname_start > 1 and tokens[surname_start - 1] in _SURNAME_PARTICLES:
        surname_start -= 1
    if surname_start == 1 and tokens[0] in _SURNAME_PARTICLES:
        surname_start = 0
    surname = re.sub(r"^(al|el)-", "", " ".join(tokens[surname_start:]))
    before = tokens[:surname_start]
    given = before[0] if before else ""
    return PersonName(key, label, surname, given, nicknames, tuple(before[1:]), suffix, title)


def _strip_titles(words: list[str]) -> list[str]:
    """Remove (in place) and return the title before a name, with what qualifies it.

    "Russian Foreign Minister Sergei Lavrov", "Senate Democratic Leader Chuck Schumer":
    everything up to the last title word that still leaves two words goes, then leading
    title words while a word is left ("Foreign Minister Lavrov" → "Lavrov"). A title word
    that is really a surname ("Mark Judge") stays, since nothing would be left after it.
    """
    is_title = [word.rstrip(".") in _TITLE_WORDS for word in words]
    cut = max((i + 1 for i in range(len(words) - 2) if is_title[i]), default=0)
    while cut < len(words) - 1 and is_title[cut]:
        cut += 1
    titles = words[:cut]
    del words[:cut]
    return titles


def _fold(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return ascii_text.lower()


def _split_initials(word: str) -> list[str]:
    """ "g.w." → ["g", "w"]; "s." → ["s"]; "u.s." is never a person's word so no special case."""
    if "." in word:
        return [part for part in word.split(".") if part]
    return [word]
