"""CAMEO's names for its three-digit event categories, and the predicate names made from them.

The names are those of the CAMEO codebook (Schrodt, Gerner, Yilmaz et al., version 1.1b3, and
176 of its later revision), without the ", not specified below" the codebook adds to a
category that has four-digit children. They name the relations whose codes
``extract/data/triggers.tsv`` does not cover: ``scripts/build_petrarch_tables.py`` writes the
names of :func:`event_predicate` into the derived verb table, and
``scripts/sync_ontology_relations.py`` gives each of them an ontology entry.

The naming rule (:func:`predicate_from_name`) is one rule for every category:

1. a parenthesis ("(such as policy support)") is dropped;
2. of a list of alternatives only the first is kept: the text up to the first comma
   ("Impose embargo, boycott, or sanctions" → "Impose embargo"), and of "A or B" between two
   single words only A ("Reduce or break diplomatic relations" → "Reduce diplomatic
   relations", "Demonstrate military or police power" → "Demonstrate military power");
3. articles are dropped and the first word, the verb, goes into the past tense;
4. the words are joined with "_" in lower case (a hyphen becomes "_").

Two names have no verb first or lose their noun by rule 2; they are spelled out in
``_SPELLED_OUT`` (182 "Physically assault", 183 "Conduct suicide, car, or other non-military
bombing").
"""

from __future__ import annotations

import re

#: Three-digit CAMEO event category → its name in the CAMEO codebook.
CAMEO_EVENTS: dict[str, str] = {
    "010": "Make statement",
    "011": "Decline comment",
    "012": "Make pessimistic comment",
    "013": "Make optimistic comment",
    "014": "Consider policy option",
    "015": "Acknowledge or claim responsibility",
    "016": "Deny responsibility",
    "017": "Engage in symbolic act",
    "018": "Make empathetic comment",
    "019": "Express accord",
    "020": "Make an appeal or request",
    "021": "Appeal for material cooperation",
    "022": "Appeal for diplomatic cooperation (such as policy support)",
    "023": "Appeal for aid",
    "024": "Appeal for political reform",
    "025": "Appeal to yield",
    "026": "Appeal to others to meet or negotiate",
    "027": "Appeal to others to settle dispute",
    "028": "Appeal to engage in or accept mediation",
    "030": "Express intent to cooperate",
    "031": "Express intent to engage in material cooperation",
    "032": "Express intent to provide diplomatic cooperation (such as policy support)",
    "033": "Express intent to provide material aid",
    "034": "Express intent to institute political reform",
    "035": "Express intent to yield",
    "036": "Express intent to meet or negotiate",
    "037": "Express intent to settle dispute",
    "038": "Express intent to accept mediation",
    "039": "Express intent to mediate",
    "040": "Consult",
    "041": "Discuss by telephone",
    "042": "Make a visit",
    "043": "Host a visit",
    "044": "Meet at a third location",
    "045": "Mediate",
    "046": "Engage in negotiation",
    "050": "Engage in diplomatic cooperation",
    "051": "Praise or endorse",
    "052": "Defend verbally",
    "053": "Rally support on behalf of",
    "054": "Grant diplomatic recognition",
    "055": "Apologize",
    "056": "Forgive",
    "057": "Sign formal agreement",
    "060": "Engage in material cooperation",
    "061": "Cooperate economically",
    "062": "Cooperate militarily",
    "063": "Engage in judicial cooperation",
    "064": "Share intelligence or information",
    "070": "Provide aid",
    "071": "Provide economic aid",
    "072": "Provide military aid",
    "073": "Provide humanitarian aid",
    "074": "Provide military protection or peacekeeping",
    "075": "Grant asylum",
    "080": "Yield",
    "081": "Ease administrative sanctions",
    "082": "Ease political dissent",
    "083": "Accede to requests or demands for political reform",
    "084": "Return, release",
    "085": "Ease economic sanctions, boycott, embargo",
    "086": "Allow international involvement",
    "087": "De-escalate military engagement",
    "090": "Investigate",
    "091": "Investigate crime, corruption",
    "092": "Investigate human rights abuses",
    "093": "Investigate military action",
    "094": "Investigate war crimes",
    "100": "Demand",
    "101": "Demand material cooperation",
    "102": "Demand diplomatic cooperation (such as policy support)",
    "103": "Demand material aid",
    "104": "Demand political reform",
    "105": "Demand that target yields",
    "106": "Demand meeting, negotiation",
    "107": "Demand settling of dispute",
    "108": "Demand mediation",
    "110": "Disapprove",
    "111": "Criticize or denounce",
    "112": "Accuse",
    "113": "Rally opposition against",
    "114": "Complain officially",
    "115": "Bring lawsuit against",
    "116": "Find guilty or liable (legally)",
    "120": "Reject",
    "121": "Reject material cooperation",
    "122": "Reject request or demand for material aid",
    "123": "Reject request or demand for political reform",
    "124": "Refuse to yield",
    "125": "Reject proposal to meet, discuss, or negotiate",
    "126": "Reject mediation",
    "127": "Reject plan, agreement to settle dispute",
    "128": "Defy norms, law",
    "129": "Veto",
    "130": "Threaten",
    "131": "Threaten non-force",
    "132": "Threaten with administrative sanctions",
    "133": "Threaten political dissent, protest",
    "134": "Threaten to halt negotiations",
    "135": "Threaten to halt mediation",
    "136": "Threaten to halt international involvement (non-mediation)",
    "137": "Threaten with repression",
    "138": "Threaten to use military force",
    "139": "Give ultimatum",
    "140": "Engage in political dissent",
    "141": "Demonstrate or rally",
    "142": "Conduct hunger strike",
    "143": "Conduct strike or boycott",
    "144": "Obstruct passage, block",
    "145": "Protest violently, riot",
    "150": "Demonstrate military or police power",
    "151": "Increase police alert status",
    "152": "Increase military alert status",
    "153": "Mobilize or increase police power",
    "154": "Mobilize or increase armed forces",
    "160": "Reduce relations",
    "161": "Reduce or break diplomatic relations",
    "162": "Reduce or stop material aid",
    "163": "Impose embargo, boycott, or sanctions",
    "164": "Halt negotiations",
    "165": "Halt mediation",
    "166": "Expel or withdraw",
    "170": "Coerce",
    "171": "Seize or damage property",
    "172": "Impose administrative sanctions",
    "173": "Arrest, detain, or charge with legal action",
    "174": "Expel or deport individuals",
    "175": "Use tactics of violent repression",
    "176": "Attack cybernetically",
    "180": "Use unconventional violence",
    "181": "Abduct, hijack, or take hostage",
    "182": "Physically assault",
    "183": "Conduct suicide, car, or other non-military bombing",
    "184": "Use as human shield",
    "185": "Attempt to assassinate",
    "186": "Assassinate",
    "190": "Use conventional military force",
    "191": "Impose blockade, restrict movement",
    "192": "Occupy territory",
    "193": "Fight with small arms and light weapons",
    "194": "Fight with artillery and tanks",
    "195": "Employ aerial weapons",
    "196": "Violate ceasefire",
    "200": "Use unconventional mass violence",
    "201": "Engage in mass expulsion",
    "202": "Engage in mass killings",
    "203": "Engage in ethnic cleansing",
    "204": "Use weapons of mass destruction",
}

