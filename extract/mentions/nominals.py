"""Agreements, events and interference acts named by common nouns.

"a joint cybersecurity group", "a working group on cyber security", "the G20 summit",
"the 2016 presidential election", "the agreement between Peru and Chile", "meddled in the
election". A bare head ("the meeting", "the new agreement") names nothing by itself and is left
to the anaphor rules of ``extract.relations.arguments``, except for the occasions of
``occasion_heads`` (``data/words/agreements_and_events.txt``: "hosted the talks", "the signing
ceremony"): those are events of the article and get an article-scoped key, and so does any
event head with a date possessor ("Tuesday's meeting": an occasion of the article's week, which
coreference ties to the occasion stated for that day, see ``extract.coref.within_article``).
What makes a phrase specific is documented on each helper below.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.doc_words import doc_words
from extract.labels import (
    AREA_LABELS,
    COUNTRY_LABELS,
    NAMING_MODIFIER_LABELS,
    TIME_LABELS,
    label_ids,
)
from extract.mentions.bracketed_aliases import without_bracketed_alias
from extract.mentions.detached_names import name_before_head
from extract.mentions.mention import ActorMention
from extract.mentions.no_node_nouns import is_briefing, is_debt_paper
from extract.mentions.quantity_idioms import is_quantity_idiom
from extract.types import EntityType
from extract.vocabulary.countries import match_country
from extract.vocabulary.word_lists import WORDS

# Longest complement that is still part of a name: "on the unrest in Iran" (5 words).
_MAX_COMPLEMENT = 5

# Heads too general to name an agreement without a description ("the deal", "a declaration").
_NEEDS_DESCRIPTION = (
    WORDS.generic_agreement_heads | WORDS.described_agreement_heads | WORDS.proposal_heads
)
# What a resolution, proposal or bill is on is its name, and takes more words: "a resolution
# on a common currency exchange rate system" (7 words).
_MAX_PROPOSAL_COMPLEMENT = 8

# Nouns name agreements and events; a verb may name an act of interference ("meddled").
_NOMINAL_POS_IDS = label_ids(frozenset({"NOUN", "PROPN", "VERB"}))
# The lemmas and the written words any branch of ``find_nominal_mentions`` reads: a word with
# neither is passed over without the tests of each branch.
_HEAD_LEMMAS = (
    WORDS.agreement_heads
    | WORDS.interference_words
    | WORDS.joint_body_heads
    | WORDS.proposal_heads
    | WORDS.bill_heads
    | WORDS.event_heads
)
_HEAD_WORDS = WORDS.proposal_heads | WORDS.bill_heads | WORDS.event_heads


def find_nominal_mentions(doc: Doc) -> list[ActorMention]:
    """Agreements, events and interference acts named by common nouns."""
    found = []
    words = doc_words(doc)
    lowers = words.lowers
    lemmas = words.lemma_lowers
    for i in words.pos_positions(_NOMINAL_POS_IDS):
        lemma = lemmas[i]
        if lemma not in _HEAD_LEMMAS and lowers[i] not in _HEAD_WORDS:
            continue
        token = doc[i]
        if is_quantity_idiom(token):
            continue  # "a great deal": an amount
        # "a ceasefire plan", "the peace deal": the outer noun heads the agreement's name.
        outer = _outer_agreement_noun(token) if lemma in WORDS.agreement_heads else None
        if lemma in WORDS.interference_words:
            mention = _interference_mention(token)
        elif token.pos_ == "VERB":
            continue
        elif outer is not None:
            mention = _nominal_phrase(outer, EntityType.AGREEMENT)
        elif lemma in WORDS.agreement_heads or _is_joint_body(token):
            mention = _nominal_phrase(token, EntityType.AGREEMENT)
        elif lemma in WORDS.proposal_heads or token.lower_ in WORDS.proposal_heads:
            if _proposes_a_nominal(token):
                continue  # "a proposal for a tax" is the tax (extract.relations.proposals)
            mention = _nominal_phrase(token, EntityType.AGREEMENT)
        elif lemma in WORDS.bill_heads or token.lower_ in WORDS.bill_heads:
            if is_debt_paper(token):
                continue  # "90-day bank bills": a debt paper, no law
            mention = _nominal_phrase(token, EntityType.EVENT)
        elif lemma in WORDS.event_heads or token.lower_ in WORDS.event_heads:
            if is_briefing(token):
                continue  # "a news conference": where something was said, no event of the sides
            mention = _nominal_phrase(token, EntityType.EVENT)
        else:
            continue
        if mention:
            found.append(mention)
    return found


def _proposes_a_nominal(token: Token) -> bool:
    """Whether a proposal's "for" phrase or "to" clause puts forward an agreement or event noun
    ("a proposal for an oils and fats tax", "the proposal to impose a tax"): then the proposal
    names that thing, not a node of its own.

    >>> import spacy
    >>> _proposes_a_nominal(spacy.blank("en")("proposal")[0])
    False
    """
    heads = WORDS.agreement_heads | WORDS.joint_body_heads | WORDS.event_heads | WORDS.bill_heads
    things = [
        p
        for child in token.rights
        if (child.dep_ == "prep" and child.lower_ == "for")
        or (child.dep_ == "acl" and child.lemma_.lower() in WORDS.enacting_verbs)
        for p in child.children
        if p.dep_ in ("pobj", "dobj")
    ]
    return any(t.lemma_.lower() in heads or t.lower_ in heads for t in things)


def _outer_agreement_noun(token: Token) -> Token | None:
    """The noun an agreement head modifies when that noun is itself an agreement word."""
    head = token.head
    outer = head.lemma_.lower() in WORDS.agreement_heads | WORDS.agreement_anaphors
    if token.dep_ == "compound" and head.i > token.i and outer:
        return head
    return None


def _is_joint_body(token: Token) -> bool:
    if token.lemma_.lower() not in WORDS.joint_body_heads:
        return False
    # "a joint fisheries commission": the small model may hang "joint" on the middle noun.
    return any(t.lower_ in WORDS.joint_markers for child in token.lefts for t in child.subtree)


def _modifiers(token: Token) -> list[Token]:
    """Left modifiers that belong to a name: "joint cybersecurity", "2016 presidential".

    An event's proper-noun possessor names it too: "Catalonia's independence referendum" is the
    Catalonia independence referendum, "Mueller's investigation" the Mueller investigation.
    """
    is_event = token.lemma_.lower() in WORDS.event_heads or token.lower_ in WORDS.event_heads
    is_ruling = token.lemma_.lower() in WORDS.bill_heads
    keep: list[Token] = []
    for child in token.lefts:
        # "Sunday's vote" says when, not which: a date possessor is no name.
        dated = child.ent_type_ in TIME_LABELS
        if child.dep_ == "poss" and is_event and child.pos_ == "PROPN" and not dated:
            keep.extend(t for t in child.subtree if t.tag_ != "POS")
            continue
        if child.dep_ in ("det", "predet", "poss", "case") or child.pos_ == "PUNCT":
            continue
        # "a Monday court ruling": the day says when a ruling was given, not which one; an
        # occasion keeps it ("the Monday talks"), coreference reads the day from it.
        days = WORDS.weekday_numbers if is_ruling else {}
        # "an oils and fats tax": an article inside a modifier is no part of the name either.
        keep.extend(t for t in child.subtree if t.lower_ not in days and t.dep_ != "det")
    return keep


def _is_counted(token: Token) -> bool:
    """Whether a plural noun is counted by a number ("220 votes", "two summits"): a tally or a
    set of several events, no one event; a year ("the 2016 elections") is no count."""
    return token.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "nummod" and c.ent_type_ not in TIME_LABELS for c in token.lefts
    )


def _nominal_phrase(token: Token, entity_type: EntityType) -> ActorMention | None:
    # "the Group of Five meeting" (detached_names): its number names the group, counts nothing.
    detached = name_before_head(token) if entity_type is EntityType.EVENT else []
    if entity_type is EntityType.EVENT and _is_counted(token) and not detached:
        return None
    modifiers = _modifiers(token)
    modifiers += [t for t in detached if t not in modifiers]
    tokens = sorted([*modifiers, token], key=lambda t: t.i)
    tail = _short_complement(token, named_already=_names_itself(modifiers))
    tokens.extend(tail)
    # A bare "the meeting" names nothing; it becomes a node only when something specifies it.
    parties = _between_parties(token) if entity_type is EntityType.AGREEMENT else []
    tokens.extend(parties)
    specific = bool(tail) or bool(parties) or _names_itself(modifiers)
    occasion = token.lemma_.lower() in WORDS.occasion_heads or token.lower_ in WORDS.occasion_heads
    occasion = occasion or any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in token.lefts)
    # An agreement is named by what it is about ("a defence cooperation agreement") or who is
    # party to it; "the new agreement" alone names nothing and is left to the anaphor rules.
    # A proposal is told apart by what it is about or whose it is ("the EC proposal", "a
    # price proposal"), not by an opinion of it ("the toughest-ever proposals").
    proposal = token.lemma_.lower() in WORDS.proposal_heads
    describing = ("compound", "nmod") if proposal else ("compound", "amod", "nmod")
    described = any(
        t.dep_ in describing and t.lower_ not in WORDS.vague_modifiers for t in modifiers
    )
    # A measure is named by what it bears on: "the arms embargo", "the oils and fats tax"; an
    # incident by what it was: "the twin bombings", "a car bomb attack".
    measure_words = {token.lemma_.lower(), token.lower_}
    named_like_measures = WORDS.measure_heads | WORDS.incident_heads | WORDS.bill_heads
    measure = described and bool(measure_words & named_like_measures)
    if not (specific or measure) and entity_type is EntityType.EVENT and not occasion:
        return None
    if not (specific or described) and token.lemma_.lower() in _NEEDS_DESCRIPTION:
        return None
    tokens.sort(key=lambda t: t.i)
    start, end = _split_coordination(tokens[0]), tokens[-1].i + 1
    doc = token.doc
    name = _span_text(doc[start:end])
    if tail and tail[0].lower_ == "in" and entity_type is EntityType.EVENT:
        # "a referendum in Crimea" is named like "the Crimea referendum", so both get one key.
        place = " ".join(t.text for t in tail[1:] if t.dep_ not in ("det", "case"))
        head = " ".join(t.text for t in tokens if t.i < tail[0].i)
        name = f"{place} {head}".strip()
    if not re.search(r"[A-Za-z]", name):
        return None
    return ActorMention(start, end, entity_type, name, head=token.i)


def _split_coordination(first: Token) -> int:
    """Where a measure's name starts when the small model cut a coordinated modifier off it.

    "an oils and fats tax": the parser takes "oils" for a noun of its own and "fats" for the
    tax's only modifier. An indefinite singular article before a plural noun ("an oils") says
    the plural modifies a noun further on, so the name runs from it: "oils and fats tax".

    >>> import spacy
    >>> _split_coordination(spacy.blank("en")("fats tax")[0])
    0
    """
    doc = first.doc
    if first.i < 3 or doc[first.i - 1].pos_ != "CCONJ":
        return first.i
    plural, article = doc[first.i - 2], doc[first.i - 3]
    if plural.tag_ == "NNS" and article.lower_ in ("a", "an") and article.head.i == plural.i:
        return plural.i
    return first.i


def _span_text(span: Span) -> str:
    """The span as written, without possessive endings and without a bracketed short form
    inside it ("an informal Group of Five (G-5) session" is the Group of Five session)."""
    parts: list[str] = []
    skipped = _inner_bracket_positions(span)
    for token in span:
        if token.i in skipped:
            continue
        if token.tag_ == "POS":
            parts.append(token.whitespace_)  # "Catalonia's independence": keep the space
        else:
            parts.append(token.text_with_ws)
    return "".join(parts).strip()


def _inner_bracket_positions(span: Span) -> set[int]:
    """Token positions of a bracketed short form of a name that the span goes on after
    ("Group of Five (G-5) session"): the words in brackets are the name again, not more of it.

    >>> import spacy
    >>> doc = spacy.blank("en")("Group of Five ( G-5 ) session")
    >>> sorted(_inner_bracket_positions(doc[:]))
    [3, 4, 5]
    """
    skipped: set[int] = set()
    tokens = list(span)
    for k, token in enumerate(tokens[:-1]):
        if token.text != "(" or k == 0:
            continue
        closing = next((j for j in range(k + 1, len(tokens) - 1) if tokens[j].text == ")"), None)
        if closing is None:
            continue
        inside = tokens[k + 1 : closing]
        if inside and len(inside) <= 2 and all(t.text[:1].isupper() for t in inside):
            skipped.update(t.i for t in tokens[k : closing + 1])
    return skipped


def _names_itself(modifiers: list[Token]) -> bool:
    """Whether the modifiers alone tell this agreement or event from others ("G20", "2016")."""
    return any(
        t.ent_type_ in NAMING_MODIFIER_LABELS
        or t.like_num
        or t.lower_ in WORDS.joint_markers
        or t.pos_ == "PROPN"
        for t in modifiers
    )


def _between_parties(token: Token) -> list[Token]:
    """ "the agreement between Peru and Chile": the parties belong to the agreement's name."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("between", "among") and child.i == token.i + 1:
            subtree = list(child.subtree)
            named = any(t.pos_ == "PROPN" or t.ent_type_ in COUNTRY_LABELS for t in subtree)
            # "between the two governments" is resolved to its parties, not part of the name.
            if named and len(subtree) <= 8 and not any(t.pos_ == "VERB" for t in subtree):
                return subtree
    return []


