"""Read PETRARCH2's CAMEO verb dictionary into rows a dependency matcher can use.

Used by scripts/build_petrarch_tables.py. The dictionary (``CAMEO.2.0.txt``, format in
``dictionaries.rst`` beside it) has noun synsets (``&WEAPON``: gun, missile, ...) and then verb
blocks: a header ``--- NAME [code] ---``, the verbs of the block (each may carry its own code),
and patterns ``- PRE * POST [code] # VERB`` that give the code when the verb has that object,
particle or prepositional phrase.

A pattern becomes one key: verb lemma, particle ("set *up*"), object head noun ("impose
*sanctions*"), preposition ("call *for*") and the head noun of its object ("appeal for
*ceasefire*"). What that key cannot say is dropped and counted by reason: nouns before the
verb (the subject: ``&MILITARY * EXERCISES``), two objects or two prepositional phrases,
coordinations inside a phrase, words that are not nouns where a noun must be. Modifiers in
braces are dropped to the head (``{FINANCIAL AID}`` → aid); where that makes two patterns
one key, the one without dropped modifiers wins, then the later line (as in PETRARCH, whose
pattern tree keeps the last). A pattern applies to the verb its comment names when that verb
is in the block, else to every verb of the block (PETRARCH applies it to the whole block).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

# Words that follow a verb as its particle rather than as an object noun.
PARTICLES = frozenset(
    {"up", "down", "out", "off", "away", "back", "forward", "aside", "together", "ahead", "apart"}
)
# Bare words of a pattern that name a preposition with its object following ("* ON &SOLUTION").
BARE_PREPOSITIONS = frozenset(
    {"on", "in", "to", "for", "with", "about", "against", "over", "into", "from", "of", "at"}
)
# TABARI's markers of the source and target actors' places: PETRARCH reads the parse instead.
_MARKERS = frozenset({"$", "+", "%", "^"})
_OTHER_PREPOSITIONS = frozenset({"by", "upon", "onto", "under", "through", "around", "between"})
_CODE = re.compile(r"^\[(?P<active>\d{2,4}|---)?(?::(?P<passive>\d{2,4}|---))?\]$")
_BLOCK = re.compile(r"^---\s+(?P<name>\S+)\s+\[(?P<code>[^\]]*)\]")
_NOUN = re.compile(r"^[a-z][a-z0-9'/.-]*$")

Lemmatise = Callable[[str, str], str]  # (word, "NOUN" or "VERB") -> lemma


class VerbRow(NamedTuple):
    """One key of the derived verb table and the CAMEO codes it gives."""

    lemma: str
    particle: str = ""
    object: str = ""
    prep: str = ""
    prep_object: str = ""
    cameo: str = ""  # "" where the dictionary says the phrase is no event ([---])
    passive_cameo: str = ""  # the code when the verb is passive ([042:043])

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        """What a matcher looks up."""
        return (self.lemma, self.particle, self.object, self.prep, self.prep_object)


@dataclass
class VerbReport:
    """Counts printed by the build script."""

    blocks: int = 0
    verbs: int = 0
    patterns: int = 0
    kept_patterns: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    collisions: int = 0


class DroppedPattern(ValueError):
    """A pattern the key cannot represent; the message is the reason."""


def parse_code(text: str) -> tuple[str, str]:
    """Active and passive CAMEO code of ``[042:043]``; "" for none or the null code ``---``.

    >>> parse_code("[042:043]"), parse_code("[:173]"), parse_code("[---]"), parse_code("[0311]")
    (('042', '043'), ('', '173'), ('', ''), ('0311', ''))
    """
    match = _CODE.match(text.strip())
    if not match:
        raise DroppedPattern("malformed code")
    active, passive = match.group("active") or "", match.group("passive") or ""
    return ("" if active == "---" else active, "" if passive == "---" else passive)


def read_synsets(lines: Iterable[str]) -> dict[str, list[list[str]]]:
    """``&NAME`` → its members, each a list of lower-case words (``ARMED_FORCES``)."""
    synsets: dict[str, list[list[str]]] = {}
    current = ""
    for raw in lines:
        line = raw.split("#")[0].strip()
        if raw.startswith("####### VERB PATTERNS"):
            break
        if line.startswith("&"):
            current = line.rstrip("_")
            synsets[current] = []
        elif line.startswith("+") and current:
            words = line[1:].strip("_").lower().replace("_", " ").split()
            if words:
                synsets[current].append(words)
    return synsets


def _noun_heads(token: str, synsets: dict[str, list[list[str]]]) -> list[str]:
    """The head nouns a pattern token stands for: itself, or the heads of a synset's members."""
    token = token.strip("{}()").rstrip("_")
    if token.startswith("&"):
        if token not in synsets:
            raise DroppedPattern("undefined synset")
        return sorted({member[-1] for member in synsets[token]})
    return [token.lower()]


