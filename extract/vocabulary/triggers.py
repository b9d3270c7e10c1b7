"""The relation vocabulary: which words make which edge, read from ``data/triggers.tsv``.

Relations are data, not code: adding a relation is a line in the TSV file plus a test sentence.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class Trigger:
    """One line of the trigger file."""

    words: tuple[str, ...]  # lemma, or lemma + particle/preposition ("call", "for")
    pos: str  # "verb" or "noun"
    predicate: str
    cameo: str
    object_preps: frozenset[str]
    reciprocal: bool = False  # "Putin and Trump met": conjoined subjects act on each other
    symmetric: bool = False  # "X met with Y" is also "Y met with X"

    @property
    def family(self) -> str:
        """CAMEO top-level family ("03" for code "030"), or "" for structural edges."""
        return self.cameo[:2]


@dataclass(frozen=True)
class TriggerTable:
    """Triggers indexed for lookup while walking a parse."""

    verbs: dict[str, Trigger]
    phrasal_verbs: dict[tuple[str, str], Trigger]  # (lemma, particle or object noun)
    nouns: dict[str, Trigger]
    predicates: dict[str, str]  # predicate name -> CAMEO code
    # Where this table is silent, the CAMEO verb dictionary answers (relations.dictionary_verbs)
    verb_dictionary: bool = True

    def verb(self, lemma: str, particle: str | None = None) -> Trigger | None:
        """The trigger for a verb lemma, preferring the phrasal form when a particle is given.

        The second word may also be the verb's object noun ("restore ties", "sever relations"):
        such phrases mean more than the verb alone.
        """
        if particle:
            phrasal = self.phrasal_verbs.get((lemma.lower(), particle.lower()))
            if phrasal:
                return phrasal
        return self.verbs.get(lemma.lower())

    def noun(self, lemma: str) -> Trigger | None:
        """The trigger for a noun lemma ("proposal", "sanctions") or a noun with the modifier
        that makes it an act ("air strike"), if any."""
        return self.nouns.get(lemma.lower())

    @cached_property
    def verb_heads(self) -> frozenset[str]:
        """Every lemma a verb line of the table starts with, alone or phrasal: a verb whose
        lemma is none of them gets no trigger from ``verb`` whatever its particle.

        >>> "call" in load_triggers().verb_heads
        True
        """
        return frozenset(self.verbs) | self.phrasal_heads

    @cached_property
    def phrasal_heads(self) -> frozenset[str]:
        """Every lemma a two-word verb line starts with ("call" of "call for"): only these
        need the words around a verb read for a particle or object noun.

        >>> "call" in load_triggers().phrasal_heads
        True
        """
        return frozenset(lemma for lemma, _ in self.phrasal_verbs)


def read_trigger_file(path: Path) -> TriggerTable:
    """Parse a trigger TSV file (see ``extract/data/triggers.tsv`` for the columns)."""
    with path.open(encoding="utf-8") as handle:
        return _parse(handle.read(), str(path))


@cache
def load_triggers() -> TriggerTable:
    """The trigger table shipped with newsgraph."""
    source = resources.files("extract").joinpath("data/triggers.tsv")
    return _parse(source.read_text(encoding="utf-8"), "extract/data/triggers.tsv")


def _parse(text: str, name: str) -> TriggerTable:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    verbs: dict[str, Trigger] = {}
    phrasal: dict[tuple[str, str], Trigger] = {}
    nouns: dict[str, Trigger] = {}
    predicates: dict[str, str] = {}
    for number, row in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
        try:
            words = tuple(row["trigger"].lower().split())
            preps = row["object_preps"].strip()
            trigger = Trigger(
                words=words,
                pos=row["pos"].strip(),
                predicate=row["predicate"].strip(),
                cameo=row["cameo"].strip(),
                object_preps=frozenset() if preps in ("", "-") else frozenset(preps.split("|")),
                reciprocal=(row.get("reciprocal") or "").strip() in ("yes", "symmetric"),
                symmetric=(row.get("reciprocal") or "").strip() == "symmetric",
            )
        except (KeyError, AttributeError) as error:
            raise ValueError(f"{name}: malformed row {number}: {row}") from error
        if trigger.pos not in ("verb", "noun") or not words or not trigger.predicate:
            raise ValueError(f"{name}: malformed row {number}: {row}")
        predicates.setdefault(trigger.predicate, trigger.cameo)
        if trigger.pos == "noun":
            nouns[" ".join(words)] = trigger  # "air strike": a noun with its modifier
        elif len(words) == 2:
            phrasal[(words[0], words[1])] = trigger
        else:
            verbs[words[0]] = trigger
    return TriggerTable(verbs, phrasal, nouns, predicates)
