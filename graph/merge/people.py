"""Cross-article resolution of people: one node per person whatever the spelling of the name.

Each person key's label is parsed into given name(s), middle names, surname and suffix after
undoing what articles add around a name: case ("SERGEI LAVROV"), possessives ("Lavrov's"),
titles that slipped into the name ("President Trump", "Foreign Minister Lavrov"), nicknames in
parentheses or quotes ("Robert (Bob) Mueller"), generational suffixes ("Robert S. Mueller
III"). East Asian names whose first word is a common family name ("Kim Jong Un", "Xi
Jinping") are read family name first.

Two names *could be the same person* when they have the same surname and

* their given names agree, or one is missing ("Lavrov"), or one is an initial of the other
  ("S. Lavrov"), or one is a nickname of the other (a short list of usual English nicknames,
  plus any nickname an article gave in parentheses for that surname);
* their middle names agree position by position where both give one (initials match the
  full name), and their suffixes agree where both give one.

Names are only compared within their surname, so the cost grows with the corpus, not with its
square. Grouping uses ``cluster_compatible``: a name that could be two different people (a
bare "Trump" when Donald Trump and Melania Trump both occur) stays on its own, and people with
different first names are never merged.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, partial

from graph.merge.clusters import KeyNames, Merge, cluster_compatible

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
_NICKNAME_GROUPS_OF: dict[str, frozenset[int]] = {
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


def _given_match(left: str, right: str, learned: frozenset[frozenset[str]]) -> str:
    """How two given names match ("same", "initial", "nickname") or "" when they do not."""
    if left == right:
        return "same"
    if (len(left) == 1 or len(right) == 1) and left[0] == right[0]:
        return "initial"
    shared_group = _NICKNAME_GROUPS_OF.get(left, frozenset()) & _NICKNAME_GROUPS_OF.get(
        right, frozenset()
    )
    if shared_group or (learned and frozenset({left, right}) in learned):
        return "nickname"
    return ""


def _compatible(left: PersonName, right: PersonName, learned: frozenset[frozenset[str]]) -> bool:
    if left.surname != right.surname:
        return False
    if left.suffix and right.suffix and left.suffix != right.suffix:
        return False
    if left.given_names and right.given_names:
        pairs = ((a, b) for a in left.given_names for b in right.given_names)
        if not any(_given_match(a, b, learned) for a, b in pairs):
            return False
    for a, b in zip(left.middles, right.middles, strict=False):
        if _given_match(a, b, frozenset()) not in ("same", "initial"):
            return False
    return True


def _candidate_pairs(
    names: list[PersonName], learned: frozenset[frozenset[str]]
) -> Iterator[tuple[int, int]]:
    """Index pairs of a surname bucket whose given names could match (``_given_match``).

    Every pair ``_compatible`` accepts is among them: a name without a given name pairs with
    all; full given names pair through the same name, a shared nickname group or a learned
    nickname; an initial pairs with every given name starting with it. So a bucket of many
    different first names costs about its size, not its square (a bare "Smith" and 3,000
    "Given Smith": 7.0 s → 0.05 s).
    """
    by_token: dict[tuple[str, object], list[int]] = defaultdict(list)
    by_letter: dict[str, list[int]] = defaultdict(list)
    initials: list[tuple[int, str]] = []
    for index, name in enumerate(names):
        if not name.given_names:
            yield from ((index, other) for other in range(len(names)) if other != index)
            continue
        tokens: set[tuple[str, object]] = set()
        for given in name.given_names:
            by_letter[given[0]].append(index)
            if len(given) == 1:
                initials.append((index, given))
                continue
            tokens.add(("given", given))
            tokens.update(("group", group) for group in _NICKNAME_GROUPS_OF.get(given, ()))
            tokens.update(("learned", pair) for pair in learned if given in pair)
        for token in tokens:
            by_token[token].append(index)
    for members in by_token.values():
        yield from itertools.combinations(members, 2)
    for index, initial in initials:
        yield from ((index, other) for other in by_letter[initial] if other != index)


def _preference(name: PersonName) -> tuple[bool, bool, int, int, str]:
    # The node keeps the everyday "Given Surname" key when the corpus has it, preferring the
    # formal given name ("Robert" over "Bob"); otherwise the most complete name.
    return (
        not len(name.given) > 1,
        not name.is_plain,
        -len(name.given),
        -len(name.middles),
        name.key,
    )


def resolve_people(people: Iterable[KeyNames]) -> list[Merge]:
    """Merges between person keys that name the same person (see the module docstring).

    >>> from extract.types import EntityType as T
    >>> names = [KeyNames(k, T.PERSON, frozenset({l}), frozenset()) for k, l in
    ...          [("person/trump", "Trump"), ("person/donald-trump", "Donald Trump")]]
    >>> [m.describe() for m in resolve_people(names)]  # doctest: +ELLIPSIS
    ['person/trump → person/donald-trump: [person-surname] "Trump" is the surname of ...']
    """
    by_surname: dict[str, list[PersonName]] = defaultdict(list)
    for entry in people:
        parsed = parse_person_name(entry.key, entry.label)
        if parsed is not None:
            by_surname[parsed.surname].append(parsed)
    merges: list[Merge] = []
    for surname in sorted(by_surname):
        names = sorted(by_surname[surname], key=lambda name: name.key)
        if len(names) < 2:
            continue
        learned = frozenset(
            frozenset({name.given, nick})
            for name in names
            for nick in name.nicknames
            if name.given and nick != name.given
        )
        groups = cluster_compatible(
            names, partial(_compatible, learned=learned), _candidate_pairs(names, learned)
        )
        for group in groups:
            target = min(group, key=_preference)
            merges.extend(
                Merge(name.key, target.key, *_explain(name, target, learned))
                for name in group
                if name.key != target.key
            )
    return merges


def _explain(
    name: PersonName, target: PersonName, learned: frozenset[frozenset[str]]
) -> tuple[str, str]:
    """The rule and the human reason for merging ``name`` into ``target``."""
    shown = f'"{name.label}"'
    if not name.given_names:
        extra = f" (the title {name.title!r} dropped)" if name.title else ""
        return (
            "person-surname",
            f"{shown}{extra} is the surname of only one person in the corpus, {target.label}; "
            f"no other {name.surname.title()} could be meant",
        )
    how = {_given_match(a, b, learned) for a in name.given_names for b in target.given_names} - {""}
    if "same" not in how and "nickname" in how:
        source = "given in parentheses in an article" if learned else "a usual English nickname"
        return (
            "person-nickname",
            f"{shown}: {name.given.title()!r} and {target.given.title()!r} are the same first "
            f"name ({source}), same surname, nothing conflicting",
        )
    if "same" not in how:
        return (
            "person-initials",
            f"{shown}: initial {name.given.upper()!r} matches {target.given.title()!r}, same "
            f"surname, and no other person with that surname and initial is in the corpus",
        )
    differences = [
        label
        for label, present in (
            ("a title", name.title or target.title),
            ("middle names", name.middles != target.middles),
            ("a suffix", name.suffix != target.suffix),
            ("a nickname", name.nicknames != target.nicknames),
        )
        if present
    ]
    if not differences:
        return (
            "person-spelling",
            f"{shown}: the same name apart from case, accents, punctuation or a possessive",
        )
    return (
        "person-name-variant",
        f"{shown}: same first name and surname as {target.label!r}; differs only by "
        f"{' and '.join(differences)}, which do not conflict",
    )
