"""Write extract/data/cameo_verbs.tsv, known_actors.tsv and agents.tsv from PETRARCH2's public
dictionaries.

The source is PETRARCH2's dictionaries (Open Event Data Alliance, MIT; credited in NOTICE),
kept unchanged in ../shared/data/third_party/petrarch2 with their format documentation. Why
tables of our own instead of the dictionaries at run time: the dictionaries are 2.5 MB of a
format written for PETRARCH's pattern trees and Treebank parses; the tables keep only what our
dependency rules can use, load as hash lookups in a few hundredths of a second, and a change of
data shows up as a reviewable diff. The parsing and what is dropped, and why, are in
scripts/petrarch_verbs.py (verbs) and scripts/petrarch_actors.py (actors and agents).

- cameo_verbs.tsv: verb lemma (+ particle, object noun, preposition, its object noun) → CAMEO
  code and predicate, active and passive. The predicate: triggers.tsv's when it lists the
  phrase itself with that code ("call for" → called_for); else triggers.tsv's one predicate
  for the exact code, then for its three-digit category; else CAMEO's own name for that
  category (graph/vocab/cameo_events.py). A code for which triggers.tsv has several
  predicates (040: met, consulted, discussed, talked_with) takes CAMEO's name: any one of them
  would be narrower than the code; so do the codes whose one predicate in triggers.tsv names a
  narrower act than the code (NARROWER_THAN_CODE: 170 coerce is "hacked" there). Lemmas are
  spaCy's (the project's model's lemmatizer).
- known_actors.tsv: normalised name → country (ISO 3166-1 alpha-2, by pycountry), CAMEO role
  code and the period it holds; one row per (name, period). Dropped: restrictions that name
  no country and no organisation (bare roles like ELI, regions, the null code), malformed
  dates, names left with no restriction.
- armed_groups.txt: the names of armed non-state groups (militant groups, rebels): every
  record of the MilNonState dictionary (START TOPS's non-state armed actors) and the group
  names of the records coded IMG or REB in the other two (their leaders, listed in the same
  records, are left out: see petrarch_actors.armed_group_names).
- agents.tsv: generic agent noun (singular and plural) → role code, plain-English group type,
  whether it names an organisation.

Usage: .venv/bin/python scripts/build_petrarch_tables.py [--source DIR]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a plain script from a checkout

from petrarch_actors import (  # noqa: E402
    ActorReport,
    ActorRow,
    AgentRow,
    armed_group_names,
    read_actor_rows,
    read_agent_rows,
)
from petrarch_verbs import (  # noqa: E402
    Lemmatise,
    VerbReport,
    VerbRow,
    read_verb_rows,
    resolve_collisions,
)

from extract.vocabulary.common_words import is_common_word  # noqa: E402
from extract.vocabulary.given_names import given_name_gender  # noqa: E402
from extract.vocabulary.known_actors import normalise_name  # noqa: E402
from extract.vocabulary.word_lists import WORDS  # noqa: E402
from graph.export.atomic import write_text_atomic  # noqa: E402
from graph.vocab.cameo_events import event_predicate  # noqa: E402

SOURCE = ROOT.parent / "shared" / "data" / "third_party" / "petrarch2"
DATA = ROOT / "extract" / "data"
TRIGGERS = DATA / "triggers.tsv"
ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
#: The dictionary whose every record is an armed non-state group.
MILITANT_FILE = "Phoenix.MilNonState.actors.txt"
CREDIT = (
    "# Derived from PETRARCH2's dictionaries (Open Event Data Alliance, MIT licence: see\n"
    "# NOTICE) by scripts/build_petrarch_tables.py. Do not edit by hand: rerun the script.\n"
)
#: Predicates of triggers.tsv whose words name a narrower act than their CAMEO code (170
#: coerce: "hack"; 063 judicial cooperation: "extradite"; 061 economic cooperation: "trade"):
#: other verbs of the code are not named after them.
NARROWER_THAN_CODE = frozenset({"hacked", "extradited", "traded_with"})
#: CAMEO's role codes (first three letters of an agent's code) in plain English.
GROUP_TYPES = {
    "AGR": "agriculture",
    "BUD": "Buddhists",
    "BUS": "business",
    "CHR": "Christians",
    "COP": "police",
    "CRM": "criminals",
    "CVL": "civilians",
    "DEV": "development",
    "EDU": "education",
    "ELI": "elite",
    "ENV": "environmental group",
    "GOV": "government",
    "HIN": "Hindus",
    "HLH": "health",
    "HRI": "human rights group",
    "IGO": "intergovernmental organisation",
    "IMG": "international militant group",
    "JEW": "Jews",
    "JUD": "judiciary",
    "LAB": "labour",
    "LEG": "legislature",
    "MED": "media",
    "MIL": "military",
    "MUS": "Muslims",
    "NGO": "non-governmental organisation",
    "OPP": "opposition",
    "PPL": "people",
    "PTY": "political party",
    "RAD": "radicals",
    "REB": "rebels",
    "REF": "refugees",
    "REL": "religious group",
    "SPY": "intelligence service",
    "UAF": "armed group",
}


def read_lines(path: Path) -> list[str]:
    """The lines of a dictionary (they are ASCII with a few Latin-1 bytes)."""
    return path.read_text(encoding="latin-1").splitlines()


def spacy_lemmatiser() -> Lemmatise:
    """A (word, "NOUN"/"VERB") → lemma function using the project's model, so the table's
    lemmas are those the parser gives at run time: a noun is tagged after "the" (singular
    "access" stays "access", plural "talks" becomes "talk"), a verb is lemmatised as a verb."""
    import spacy
    from spacy.tokens import Doc

    from extract.pipeline import MODEL_NAME

    nlp = spacy.load(MODEL_NAME, exclude=["parser", "ner", "senter"])
    memo: dict[tuple[str, str], str] = {}

    def lemmatise(word: str, pos: str) -> str:
        if (word, pos) not in memo:
            if pos == "NOUN":
                doc = Doc(nlp.vocab, words=["the", word.lower()])
                for _, component in nlp.pipeline:
                    doc = component(doc)
                memo[(word, pos)] = doc[1].lemma_.lower()
            else:
                doc = Doc(nlp.vocab, words=[word.lower()])
                doc[0].pos_ = pos
                memo[(word, pos)] = nlp.get_pipe("lemmatizer")(doc)[0].lemma_.lower()
        return memo[(word, pos)]

    return lemmatise


@dataclass
class TriggerVocabulary:
    """What the verb table takes from triggers.tsv."""

    by_code: dict[str, str]  # CAMEO code -> its one predicate (codes with several left out)
    by_phrase: dict[tuple[str, str], tuple[str, str]]  # (lemma, 2nd word) -> (code, predicate)
    lemmas: set[str]  # first words of the verb triggers


def read_trigger_vocabulary(path: Path) -> TriggerVocabulary:
    """triggers.tsv's predicate for each CAMEO code that has one (not counting those of
    NARROWER_THAN_CODE), for each verb phrase, and its verb lemmas."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and ln[0] != "#"]
    header = lines[0].split("\t")
    predicates: dict[str, set[str]] = {}
    vocabulary = TriggerVocabulary({}, {}, set())
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=False))
        if row["cameo"]:
            predicates.setdefault(row["cameo"], set()).add(row["predicate"])
        if row["pos"] == "verb":
            words = row["trigger"].split()
            vocabulary.lemmas.add(words[0])
            phrase = (words[0], words[1] if len(words) > 1 else "")
            vocabulary.by_phrase[phrase] = (row["cameo"], row["predicate"])
    vocabulary.by_code = {
        code: next(iter(names))
        for code, names in predicates.items()
        if len(names) == 1 and not names & NARROWER_THAN_CODE
    }
    return vocabulary


