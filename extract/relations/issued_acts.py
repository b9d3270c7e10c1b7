"""Acts done by a document: "Putin signed a decree that recognized Crimea", "Obama signed an
executive order that sanctioned eleven people".

The relative clause's subject is the document, which is no actor; whoever signed, issued or
passed it did the act, and so with a participle ("adopted a resolution calling on Iran and
Iraq"). The issuer is the subject of the verb that takes the document as its object (climbing
to the nearest verb with a subject, as in ``extract.relations.find``).

A report that says something speaks for its author ("a UN report accused Syria", "Amnesty's
report"); one with no author named that was released in a seat of government speaks for that
country: "a report released in the Rwandan capital alleged that France ..." is Rwanda's
allegation (``report_publishers``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.mentions.mention import ACTOR_TYPES, ActorMention
from extract.relations.arguments import resolve_argument
from extract.relations.clause_parts import children
from extract.relations.doc_context import DocContext
from extract.roles.state_actors import as_actor
from extract.vocabulary.countries import CountryForm
from extract.vocabulary.word_lists import WORDS


def document_issuers(ctx: DocContext, verb: Token) -> list[ActorMention]:
    """The actors who issued the document a relative-clause act hangs on (may be empty); a
    present participle is such a clause too ("adopted a resolution calling on Iran")."""
    document = verb.head
    clause = verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG")
    if not clause or document.lemma_.lower() not in WORDS.issued_documents:
        return []
    issuing = document.head
    if document.dep_ not in ("dobj", "nsubjpass") or issuing.pos_ not in ("VERB", "AUX"):
        return []
    node = issuing
    for _ in range(4):  # "decided to sign a decree that ...": climb to a verb with a subject
        subjects = children(node, "nsubj")
        agents = [p for a in children(node, "agent") for p in a.children]
        if subjects or agents or node.head.i == node.i:
            break
        node = node.head
    found = [m for t in subjects + agents for m in resolve_argument(ctx, t)]
    return [m for m in found if m.type in ACTOR_TYPES]


def report_publishers(ctx: DocContext, verb: Token) -> list[ActorMention]:
    """Who speaks through a report that is the verb's subject: its author ("Amnesty's report",
    "a UN report", "a report by Human Rights Watch"), else the country whose seat of government
    an authorless report was released in ("a report released in Kigali")."""
    found: list[ActorMention] = []
    reports = children(verb, "nsubj")
    if verb.dep_ in ("acl", "relcl"):
        reports.append(verb.head)  # "a report that accused Syria"; "A UN report accused" misparsed
    for report in reports:
        if report.lemma_.lower() not in WORDS.report_nouns:
            continue
        authors = _authors(ctx, report)
        found.extend(authors or _release_seats(ctx, report))
    return [m for m in found if m.type in ACTOR_TYPES]


def _authors(ctx: DocContext, report: Token) -> list[ActorMention]:
    tokens = children(report, "poss", "compound", "nmod")
    tokens += [p for c in children(report, "prep") if c.lower_ == "by" for p in children(c, "pobj")]
    return [m for t in tokens for m in resolve_argument(ctx, t)]


def _release_seats(ctx: DocContext, report: Token) -> list[ActorMention]:
    found = []
    for release in report.children:
        if release.dep_ != "acl" or release.lemma_.lower() not in WORDS.releasing_lemmas:
            continue
        for prep in release.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for place in children(prep, "pobj"):
                mention = ctx.by_token.get(place.i)
                if mention is not None and mention.form is CountryForm.SEAT:
                    found.append(as_actor(mention))
    return found
