"""CAMEO codes of verbs and verb phrases: ``data/cameo_verbs.tsv``.

The table is derived from PETRARCH2's CAMEO verb dictionary by
``scripts/build_petrarch_tables.py`` (MIT, credited in NOTICE). A row is a verb lemma alone or
with what a dependency parse shows around it: a particle ("set *up*"), the head noun of its
object ("impose *sanction*"), a preposition ("call *for*") and the head noun of that
preposition's object ("appeal for *ceasefire*"). Nouns are lemmas as spaCy writes them.

A row gives the CAMEO code of the active verb and, where the dictionary has one, of the passive
("was visited by": 043), each with its predicate name (triggers.tsv's where it has the code
or its three-digit category, else CAMEO's own name: ``graph/vocab/cameo_events.py``). A row with
no code is the dictionary saying the phrase is no event ("call a cabinet meeting").
``extract/data/triggers.tsv`` stays the first authority; this table answers where it is silent.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import cache
from importlib import resources
from typing import NamedTuple

TABLE = "data/cameo_verbs.tsv"


class VerbPattern(NamedTuple):
    """One row: the phrase and what it codes."""

    lemma: str
    particle: str
    object: str
    prep: str
    prep_object: str
    cameo: str  # "" when the phrase is no event
    predicate: str
    passive_cameo: str
    passive_predicate: str

    @property
    def specificity(self) -> int:
        """How many slots besides the lemma the pattern fills (more wins).

        >>> VerbPattern("impose", "", "sanction", "on", "", "163", "x", "", "").specificity
        2
        """
        return sum(bool(slot) for slot in (self.particle, self.object, self.prep, self.prep_object))

    @property
    def is_event(self) -> bool:
        """False when the dictionary says the phrase is no event."""
        return bool(self.cameo or self.passive_cameo)


@cache
def _table() -> dict[str, list[str]]:
    """Lemma → its rows, unsplit: a lemma's patterns are built when it is first asked for."""
    by_lemma: dict[str, list[str]] = {}
    text = resources.files("extract").joinpath(TABLE).read_text(encoding="utf-8")
    for line in text.splitlines():
        lemma, tab, _ = line.partition("\t")
        if tab and not lemma.startswith("#"):
            by_lemma.setdefault(lemma, []).append(line)
    by_lemma.pop("lemma", None)  # the column header
    return by_lemma


@cache
def patterns_for(lemma: str) -> tuple[VerbPattern, ...]:
    """Every pattern of a verb lemma, the most specific first (a matcher takes the first
    that fits the parse).

    >>> [(p.prep, p.cameo) for p in patterns_for("call") if p.prep_object == "ceasefire"][:1]
    [('for', '0256')]
    """
    rows = []
    for line in _table().get(lemma.lower(), ()):
        fields = line.split("\t")
        if len(fields) != 9:
            raise ValueError(f"extract/{TABLE}: row {line!r} has {len(fields)} columns, not 9")
        rows.append(VerbPattern(*fields))
    return tuple(sorted(rows, key=lambda row: -row.specificity))


def has_patterns(lemma: str) -> bool:
    """Whether the table has any row for the verb lemma (``match_verb`` finds nothing else).

    >>> has_patterns("impose"), has_patterns("blorf")
    (True, False)
    """
    return lemma.lower() in _table()


def lookup_verb(
    lemma: str, particle: str = "", obj: str = "", prep: str = "", prep_object: str = ""
) -> VerbPattern | None:
    """The row of exactly this phrase, or None.

    >>> lookup_verb("impose", obj="sanction").cameo
    '163'
    >>> lookup_verb("call", prep="for").predicate
    'called_for'
    """
    key = (particle.lower(), obj.lower(), prep.lower(), prep_object.lower())
    for pattern in patterns_for(lemma):
        if (pattern.particle, pattern.object, pattern.prep, pattern.prep_object) == key:
            return pattern
    return None


def match_verb(
    lemma: str,
    particle: str = "",
    objects: Collection[str] = (),
    preps: Mapping[str, Collection[str]] | None = None,
) -> VerbPattern | None:
    """The most specific pattern of ``lemma`` that the verb's dependents satisfy.

    ``objects`` are the lemmas of the verb's object heads; ``preps`` maps each preposition
    attached to the verb to the lemmas of its objects. The result may be a no-event pattern
    (``is_event`` False): the caller then makes no edge.

    >>> match_verb("impose", objects=["sanction"], preps={"on": ["country"]}).cameo
    '163'
    >>> match_verb("appeal", preps={"for": ["ceasefire"]}).cameo
    '0256'
    """
    preps = preps or {}
    for pattern in patterns_for(lemma):
        if pattern.particle and pattern.particle != particle.lower():
            continue
        if pattern.object and pattern.object not in objects:
            continue
        if pattern.prep and pattern.prep not in preps:
            continue
        if pattern.prep_object and pattern.prep_object not in preps.get(pattern.prep, ()):
            continue
        return pattern
    return None


def known_lemmas() -> frozenset[str]:
    """Every verb lemma of the table.

    >>> {"impose", "appeal", "shell"} <= known_lemmas()
    True
    """
    return frozenset(_table())