def _short_complement(token: Token, named_already: bool = False) -> list[Token]:
    """A short complement that is part of the name.

    "on information security" names an agreement or event; for events "of", "in" and "into"
    do too when they hold a proper name or a number ("the referendum in Crimea", "the
    indictment of 13 Russians"), so that the complement tells one such event from another; an
    agreement "in support of" something is named by it ("a declaration in support of the
    agreement").
    """
    preps = {"on", "for"}
    is_event = token.lemma_.lower() in WORDS.event_heads or token.lower_ in WORDS.event_heads
    if is_event:
        # "a one-day meeting of UMOA finance ministers": who meets names the meeting, whatever
        # else its modifiers say.
        preps.add("of")
    if is_event and not named_already:  # "the G20 summit in Hamburg" is the G20 summit
        preps |= {"in", "into"}
    texts = WORDS.proposal_heads | WORDS.bill_heads
    longest = (
        _MAX_PROPOSAL_COMPLEMENT
        if {token.lemma_.lower(), token.lower_} & texts
        else _MAX_COMPLEMENT
    )
    candidates = list(token.rights)
    if token.dep_ == "dobj":
        # "set up a working group on cyber security": the small model often hangs the phrase
        # on the verb; right after the noun it still belongs to the name.
        candidates += [c for c in token.head.rights if c.i == token.i + 1]
    for child in candidates:
        if child.dep_ == "prep" and child.lower_ in preps and child.i == token.i + 1:
            # "of the International Labour Organization (ILO)": the brackets are no part of it
            subtree = without_bracketed_alias(list(child.subtree))
            if len(subtree) > longest or any(t.pos_ in ("VERB", "PUNCT") for t in subtree):
                continue
            if any(t.ent_type_ in TIME_LABELS for t in subtree):
                continue  # "announced the agreement on Friday": when, not which
            if child.lower_ == "on" and any(t.lower_ in WORDS.platform_names for t in subtree):
                continue  # "mocked the sanctions on Twitter": where it was said, not which
            if any(t.lower_ in ("near", "at") and t.dep_ == "prep" for t in subtree):
                continue  # "on climate change near Paris": the place belongs to the verb
            if child.lower_ == "for" and any(t.ent_type_ in AREA_LABELS for t in subtree):
                continue  # "a ceasefire plan for eastern Ukraine": where it applies, not which
            named = any(t.pos_ == "PROPN" or t.like_num for t in subtree)
            if child.lower_ in ("on", "for") or named:
                return subtree
    # "a declaration in support of the agreement": what a text supports names it too.
    for child in candidates:
        if child.dep_ == "prep" and child.lower_ == "in" and child.i == token.i + 1:
            subtree = list(child.subtree)
            supports = len(subtree) > 1 and subtree[1].lower_ == "support"
            if supports and len(subtree) <= _MAX_COMPLEMENT + 2 and not is_event:
                return subtree
    return []


def _interference_mention(token: Token) -> ActorMention | None:
    """ "meddled in the 2016 election" → an Event "interference in 2016 election"."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "with"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                # "in the 2023 election, an accusation Moscow denied": the apposition is no
                # part of what was interfered in.
                skipped = {
                    t.i
                    for c in objects[0].children
                    if c.dep_ in ("appos", "punct", "relcl")
                    for t in c.subtree
                }
                target = [
                    t
                    for t in objects[0].subtree
                    if t.dep_ not in ("det", "poss", "case") and t.i not in skipped
                ]
                words = " ".join(t.text for t in target)
                return ActorMention(
                    token.i, token.i + 1, EntityType.EVENT, f"interference in {words}", head=token.i
                )
    for child in token.lefts:
        match = match_country(child.text) if child.dep_ in ("amod", "compound") else None
        if match:
            return ActorMention(
                child.i, token.i + 1, EntityType.EVENT, f"{child.text} interference", head=token.i
            )
    return None
