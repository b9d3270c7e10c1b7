"""He and she across sentences (``extract.coref.person_pronouns``): gender from titles and
given names, and the subject carried from sentence to sentence, on texts of our own through the
real pipeline."""

from __future__ import annotations

from extract.types import ArticleResult

TEXTS = {
    # The previous subject is a man: "she" passes over him to the woman named after him.
    "gender-by-given-name": "Peter Sandvik met Margaret Olsen in Bergen. "
    "She later criticized Denmark.",
    "gender-by-title": "Mr Tomas Berg welcomed Mrs Ilse Krogh on Monday. She criticized Austria.",
    # A chain of subject pronouns stays with the sentence's topic, not the last name read.
    "subject-chain": "Peter Sandvik met Thomas Holm in Bergen. He said the talks went well. "
    "He then criticized Denmark.",
    # A sentence about a person nobody names ends the search for the subject.
    "unnamed-subject-between": "Peter Sandvik met Thomas Holm in Bergen. The aide said the "
    "talks went well. He criticized Denmark.",
    # The subject is a description with the name in apposition.
    "subject-in-apposition": "The head of the union, Peter Sandvik, met Thomas Holm in Bergen. "
    "He criticized Denmark.",
}


def _edges(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in result.relations}


def test_a_pronoun_passes_over_a_person_of_the_other_gender(
    results: dict[str, ArticleResult],
) -> None:
    edges = _edges(results["gender-by-given-name"])
    assert ("person/margaret-olsen", "criticized", "country/DK") in edges
    assert ("person/peter-sandvik", "criticized", "country/DK") not in edges
    titled = _edges(results["gender-by-title"])
    assert ("person/ilse-krogh", "criticized", "country/AT") in titled
    assert ("person/tomas-berg", "criticized", "country/AT") not in titled


def test_a_subject_pronoun_follows_the_subject_pronoun_before_it(
    results: dict[str, ArticleResult],
) -> None:
    edges = _edges(results["subject-chain"])
    assert ("person/peter-sandvik", "criticized", "country/DK") in edges
    assert ("person/thomas-holm", "criticized", "country/DK") not in edges


def test_a_subject_pronoun_follows_a_subject_named_in_apposition(
    results: dict[str, ArticleResult],
) -> None:
    edges = _edges(results["subject-in-apposition"])
    assert ("person/peter-sandvik", "criticized", "country/DK") in edges
    assert ("person/thomas-holm", "criticized", "country/DK") not in edges


def test_a_subject_pronoun_does_not_reach_past_a_sentence_about_someone_unnamed(
    results: dict[str, ArticleResult],
) -> None:
    edges = _edges(results["unnamed-subject-between"])
    assert ("person/peter-sandvik", "criticized", "country/DK") not in edges