def _segments(post: str) -> list[tuple[str, list[str]]]:
    """Split the part after ``*`` into bare words, ``{...}`` phrases and ``(...)`` phrases."""
    items: list[tuple[str, list[str]]] = []
    for match in re.finditer(r"\([^)]*\)|\{[^}]*\}|\S+", post):
        text = match.group(0)
        if text in _MARKERS:
            continue
        if text.startswith("("):
            items.append(("pp", text[1:-1].split()))
        elif text.startswith("{"):
            items.append(("phrase", text[1:-1].split()))
        else:
            items.append(("word", [text]))
    return items


def _phrase_head(words: list[str]) -> tuple[str, bool]:
    """Head token of a noun phrase and whether modifiers were dropped; no coordinations."""
    words = [w for w in words if w not in _MARKERS]
    if not words:
        raise DroppedPattern("empty phrase")
    if any(w.upper() in ("AND", "OR") for w in words):
        raise DroppedPattern("coordination in a phrase")
    return words[-1], len(words) > 1


def _pp(words: list[str]) -> tuple[str, str, bool]:
    """Preposition, head token of its object ("" for none), and whether modifiers dropped."""
    prep, rest = words[0].lower(), [w for w in words[1:] if w not in _MARKERS]
    if not rest:
        return prep, "", False
    joined = " ".join(rest)
    if joined.startswith("{") and joined.endswith("}"):
        head, simplified = _phrase_head(joined[1:-1].split())
        return prep, head, simplified
    if len(rest) > 1:
        raise DroppedPattern("two nouns in a prepositional phrase")
    return prep, rest[0], False


class _Shape(NamedTuple):
    """A pattern reduced to the key's slots, noun slots still as dictionary tokens."""

    particle: str = ""
    object: str = ""
    prep: str = ""
    prep_object: str = ""
    simplified: bool = False


def pattern_shape(post: str) -> _Shape:
    """Reduce the text after ``*`` to particle, object, preposition and its object.

    >>> pattern_shape("SANCTIONS (ON)")
    _Shape(particle='', object='SANCTIONS', prep='on', prep_object='', simplified=False)
    >>> pattern_shape("OUT {NEW STRATEGY}").object, pattern_shape("(FOR {FINANCIAL AID})").prep
    ('STRATEGY', 'for')
    """
    items = _segments(post)
    particle = ""
    if items and items[0][0] == "word" and items[0][1][0].lower() in PARTICLES:
        particle = items.pop(0)[1][0].lower()
    if (
        len(items) == 2
        and items[0][0] == "word"
        and items[0][1][0].lower() in BARE_PREPOSITIONS
        and items[1][0] in ("word", "phrase")
    ):
        # "* ON &SOLUTION": a preposition written without its parentheses.
        items = [("pp", [items[0][1][0], *items[1][1]])]
    objects = [item for item in items if item[0] in ("word", "phrase")]
    phrases = [item for item in items if item[0] == "pp"]
    if len(objects) > 1:
        raise DroppedPattern("two objects or a verb after the verb")
    if len(phrases) > 1:
        raise DroppedPattern("two prepositional phrases")
    obj, simplified = "", False
    if objects:
        obj, simplified = _phrase_head(objects[0][1])
    prep, prep_object, pp_simplified = _pp(phrases[0][1]) if phrases else ("", "", False)
    if not (particle or obj or prep):
        raise DroppedPattern("nothing after the verb")
    return _Shape(particle, obj, prep, prep_object, simplified or pp_simplified)


