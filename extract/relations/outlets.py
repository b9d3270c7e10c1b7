"""News outlets: where a statement was made, not whom it was made to.

"Lu told Reuters", "Carlsson told the China Daily", "the prime minister told BBC One's Breakfast
with Frost programme": a statement to a news agency, paper or programme is the speaker going on
the record; so is one told to a gathering ("told a meeting of businessmen", ``venue_heads``).
Outlets are named by a word list of agencies and broadcasters known by one word ("Reuters",
"Xinhua", "NBC") or by the head noun of their name ("China *Daily*", "Associated *Press*",
"*programme*"), both in ``extract/data/words/actors.txt``.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ActorMention
from extract.relations.clause_parts import children
from extract.types import EntityType
from extract.vocabulary.word_lists import WORDS

_OUTLET_TYPES = (EntityType.ORGANIZATION, EntityType.PLACE, EntityType.EVENT, EntityType.PERSON)


def is_news_outlet(mention: ActorMention) -> bool:
    """Whether a mention names a news agency, paper, broadcaster or programme.

        >>> from spacy.tokens import Token

    from extract.mentions.mention import ActorMention
        >>> is_news_outlet(ActorMention(0, 1, EntityType.ORGANIZATION, "Reuters"))
        True
        >>> is_news_outlet(ActorMention(0, 2, EntityType.ORGANIZATION, "the China Daily"))
        True
        >>> is_news_outlet(ActorMention(0, 2, EntityType.ORGANIZATION, "Foreign Ministry"))
        False
    """
    if mention.type not in _OUTLET_TYPES:
        return False
    words = mention.name.lower().replace("'s", "").split()
    if not words:
        return False
    news_agency = words[-1] == "agency" and "news" in words  # "the Sudan News Agency"
    return (
        news_agency
        or words[-1] in WORDS.outlet_heads
        or any(w in WORDS.outlet_names for w in words)
    )


def outlet_phrase_tokens(verb: Token) -> set[int]:
    """The tokens of the phrases a statement is told to that name an outlet, whatever the
    parse made their head: "told BBC One's Breakfast with Frost programme" hangs "programme"
    under "Breakfast", so the whole object phrase is the programme, and "Breakfast" no place.
    """
    found: set[int] = set()
    listeners = children(verb, "dobj", "dative")
    for phrase in listeners:
        words = list(phrase.subtree)
        if any(w.lower_ in WORDS.outlet_names or w.lower_ in WORDS.outlet_heads for w in words):
            found.update(w.i for w in words)
        elif phrase.lemma_.lower() in WORDS.venue_heads:
            # "told a meeting of local businessmen": the meeting is where it was said; who
            # attended it ("of EU ministers") may still be whom it was said to.
            found.update(w.i for w in phrase.subtree if w.i <= phrase.i)
    return found


def is_outlet_word(token: Token) -> bool:
    """Whether a noun phrase's head names a news outlet by the word lists: "IRNA", "Tehran
    radio", "the official Iraqi news agency", "the China Daily".

        >>> import spacy
        >>> is_outlet_word(spacy.blank("en")("Tehran radio")[1])
        True
    """
    lower, lemma = token.lower_, token.lemma_.lower() or token.lower_
    if lower in WORDS.outlet_names or lemma in WORDS.outlet_heads or lower in WORDS.outlet_heads:
        return True
    # "the official Iraqi news agency": an agency that is a news agency.
    return lemma == "agency" and any(c.lower_ == "news" for c in token.lefts)


def relayed_news(subjects: list[ActorMention], objects: list[ActorMention]) -> list[ActorMention]:
    """The objects of an act, leaving out news outlets when its subjects are outlets too: one
    outlet acting on another ("IRNA, monitored by the BBC", "Tass quoted Pravda") passes the
    news along.

        >>> irna = ActorMention(0, 1, EntityType.ORGANIZATION, "IRNA")
        >>> bbc = ActorMention(4, 5, EntityType.ORGANIZATION, "BBC")
        >>> relayed_news([bbc], [irna])
        []
    """
    if not subjects or not all(is_news_outlet(s) for s in subjects):
        return objects
    return [o for o in objects if not is_news_outlet(o)]
