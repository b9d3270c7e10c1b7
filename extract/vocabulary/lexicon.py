"""Word lists that the mention finder and the argument resolver share.

Kept in one place so a rule's vocabulary is visible and testable; every list is about the shape
of news English, not about any particular article.
"""

from __future__ import annotations

# Head words of a title that precedes a name: "Foreign Minister", "Special counsel".
ROLE_HEADS = frozenset(
    [
        "president",
        "minister",
        "chancellor",
        "secretary",
        "ambassador",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "counsel",
        "senator",
        "governor",
        "king",
        "queen",
        "prince",
        "premier",
        "leader",
        "chief",
        "director",
        "general",
        "commander",
        "diplomat",
        "official",
        "deputy",
        "head",
        "mayor",
        "chairman",
        "chairwoman",
        "chair",
        "attorney",
        "prosecutor",
        "judge",
        "representative",
        "congressman",
        "congresswoman",
        "speaker",
        "pope",
        "emir",
        "sultan",
        "monarch",
        "advisor",
        "adviser",
        "negotiator",
        "commissioner",
        "ceo",
        "founder",
        "candidate",
    ]
)

# Lower-case words allowed inside a title: "foreign minister", "deputy prime minister".
ROLE_MODIFIERS = frozenset(
    [
        "foreign",
        "prime",
        "deputy",
        "vice",
        "special",
        "defence",
        "defense",
        "interior",
        "finance",
        "justice",
        "trade",
        "economy",
        "energy",
        "health",
        "education",
        "culture",
        "state",
        "national",
        "security",
        "general",
        "first",
        "senior",
        "chief",
        "former",
        "acting",
        "top",
        "communications",
        "affairs",
        "policy",
        "interim",
        "outgoing",
        "incoming",
        "caretaker",
        "elected",
        "designate",
        "presidential",
        "of",
        "for",
        "and",
        "the",
    ]
)

# "his Spanish counterpart Josep Borrell": gives an affiliation but no role.
RELATIONAL_HEADS = frozenset({"counterpart", "colleague", "opposite"})

# Nouns that, with a country modifier, stand for that country's state: "Spanish officials".
STATE_NOUNS = frozenset(
    [
        "official",
        "officials",
        "minister",
        "ministers",
        "government",
        "governments",
        "authority",
        "authorities",
        "diplomat",
        "diplomats",
        "ambassador",
        "ambassadors",
        "envoy",
        "envoys",
        "leader",
        "leaders",
        "president",
        "administration",
        "intelligence",
        "agency",
        "agencies",
        "military",
        "army",
        "forces",
        "troops",
        "navy",
        "hacker",
        "hackers",
        "police",
        "prosecutor",
        "prosecutors",
        "spokesman",
        "spokeswoman",
        "embassy",
        "ministry",
        "department",
        "delegation",
        "negotiators",
        "side",
        "state",
        "regime",
        "lawmakers",
        "parliament",
        "cabinet",
        "investigators",
        "officers",
        "agent",
        "agents",
        "operatives",
        "members",
        "allies",
        "senators",
        "community",
        "legislators",
        "congressmen",
        "activists",
        # Armed forces and their machines act for their state: "Indian soldiers fired on ...",
        # "Turkish warplanes struck ...".
        "soldier",
        "soldiers",
        "warplanes",
        "jets",
        "warships",
        "guards",
        "guard",
        "commandos",
        "missiles",
        "drones",
        "artillery",
    ]
)

# Armed or protesting groups named by a demonym stand for that country's side in event coding
# ("Palestinian militants fired rockets at Israel", "Georgian demonstrators"): event coders code
# them as the country with a rebel/opposition agent. A "pro-"/"anti-" modifier ("pro-Russian
# separatists") names whom they back, not whose they are, and gives no country.
GROUP_NOUNS = frozenset(
    [
        "militant",
        "militants",
        "rebel",
        "rebels",
        "insurgent",
        "insurgents",
        "gunmen",
        "fighters",
        "militiamen",
        "militia",
        "protesters",
        "demonstrators",
        "guerrillas",
    ]
)

# Nouns that, after a demonym, name a group node of their own affiliated with the country
# ("Georgian demonstrators", "Pakistani students"; see ``extract.mentions.demonym_groups``).
DEMONYM_GROUP_NOUNS = GROUP_NOUNS | {
    "student",
    "students",
    "separatist",
    "separatists",
    "pirates",
    "paramilitaries",
}

