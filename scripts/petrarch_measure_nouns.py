"""Check the acted-on measure nouns against the PETRARCH verb dictionary.

Every word of ``acted_measure_heads`` (``extract/data/words/agreements_and_events.txt``) must be
the object of at least one pattern of an imposing, lifting, signing or adopting verb in
PETRARCH's CAMEO verb dictionary (``../shared/data/third_party/petrarch2/CAMEO.2.0.txt``, MIT;
credited in NOTICE): "- * CURFEW [1724] # IMPOSE". The script prints, for each word, the verbs
and CAMEO codes whose patterns take it, and exits 1 when a word has none.

With ``--approved`` it checks ``approved_text_heads`` instead: each word, or its singular, must
be the object of an ADOPT, APPROVE or PASS pattern, directly or as a member of a synonym set
the pattern names ("- * &PROPOSAL [051] # APPROVE" with "&PROPOSAL ... +MOTION").

Usage: python scripts/petrarch_measure_nouns.py [--approved]
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

# Verbs that put a text voted on into force (``approved_text_heads``).
APPROVING_VERBS = frozenset(["ADOPT", "APPROVE", "PASS"])

# "- * (AT {NEW SANCTIONS})   [1312]   # LOOK": the pattern, its code and the verb it is under.
_PATTERN = re.compile(r"^\s*-\s+(?P<pattern>[^\[]*)\[(?P<code>[^\]]*)\]\s*#\s*(?P<verb>\w+)")


def attested_objects(text: str, verbs: frozenset[str] = ENACTING_VERBS) -> dict[str, set[str]]:
    r"""The words of each listed verb's patterns, each with the "VERB code" pairs taking it; a
    synonym set the pattern names ("&PROPOSAL") stands for each of its members.

    >>> attested_objects("- * CURFEW   [1724]   # IMPOSE")["curfew"]
    {'IMPOSE 1724'}
    >>> text = "&PROPOSAL\n+MOTION\n\n- * &PROPOSAL [051] # APPROVE"
    >>> attested_objects(text, APPROVING_VERBS)["motion"]
    {'APPROVE 051'}
    """
    members = synonym_sets(text)
    found: dict[str, set[str]] = defaultdict(set)
    for line in text.splitlines():
        match = _PATTERN.match(line)
        if match is None or match["verb"] not in verbs:
            continue
        for word in re.findall(r"&?[A-Z]+", match["pattern"]):
            for member in members.get(word, [word.lstrip("&")]):
                found[member.lower()].add(f"{match['verb']} {match['code'].strip()}")
    return found


def synonym_sets(text: str) -> dict[str, list[str]]:
    r"""The members of each synonym set of the dictionary, by its name ("&PROPOSAL").

    >>> synonym_sets("&PROPOSAL\n+PROPOSAL\n+MOTION\n\n&TREATY\n+PACT")["&PROPOSAL"]
    ['PROPOSAL', 'MOTION']
    """
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        word = line.strip()
        if re.fullmatch(r"&[A-Z_]+", word):
            current = sets.setdefault(word, [])
        elif current is not None and re.fullmatch(r"\+[A-Z_]+", word):
            current.append(word[1:])
        else:
            current = None
    return sets


def main(argv: list[str] | None = None) -> int:
    """Print the attestation of each listed word; 1 when one is unattested."""
    approved = "--approved" in (sys.argv[1:] if argv is None else argv)
    text = DICTIONARY.read_text(encoding="latin-1")
    found = attested_objects(text, APPROVING_VERBS if approved else ENACTING_VERBS)
    listed = WORDS.approved_text_heads if approved else WORDS.acted_measure_heads
    missing = 0
    for word in sorted(listed):
        verbs = sorted(found.get(word, set()) | found.get(word.removesuffix("s"), set()))
        missing += not verbs
        print(f"{word:12} {', '.join(verbs) if verbs else 'NOT ATTESTED'}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
