"""Derive the compact public gold of ``eval/public/`` from snapshots of GUM and the QA-SRL gold.

Usage::

    python scripts/build_public_gold.py --gum GUM_GIT_DIR --qasrl QASRL_GIT_DIR [--out eval/public]

Both sources are read from bare git directories (a clone or a mirror snapshot) at ``HEAD``:

* GUM (amir-zeldes/gum, annotations CC BY 4.0, Wikinews texts CC BY 2.5): the ``dep/GUM_news_*``
  CoNLL-U files, which carry the text, the syntax and the entity layer (type and coreference
  group per mention). Written: ``gum_news.jsonl``, one document a line, with its text and the
  mentions of people, organisations, places, events, abstractions and objects (character
  offsets, head offsets, gold type, chain id, whether the head is a proper noun).
* QA-SRL gold standard (plroit/qasrl-gs, MIT): ``data/gold/wikinews.{dev,test}.gold.csv`` with
  the sentences of ``data/sentences/``. Written: ``qasrl_wikinews.jsonl``, one sentence a line,
  with each predicate's agent spans (who did it), patient spans (to what or whom) and, where its
  questions agree, how the sentence states the act (``modality``, read from the questions'
  auxiliaries and negation: see ``question_modality``).

``sources.json`` records the commit of each snapshot. Re-running on the same snapshots writes
the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from graph.export.atomic import atomic_write  # noqa: E402

KEPT_TYPES = ("person", "organization", "place")
# Also kept, to measure Event and Agreement nodes: GUM types an occasion, an act or a measure
# "event" ("the summit", "the shooting", "sanctions"), and a treaty, plan or law "abstract" (or
# "object" for a document); the figures of the three types above are read from those alone.
NOMINAL_TYPES = ("event", "abstract", "object")
# One bracket of GUM's Entity field: "(12-person-...-identity" opens (")" right after closes it
# on the same token), "12)" closes the latest open mention of group 12.
_BRACKET = re.compile(r"\((?P<open>[^()]+)(?P<single>\))?|(?P<close>\d+)\)")
# Tokens written without a space before them, and after them, when the QA-SRL sentences (given
# tokenised) are turned back into running text.
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "'", "''", "'re"}
_NO_SPACE_AFTER = {"(", "[", "$", "``"}
_QUOTES = {"``": '"', "''": '"'}


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True, text=True
    ).stdout


def _mentions_of(entity_fields: list[str]) -> list[tuple[int, int, str, str]]:
    """(first token, last token, type, group) of every mention, from each token's Entity field."""
    open_mentions: list[tuple[str, str, int]] = []
    found: list[tuple[int, int, str, str]] = []
    for index, field in enumerate(entity_fields):
        for match in _BRACKET.finditer(field):
            if match["open"]:
                group, etype = match["open"].split("-")[:2]
                if match["single"]:
                    found.append((index, index, etype, group))
                else:
                    open_mentions.append((group, etype, index))
            else:
                position = max(i for i, m in enumerate(open_mentions) if m[0] == match["close"])
                group, etype, start = open_mentions.pop(position)
                found.append((start, index, etype, group))
    if open_mentions:
        raise ValueError(f"unclosed mentions {open_mentions}")
    return found


def _head(rows: list[list[str]], first: int, last: int) -> int:
    """The span's syntactic head: its first token whose head lies outside the span."""
    sentence_start = first - (int(rows[first][0]) - 1)
    for index in range(first, last + 1):
        head = int(rows[index][6])
        if head == 0 or not first <= sentence_start + head - 1 <= last:
            return index
    return first


