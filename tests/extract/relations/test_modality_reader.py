"""Modality read on one word of an invented sentence (extract.relations.modality), for the
constructions that seldom leave an edge to check in the sentence table: a command has no
subject, and a possible act is often named by a noun with no actor; the constructions of
extract.relations.modality_frames (clauses of time, acts looked forward to, purposes of a
contact)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.pipeline import load_pipeline
from extract.relations.modality import modality_of


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # the auxiliaries reach the complement through the adjective that carries it
        ("Kenya could be ready to sign the Geneva accord.", "sign", "conditional"),
        ("Kenya was ready to sign the Geneva accord.", "sign", None),
        # a conjunct of an intended complement is intended with it
        ("Kenya is set to recall its envoy and close the border with Uganda.", "close", "planned"),
        ("Kenya recalled its envoy and closed the border with Uganda.", "closed", None),
        # a gathering that is the subject of a verb of scheduling is ahead
        ("The Nairobi summit is expected to open on Monday.", "summit", "planned"),
        ("The Nairobi summit opened on Monday.", "summit", None),
        # an adjective of desire carries its complement as "wants" does
        ("Kenya is eager to negotiate with Uganda.", "negotiate", "wished"),
        # a spokesman named for a side speaks for it: its act is no claim about another
        ("A Kenyan union official said the union rejected the offer.", "rejected", None),
        ("A Kenyan union official said the ministry rejected the offer.", "rejected", "reported"),
        # a command states the act wanted, not done
        ("Impose sanctions on Iran now.", "Impose", "wished"),
        # an act a noun of possibility frames is possible, not done
        (
            "Kenya warned of the possibility of sanctions against Uganda.",
            "sanctions",
            "conditional",
        ),
        ("Kenya has the option to sanction Uganda.", "sanction", "conditional"),
        ("Kenya lifted the sanctions against Uganda.", "sanctions", None),
        # an adverb of possibility hedges the act as "may" does
        ("Kenya will perhaps sign the Geneva accord.", "sign", "conditional"),
        ("Kenya will certainly sign the Geneva accord.", "sign", "planned"),
        # an act noun dated after the article is ahead of it, one dated before is done
        ("Markets waited for next week's EAC summit in Arusha.", "summit", "planned"),
        ("Markets waited for the upcoming EAC summit in Arusha.", "summit", "planned"),
        ("Markets fell after last week's EAC summit in Arusha.", "summit", None),
        ("Ruto said talks next week would focus on tariffs.", "talks", "planned"),
        ("Ruto said talks last week had focused on tariffs.", "talks", "reported"),
        # a gathering only possible is hypothetical; one proposed is ahead
        ("Ruto and Museveni discussed a possible EAC summit.", "summit", "conditional"),
        ("Uganda rejected the proposed talks with Kenya.", "talks", "planned"),
        ("Ruto and Museveni held talks in Arusha.", "talks", None),
        # a gathering agreed to is ahead, the agreeing is done
        ("Kenya and Uganda agreed to hold talks in Arusha.", "talks", "planned"),
        ("Kenya and Uganda agreed to hold talks in Arusha.", "agreed", None),
        # arriving for talks in the present puts the talks ahead; in the past they began
        ("Ruto will speak when he arrives for talks in Kampala.", "talks", "planned"),
        ("Ruto arrived in Kampala for talks on Monday.", "talks", None),
        # a progressive dated today is under way, even when it runs on into tomorrow
        ("Kenyans are meeting today and tomorrow with Ugandan officials.", "meeting", None),
        ("Kenyans are meeting tomorrow with Ugandan officials.", "meeting", "planned"),
        # a present clause of time puts its act ahead; a past one happened
        ("Kenya will keep the border shut until Uganda lifts the ban.", "lifts", "conditional"),
        ("Kenya kept the border shut until Uganda lifted the ban.", "lifted", None),
        # what someone looks forward to is still ahead
        ("Ruto said he was looking forward to his talks with Museveni.", "talks", "planned"),
        # a purpose of getting in touch is done in the contact, stated as the contact is
        ("Ruto telephoned Museveni to discuss the border.", "discuss", None),
        ("Ruto will telephone Museveni to discuss the border.", "discuss", "planned"),
        ("Kenya raised tariffs to punish Uganda.", "punish", "planned"),
        ("Ruto called the levy a cash grab to permit Uganda to spend.", "permit", "planned"),
        # "hopes" is a verb of wishing although the small model lemmatises it "hop"
        ("Kenya hopes to sign the Geneva accord.", "sign", "wished"),
        # what a side applies or bids to do is asked for or tried, not done
        ("Kenya applied to join the Geneva accord.", "join", "wished"),
        ("Kenya's application to join the Geneva accord was delayed.", "join", "wished"),
        ("Kenya joined the Geneva accord.", "joined", None),
        # a wish and a condition together: the condition says least, so it wins
        ("Ruto hoped Museveni could sign the accord.", "sign", "conditional"),
        # "likely to" expects the act; a perfect infinitive looks back on one
        ("Kenya is likely to impose sanctions on Uganda.", "impose", "planned"),
        ("Kenya is believed to have imposed sanctions on Uganda.", "imposed", None),
    ],
)
def test_modality_of_the_construction(
    nlp: Language, text: str, word: str, modality: str | None
) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert modality_of(token) == modality