def predicate_for(code: str, row: VerbRow, triggers: TriggerVocabulary) -> str:
    """The predicate name of a row's CAMEO code (see the module docstring); "" for no code.
    A phrase triggers.tsv has with the same code keeps its predicate there ("call for")."""
    if not code:
        return ""
    if not (row.object or row.prep_object):
        listed = triggers.by_phrase.get((row.lemma, row.particle or row.prep))
        if listed and listed[0] == code:
            return listed[1]
    by_code = triggers.by_code
    return by_code.get(code) or by_code.get(code[:3]) or event_predicate(code)


def verb_lines(rows: list[VerbRow], triggers: TriggerVocabulary) -> list[str]:
    """TSV lines of the verb table."""
    return [
        "\t".join(
            (
                *row.key,
                row.cameo,
                predicate_for(row.cameo, row, triggers),
                row.passive_cameo,
                predicate_for(row.passive_cameo, row, triggers),
            )
        )
        for row in rows
    ]


def actor_lines(rows: list[ActorRow]) -> list[str]:
    """TSV lines of the actor table: sorted, one per distinct (name, period)."""
    unique = sorted({(r.name, r.start, r.end, r.country, r.role) for r in rows})
    return [
        f"{name}\t{country}\t{role}\t{start}\t{end}" for name, start, end, country, role in unique
    ]


def agent_lines(rows: list[AgentRow]) -> list[str]:
    """TSV lines of the agent table."""
    missing = sorted({row.code[:3] for row in rows} - set(GROUP_TYPES))
    if missing:
        raise SystemExit(f"no group type for agent codes {missing}: add them to GROUP_TYPES")
    return [
        f"{row.noun}\t{row.code}\t{GROUP_TYPES[row.code[:3]]}\t{'yes' if row.organisation else ''}"
        for row in rows
    ]


def write_table(path: Path, header: str, columns: str, lines: list[str]) -> None:
    """Write one table atomically and print its size."""
    write_text_atomic(path, CREDIT + header + columns + "\n" + "\n".join(lines) + "\n")
    print(f"wrote {len(lines)} rows to {path} ({path.stat().st_size:,} bytes)")


