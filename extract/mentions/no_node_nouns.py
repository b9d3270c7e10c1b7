"""Event and bill nouns that name no node: a briefing of reporters, a market's trading
session, a debt paper.

"a news conference", "the morning session", "Treasury bills": the head word is one the
nominal reader (``extract.mentions.nominals``) makes an event or a bill of, but its modifiers
say it is no gathering of sides and no text voted on.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.vocabulary.word_lists import WORDS


def is_briefing(token: Token) -> bool:
    """Whether an event noun is a briefing of reporters ("a news conference") or a market's
    trading session ("the morning session"): no event node.

    >>> import spacy
    >>> is_briefing(spacy.blank("en")("summit")[0])
    False
    """
    if any(c.dep_ == "compound" and c.lower_ in WORDS.briefing_modifiers for c in token.lefts):
        return True
    return is_trading_session(token)


def is_trading_session(token: Token) -> bool:
    """Whether a session is a market's trading period ("the morning session", "Kobe Exchange
    sessions"): a modifier of ``WORDS.trading_session_words`` on a "session" head.

    >>> import spacy
    >>> is_trading_session(spacy.blank("en")("session")[0])
    False
    """
    if token.lemma_.lower() != "session" and token.lower_ not in ("session", "sessions"):
        return False
    words = {t.lower_ for child in token.lefts for t in child.subtree}
    return bool(words & WORDS.trading_session_words)


def is_debt_paper(token: Token) -> bool:
    """Whether a bill is a debt paper ("Treasury bills", "90-day bank bills"): a modifier of
    ``WORDS.security_bill_modifiers``, or a word of one ("90-day").

    >>> import spacy
    >>> is_debt_paper(spacy.blank("en")("bill")[0])
    False
    """
    words = {
        part.lower() for child in token.lefts for t in child.subtree for part in t.text.split("-")
    }
    return token.lemma_.lower() == "bill" and bool(words & WORDS.security_bill_modifiers)
