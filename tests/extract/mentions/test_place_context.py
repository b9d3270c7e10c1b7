"""Places the model tagged as people or organisations, told by the words around them."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article, EntityType


def test_area_nouns_and_place_prepositions_make_places() -> None:
    text = (
        "Farmers marched through the streets of Hanover on Monday. Police said a bomb "
        "exploded in Ghazni."
    )
    result = next(iter(extract_articles([Article(id="p", text=text)])))
    types = {e.label: e.type for e in result.entities}
    assert types.get("Hanover") is EntityType.PLACE
    assert types.get("Ghazni") is EntityType.PLACE


def test_west_germany_is_germany() -> None:
    text = "West Germany and France rejected the tax, a West German official said in Bonn."
    result = next(iter(extract_articles([Article(id="w", text=text)])))
    keys = {e.key for e in result.entities}
    assert "country/DE" in keys
    assert "place/west-germany" not in keys


def test_a_person_that_is_the_object_of_in_or_joined_to_an_area_is_a_place() -> None:
    text = (
        "A car bomb hit a military base in Tell Hamdan on Monday. Tarsa, and the Gorno region "
        "around it, voted against the measure."
    )
    result = next(iter(extract_articles([Article(id="k", text=text)])))
    types = {e.label: e.type for e in result.entities}
    assert types.get("Tell Hamdan") is EntityType.PLACE
    assert types.get("Tarsa") is EntityType.PLACE


def test_a_name_placed_in_a_country_by_a_comma_is_a_place() -> None:
    text = "Smugglers crossed the river between Laredo and Nuevo Laredo, Mexico, on Sunday night."
    result = next(iter(extract_articles([Article(id="p", text=text)])))
    types = {e.label: e.type for e in result.entities}
    assert types.get("Nuevo Laredo") is EntityType.PLACE, types
