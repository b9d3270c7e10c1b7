"""The word lists the rules read, loaded from ``extract/data/words/*.txt`` and checked.

Each file holds one family of lists (titles, actors, places, grammar, modality, verbs,
agreements and events, dates, CAMEO classes); each list starts at its ``[name]`` line, followed
by one word a line, or by ``key = value`` lines in a list that maps words to values. ``#``
starts a comment. Every rule gets its list from ``WORDS`` by name (``WORDS.role_heads``), so
mypy catches a misspelt name and no rule keeps words of its own.

Loading checks the files and refuses, naming file and line: a list name ``WordLists`` does not
declare, a declared list no file holds, a list given twice, a word given twice in one list,
an upper-case letter in a list of lower-case words, a word with a space, and a ``key = value``
line that is malformed or whose value is not a number where one is wanted.

>>> "president" in WORDS.role_heads, WORDS.month_numbers["sept"]
(True, 9)
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from extract.vocabulary.word_list_sections import Section, WordListError, file_sections

__all__ = ["WORDS", "WordListError", "WordLists", "load_word_lists", "read_word_lists"]


@dataclass(frozen=True, slots=True)
class WordLists:
    """Every word list of ``extract/data/words``, by name; the files say what each is for."""

    # titles.txt
    role_heads: frozenset[str]
    company_titles: frozenset[str]
    role_modifiers: frozenset[str]
    relational_heads: frozenset[str]
    member_nouns: frozenset[str]
    office_titles: frozenset[str]
    state_office_heads: frozenset[str]
    courtesy_titles: frozenset[str]
    female_person_words: frozenset[str]
    male_person_words: frozenset[str]
    name_particles: frozenset[str]
    party_adjectives: dict[str, str]
    party_initials: dict[str, str]
    party_name_modifiers: frozenset[str]
    portfolio_party_words: frozenset[str]
    post_participles: frozenset[str]
    legislature_nouns: frozenset[str]
    measure_heads: frozenset[str]
    restriction_heads: frozenset[str]
    briefing_modifiers: frozenset[str]
    office_bodies: dict[str, str]
    constituency_heads: frozenset[str]
    head_of_state_titles: frozenset[str]
    office_ranks: frozenset[str]
    portfolio_bodies: frozenset[str]
    body_parents: dict[str, frozenset[str]]
    part_name_fillers: frozenset[str]
    international_body_heads: frozenset[str]
    # actors.txt
    outlet_names: frozenset[str]
    outlet_heads: frozenset[str]
    platform_names: frozenset[str]
    platform_prepositions: frozenset[str]
    venue_heads: frozenset[str]
    state_nouns: frozenset[str]
    spokesman_nouns: frozenset[str]
    company_forms: frozenset[str]
    company_nouns: frozenset[str]
    company_part_nouns: frozenset[str]
    company_apposition_nouns: frozenset[str]
    party_name_words: frozenset[str]
    state_body_heads: frozenset[str]
    state_bank_modifiers: frozenset[str]
    mission_heads: frozenset[str]
    local_body_heads: frozenset[str]
    named_body_heads: frozenset[str]
    polity_heads: frozenset[str]
    ownership_participles: frozenset[str]
    owned_part_nouns: frozenset[str]
    quantity_idioms: dict[str, frozenset[str]]
    business_site_nouns: frozenset[str]
    government_nouns: frozenset[str]
    public_body_heads: frozenset[str]
    state_role_codes: frozenset[str]
    group_nouns: frozenset[str]
    demonym_group_nouns: frozenset[str]
    people_nouns: frozenset[str]
    person_nouns: frozenset[str]
    armed_force_nouns: frozenset[str]
    body_anaphors: frozenset[str]
    country_descriptions: frozenset[str]
    quantity_nouns: frozenset[str]
    own_account_nouns: frozenset[str]
    counted_people_nouns: frozenset[str]
    party_nouns: frozenset[str]
    party_counts: dict[str, int]
    listing_subjects: frozenset[str]
    listed_group_nouns: frozenset[str]
    currency_nouns: frozenset[str]
    # places.txt
    place_nouns: frozenset[str]
    facility_heads: frozenset[str]
    country_halves: frozenset[str]
    area_nouns: frozenset[str]
    international_seats: frozenset[str]
    combining_forms: dict[str, str]
    capital_nouns: frozenset[str]
    place_prepositions: frozenset[str]
    dependent_territories: frozenset[str]
    located_nouns: frozenset[str]
    # grammar.txt
    favour_nouns: frozenset[str]
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    neuter_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    determiners: frozenset[str]
    definite_determiners: frozenset[str]
    articles: frozenset[str]
    name_links: frozenset[str]
    stance_prefixes: frozenset[str]
    negation_words: frozenset[str]
    recipient_prepositions: frozenset[str]
    giver_prepositions: frozenset[str]
    topic_prepositions: frozenset[str]
    relation_nouns: frozenset[str]
    topic_nouns: frozenset[str]
    temporal_prepositions: frozenset[str]
    aftermath_prepositions: frozenset[str]
    partitive_heads: frozenset[str]
    adjunct_prepositions: frozenset[str]
    gerund_control_prepositions: frozenset[str]
    occasion_prepositions: frozenset[str]
    attributive_participles: frozenset[str]
    clause_breaks: frozenset[str]
    member_prepositions: frozenset[str]
    companion_adverbs: frozenset[str]
    companion_prepositions: frozenset[str]
    doer_nouns: frozenset[str]
    patient_nouns: frozenset[str]
    lodged_nouns: frozenset[str]
    listing_verbs: frozenset[str]
    # modality.txt
    reported_markers: frozenset[str]
    alleged_markers: frozenset[str]
    hedge_modals: frozenset[str]
    intent_heads: frozenset[str]
    planned_auxiliaries: frozenset[str]
    deontic_modals: frozenset[str]
    hedge_adverbs: frozenset[str]
    attribution_words: frozenset[str]
    claim_governors: frozenset[str]
    source_tag_verbs: frozenset[str]
    disputing_governors: frozenset[str]
    intent_modals: frozenset[str]
    future_markers: frozenset[str]
    consequence_auxiliaries: frozenset[str]
    question_marks: frozenset[str]
    condition_marks: frozenset[str]
    possibility_nouns: frozenset[str]
    negative_quantifiers: frozenset[str]
    not_done_governors: frozenset[str]
    having_lemmas: frozenset[str]
    excess_words: frozenset[str]
    future_time_words: frozenset[str]
    present_time_words: frozenset[str]
    pending_marks: frozenset[str]
    prospective_occasion_words: frozenset[str]
    possible_occasion_words: frozenset[str]
    settling_lemmas: frozenset[str]
    gathering_holding_lemmas: frozenset[str]
    arrival_lemmas: frozenset[str]
    anticipation_words: frozenset[str]
    # verbs.txt
    speech_lemmas: frozenset[str]
    finding_lemmas: frozenset[str]
    wish_lemmas: frozenset[str]
    granting_lemmas: frozenset[str]
    gathering_lemmas: frozenset[str]
    partner_lemmas: frozenset[str]
    labelling_lemmas: frozenset[str]
    contest_lemmas: frozenset[str]
    verbal_assault_preps: dict[str, frozenset[str]]
    reception_nouns: frozenset[str]
    holding_lemmas: frozenset[str]
    general_lemmas: frozenset[str]
    purchase_lemmas: frozenset[str]
    ownership_transfer_lemmas: frozenset[str]
    contact_lemmas: frozenset[str]
    object_control_lemmas: frozenset[str]
    prepositional_control: dict[str, frozenset[str]]
    asking_slots: dict[str, frozenset[str]]
    refusal_lemmas: frozenset[str]
    failure_lemmas: frozenset[str]
    receiving_lemmas: frozenset[str]
    seeking_lemmas: frozenset[str]
    founding_lemmas: frozenset[str]
    proposing_lemmas: frozenset[str]
    reducing_lemmas: frozenset[str]
    approving_lemmas: frozenset[str]
    reaffirming_lemmas: frozenset[str]
    stance_participles: dict[str, str]
    act_noun_verbs: dict[str, str]
    travel_lemmas: frozenset[str]
    stay_lemmas: frozenset[str]
    departure_lemmas: frozenset[str]
    moving_lemmas: frozenset[str]
    announcing_lemmas: frozenset[str]
    bearing_lemmas: frozenset[str]
    reprisal_nouns: frozenset[str]
    releasing_lemmas: frozenset[str]
    text_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    replacing_lemmas: frozenset[str]
    making_verbs: frozenset[str]
    audience_verbs: frozenset[str]
    addressing_words: frozenset[str]
    holding_verbs: frozenset[str]
    other_sense_objects: dict[str, frozenset[str]]
    agreeing_predicates: frozenset[str]
    talking_predicates: frozenset[str]
    concluding_lemmas: frozenset[str]
    quoting_lemmas: frozenset[str]
    describing_lemmas: frozenset[str]
    # agreements_and_events.txt
    agreement_heads: frozenset[str]
    generic_agreement_heads: frozenset[str]
    described_agreement_heads: frozenset[str]
    joint_body_heads: frozenset[str]
    joint_markers: frozenset[str]
    founded_body_heads: frozenset[str]
    agreement_anaphors: frozenset[str]
    intention_nouns: frozenset[str]
    document_nouns: frozenset[str]
    vague_modifiers: frozenset[str]
    generic_name_words: frozenset[str]
    occasion_format_words: frozenset[str]
    event_heads: frozenset[str]
    trading_session_words: frozenset[str]
    proposal_heads: frozenset[str]
    bill_heads: frozenset[str]
    security_bill_modifiers: frozenset[str]
    proposing_nouns: frozenset[str]
    enacting_verbs: frozenset[str]
    measure_anaphors: frozenset[str]
    acted_measure_heads: frozenset[str]
    approved_text_heads: frozenset[str]
    proposal_owner_heads: frozenset[str]
    tabling_verbs: frozenset[str]
    incident_heads: frozenset[str]
    topic_named_events: frozenset[str]
    occasion_heads: frozenset[str]
    named_occasion_heads: frozenset[str]
    gathering_heads: frozenset[str]
    exchange_heads: frozenset[str]
    presiding_nouns: frozenset[str]
    attended_occasions: frozenset[str]
    occasion_synonyms: dict[str, frozenset[str]]
    occasion_classes: dict[str, frozenset[str]]
    interference_words: frozenset[str]
    allegation_nouns: frozenset[str]
    result_nouns: frozenset[str]
    outcome_nouns: frozenset[str]
    involvement_nouns: frozenset[str]
    issued_documents: frozenset[str]
    report_nouns: frozenset[str]
    # dates.txt
    month_numbers: dict[str, int]
    weekday_numbers: dict[str, int]
    date_line_filler: frozenset[str]
    day_offsets: dict[str, int]
    relative_steps: dict[str, int]
    upcoming_words: frozenset[str]
    number_words: dict[str, int]
    figure_placeholders: frozenset[str]
    date_filler: frozenset[str]
    occurring_verbs: frozenset[str]
    scheduling_verbs: frozenset[str]
    future_frames: frozenset[str]
    future_auxiliaries: frozenset[str]
    head_prepositions: frozenset[str]
    setting_prepositions: frozenset[str]
    # cameo.txt
    refusal_codes: dict[str, str]
    foreign_target_codes: dict[str, str]
    side_target_codes: frozenset[str]
    hostile_families: frozenset[str]
    force_families: frozenset[str]
    coercion_families: frozenset[str]
    measure_families: frozenset[str]
    given_act_families: frozenset[str]
    easing_verbs_by_family: dict[str, str]
    goods_act_families: frozenset[str]
    goods_target_codes: frozenset[str]
    security_nouns: frozenset[str]
    traded_goods_nouns: frozenset[str]
    aimed_families: frozenset[str]
    meeting_codes: frozenset[str]


#: Lists whose words keep their case: "Republican" before a title is the party, "republican" not.
CASED_LISTS = frozenset({"party_adjectives", "party_initials"})

_KINDS = {field.name: str(field.type) for field in dataclasses.fields(WordLists)}


def _check_word(word: str, section: Section, where: str) -> None:
    if not word or any(c.isspace() for c in word):
        raise WordListError(f"{where}: malformed entry {word!r} in [{section.name}]")
    if section.name not in CASED_LISTS and word != word.lower():
        raise WordListError(f"{where}: {word!r} in [{section.name}] must be lower-case")


def _value(section: Section) -> Any:
    """The list's words as the type ``WordLists`` declares for it."""
    kind = _KINDS[section.name]
    mapping = kind.startswith("dict")
    seen: set[str] = set()
    words: list[str] = []
    values: dict[str, Any] = {}
    for word, value, where in section.entries:
        _check_word(word, section, where)
        if word in seen:
            raise WordListError(f"{where}: {word!r} is listed twice in [{section.name}]")
        seen.add(word)
        if not mapping:
            if value is not None:
                raise WordListError(f"{where}: [{section.name}] holds words, not 'key = value'")
            words.append(word)
        elif not value:
            raise WordListError(f"{where}: [{section.name}] wants 'key = value', got {word!r}")
        elif kind == "dict[str, int]":
            try:
                values[word] = int(value)
            except ValueError:
                raise WordListError(f"{where}: {value!r} is not a number") from None
        elif kind == "dict[str, frozenset[str]]":
            for member in value.split():
                _check_word(member, section, where)
            values[word] = frozenset(value.split())
        else:
            values[word] = value
    if not seen:
        raise WordListError(f"{section.where}: [{section.name}] is empty")
    return values if mapping else frozenset(words)