def _gum_document(name: str, conllu: str) -> dict[str, Any]:
    """One GUM document: text, title, date and the kept mentions with offsets into the text."""
    meta: dict[str, str] = {}
    rows: list[list[str]] = []
    offsets: list[tuple[int, int]] = []
    text = ""
    pending = ""
    for line in conllu.splitlines():
        if line.startswith("# meta::"):
            key, _, value = line[len("# meta::") :].partition(" = ")
            meta[key] = value
        elif line.startswith("# newpar") and not line.startswith("# newpar_"):
            pending = "\n\n" if text else ""
        elif line and not line.startswith("#"):
            cells = line.split("\t")
            if not cells[0].isdigit():  # multi-word token ranges and empty nodes
                continue
            if cells[0] == "1" and text and not pending:
                pending = " "
            text += pending
            offsets.append((len(text), len(text) + len(cells[1])))
            text += cells[1]
            pending = "" if "SpaceAfter=No" in cells[9] else " "
            rows.append(cells)
    entity_fields = [
        next((p[len("Entity=") :] for p in r[9].split("|") if p.startswith("Entity=")), "")
        for r in rows
    ]
    spans = sorted(_mentions_of(entity_fields))
    heads = [_head(rows, first, last) for first, last, _, _ in spans]
    mentions = []
    for (first, last, etype, group), head in zip(spans, heads, strict=True):
        if etype not in KEPT_TYPES + NOMINAL_TYPES:
            continue
        # The heads of the mentions of any type around this one: a system's mention that holds
        # one of them found that larger mention, not this one.
        outer = sorted(
            {
                offsets[other_head]
                for (other_first, other_last, _, _), other_head in zip(spans, heads, strict=True)
                if other_first <= first
                and last <= other_last
                and other_last - other_first > last - first
            }
        )
        mentions.append(
            {
                "start": offsets[first][0],
                "end": offsets[last][1],
                "text": text[offsets[first][0] : offsets[last][1]],
                "head_start": offsets[head][0],
                "head_end": offsets[head][1],
                "outer_heads": outer,
                "type": etype,
                "chain": group,
                "named": rows[head][3] == "PROPN",
            }
        )
    return {
        "id": name,
        "title": meta.get("title", ""),
        "date": meta.get("dateCreated"),
        "url": meta.get("sourceURL"),
        "text": text,
        "mentions": mentions,
    }


def build_gum(git_dir: Path) -> list[dict[str, Any]]:
    """Every GUM news document of the snapshot, in name order."""
    names = sorted(
        path
        for path in _git(git_dir, "ls-tree", "-r", "HEAD", "--name-only", "dep/").splitlines()
        if re.fullmatch(r"dep/GUM_news_\w+\.conllu", path)
    )
    documents = []
    for path in names:
        try:
            documents.append(_gum_document(Path(path).stem, _git(git_dir, "show", f"HEAD:{path}")))
        except (ValueError, IndexError) as error:
            raise ValueError(f"{path}: {error}") from error
    return documents


