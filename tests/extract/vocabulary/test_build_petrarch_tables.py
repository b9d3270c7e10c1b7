"""scripts/build_petrarch_tables.py: how it reads each dictionary format, and that the shipped
tables are exactly what it writes from the dictionaries in ../shared."""

from __future__ import annotations

from pathlib import Path

import petrarch_actors
import petrarch_verbs
import pytest

from extract.vocabulary.known_actors import normalise_name

REPO = Path(__file__).resolve().parents[3]
SOURCE = REPO.parent / "shared" / "data" / "third_party" / "petrarch2"
ISO3 = {"CAN": "CA", "USA": "US", "RUS": "RU"}

VERBS = """\
&CEASEFIRE
+TRUCE
+CEASE_FIRE

####### VERB PATTERNS #######

---  APPEAL   [020]  ---
APPEAL
+CALL_FOR [020]
PLEAD
WIRE_+TAP
- * (FOR &CEASEFIRE)                                  [0256]        # APPEAL
- * COURT                                             [---]         # APPEAL
- &MILITARY * EXERCISES                              [062:062]     # APPEAL
- * (TO PRESS) (FOR OUSTER)                           [1041]        # APPEAL
- * {FINANCIAL AID}                                   [0231]        # PLEAD
- * AID                                               [023]         # PLEAD
- * {HUMANITARIAN AID}                                [0233]        # PLEAD
- * (BEFORE COURT)                                    [:173]        # PLEAD
"""


def _lemma(word: str, pos: str) -> str:
    # The real script uses the spaCy model; plain plurals are enough for these lines.
    return word[:-1] if pos == "NOUN" and word.endswith("s") else word


def test_verb_patterns_become_keys_and_what_cannot_be_said_is_counted() -> None:
    report = petrarch_verbs.VerbReport()
    rows = petrarch_verbs.read_verb_rows(VERBS.splitlines(), _lemma, report)
    table = {row.key: row for row in petrarch_verbs.resolve_collisions(rows, report)}
    assert table[("appeal", "", "", "", "")].cameo == "020"
    assert table[("call", "", "", "for", "")].cameo == "020"  # +CALL_FOR: a preposition
    assert table[("appeal", "", "", "for", "truce")].cameo == "0256"  # synset expanded
    assert table[("appeal", "", "", "for", "fire")].cameo == "0256"  # head of CEASE_FIRE
    assert table[("appeal", "", "court", "", "")].cameo == ""  # [---]: no event
    assert table[("plead", "", "", "before", "court")][5:] == ("", "173")  # passive only
    # "{FINANCIAL AID}" and "AID" make one key; the pattern without dropped modifiers wins
    assert table[("plead", "", "aid", "", "")].cameo == "023"
    assert report.dropped == {
        "nouns before the verb (its subject)": 1,
        "two prepositional phrases": 1,
        "verb compounded before its head (WIRE_+TAP)": 1,
    }
    assert (report.patterns, report.kept_patterns) == (8, 6)


def test_pattern_shapes() -> None:
    shape = petrarch_verbs.pattern_shape
    assert shape("OUT {NEW STRATEGY}")[:2] == ("out", "STRATEGY")
    assert shape("ON &SOLUTION")[2:4] == ("on", "&SOLUTION")  # a bare preposition
    with pytest.raises(petrarch_verbs.DroppedPattern, match="two objects"):
        shape("NOT EXTEND DEADLINE")
    with pytest.raises(petrarch_verbs.DroppedPattern, match="coordination"):
        shape("(FOR {&FOOD AND &CURRENCY})")


ACTORS = """\
CANADA_  [CAN]
+CANADIAN_

BRIAN_MULRONEY_  # CountryInfo.txt
+PRIME_MINISTER_MULRONEY
\t[CANELI 570101-840917]
\t[CANGOV 840917-930625]
\t[CANELI]
KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]
ACME_CORP_\t[MNCUSA]
ODD_ONE_\t[CANGOV 930625-840917]
REGIONAL_BODY_\t[MEA]
"""


def test_actor_records_give_one_row_per_name_and_period() -> None:
    report = petrarch_actors.ActorReport()
    rows = petrarch_actors.read_actor_rows(ACTORS.splitlines(), ISO3, normalise_name, report)
    found = {(r.name, r.country, r.role, r.start, r.end) for r in rows}
    assert ("canadian", "CA", "", "", "") in found
    assert ("prime minister mulroney", "CA", "GOV", "1984-09-17", "1993-06-25") in found
    assert ("brian mulroney", "CA", "ELI", "", "") in found
    assert ("kofi annan", "", "IGOUNO", "1997-01-01", "2006-12-31") in found
    assert ("acme corp", "US", "MNC", "", "") in found
    assert not any(r.name in ("odd one", "regional body") for r in rows)
    assert report.dropped["restriction with no country (bare role, region, ---)"] == 2
    assert report.dropped["restriction with a malformed date or ending before it starts"] == 1
    assert report.dropped["name without a usable restriction"] == 2


AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
POLICE {} [~COP] # no plural
REBEL [~REB]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
CONGRESS!PERSON! [~LEG]
TRUCE_MONITOR [IGO~]
SECRETARY [~GOV}
"""


def test_agent_lines_with_plurals_markers_and_organisations() -> None:
    report = petrarch_actors.ActorReport()
    rows = {row.noun: row for row in petrarch_actors.read_agent_rows(AGENTS.splitlines(), report)}
    assert set(rows) == {
        "police",
        "rebel",
        "rebels",
        "attorney general",
        "attorneys general",
        "congressman",
        "congressmen",
        "congresswoman",
        "truce monitor",
        "truce monitors",
    }
    assert rows["attorneys general"].code == "GOVATG"
    assert rows["truce monitor"].organisation and not rows["rebel"].organisation
    assert report.dropped["agent line with a malformed code"] == 1


ARMED = """\
HEZBOLLAH_ [LBNREB] #  kkl 21 Mar 13
+HIZBULLAH
+HASSAN_NASRALLAH

TIGERS_ [SWZREB] #  kkl 21 Mar 13

MAY_15_ [PSEREB] #  kkl 21 Mar 13

DULMATIN__ [IMGSEAMUSJMA] #  senior leader jma

IRISH_REPUBLICAN_ARMY_(IRA)_ [WEUREB] #  kkl 21 Mar 13
"""


def test_armed_groups_keep_group_names_and_leave_out_leaders_words_and_dates() -> None:
    names = petrarch_actors.armed_group_names(
        ARMED.splitlines(), True, normalise_name, lambda word: word == "tigers"
    )
    # Nasrallah is listed in his group's record, Dulmatin heads a militant's record of his
    # own; "Tigers" is an English word, "May 15" a date.
    assert names == ["hezbollah", "irish republican army"]


@pytest.mark.skipif(not SOURCE.is_dir(), reason=f"{SOURCE} absent (../shared)")
def test_the_shipped_tables_are_what_the_script_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import build_petrarch_tables

    build_petrarch_tables.build_verbs(SOURCE, tmp_path)
    build_petrarch_tables.build_actors(SOURCE, tmp_path)
    build_petrarch_tables.build_agents(SOURCE, tmp_path)
    build_petrarch_tables.build_armed_groups(SOURCE, tmp_path)
    for name in ("cameo_verbs.tsv", "known_actors.tsv", "agents.tsv", "armed_groups.txt"):
        shipped = (REPO / "extract" / "data" / name).read_bytes()
        assert (tmp_path / name).read_bytes() == shipped, f"{name}: rerun the script"
    assert "lemmas with a code" in capsys.readouterr().out
