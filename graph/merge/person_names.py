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
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from graph.merge.clusters import ParsedLabel

#: The word lists, a data file beside the code.
NAME_WORDS_PATH = Path(__file__).resolve().parent / "data" / "person_names.toml"
_WORD = re.compile(r"^[a-z][a-z.'-]*$")


@dataclass(frozen=True)
class NameWords:
    """The word lists names are taken apart with (see ``data/person_names.toml``)."""

    title_words: frozenset[str]
    suffixes: frozenset[str]
    surname_particles: frozenset[str]
    family_first: frozenset[str]
    nickname_groups: tuple[frozenset[str], ...]


def load_name_words(path: Path = NAME_WORDS_PATH) -> NameWords:
    """Read and check the word lists: each a list of lower-case words, each nickname group
    two words or more. Raises ``ValueError`` naming the file and the list otherwise.

    >>> len(load_name_words().nickname_groups) > 30
    True
    """
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    lists: dict[str, list[str]] = {}
    for name in ("title_words", "suffixes", "surname_particles", "family_first", "nickname_groups"):
        words = data.get(name)
        if not isinstance(words, list) or not words:
            raise ValueError(f"{path}: {name!r} must be a non-empty list")
        bad = [w for w in words if not isinstance(w, str) or not all(map(_WORD.match, w.split()))]
        if bad:
            raise ValueError(f"{path}: {name!r} holds words that are not lower-case: {bad[:3]}")
        lists[name] = words
    groups = tuple(frozenset(group.split()) for group in lists.pop("nickname_groups"))
    if any(len(group) < 2 for group in groups):
        raise ValueError(f"{path}: a nickname group needs two names or more")
    return NameWords(
        **{name: frozenset(words) for name, words in lists.items()}, nickname_groups=groups
    )


_WORDS = load_name_words()
_TITLE_WORDS = _WORDS.title_words
_SUFFIXES = _WORDS.suffixes
_SURNAME_PARTICLES = _WORDS.surname_particles
_FAMILY_FIRST = _WORDS.family_first
_NICKNAME_GROUPS = _WORDS.nickname_groups
NICKNAME_GROUPS_OF: dict[str, frozenset[int]] = {
    name: frozenset(n for n, group in enumerate(_NICKNAME_GROUPS) if name in group)
    for group in _NICKNAME_GROUPS
    for name in group
}
_NICKNAME_IN_TEXT = re.compile(r"\(([^()]+)\)|[\"“”]([^\"“”]+)[\"“”]|\s'([^']+)'\s")


@dataclass(frozen=True)
class PersonName(ParsedLabel):
    """A person key's label taken apart (all parts lower-case ASCII)."""

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