def _detokenise(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Running text from tokens, and each token's character span in it."""
    text = ""
    spans = []
    glue = True
    for written in tokens:
        token = _QUOTES.get(written, written)
        if text and not glue and written not in _NO_SPACE_BEFORE:
            text += " "
        spans.append((len(text), len(text) + len(token)))
        text += token
        glue = written in _NO_SPACE_AFTER
    return text, spans


def question_role(row: dict[str, str]) -> str | None:
    """``agent``, ``patient`` or None for one QA-SRL question, read from its template slots
    (wh aux subj verb obj prep obj2; the wh-word fills the one of subj, obj, obj2 left empty).

    The agent is who does the act: the subject of an active question ("Who led something?") or
    the by-phrase of a passive one. The patient is what or whom it is done to: the subject of a
    passive question ("Who was helped?"), or an object of an active one, direct ("What did
    someone lead?", "Who did someone tell something?") or after a preposition ("Who did someone
    give something to?", "What did someone call for?").

    >>> question_role({"wh": "who", "subj": "", "obj": "something", "prep": "", "obj2": "",
    ...                "is_passive": "False"})
    'agent'
    """
    if row["wh"] not in ("who", "what"):
        return None
    single_preposition = bool(row["prep"]) and " " not in row["prep"]
    if row["is_passive"] == "True":
        if not row["subj"]:
            return "patient"
        if single_preposition and not row["obj2"]:
            return "agent" if row["prep"] == "by" else "patient"
        return None
    if not row["subj"]:
        return "agent"
    if not row["obj"] and " " not in row["prep"]:
        return "patient"
    return "patient" if single_preposition and not row["obj2"] else None


# QA-SRL writes each question from a template whose auxiliary follows how the sentence states
# the act ("Who will meet someone?" for "is to meet"); the class each auxiliary stands for.
# "can" (ability or permission) stands for none of them: a predicate asked with it gets none.
_AUXILIARY_MODALITY = {
    "will": "planned",
    "might": "conditional",
    "would": "conditional",
    "should": "wished",
    "can": None,
}


def question_modality(row: dict[str, str]) -> str | None:
    """How one QA-SRL question states its predicate's act: ``negated`` ("Who didn't sign
    something?", "Who won't meet someone?"), ``planned`` ("will"), ``conditional`` ("might",
    "would"), ``wished`` ("should": wanted or demanded, not done), ``asserted`` (no auxiliary,
    or a form of do, be or have), or None ("can": ability, none of these).

    >>> question_modality({"aux": "will", "is_negated": "False"})
    'planned'
    >>> question_modality({"aux": "hasn't", "is_negated": "True"})
    'negated'
    >>> question_modality({"aux": "did", "is_negated": "False"})
    'asserted'
    """
    if row["is_negated"] == "True":
        return "negated"
    return _AUXILIARY_MODALITY.get(row["aux"], "asserted")


def build_qasrl(git_dir: Path) -> list[dict[str, Any]]:
    """Every Wikinews sentence of the QA-SRL gold (dev and test), with its predicates' roles."""
    sentences: list[dict[str, Any]] = []
    for part in ("dev", "test"):
        tokens_of = {
            row["qasrl_id"]: row["tokens"].split(" ")
            for row in csv.DictReader(
                io.StringIO(_git(git_dir, "show", f"HEAD:data/sentences/wikinews.{part}.full.csv"))
            )
        }
        roles: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
        gold = _git(git_dir, "show", f"HEAD:data/gold/wikinews.{part}.gold.csv")
        for row in csv.DictReader(io.StringIO(gold)):
            role = question_role(row)
            predicate = roles[row["qasrl_id"]].setdefault(
                int(row["verb_idx"]),
                {"verb": row["verb"], "agent": [], "patient": [], "modalities": set()},
            )
            predicate["modalities"].add(question_modality(row))
            if role:
                for answer in row["answer_range"].split("~!~"):
                    start, end = (int(n) for n in answer.split(":"))
                    predicate[role].append((start, end))
        for sentence_id in sorted(roles):
            text, spans = _detokenise(tokens_of[sentence_id])
            predicates = []
            for index, predicate in sorted(roles[sentence_id].items()):
                entry: dict[str, Any] = {
                    "verb": predicate["verb"],
                    "start": spans[index][0],
                    "end": spans[index][1],
                }
                for role in ("agent", "patient"):
                    entry[role] = sorted(
                        {(spans[a][0], spans[b - 1][1]) for a, b in predicate[role]}
                    )
                # Kept only when every question states the act one way: "Who signed?" beside
                # "Who might sign?" says the annotators read it differently.
                modalities = predicate["modalities"]
                if len(modalities) == 1 and None not in modalities:
                    entry["modality"] = next(iter(modalities))
                predicates.append(entry)
            sentences.append(
                {"id": sentence_id, "part": part, "text": text, "predicates": predicates}
            )
    return sentences


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    with atomic_write(path) as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Write the derived gold; 0 on success, 2 when a snapshot cannot be read."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gum", type=Path, required=True, help="git dir of amir-zeldes/gum")
    parser.add_argument("--qasrl", type=Path, required=True, help="git dir of plroit/qasrl-gs")
    parser.add_argument("--out", type=Path, default=ROOT / "eval" / "public")
    args = parser.parse_args(argv)
    try:
        gum = build_gum(args.gum)
        qasrl = build_qasrl(args.qasrl)
        commits = {
            "gum": {
                "repository": "https://github.com/amir-zeldes/gum",
                "commit": _git(args.gum, "rev-parse", "HEAD").strip(),
            },
            "qasrl-gs": {
                "repository": "https://github.com/plroit/qasrl-gs",
                "commit": _git(args.qasrl, "rev-parse", "HEAD").strip(),
            },
        }
    except (subprocess.CalledProcessError, ValueError, KeyError) as error:
        print(f"build_public_gold: error: {error}".splitlines()[0], file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    _write_jsonl(args.out / "gum_news.jsonl", gum)
    _write_jsonl(args.out / "qasrl_wikinews.jsonl", qasrl)
    with atomic_write(args.out / "sources.json") as handle:
        handle.write(json.dumps(commits, indent=2, sort_keys=True) + "\n")
    mentions = sum(len(d["mentions"]) for d in gum)
    predicates = sum(len(s["predicates"]) for s in qasrl)
    print(f"GUM news: {len(gum)} documents, {mentions} mentions (people ... events, objects)")
    stated = sum("modality" in p for s in qasrl for p in s["predicates"])
    print(
        f"QA-SRL Wikinews: {len(qasrl)} sentences, {predicates} predicates "
        f"({stated} with one question-derived modality)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
