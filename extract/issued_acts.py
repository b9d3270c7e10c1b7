"""Acts done by a document: "Putin signed a decree that recognized Crimea", "Obama signed an
executive order that sanctioned eleven people".

The relative clause's subject is the document, which is no actor; whoever signed, issued or
passed it did the act. The issuer is the subject of the verb that takes the document as its
object (climbing to the nearest verb with a subject, as in ``extract.relations``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.arguments import DocContext, resolve_argument
from extract.mention_types import ActorMention
from extract.types import EntityType

ISSUED_DOCUMENTS = frozenset(
    {"decree", "order", "law", "bill", "resolution", "directive", "statement", "ruling"}
)
_ACTORS = frozenset({EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION})


def document_issuers(ctx: DocContext, verb: Token) -> list[ActorMention]:
    """The actors who issued the document a relative-clause act hangs on (may be empty)."""
    document = verb.head
    if verb.dep_ != "relcl" or document.lemma_.lower() not in ISSUED_DOCUMENTS:
        return []
    issuing = document.head
    if document.dep_ not in ("dobj", "nsubjpass") or issuing.pos_ not in ("VERB", "AUX"):
        return []
    node = issuing
    for _ in range(4):  # "decided to sign a decree that ...": climb to a verb with a subject
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        agents = [p for a in node.children if a.dep_ == "agent" for p in a.children]
        if subjects or agents or node.head.i == node.i:
            break
        node = node.head
    found = [m for t in subjects + agents for m in resolve_argument(ctx, t)]
    return [m for m in found if m.type in _ACTORS]
