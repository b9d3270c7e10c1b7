"""Titles around a person's name: role and affiliation.

"Russian Foreign Minister Sergei Lavrov", "Spain's foreign minister Josep Borrell", "Russia's
Minister of Communications Nikolai Nikiforov", "Josep Borrell, Spain's foreign minister," and
"The US commander in Iraq, General David Petraeus," each give the person a ``role`` and the
country an affiliation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.dates_places.places import place_country
from extract.mentions.mention import ActorMention
from extract.roles.state_actors import backs_rather_than_belongs
from extract.vocabulary.countries import CountryForm, match_country
from extract.vocabulary.word_lists import WORDS


def read_title(
    doc: Doc,
    mention: ActorMention,
    person_tokens: set[int] | None = None,
    organisation_tokens: set[int] | None = None,
) -> None:
    """Read "Russia's Minister of Communications" before a name into role and affiliation.

    The title ends at another person's name (``person_tokens``): in "French President Francois
    Hollande and German Chancellor Angela Merkel" France belongs to Hollande only. Tokens of
    ``organisation_tokens`` (organisations the model did not tag, "SDLP leader") count as
    organisations like ORG entities.
    """
    organisations = organisation_tokens or set()
    words = _title_tokens(doc, mention, person_tokens or set(), organisations)
    role_words: list[str] = []
    skip_next = False
    posted_to = False  # past the "to" of "Ambassador to Germany": countries are destinations
    for k, token in enumerate(words):
        if skip_next:
            skip_next = False
            continue
        # "Special Representative for Iran": a post for a country is about it, not its.
        post_for = token.lower_ == "for" and k > 0 and _is_role_head(words[k - 1].text)
        if token.lower_ in ("to", "from") or post_for:
            posted_to = True
            role_words.append(token.text)
            continue
        if posted_to:
            role_words.append(token.text)
            continue
        match = match_country(token.text) if token.tag_ != "POS" else None
        # Two-word countries and demonyms ("South Korean President", "New Zealand's premier")
        # are read as one word; the pair is tried before the single word.
        pair = match_country(f"{token.text} {words[k + 1].text}") if k + 1 < len(words) else None
        if pair:
            match, skip_next = pair, True
        if match:
            if match.code not in mention.affiliations:
                mention.affiliations.append(match.code)
            role_words = []
        elif (
            token.ent_type_ == "ORG" or token.i in organisations
        ) and token.lower_ not in WORDS.role_heads | WORDS.role_modifiers:
            # "NATO Secretary-General", "the EU's foreign policy chief", "SDLP leader": the
            # organisation the title belongs to.
            if token.i not in mention.organisations:
                mention.organisations.append(token.i)
            role_words = []
        elif token.tag_ != "POS" and token.lower_ not in WORDS.relational_heads:
            role_words.append(token.text)
    while role_words and role_words[0].lower() in ("of", "for", "and", "the"):
        role_words.pop(0)
    has_head = any(_is_role_head(w) for w in role_words)
    # "Grateful Dead drummer Mickey Hart": a post no list names, held in the organisation
    # before it, is a title too; without an organisation it is only a description.
    last = words[-1] if words else None
    occupation = bool(
        mention.organisations
        and role_words
        and last is not None
        and last.is_lower
        and last.tag_ == "NN"
        and last.lower_ not in WORDS.role_modifiers
    )
    if has_head or occupation:
        mention.role = _title_case(" ".join(role_words).replace(" - ", "-").replace(" .", "."))
    else:
        mention.organisations.clear()  # an organisation before a bare name is no title
    _read_appositive_title(doc, mention)
    _read_title_before_comma(doc, mention)
    _read_office_of_organisation(doc, mention, organisations)


def _title_tokens(
    doc: Doc, mention: ActorMention, stop: set[int], organisations: set[int]
) -> list[Token]:
    """The tokens of the title before a name, in document order, up to another person's name
    (``stop``)."""
    words: list[Token] = []
    i = mention.start - 1
    while i >= 0 and i not in stop:
        token = doc[i]
        lower = token.lower_
        # "Secretary-General", "vice-president": a hyphen between two title words belongs to it.
        hyphen = token.text == "-" and i > 0 and _title_word(doc[i - 1]) and _title_word(doc[i + 1])
        # "Sens. Patrick Moynihan": the full stop of an abbreviated title belongs to it.
        abbreviation = (
            token.text == "." and i > 0 and doc[i - 1].lower_.rstrip("s") in WORDS.role_heads
        )
        # "US Ambassador to Germany": the post's destination is part of the title, and so is a
        # legislator's seat ("Senator from Minnesota Amy Klobuchar").
        destination = i > 0 and (
            (lower == "to" and doc[i - 1].lower_ in WORDS.role_heads)
            or (lower == "from" and doc[i - 1].lower_.rstrip(".") in WORDS.constituency_heads)
        )
        if (
            abbreviation
            or destination
            or token.tag_ == "POS"
            or hyphen
            or (match_country(token.text) and token.pos_ in ("PROPN", "ADJ"))
            or _is_role_head(lower)
            or lower in WORDS.relational_heads
            or lower in WORDS.role_modifiers
            or (token.is_title and token.pos_ in ("PROPN", "ADJ"))
            or token.ent_type_ == "ORG"
            or token.i in organisations
            or _unlisted_title_word(token, words, mention)
        ):
            words.append(token)
        else:
            break
        i -= 1
    words.reverse()
    if words and _plural_title_of_one(doc, words[-1], mention):
        return []  # "talks between Japanese and British officials Lawson told": a group's
    return words


def _is_role_head(word: str) -> bool:
    """ "Minister", "Senators", and abbreviated "Sen.", "Sens.": a head word of a title.

    >>> _is_role_head("Sen."), _is_role_head("Sens."), _is_role_head("Senate")
    (True, True, False)
    """
    lower = word.lower().rstrip(".")
    return lower in WORDS.role_heads or lower.rstrip("s") in WORDS.role_heads


def _unlisted_title_word(token: Token, title: list[Token], mention: ActorMention) -> bool:
    """A lower-case word of a title that no list holds: the post noun right before the name
    ("drummer" in "Grateful Dead drummer Mickey Hart"), or a word modifying a word of the title
    read so far ("corporate" in "British corporate affairs minister"), but never an adjective
    of the post itself ("the embattled minister")."""
    if not token.is_lower or token.dep_ not in ("amod", "compound"):
        return False
    if not title:  # the word right before the name: a singular noun of it
        return token.tag_ == "NN" and mention.start <= token.head.i < mention.end
    if token.head not in title:
        return False
    return token.pos_ == "NOUN" or (
        token.pos_ == "ADJ" and token.head.lower_ not in WORDS.role_heads
    )


def _plural_title_of_one(doc: Doc, last: Token, mention: ActorMention) -> bool:
    """A plural title noun ("officials") right before one name with no list after it: the
    wire dropped a comma, and the noun names a group, not this person's post."""
    name = doc[mention.start : mention.end]
    listed = any(t.conjuncts for t in name) or name.root.dep_ == "conj"
    return (
        last.i == mention.start - 1
        and last.tag_ == "NNS"
        and last.lower_.rstrip("s") in WORDS.role_heads
        and not listed
    )


