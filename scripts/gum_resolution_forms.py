"""How each referring form resolves on GUM news: precision of the links made, per form.

``scripts/eval.py`` prints GUM's unnamed mentions of named chains resolved as an act's argument
would be, split only into pronouns and descriptions. This script splits them further, by the
form that refers (``referring_form``): "he/she", "it", "they" and the other pronouns, and for a
description the class of its head word (a title or person noun, a company noun, a noun for a
country or government, a noun for a group of state people, a noun for a body), so that a rule
that resolves one form can be judged by the links it makes there. It prints counts only; the
verdicts come from ``evaluation.public_resolution`` (right, wrong, unresolved).

Usage: ``python scripts/gum_resolution_forms.py [--public eval/public]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "eval")]

from evaluation.public_resolution import VERDICTS, gum_resolution_cases  # noqa: E402

from extract.pipeline import load_pipeline  # noqa: E402
from extract.vocabulary.word_lists import WORDS  # noqa: E402

#: Description classes, tried in this order: the first word list holding the head names it.
_DESCRIPTION_CLASSES: tuple[tuple[str, frozenset[str]], ...] = (
    ("title or person noun", WORDS.role_heads | WORDS.person_nouns | WORDS.spokesman_nouns),
    ("company noun", WORDS.company_nouns),
    ("country or government noun", WORDS.country_descriptions | WORDS.government_nouns),
    ("group of state people", WORDS.state_nouns | WORDS.people_nouns),
    ("body noun", WORDS.body_anaphors | WORDS.public_body_heads | WORDS.state_body_heads),
)


def referring_form(kind: str, head: str) -> str:
    """The form of an unnamed mention: its pronoun's group, or its description's head class.

    >>> referring_form("pronoun", "Her"), referring_form("pronoun", "It")
    ('he/she', 'it')
    >>> referring_form("description", "company")
    'description: company noun'
    """
    lower = head.lower()
    if kind == "pronoun":
        if lower in WORDS.male_pronouns | WORDS.female_pronouns:
            return "he/she"
        if lower in WORDS.plural_pronouns:
            return "they"
        return "it" if lower in WORDS.neuter_pronouns else "other pronoun"
    for name, words in _DESCRIPTION_CLASSES:
        if lower in words:
            return f"description: {name}"
    return "description: other noun"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--public", type=Path, default=ROOT / "eval/public")
    args = parser.parse_args()
    lines = (args.public / "gum_news.jsonl").read_text(encoding="utf-8").splitlines()
    documents = [json.loads(line) for line in lines if line.strip()]
    counts: dict[str, Counter[str]] = {}
    for case in gum_resolution_cases(load_pipeline(), documents):
        counts.setdefault(referring_form(case.kind, case.head), Counter())[case.verdict] += 1
    print(f"{'form':40} {'right':>6} {'wrong':>6} {'unres.':>6} {'P':>5}")
    for form in sorted(counts):
        counted = counts[form]
        right, wrong, unresolved = (counted[v] for v in VERDICTS)
        made = right + wrong
        precision = f"{right / made:.2f}" if made else "-"
        print(f"{form:40} {right:6} {wrong:6} {unresolved:6} {precision:>5}")


if __name__ == "__main__":
    main()
