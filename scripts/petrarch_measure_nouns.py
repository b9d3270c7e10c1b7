"""Check the acted-on measure nouns against the PETRARCH verb dictionary.

Every word of ``acted_measure_heads`` (``extract/data/words/agreements_and_events.txt``) must be
the object of at least one pattern of an imposing, lifting, signing or adopting verb in
PETRARCH's CAMEO verb dictionary (``../shared/data/third_party/petrarch2/CAMEO.2.0.txt``, MIT;
credited in NOTICE): "- * CURFEW [1724] # IMPOSE". The script prints, for each word, the verbs
and CAMEO codes whose patterns take it, and exits 1 when a word has none.

Usage: python scripts/petrarch_measure_nouns.py
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.vocabulary.word_lists import WORDS  # noqa: E402

DICTIONARY = ROOT.parent / "shared/data/third_party/petrarch2/CAMEO.2.0.txt"

# Verbs that put a measure or an enacted text in force or take it away.
ENACTING_VERBS = frozenset(
    [
        "ADOPT",
        "APPROVE",
        "DECREE",
        "ENACT",
        "EASE",
        "EXTEND",
        "IMPLEMENT",
        "IMPOSE",
        "INTRODUCE",
        "ISSUE",
        "LIFT",
        "PASS",
        "RELAX",
        "REPEAL",
        "REVOKE",
        "SIGN",
        "SUSPEND",
        "TIGHTEN",
    ]
)

# "- * (AT {NEW SANCTIONS})   [1312]   # LOOK": the pattern, its code and the verb it is under.
_PATTERN = re.compile(r"^\s*-\s+(?P<pattern>[^\[]*)\[(?P<code>[^\]]*)\]\s*#\s*(?P<verb>\w+)")


def attested_objects(text: str) -> dict[str, set[str]]:
    """The words of each enacting verb's patterns, each with the "VERB code" pairs taking it.

    >>> attested_objects("- * CURFEW   [1724]   # IMPOSE")["curfew"]
    {'IMPOSE 1724'}
    """
    found: dict[str, set[str]] = defaultdict(set)
    for line in text.splitlines():
        match = _PATTERN.match(line)
        if match is None or match["verb"] not in ENACTING_VERBS:
            continue
        for word in re.findall(r"[A-Z]+", match["pattern"]):
            found[word.lower()].add(f"{match['verb']} {match['code'].strip()}")
    return found


def main() -> int:
    """Print the attestation of each listed word; 1 when one is unattested."""
    found = attested_objects(DICTIONARY.read_text(encoding="latin-1"))
    missing = 0
    for word in sorted(WORDS.acted_measure_heads):
        verbs = sorted(found.get(word, set()))
        missing += not verbs
        print(f"{word:12} {', '.join(verbs) if verbs else 'NOT ATTESTED'}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