def build_verbs(source: Path, out: Path) -> None:
    """Parse the verb dictionary, write the verb table, print what was kept and dropped."""
    report = VerbReport()
    raw = read_verb_rows(read_lines(source / "CAMEO.2.0.txt"), spacy_lemmatiser(), report)
    rows = resolve_collisions(raw, report)
    triggers = read_trigger_vocabulary(TRIGGERS)
    header = (
        "# lemma: a verb lemma; particle, object (head noun lemma of the direct object), prep,\n"
        '# prep_object (head noun lemma of its object): what the verb needs around it, "" for\n'
        "# anything. cameo/predicate: the active verb's code; passive_cameo/passive_predicate:\n"
        "# the passive's. No code at all: the dictionary says the phrase is no event.\n"
    )
    columns = "\t".join(
        [
            *("lemma", "particle", "object", "prep", "prep_object"),
            *("cameo", "predicate", "passive_cameo", "passive_predicate"),
        ]
    )
    write_table(out / "cameo_verbs.tsv", header, columns, verb_lines(rows, triggers))
    print(
        f"  {report.blocks} verb blocks, {report.verbs} verbs; patterns: {report.patterns}, "
        f"kept {report.kept_patterns}, dropped {report.patterns - report.kept_patterns}; "
        f"{report.collisions} keys given two codes (one kept)"
    )
    for reason, count in report.dropped.most_common():
        print(f"  dropped {count}: {reason}")
    coded = {row.lemma for row in rows if row.cameo or row.passive_cameo}
    new = coded - triggers.lemmas
    print(f"  {len(coded)} lemmas with a code, {len(new)} of them not in triggers.tsv")


def build_actors(source: Path, out: Path) -> None:
    """Parse the actor dictionaries, write the actor table, print what was dropped."""
    import pycountry

    iso3 = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    iso3.update(
        {c.alpha_3: c.alpha_2 for c in pycountry.historic_countries if c.alpha_3 not in iso3}
    )
    report = ActorReport()
    rows: list[ActorRow] = []
    for name in ACTOR_FILES:
        rows.extend(read_actor_rows(read_lines(source / name), iso3, normalise_name, report))
    header = (
        "# name: as extract.vocabulary.known_actors.normalise_name writes it. country: ISO\n"
        '# 3166-1 alpha-2 (pycountry), "" for an international organisation. role: CAMEO role\n'
        '# code (GOV, MIL, ELI, ...; IGOUNO, MNC...). start, end: ISO dates, "" where open;\n'
        "# a row with neither holds when none of the name's dated rows does.\n"
    )
    write_table(
        out / "known_actors.tsv", header, "name\tcountry\trole\tstart\tend", actor_lines(rows)
    )
    print(f"  {report.records} records, {report.names} names kept")
    for reason, count in report.dropped.most_common():
        print(f"  dropped {count}: {reason}")


def _is_word(word: str) -> bool:
    """An English word, a month or weekday, or a given name: no group's name alone."""
    dates = WORDS.month_numbers.keys() | WORDS.weekday_numbers.keys()
    return is_common_word(word) or word in dates or given_name_gender(word) is not None


def build_armed_groups(source: Path, out: Path) -> None:
    """Write the names of armed non-state groups, one a line, sorted."""
    names: set[str] = set()
    for file_name in ACTOR_FILES:
        whole_file = file_name == MILITANT_FILE
        lines = read_lines(source / file_name)
        names.update(armed_group_names(lines, whole_file, normalise_name, _is_word))
    header = (
        "# Names of armed non-state groups (militant groups, rebels), as\n"
        "# extract.vocabulary.known_actors.normalise_name writes them: a capitalised run of\n"
        "# words that is one of them names an organisation (extract.mentions.armed_groups).\n"
    )
    path = out / "armed_groups.txt"
    write_text_atomic(path, CREDIT + header + "\n".join(sorted(names)) + "\n")
    print(f"wrote {len(names)} names to {path}")


def build_agents(source: Path, out: Path) -> None:
    """Parse the agent dictionary and write the agent table."""
    report = ActorReport()
    rows = read_agent_rows(read_lines(source / "Phoenix.agents.txt"), report)
    header = (
        "# noun: a generic agent, singular and plural. code: CAMEO role code. group_type: the\n"
        '# first three letters in plain English. organisation: "yes" when the noun names an\n'
        '# organisation of that kind (PETRARCH\'s "[IGO~]") rather than a sector of a country.\n'
    )
    write_table(
        out / "agents.tsv", header, "noun\tcode\tgroup_type\torganisation", agent_lines(rows)
    )
    for reason, count in report.dropped.most_common():
        print(f"  dropped {count}: {reason}")


def main() -> None:
    """Write the three tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    missing = [n for n in ("CAMEO.2.0.txt", "Phoenix.agents.txt", *ACTOR_FILES)
               if not (args.source / n).is_file()]  # fmt: skip
    if missing:
        raise SystemExit(f"{args.source}: missing {', '.join(missing)}")
    build_verbs(args.source, args.out)
    build_actors(args.source, args.out)
    build_armed_groups(args.source, args.out)
    build_agents(args.source, args.out)


if __name__ == "__main__":
    main()