# Head nouns of an agreement: "a joint cybersecurity group", "the nuclear deal".
AGREEMENT_HEADS = frozenset(
    [
        "agreement",
        "treaty",
        "accord",
        "deal",
        "pact",
        "memorandum",
        "convention",
        "ceasefire",
        "truce",
        "protocol",
        "framework",
        "charter",
        "alliance",
        "partnership",
        "settlement",
        "declaration",
    ]
)

# Heads that name an agreement in general terms; "the deal" refers back to one of these.
GENERIC_AGREEMENT_HEADS = frozenset(
    {"agreement", "deal", "accord", "pact", "settlement", "plan", "arrangement"}
)

# Bodies that two parties set up together count as agreements when marked as joint work.
JOINT_BODY_HEADS = frozenset(
    {"group", "unit", "commission", "committee", "council", "force", "statement", "communique"}
)
JOINT_MARKERS = frozenset({"joint", "working", "bilateral", "trilateral", "task"})

# Nouns that refer back to an agreement already in context: "this option", "the plan".
AGREEMENT_ANAPHORS = frozenset(
    [
        "plan",
        "proposal",
        "idea",
        "option",
        "initiative",
        "agreement",
        "deal",
        "group",
        "arrangement",
        "measure",
        "commission",
        "committee",
        "unit",
        "mechanism",
        "package",
        "document",
    ]
)

# Head nouns of events: "the G20 summit", "the 2016 presidential election".
EVENT_HEADS = frozenset(
    [
        "summit",
        "election",
        "elections",
        "referendum",
        "talks",
        "meeting",
        "conference",
        "war",
        "invasion",
        "negotiations",
        "visit",
        "vote",
        "ceremony",
        "race",
        "campaign",
        "indictment",
        "indictments",
        "investigation",
    ]
)

# Event heads that denote one occasion even when bare ("hosted the talks", "the ceremony",
# "rejected the referendum"): they become Event nodes with article-scoped keys
# (``extract.mentions.keys.article_scoped_key``). "war", "visit", "campaign" are left out: bare,
# they are as often generic ("the war on drugs", "a campaign of attacks").
OCCASION_HEADS = frozenset(
    {
        "summit",
        "talks",
        "negotiations",
        "referendum",
        "referendums",
        "ceremony",
        "conference",
        "investigation",
        "vote",
    }
)

# Verbs and nouns of interference: their event node is named after the target.
INTERFERENCE_WORDS = frozenset({"meddle", "interfere", "interference", "meddling"})

# Nouns that stand for a claim someone made: "an accusation Moscow denied".
ALLEGATION_NOUNS = frozenset(
    [
        "accusation",
        "accusations",
        "allegation",
        "allegations",
        "claim",
        "claims",
        "charge",
        "charges",
        "report",
        "reports",
        "suggestion",
        "suggestions",
    ]
)

# Plural nouns that, counted, stand for the parties in context: "the two nations".
# Nouns of people that, counted ("the four leaders", "both presidents"), are the people last
# named in the text.
COUNTED_PEOPLE_NOUNS = frozenset({"leaders", "presidents", "ministers", "men", "women"})
PARTY_NOUNS = frozenset({"nations", "countries", "sides", "governments", "states", "parties"})

# Verbs of speech: a pronoun in their clausal complement refers to the speaker.
SPEECH_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "announce",
        "state",
        "declare",
        "add",
        "claim",
        "insist",
        "note",
        "stress",
        "quote",
        "report",
        "explain",
        "write",
        "argue",
        "warn",
        # "Ethiopia indicated it deplored ...": a reporting verb like "say"
        "indicate",
    ]
)

# Armed forces and their machines (lemmas): when they arrive somewhere it is no visit.
ARMED_FORCE_NOUNS = frozenset(
    {"troop", "soldier", "force", "warship", "warplane", "jet", "army", "navy", "military"}
    | {"tank", "missile", "drone", "artillery", "commando", "marine", "paratrooper"}
)

# Nouns that refer back to an organisation named just before: "the bloc", "the allies" ("the
# coalition" is more often a governing coalition than the body just named).
BODY_ANAPHORS = frozenset({"bloc", "alliance", "ally", "allies", "grouping"})

