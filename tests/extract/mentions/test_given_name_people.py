"""People's names the model tags as organisations, told by a given name and a surname."""

from __future__ import annotations

import spacy

from extract.mentions.given_name_people import is_given_named_person
from extract.pipeline import extract_articles
from extract.types import Article, EntityType


def test_a_given_name_and_a_surname_tagged_org_make_a_person() -> None:
    text = (
        "Nikki Haley said the United States would act. Eli Lilly and Co said profits rose, "
        "and Eli Lilly said its sales would grow. Howard University said nothing."
    )
    result = next(iter(extract_articles([Article(id="g", text=text)])))
    types = {e.label: e.type for e in result.entities}
    assert types.get("Nikki Haley") is EntityType.PERSON  # the model: an ORG
    assert EntityType.PERSON not in {types.get("Eli Lilly"), types.get("Eli Lilly and Co")}
    assert types.get("Howard University") is EntityType.ORGANIZATION


def test_heads_common_words_and_countries_keep_the_organisation() -> None:
    doc = spacy.blank("en")("Sterling Drug , Victoria Election Authority , India Narendra Modi")
    assert not is_given_named_person(doc[0:2])  # "drug" is written in lower case
    assert not is_given_named_person(doc[3:6])  # "Authority" heads a body
    assert not is_given_named_person(doc[7:10])  # "India" is a country first


def test_a_name_before_a_title_is_the_employer() -> None:
    doc = spacy.blank("en")("Dean Witter analyst Mark Daugherty said so .")
    assert not is_given_named_person(doc[0:2])