@dataclass
class _Block:
    name: str
    code: str
    verbs: dict[str, VerbRow] = field(default_factory=dict)  # "ASK_FOR" -> ask + prep for


def _verb_entry(
    line: str, lemmatise: Lemmatise, verb_words: frozenset[str]
) -> tuple[str, VerbRow, str] | None:
    """(dictionary word, the verb's slots, code text) of a verb line; None for a front compound
    (``WIRE_+TAP``), which a lemma and a particle cannot say. The second word of a compound is
    a particle ("CORDON_OFF"), a preposition ("ASK_FOR") or an object noun ("TAKE_LEAVE").

    A few verbs are listed inflected ("ANGERED_BY", "KIDNAPPED"): the lemma replaces them only
    when the dictionary lists it as a verb too, so "NEED" and "SPEED" stay themselves."""
    text = re.sub(r"\{[^}]*\}", " ", line.split("#")[0]).strip()
    code = ""
    if text.endswith("]") and "[" in text:
        text, code = text[: text.rindex("[")].strip(), text[text.rindex("[") :]
    word = text.split()[0] if text.split() else ""
    if not word:
        return None
    if "+" in word and not word.startswith("+"):
        return None
    parts = word.lstrip("+").strip("_").lower().split("_")
    head = parts[0]
    lemma = lemmatise(head, "VERB")
    if lemma == head or lemma.upper() not in verb_words:
        lemma = head
    if len(parts) > 2:
        raise DroppedPattern("compound verb of three or more words")
    second = parts[1] if len(parts) == 2 else ""
    if second in PARTICLES:
        slots = VerbRow(lemma, particle=second)
    elif second in BARE_PREPOSITIONS or second in _OTHER_PREPOSITIONS:
        slots = VerbRow(lemma, prep=second)
    else:
        slots = VerbRow(lemma, object=lemmatise(second, "NOUN") if second else "")
    return "_".join(parts).upper(), slots, code


def read_verb_rows(
    lines: list[str], lemmatise: Lemmatise, report: VerbReport
) -> list[tuple[VerbRow, bool, int]]:
    """Rows of every verb and pattern, with whether modifiers were dropped and the line number
    (later lines win a collision)."""
    synsets = read_synsets(lines)
    verb_words = _verb_words(lines)
    rows: list[tuple[VerbRow, bool, int]] = []
    block: _Block | None = None
    started = False
    for number, raw in enumerate(lines, start=1):
        if raw.startswith("####### VERB PATTERNS"):
            started = True
            continue
        line = raw.rstrip("\n")
        if not started or not line.strip() or line.startswith(("#", "~", "<")):
            continue
        header = _BLOCK.match(line)
        if header:
            report.blocks += 1
            block = _Block(header.group("name"), f"[{header.group('code')}]")
        elif block is None:
            continue
        elif line.startswith("-"):
            report.patterns += 1
            try:
                rows.extend(_pattern_rows(line, block, synsets, lemmatise, number))
                report.kept_patterns += 1
            except DroppedPattern as reason:
                report.dropped[str(reason)] += 1
        else:
            try:
                entry = _verb_entry(line, lemmatise, verb_words)
            except DroppedPattern as reason:
                report.dropped[str(reason)] += 1
                continue
            rows.extend(_isolated_verb_rows(entry, block, number, report))
    return rows


def _verb_words(lines: list[str]) -> frozenset[str]:
    """The first word of every verb line of the blocks ("ANGER" of "ANGER", "ASK" of
    "+ASK_FOR")."""
    words = set()
    started = False
    for line in lines:
        started = started or line.startswith("####### VERB PATTERNS")
        if started and line.strip() and not line.startswith(("-", "~", "#", "<")):
            words.add(line.split()[0].lstrip("+").split("_")[0])
    return frozenset(words)