# Nouns that count the people of their "of" phrase: "thousands of Greek protesters".
QUANTITY_NOUNS = frozenset({"thousand", "hundred", "dozen", "million", "score", "handful"})

# Verbs of travelling: their destination is a visit (CAMEO 042, in the trigger file), never an
# event ("left for Tokyo for talks": the talks are what the trip is for, and its subject attends
# them).
TRAVEL_LEMMAS = frozenset({"arrive", "leave", "depart", "fly", "travel", "head", "go", "come"})

# Verbs of receiving: "X received <act> from Y" is Y's act on X
# (``extract.relations.converse_acts``).
# "drew condemnation from Japan" and "faced criticism from the US" are received acts too.
RECEIVING_LEMMAS = frozenset(
    {"receive", "get", "win", "obtain", "secure", "earn", "gain", "draw", "attract", "face"}
)

# Adverbs and verbs that hedge a claim.
REPORTED_MARKERS = frozenset({"reportedly", "report", "apparently", "quote"})
ALLEGED_MARKERS = frozenset({"allegedly", "allege", "purportedly", "supposedly", "suspect"})

NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})

MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we", "us"})
# "it" stands for a speaking state or organisation only ("the US announced it would withdraw").
NEUTER_PRONOUNS = frozenset({"it"})

# Nouns of a result or an effect: what comes "from" them is what they are about ("hopes for a
# positive effect from the working group").
RESULT_NOUNS = frozenset({"effect", "result", "outcome", "benefit", "impact", "progress"})

# Nouns of taking part: what they are "in" (or "under") is what an act on them is about
# ("suspended its participation in the treaty", "suspend its obligations under the treaty");
# with no such phrase they are about the agreement last mentioned ("suspended its own
# participation").
INVOLVEMENT_NOUNS = frozenset(
    {"participation", "membership", "involvement", "role", "part", "obligation", "commitment"}
)

# Modal verbs that hedge what they govern: "Iran may have supplied drones".
HEDGE_MODALS = frozenset({"may", "might", "could"})

# Words that make their "to" complement an act intended, not yet done: "is about to restore
# ties", "is set to sign", "is poised to strike", "plans to visit", "intends to expel".
INTENT_HEADS = frozenset({"about", "set", "poised", "poise", "due", "plan", "intend", "prepare"})

# Nouns for people that, with a country modifier, stand for that country when they are acted
# on: "arrested two German journalists" targets Germany (as event coders code it). As subjects
# they do not speak for the state ("Chinese tourists visited France" is no act of China).
PEOPLE_NOUNS = frozenset(
    [
        "citizen",
        "citizens",
        "national",
        "nationals",
        "journalist",
        "journalists",
        "student",
        "students",
        "soldier",
        "soldiers",
        "sailor",
        "sailors",
        "fishermen",
        "fisherman",
        "worker",
        "workers",
        "civilian",
        "civilians",
        "tourist",
        "tourists",
        "activist",
        "activists",
        "businessman",
        "businessmen",
        "spy",
        "spies",
        "vessel",
        "vessels",
        "tanker",
        "tankers",
        "boat",
        "boats",
        "trawler",
        "trawlers",
        "airliner",
        "plane",
        "planes",
        "helicopter",
        "helicopters",
        "ship",
        "ships",
        "aircraft",
        "jet",
        "jets",
        "company",
        "companies",
        "firm",
        "firms",
        "bank",
        "banks",
        "interests",
        "targets",
        "positions",
        "border",
        "territory",
        # "shelled Syrian villages", "promised aid to the affected Kenyan towns"
        "village",
        "villages",
        "town",
        "towns",
        "cities",
        "dissident",
        "dissidents",
        "exiles",
        "refugees",
        "prisoners",
        "hostages",
        "diplomats",
    ]
)

# Prepositions that name the party an act is aimed at when the direct object is a thing:
# "imposed sanctions on Belarus", "demanded compensation from Russia", "aid to Cairo".
RECIPIENT_PREPS = frozenset({"to", "with", "on", "against", "from", "into", "for"})

# Relative pronouns: as a relative clause's subject they stand for the noun the clause modifies.
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})

# Adjectives that leave an agreement unspecified: "the new agreement" names nothing by itself.
VAGUE_MODIFIERS = frozenset(
    {"new", "recent", "possible", "such", "same", "other", "latest", "previous", "final", "any"}
)
