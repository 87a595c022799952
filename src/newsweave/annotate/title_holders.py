"""Who holds a body's title when the article names the title before the person: "Telegram’s founder and CEO said
Apple removed the company’s controversial messaging apps ... “We were alerted by Apple ...,” Pavel Durov remarked on
Twitter." A title read alone is nobody; the person it stands for is the one named before with that title, else the
one the next sentences give the floor to."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from newsweave.annotate.clauses import is_reporting
from newsweave.annotate.mentions import MentionIndex
from newsweave.model import Entity

SENTENCES_AFTER = 2  # how far on the person a title stands for may be named


def named_owner(head: Token) -> Token | None:
    """The named body a title belongs to, written as its possessor ("Telegram’s founder"), when nothing else says
    who holds the title (no determiner, no name or title beside it)."""
    if any(c.dep_ in ("det", "compound", "appos") for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


def title_holder(index: MentionIndex, head: Token, owner: str) -> Entity | None:
    """The person a body's title stands for: one named before with that title, else the first person the next
    sentences name as the subject of a reporting verb, unless a title of another body is written with them
    ("Lyft's president John Zimmer said" holds no title of Uber's)."""
    before = index.person_before(head.idx, head_noun=head.lower_)
    if before is not None and any(head.lower_ in title.lower() for title in before.titles):
        return before
    at = index.sentence_index(head.i) or 0
    last = index.sentences[min(len(index.sentences) - 1, at + SENTENCES_AFTER)].end_char
    for start, end, entity in index.by_char[bisect_right(index.starts, head.idx) :]:
        if start >= last:
            break
        mention = index.doc.char_span(start, end, alignment_mode="expand")
        if entity.type != "PERSON" or mention is None or _other_owner(mention.root, owner):
            continue
        if mention.root.dep_ == "nsubj" and is_reporting(mention.root.head):
            return entity
    return None


def _other_owner(name: Token, owner: str) -> bool:
    """A title beside the name that belongs to another body ("Lyft's president John Zimmer")."""
    titles = [c for c in name.children if c.dep_ in ("compound", "appos")]
    return any(c.dep_ == "poss" and c.text != owner for title in titles for c in title.children)
