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


def test_two_joined_verbs_share_the_object_written_once() -> None:
    # "Chile condemned and later expelled Peru": the parse spaCy's English models give, built by
    # hand; "Peru" hangs on "expelled" alone.
    words = ["Chile", "condemned", "and", "later", "expelled", "Peru", "."]
    heads = [1, 1, 1, 4, 1, 4, 1]
    deps = ["nsubj", "ROOT", "cc", "advmod", "conj", "dobj", "punct"]
    pos = ["PROPN", "VERB", "CCONJ", "ADV", "VERB", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    chile = ActorMention(0, 1, EntityType.COUNTRY, "Chile", country="CL", key="country/CL")
    peru = ActorMention(5, 6, EntityType.COUNTRY, "Peru", country="PE", key="country/PE")
    ctx = DocContext(doc, [chile, peru])
    condemn = load_triggers().verb("condemn")
    assert condemn is not None
    subjects, objects = verb_arguments(ctx, doc[1], condemn)
    assert [s.key for s in subjects] == ["country/CL"]
    assert [o.key for o in objects] == ["country/PE"]


def test_a_first_verb_with_an_object_of_its_own_shares_none() -> None:
    # "Chile condemned Bolivia and expelled Peru": Peru is expelled, not condemned.
    words = ["Chile", "condemned", "Bolivia", "and", "expelled", "Peru", "."]
    heads = [1, 1, 1, 1, 1, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "CCONJ", "VERB", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    mentions = [
        ActorMention(0, 1, EntityType.COUNTRY, "Chile", country="CL", key="country/CL"),
        ActorMention(2, 3, EntityType.COUNTRY, "Bolivia", country="BO", key="country/BO"),
        ActorMention(5, 6, EntityType.COUNTRY, "Peru", country="PE", key="country/PE"),
    ]
    condemn = load_triggers().verb("condemn")
    assert condemn is not None
    _, objects = verb_arguments(DocContext(doc, mentions), doc[1], condemn)
    assert [o.key for o in objects] == ["country/BO"]