def read_word_lists(folder: Traversable) -> WordLists:
    """Read and check every ``*.txt`` file of ``folder`` (the rules in the module docstring).

    >>> from importlib import resources
    >>> sorted(read_word_lists(resources.files("extract") / "data" / "words").hedge_modals)
    ['could', 'may', 'might']
    """
    found: dict[str, Any] = {}
    places: dict[str, str] = {}
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)
    for file in files:
        source = str(file)
        for section in file_sections(file.read_text(encoding="utf-8"), source):
            if section.name not in _KINDS:
                raise WordListError(f"{section.where}: unknown list [{section.name}]")
            if section.name in found:
                raise WordListError(
                    f"{section.where}: [{section.name}] is given twice (first at "
                    f"{places[section.name]})"
                )
            found[section.name] = _value(section)
            places[section.name] = section.where
    missing = sorted(set(_KINDS) - set(found))
    if missing:
        raise WordListError(f"extract/data/words: no list named {', '.join(missing)}")
    return WordLists(**found)


@cache
def load_word_lists() -> WordLists:
    """The word lists shipped with newsgraph, read and checked once per process."""
    return read_word_lists(resources.files("extract") / "data" / "words")


#: The shipped word lists: every rule reads its vocabulary from here.
WORDS = load_word_lists()