# Verbs whose past tense is not the regular -ed/-d/-ied form.
_IRREGULAR_PAST = {
    "bring": "brought",
    "expel": "expelled",
    "fight": "fought",
    "find": "found",
    "forgive": "forgave",
    "give": "gave",
    "make": "made",
    "meet": "met",
}
# Where the rule gives a name without a verb first or without its noun (see the docstring).
_SPELLED_OUT = {"182": "physically_assaulted", "183": "conducted_bombing"}
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
_SINGLE_WORD_OR = re.compile(r"\b(\w[\w-]*) or [\w-]+\b")
_ARTICLES = frozenset({"a", "an", "the"})


def past_tense(verb: str) -> str:
    """The past tense of a verb of the CAMEO names.

    >>> past_tense("impose"), past_tense("rally"), past_tense("employ"), past_tense("give")
    ('imposed', 'rallied', 'employed', 'gave')
    """
    verb = verb.lower()
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return verb[:-1] + "ied"
    return verb + "ed"


def predicate_from_name(name: str) -> str:
    """A predicate name from a CAMEO event name, by the rule of the module docstring.

    >>> predicate_from_name("Impose embargo, boycott, or sanctions")
    'imposed_embargo'
    >>> predicate_from_name("Reduce or break diplomatic relations")
    'reduced_diplomatic_relations'
    >>> predicate_from_name("Appeal for diplomatic cooperation (such as policy support)")
    'appealed_for_diplomatic_cooperation'
    """
    text = _PARENTHESIS.sub("", name).partition(",")[0].strip()
    text = _SINGLE_WORD_OR.sub(r"\1", text)
    words = [w for w in text.lower().split() if w not in _ARTICLES]
    words[0] = past_tense(words[0])
    return "_".join(words).replace("-", "_")


def event_predicate(code: str) -> str:
    """The predicate name of a CAMEO code's three-digit category (four-digit codes fold into
    their category: 0311 is 031's).

    >>> event_predicate("163"), event_predicate("190")
    ('imposed_embargo', 'used_conventional_military_force')
    >>> event_predicate("0311")
    'expressed_intent_to_engage_in_material_cooperation'
    """
    category = code[:3]
    if category in _SPELLED_OUT:
        return _SPELLED_OUT[category]
    if category not in CAMEO_EVENTS:
        raise KeyError(f"no CAMEO event category {category!r} (from code {code!r})")
    return predicate_from_name(CAMEO_EVENTS[category])