def _read_appositive_title(doc: Doc, mention: ActorMention) -> None:
    """ "Josep Borrell, Spain's foreign minister, said" → role and affiliation; a place after
    "in" is where the post is held, not whose ("acting head of the EC delegation in Tokyo")."""
    root = doc[mention.end - 1]
    for child in root.rights:
        if child.dep_ != "appos" or child.lemma_.lower() not in WORDS.role_heads:
            continue
        if any(t.ent_type_ == "PERSON" for t in child.subtree):
            continue  # "North, the then head of the CIA William Casey": Casey's title
        where = {t.i for p in child.subtree if p.lower_ == "in" for t in p.subtree}
        for token in child.subtree:
            match = match_country(token.text) if token.i not in where else None
            if match and match.code not in mention.affiliations:
                mention.affiliations.append(match.code)
        if mention.role is None:
            role = [
                t.text
                for t in child.subtree
                if t.dep_ not in ("det", "poss", "case", "punct") and not match_country(t.text)
            ]
            mention.role = _title_case(" ".join(role)) if role else None


def _read_office_of_organisation(doc: Doc, mention: ActorMention, organisations: set[int]) -> None:
    """ "the then head of the CIA William Casey", "chairman of the Federal Reserve Board Paul
    Volcker": a title, "of", and the organisation right before the name place the person in it.
    """
    if mention.organisations:
        return
    k = mention.start - 1
    while k >= 0 and k in organisations:  # found organisations: "Secretary of State" is none
        k -= 1
    body = k + 1
    if body == mention.start or k < 1:
        return
    if doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of" or doc[k - 1].lower_ not in WORDS.role_heads:
        return
    mention.organisations.append(body)
    mention.role = mention.role or _title_case(doc[k - 1].text)


def _read_title_before_comma(doc: Doc, mention: ActorMention) -> None:
    """ "The US commander in Iraq, General David Petraeus, said" → role and affiliation.

    The name is parsed as an apposition of the title noun; only the title's left modifiers and
    an "of" phrase give the country ("in Iraq" is where the commander serves, not whose he is).
    """
    root = doc[mention.end - 1]
    title = root.head
    if (
        root.dep_ != "appos"
        or title.lemma_.lower() not in WORDS.role_heads
        or title.i >= mention.start
        or _plural_title_of_one(doc, title, mention)
    ):
        return
    modifiers = [t for child in title.lefts for t in child.subtree]
    for prep in title.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            modifiers.extend(prep.subtree)
    for token in modifiers:
        match = match_country(token.text) if token.pos_ in ("PROPN", "ADJ") else None
        if match and match.code not in mention.affiliations:
            mention.affiliations.append(match.code)
    if mention.role is None:
        words = [
            t.text
            for t in sorted([*modifiers, title], key=lambda t: t.i)
            if t.i <= title.i
            and t.dep_ not in ("det", "poss", "case", "punct")
            and not match_country(t.text)
        ]
        mention.role = _title_case(" ".join(words)) if words else None