def _isolated_verb_rows(
    entry: tuple[str, VerbRow, str] | None, block: _Block, number: int, report: VerbReport
) -> list[tuple[VerbRow, bool, int]]:
    if entry is None:
        report.dropped["verb compounded before its head (WIRE_+TAP)"] += 1
        return []
    word, slots, code = entry
    report.verbs += 1
    block.verbs[word] = slots
    try:
        active, passive = parse_code(code or block.code)
    except DroppedPattern:
        report.dropped["malformed code"] += 1
        return []
    if not (active or passive):
        return []  # the isolated verb is no event; its patterns may be
    return [(slots._replace(cameo=active, passive_cameo=passive), False, number)]


def _pattern_rows(
    line: str,
    block: _Block,
    synsets: dict[str, list[list[str]]],
    lemmatise: Lemmatise,
    number: int,
) -> list[tuple[VerbRow, bool, int]]:
    body, _, comment = line[1:].partition("#")
    tokens = body.split()
    if not tokens or not tokens[-1].startswith("["):
        raise DroppedPattern("no code")
    active, passive = parse_code(tokens[-1])
    pre, star, post = " ".join(tokens[:-1]).partition("*")
    if not star:
        raise DroppedPattern("no verb position (*)")
    if pre.strip():
        raise DroppedPattern("nouns before the verb (its subject)")
    shape = pattern_shape(post)
    named = [block.verbs[w] for w in comment.upper().replace(",", " ").split() if w in block.verbs]
    # Unnamed: the block's one-word verbs ("PHONE" as well as "CALL"), not its phrasal ones.
    verbs = named or [verb for verb in block.verbs.values() if verb.key[1:] == ("",) * 4]
    objects = _noun_slot(shape.object, synsets, lemmatise)
    prep_objects = _noun_slot(shape.prep_object, synsets, lemmatise)
    rows = []
    for verb in sorted(set(verbs), key=lambda v: v.key):
        for obj in objects:
            for prep_obj in prep_objects:
                merged = _merge(
                    verb, VerbRow(verb.lemma, shape.particle, obj, shape.prep, prep_obj)
                )
                if merged is not None:
                    row = merged._replace(cameo=active, passive_cameo=passive)
                    rows.append((row, shape.simplified, number))
    return rows


def _merge(verb: VerbRow, pattern: VerbRow) -> VerbRow | None:
    """A phrasal verb's slots filled in by a pattern's; None when both fill one slot
    ("+ASK_FOR" with "* (FOR AID)" is meant for "ASK")."""
    slots = []
    for own, added in zip(verb.key[1:], pattern.key[1:], strict=True):
        if own and added:
            return None
        slots.append(own or added)
    return VerbRow(verb.lemma, *slots)


def _noun_slot(token: str, synsets: dict[str, list[list[str]]], lemmatise: Lemmatise) -> list[str]:
    """The lemmas a noun slot stands for ([""] for an empty slot)."""
    if not token:
        return [""]
    lemmas = {lemmatise(head, "NOUN") for head in _noun_heads(token, synsets)}
    lemmas = {lemma for lemma in lemmas if _NOUN.match(lemma)}
    if not lemmas:
        raise DroppedPattern("not a noun where a noun must be")
    return sorted(lemmas)


def resolve_collisions(rows: list[tuple[VerbRow, bool, int]], report: VerbReport) -> list[VerbRow]:
    """One row per key: a pattern without dropped modifiers beats a simplified one, then the
    later line wins; sorted."""
    best: dict[tuple[str, ...], tuple[bool, int, VerbRow]] = {}
    for row, simplified, number in rows:
        rank = (not simplified, number, row)
        held = best.get(row.key)
        if held is None:
            best[row.key] = rank
            continue
        if (held[2].cameo, held[2].passive_cameo) != (row.cameo, row.passive_cameo):
            report.collisions += 1
        if rank[:2] > held[:2]:
            best[row.key] = rank
    return sorted((entry[2] for entry in best.values()), key=lambda row: row.key)
