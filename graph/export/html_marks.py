"""Where, in an evidence sentence, the trigger and the two participants of a relation are.

The view's evidence panel highlights them; the graph keeps only the sentence, its trigger word
and the participants' names, so the spans are found here by searching the sentence for those
names (whole words, case-insensitive, longest name first). A participant named only by a
pronoun or a title in that sentence simply gets no mark.
"""

from __future__ import annotations

from collections.abc import Iterable

#: A span of the sentence: (start, end, kind) with kind "trigger", "subject" or "object".
Mark = tuple[int, int, str]


def _is_word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def _find_word(sentence: str, names: Iterable[str], taken: list[Mark]) -> tuple[int, int] | None:
    """The first whole-word occurrence of the longest of ``names`` not overlapping ``taken``.

    Plain ``str.find`` on the case-folded text, not a regular expression per name: a graph of
    100,000 relations has tens of thousands of names, far more than ``re``'s pattern cache.
    """
    folded = sentence.lower()
    if len(folded) != len(sentence):  # a character whose lower case is longer: keep it exact
        folded = sentence
    # Names of equal length in alphabetical order: a set's order changes with the hash seed,
    # and with it which of two such names was marked (graph.html differed between runs).
    distinct = {n.strip() for n in names if n and n.strip()}
    for name in sorted(distinct, key=lambda n: (-len(n), n)):
        wanted = name.lower() if folded is not sentence else name
        start = folded.find(wanted)
        while start >= 0:
            end = start + len(wanted)
            whole = not _is_word_char(folded, start - 1) and not _is_word_char(folded, end)
            if whole and all(end <= s or start >= e for s, e, _ in taken):
                return start, end
            start = folded.find(wanted, start + 1)
    return None


def _surnames(names: Iterable[str]) -> list[str]:
    # "Sergei Lavrov" is often just "Lavrov" in the sentence, even when no alias says so.
    return [name.split()[-1] for name in names if len(name.split()) > 1]


def sentence_marks(
    sentence: str, trigger: str, subject_names: Iterable[str], object_names: Iterable[str]
) -> list[Mark]:
    """Spans of the trigger and the participants in ``sentence``, in reading order.

    >>> sentence_marks("Lavrov dismissed the claims of Spain.", "dismissed",
    ...                ["Sergei Lavrov"], ["Spain", "Kingdom of Spain"])
    [(0, 6, 'subject'), (7, 16, 'trigger'), (31, 36, 'object')]
    """
    marks: list[Mark] = []
    for kind, names in (("subject", list(subject_names)), ("object", list(object_names))):
        found = _find_word(sentence, names, marks) or _find_word(sentence, _surnames(names), marks)
        if found:
            marks.append((*found, kind))
    # The trigger last: an affiliation's "trigger" can be a word of the person's own name
    # ("James" in "Treasury Secretary James Baker"), which must not split the name's mark.
    found = _find_word(sentence, [trigger], marks)
    if found:
        marks.append((*found, "trigger"))
    return sorted(marks)
