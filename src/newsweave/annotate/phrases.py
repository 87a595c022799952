"""The shape of a source phrase: where it starts and ends, and whether a name is its head."""

from __future__ import annotations

from spacy.tokens import Token

from newsweave.annotate.entities import TITLE_WORDS
from newsweave.annotate.speech_words import SKIP_IN_SOURCE
from newsweave.model import Entity


def definite_common(head: Token) -> bool:
    """ "the company", "the news agency": a definite phrase of common nouns only (not "the National
    Institute on Drug Abuse", which names itself)."""
    if not any(t.dep_ == "det" and t.lower_ in ("the", "this") for t in head.children):
        return False
    return all(t.pos_ != "PROPN" and not t.text[:1].isupper() for t in head.subtree if t.dep_ != "det")


def person_heads(person: Entity, head: Token, phrase_end: int) -> bool:
    """A person speaks for the phrase when the name is its head or apposition, or when the phrase is a
    title ending in the name ("chairman and chief executive Richard Parsons")."""
    if names_head(person, head, compound_ok=True):
        return True
    ends_with_name = any(e == phrase_end for _, e in person.mentions)
    return ends_with_name and (head.lower_ in TITLE_WORDS or head.pos_ == "PROPN")


def names_head(entity: Entity, head: Token, compound_ok: bool) -> bool:
    """Whether the entity is the phrase's head or its apposition ("the spokesperson, Jeon Ha-kyou"), or
    (organisations) its compound ("G7 nations" is G7)."""
    if entity.type == "NORP":
        return False
    appositions = [c for c in head.children if c.dep_ == "appos"]
    for s, e in entity.mentions:
        if s <= head.idx < e or any(s <= a.idx < e for a in appositions):
            return True
        if not compound_ok:
            continue
        for child in head.children:
            if child.dep_ == "compound" and s <= child.idx < e:
                return True
    return False


def phrase_tokens(head: Token) -> list[Token]:
    """The contiguous noun phrase of a subject, without relative clauses (at any depth: "one user on
    Weibo, which is China's Twitter"), trailing appositions or commas."""
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in SKIP_IN_SOURCE and not (child.dep_ == "appos" and child.ent_type_ == "PERSON"):
            if child.dep_ == "punct" and child.i < head.i:
                continue
            skip.update(t.i for t in child.subtree)
    for token in head.subtree:
        if token.dep_ == "relcl" and token.head is not head and token is not head:  # a relative verb heads itself
            skip.update(t.i for t in token.subtree)
    tokens = [t for t in head.subtree if t.i not in skip]
    if any(t.text == "," for t in tokens if t.i > head.i):  # cut at the comma that opened a skipped clause
        cut = min(t.i for t in tokens if t.i > head.i and t.text == ",")
        tokens = [t for t in tokens if t.i < cut]
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens.pop(0)
    # keep it contiguous around the head
    first, last = tokens[0].i, tokens[-1].i
    return [t for t in head.doc[first : last + 1]]
