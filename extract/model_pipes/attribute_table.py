"""spaCy's attribute ruler answered from a table: the same attributes without a Matcher pass.

The model's ``attribute_ruler`` (179 rules in ``en_core_web_sm``: each tag's part of speech and
morphology, pronoun lemmas, auxiliaries by their dependency, a few two-word forms) runs a spaCy
``Matcher`` over every Doc, every pattern tried at every token, and writes each match through a
``Span``: about a tenth of the parse's CPU time, more than the parser. Every one of its rules
tests one or two tokens for plain values of their tag, lower-case form, dependency and space
flag. So which rules hit a token depends on those four values alone, and a table remembering
the answer for each combination seen gives the same attributes at a fraction of the cost.

``compile_attribute_table`` reads a ruler's rules into an ``AttributeTable`` and returns None
for a ruler that tests anything else (another attribute, an operator such as ``OP``, a
comparison), which is then left to spaCy. ``AttributeTable.apply`` does what
``AttributeRuler.__call__`` does: every pattern is matched against the Doc as the pipes before
left it, and the matches are written in the ruler's order, so where two rules set one attribute
of a token the later rule wins; the values are the ruler's own normalised ones, written with one
``Doc.from_array``.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> ruler = nlp.add_pipe("attribute_ruler")
>>> ruler.add([[{"LOWER": "them"}]], {"LEMMA": "they", "POS": "PRON"})
>>> table = compile_attribute_table(ruler)
>>> [(t.lemma_, t.pos_) for t in table.apply(nlp.make_doc("Ask them"))]
[('', ''), ('they', 'PRON')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

if TYPE_CHECKING:  # spaCy's own array type, from its thinc dependency
    from thinc.types import Ints2d

__all__ = ["AttributeTable", "compile_attribute_table"]

#: The token attributes a compiled rule may test, in the order their columns are read.
READ_ATTRIBUTES = ("TAG", "LOWER", "DEP", "IS_SPACE")
_READ_IDS: list[int | str] = [TAG, LOWER, DEP, IS_SPACE]
_COLUMN = {name: column for column, name in enumerate(READ_ATTRIBUTES)}

#: A rule's normalised attributes: spaCy attribute id -> value id, as the ruler keeps them.
Attributes = dict[int, int]
#: Per token: the rules that hit it, as (rule number, attributes), in the ruler's order.
Hits = tuple[tuple[int, Attributes], ...]
#: The ids of the conditions a token meets, one frozenset per read attribute.
Signature = tuple[frozenset[int], ...]


@dataclass(frozen=True)
class _Condition:
    """One test of one read attribute: ``test(value id, strings)``. Tests are module functions
    bound with ``partial``, so a table pickles (spaCy's ``n_process`` may ship pipes)."""

    column: int
    test: Callable[[int, StringStore], bool]


def _equals(wanted: int, value: int, strings: StringStore) -> bool:
    return value == wanted


def _is_in(members: frozenset[int], value: int, strings: StringStore) -> bool:
    return value in members


def _is_not_in(members: frozenset[int], value: int, strings: StringStore) -> bool:
    return value not in members


def _searches(expression: re.Pattern[str], value: int, strings: StringStore) -> bool:
    return expression.search(strings[value]) is not None


@dataclass(frozen=True)
class _Pattern:
    """A rule's pattern: per token the conditions it must meet, and which token gets the
    attributes."""

    rule: int
    tokens: tuple[frozenset[int], ...]
    target: int
    attributes: Attributes


class _ConditionBuilder:
    """Turns a pattern's token specification into condition ids, sharing equal conditions."""

    def __init__(self, strings: StringStore) -> None:
        self.strings = strings
        self.conditions: list[_Condition] = []
        self._ids: dict[tuple[str, str, str], int] = {}

    def token_conditions(self, spec: dict[str, Any]) -> frozenset[int] | None:
        """The condition ids of one token's specification, or None if any part of it is
        outside what the table answers."""
        ids: set[int] = set()
        for name, value in spec.items():
            column = _COLUMN.get(name.upper()) if isinstance(name, str) else None
            if column is None:
                return None
            tests = self._tests(column, value)
            if tests is None:
                return None
            ids.update(tests)
        return frozenset(ids)

    def _tests(self, column: int, value: Any) -> list[int] | None:
        if isinstance(value, bool):
            return [self._add(column, "==", repr(int(value)), partial(_equals, int(value)))]
        if isinstance(value, str):
            wanted = self.strings.add(value)
            return [self._add(column, "==", value, partial(_equals, wanted))]
        if not isinstance(value, dict):
            return None
        ids = []
        for operator, operand in value.items():
            test = self._operator_test(operator, operand)
            if test is None:
                return None
            ids.append(self._add(column, operator, repr(operand), test))
        return ids

    def _operator_test(
        self, operator: str, operand: Any
    ) -> Callable[[int, StringStore], bool] | None:
        # The Matcher compares set members by string id and searches a regular expression in
        # the attribute's text; nothing else is compiled.
        if operator in ("IN", "NOT_IN") and isinstance(operand, list):
            if not all(isinstance(member, str) for member in operand):
                return None
            members = frozenset(get_string_id(member) for member in operand)
            return partial(_is_in if operator == "IN" else _is_not_in, members)
        if operator == "REGEX" and isinstance(operand, str):
            return partial(_searches, re.compile(operand))
        return None

    def _add(
        self, column: int, operator: str, operand: str, test: Callable[[int, StringStore], bool]
    ) -> int:
        key = (READ_ATTRIBUTES[column], operator, operand)
        if key not in self._ids:
            self._ids[key] = len(self.conditions)
            self.conditions.append(_Condition(column, test))
        return self._ids[key]


def compile_attribute_table(ruler: AttributeRuler) -> AttributeTable | None:
    """The table answering ``ruler``'s rules, or None if a rule tests what it cannot answer.

    >>> import spacy
    >>> ruler = spacy.blank("en").add_pipe("attribute_ruler")
    >>> ruler.add([[{"TAG": "NN", "OP": "+"}]], {"POS": "NOUN"})
    >>> compile_attribute_table(ruler) is None
    True
    """
    builder = _ConditionBuilder(ruler.vocab.strings)
    patterns: list[_Pattern] = []
    rules = cast(list[dict[str, Any]], ruler.patterns)
    for number, rule in enumerate(rules):
        attributes = dict(ruler.attrs[number])
        if any(not isinstance(attr, int) for attr in attributes):
            return None  # extension attributes ("_") are written another way
        for pattern in rule["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                return None
            tokens = [builder.token_conditions(spec) for spec in pattern]
            index: int = rule["index"]
            target = index if index >= 0 else len(pattern) + index
            if any(conditions is None for conditions in tokens) or not 0 <= target < len(pattern):
                return None
            patterns.append(
                _Pattern(number, tuple(cast(list[frozenset[int]], tokens)), target, attributes)
            )
    return AttributeTable(builder.conditions, patterns)


class _Entry:
    """What the table knows of tokens of one kind: the one-token patterns hitting them, the
    conditions they meet, and whether a longer pattern may start at them."""

    __slots__ = ("hits", "met", "starts_longer")

    def __init__(self, hits: tuple[int, ...], met: frozenset[int], starts_longer: bool) -> None:
        self.hits = hits
        self.met = met
        self.starts_longer = starts_longer


class AttributeTable:
    """What an attribute ruler's rules set on a Doc, remembered per kind of token."""

    def __init__(self, conditions: Sequence[_Condition], patterns: Sequence[_Pattern]) -> None:
        self._conditions = [
            [(number, c.test) for number, c in enumerate(conditions) if c.column == column]
            for column in range(len(READ_ATTRIBUTES))
        ]
        # pattern numbers follow the ruler's order, so sorting them sorts the rules
        self._patterns = sorted(patterns, key=lambda pattern: pattern.rule)
        self._single = [n for n, p in enumerate(self._patterns) if len(p.tokens) == 1]
        self._longer = [n for n, p in enumerate(self._patterns) if len(p.tokens) > 1]
        #: the attribute ids any rule writes, the columns ``apply`` reads and writes back
        self.written: list[int | str] = sorted({attr for p in patterns for attr in p.attributes})
        # per column: value id -> class (the index of the set of conditions that value meets)
        self._class_of: list[dict[int, int]] = [{} for _ in READ_ATTRIBUTES]
        self._class_sets: list[dict[frozenset[int], int]] = [{} for _ in READ_ATTRIBUTES]
        self._met_by_class: list[list[frozenset[int]]] = [[] for _ in READ_ATTRIBUTES]
        self._entries: dict[tuple[int, ...], _Entry] = {}
        # pattern numbers hitting a token -> (column position, value) pairs to write
        self._writes: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def apply(self, doc: Doc) -> Doc:
        """Set on ``doc`` the attributes the ruler's rules would set, and return it."""
        if not len(doc) or not self.written:
            return doc
        columns = doc.to_array(_READ_IDS).T.tolist()
        strings = doc.vocab.strings
        classes = [self._classes(column, values, strings) for column, values in enumerate(columns)]
        entries = [self._entry(kind) for kind in zip(*classes, strict=True)]
        hits = [entry.hits for entry in entries]
        if self._longer and any(entry.starts_longer for entry in entries):
            for target, number in self._longer_matches(entries):
                hits[target] = tuple(sorted({*hits[target], number}))
        rows = doc.to_array(self.written).tolist()
        for row, token_hits in zip(rows, hits, strict=True):
            if token_hits:
                for position, value in self._writes_of(token_hits):
                    row[position] = value
        doc.from_array(self.written, cast("Ints2d", numpy.array(rows, dtype="uint64")))
        return doc

    def _classes(self, column: int, values: list[int], strings: StringStore) -> list[int]:
        known = self._class_of[column]
        return [
            known[value] if value in known else self._new_class(column, value, strings)
            for value in values
        ]

    def _new_class(self, column: int, value: int, strings: StringStore) -> int:
        met = frozenset(n for n, test in self._conditions[column] if test(value, strings))
        sets = self._class_sets[column]
        if met not in sets:
            sets[met] = len(self._met_by_class[column])
            self._met_by_class[column].append(met)
        self._class_of[column][value] = sets[met]
        return sets[met]

    def _entry(self, kind: tuple[int, ...]) -> _Entry:
        entry = self._entries.get(kind)
        if entry is None:
            met = frozenset().union(
                *(self._met_by_class[column][cls] for column, cls in enumerate(kind))
            )
            hits = tuple(n for n in self._single if self._patterns[n].tokens[0] <= met)
            starts = any(self._patterns[n].tokens[0] <= met for n in self._longer)
            entry = self._entries[kind] = _Entry(hits, met, starts)
        return entry

    def _longer_matches(self, entries: list[_Entry]) -> list[tuple[int, int]]:
        """(target token, pattern number) of every match of a pattern of several tokens."""
        found = []
        for start, entry in enumerate(entries):
            if not entry.starts_longer:
                continue
            for number in self._longer:
                pattern = self._patterns[number]
                following = entries[start : start + len(pattern.tokens)]
                if len(following) == len(pattern.tokens) and all(
                    conditions <= token.met
                    for conditions, token in zip(pattern.tokens, following, strict=True)
                ):
                    found.append((start + pattern.target, number))
        return found

    def _writes_of(self, hits: tuple[int, ...]) -> list[tuple[int, int]]:
        writes = self._writes.get(hits)
        if writes is None:
            values: Attributes = {}
            for number in hits:  # the ruler's order: a later rule's value wins
                values.update(self._patterns[number].attributes)
            writes = [(self.written.index(attr), value) for attr, value in values.items()]
            self._writes[hits] = writes
        return writes
