"""Verb arguments on parses the small model gets wrong, built by hand so the rule is exercised
whatever the model does with a given sentence."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extract.mentions.mention import ActorMention
from extract.relations.doc_context import DocContext
from extract.relations.verb_arguments import verb_arguments
from extract.types import EntityType
from extract.vocabulary.triggers import load_triggers


def test_a_title_split_off_its_name_is_no_second_speaker() -> None:
    # The parse the model gave a real sentence: "president" and "Issoufou" both nsubj of "said".
    words = ["Niger", "'s", "president", "Amadou", "Issa", "said", "so", "."]
    heads = [2, 0, 5, 4, 5, 5, 5, 5]
    deps = ["poss", "case", "nsubj", "compound", "nsubj", "ROOT", "advmod", "punct"]
    pos = ["PROPN", "PART", "NOUN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    niger = ActorMention(0, 1, EntityType.COUNTRY, "Niger", country="NE", key="country/NE")
    speaker = ActorMention(3, 5, EntityType.PERSON, "Amadou Issa", key="person/amadou-issa")
    ctx = DocContext(doc, [niger, speaker])
    say = load_triggers().verb("say")
    assert say is not None
    subjects, _ = verb_arguments(ctx, doc[5], say)
    assert [s.key for s in subjects] == ["person/amadou-issa"]
