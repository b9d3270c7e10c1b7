"""The label sets of the spaCy model that the rules test, each named once.

The English pipelines label entities with the OntoNotes types (``GPE``, ``NORP``, ``FAC`` ...),
parts of speech with the Universal tags and dependencies with the ClearNLP scheme. A model
with another scheme is adapted here, not in the rules.

>>> "FAC" in PLACE_LABELS, "NORP" in PLACE_LABELS
(True, False)
"""

from __future__ import annotations

from spacy.strings import get_string_id


def label_ids(labels: frozenset[str]) -> frozenset[int]:
    """The ids spaCy stores for ``labels`` (``token.pos``, ``token.dep``, ``token.ent_type``):
    a loop over every token of a doc tests the integer, sparing the string lookup that
    ``token.pos_`` and its kin cost on each token.

    >>> import spacy
    >>> doc = spacy.blank("en")("talks")
    >>> doc[0].pos_ = "NOUN"
    >>> doc[0].pos in label_ids(NOUN_POS)
    True
    """
    return frozenset(get_string_id(label) for label in labels)


#: Entity types of places: countries, cities and states (GPE), other locations, facilities.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity types of areas (no facilities): "Donetsk and Luhansk", "a plan for eastern Ukraine".
AREA_LABELS = frozenset({"GPE", "LOC"})
#: Entity types that a country name, a demonym or a public figure may be tagged with.
ACTOR_NAME_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG", "FAC"})
#: Entity types of countries and their people: "the agreement between Peru and Chile".
COUNTRY_LABELS = frozenset({"GPE", "NORP"})
#: Entity types of a point or stretch of time.
TIME_LABELS = frozenset({"DATE", "TIME"})
#: Entity types whose words tell one occasion or agreement from another ("the 2016 election",
#: "the G20 summit", "the Minsk agreement").
OCCASION_NAME_LABELS = frozenset({"GPE", "NORP", "ORG", "EVENT", "LAW"})
#: Entity types whose words, modifying an agreement or event noun, name it by themselves.
NAMING_MODIFIER_LABELS = frozenset({"GPE", "NORP", "ORG", "DATE", "EVENT", "PERSON"})
#: Entity types under which the model may hide a country it did not recognise as one ("accused
#: Belarus" as WORK_OF_ART); the empty string is an untagged token.
UNTAGGED_OR_SLIP_LABELS = frozenset({"", "PERSON", "WORK_OF_ART", "PRODUCT"})
#: Entity types of words that never start an organisation's name in a title.
NOT_ORGANISATION_LABELS = frozenset({"PERSON", "GPE", "DATE"})

#: Parts of speech of a capitalised word that may be (part of) a name.
NAME_POS = frozenset({"PROPN", "ADJ", "NOUN"})
#: Parts of speech of a noun.
NOUN_POS = frozenset({"NOUN", "PROPN"})
#: Parts of speech of a verb, auxiliaries included ("is due to meet").
VERB_POS = frozenset({"VERB", "AUX"})

#: Dependencies of a noun's left modifiers that may carry a date in its name ("the 2016
#: election", "Tuesday's meeting", "the July 7 summit").
NAME_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "nummod", "amod", "npadvmod"})