#: Prepositions that tie a post to the body it is held in: "professor at Soochow University",
#: "general manager of Thiess", "ranking Republican on the Senate Banking Committee".
_POST_PREPOSITIONS = frozenset({"at", "of", "on", "for", "with"})


def read_appositive_organisations(
    doc: Doc, mention: ActorMention, organisation_tokens: set[int]
) -> None:
    """The organisation a person's post is held in, from the phrase around the name.

    "Lu Ming-Jen, economic professor at Soochow University," / "Wayne Bennett, the American
    Soybean Association's first vice president," / "David Haggard, ASA president," / "Marc
    Mathieu of SAT" / "the director of Amnesty International, Mariela Belski," each tie the
    person to the organisation named in the apposition's "at"/"of"/"on" phrase, possessor or
    compound modifier, or in "of" right after the name.
    """
    root = doc[mention.end - 1]
    places: list[Token] = []
    for child in root.rights:
        # An apposition naming another person is a list or that person's title ("between
        # North, the then head of the CIA William Casey and Thatcher"), not this one's post.
        # A company the model half took for a person ("<Thiess Dampier Mitsui Coal Pty Ltd>")
        # names nobody.
        names_another = any(
            t.ent_type_ == "PERSON" and t.i not in organisation_tokens for t in child.subtree
        )
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and not names_another:
            places.extend(_post_phrases(child))
        elif child.dep_ == "prep" and (
            child.lower_ == "of" or (child.lower_ == "at" and child.i == mention.end)
        ):
            # "Marc Mathieu of SAT", "analyst Michael Walsh at First Marathon Securities"
            places.extend(p for p in child.children if p.dep_ == "pobj")
    if root.dep_ == "appos" and root.head.i < mention.start and root.head.pos_ == "NOUN":
        places.extend(_post_phrases(root.head))  # "the director of X, Mariela Belski"
    for place in places:
        found = next((t.i for t in place.subtree if t.i in organisation_tokens), None)
        if found is not None and not set(mention.organisations) & _same_run(
            found, organisation_tokens
        ):
            mention.organisations.append(found)
            return  # one post per phrase: the first body named


def _post_phrases(post: Token) -> list[Token]:
    """The possessor, the compound modifiers of a lower-case post ("ASA president", not "the
    Texas Legislature") and the objects of the post prepositions of a post noun."""
    modifiers = ("poss", "compound") if post.is_lower else ("poss",)
    phrases = [c for c in post.children if c.dep_ in modifiers]
    for prep in post.children:
        if prep.dep_ == "prep" and prep.lower_ in _POST_PREPOSITIONS:
            phrases.extend(p for p in prep.children if p.dep_ == "pobj")
    return phrases


def _same_run(index: int, tokens: set[int]) -> set[int]:
    """The indices of the contiguous run of ``tokens`` that holds ``index``."""
    run = {index}
    for step in (-1, 1):
        i = index + step
        while i in tokens:
            run.add(i)
            i += step
    return run


def _title_word(token: Token) -> bool:
    """A capitalised word or a lower-case word of a title ("vice", "president")."""
    lower = token.lower_
    return token.is_title or lower in WORDS.role_heads or lower in WORDS.role_modifiers


def _title_case(role: str) -> str:
    small = {"of", "for", "and", "the", "on"}
    return " ".join(w if w.lower() in small else w[:1].upper() + w[1:] for w in role.split())


def read_appositive_country(doc: Doc, mention: ActorMention) -> None:
    """ "the Internet Research Agency, a shadowy Russian troll farm": an organisation described
    in apposition by a noun with a country modifier belongs to that country. A "pro-"/"anti-"
    modifier ("the Donetsk Brigade, a pro-Russian militia") names whom it backs, not whose it
    is (``extract.roles.state_actors.backs_rather_than_belongs``), and gives no affiliation."""
    if mention.affiliations:
        return
    root = doc[mention.start : mention.end].root
    for appos in (c for c in root.children if c.dep_ == "appos"):
        # "a shadowy Russian troll farm": the modifier may sit one level down.
        modifiers = [t for t in appos.subtree if t.i < appos.i]
        for modifier in (t for t in modifiers if t.dep_ in ("amod", "compound", "nmod")):
            if backs_rather_than_belongs(modifier):
                continue
            match = match_country(modifier.text)
            if match and match.form is not CountryForm.SEAT:
                mention.affiliations.append(match.code)
                return


def read_based_country(doc: Doc, mention: ActorMention) -> None:
    """ "Tokyo-based Nippon Oil", "a London-based bank": the place an organisation is based in
    gives its country."""
    if mention.affiliations or mention.start < 3:
        return
    place, hyphen, based = doc[mention.start - 3 : mention.start]
    if hyphen.text != "-" or based.lower_ != "based":
        return
    code = place_country(place.text)
    if code is not None:
        mention.affiliations.append(code)
