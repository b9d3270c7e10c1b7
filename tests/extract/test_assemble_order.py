"""An article's relations come out in one order, whatever order the set they are gathered in."""

from __future__ import annotations

import itertools

from extract.assemble import _relation_order
from extract.types import Evidence, Relation


def _placing(trigger: str) -> Relation:
    evidence = Evidence("a1", "President Donald Trump spoke.", 0, 29, "2019-12-14", trigger)
    return Relation("person/donald-trump", "affiliated_with", "country/US", "", False, evidence)


def test_relations_that_differ_only_in_their_trigger_have_one_order() -> None:
    relations = [_placing("Donald"), _placing("Trump"), _placing("President")]
    orders = {
        tuple(r.evidence.trigger for r in sorted(p, key=_relation_order))
        for p in itertools.permutations(relations)
    }
    assert orders == {("Donald", "President", "Trump")}
