"""Numbers in idioms and hyperbole, which count nothing in the story: "the $2 billion-dollar question", "the
11 zillion Panama documents", "working for the 1 %, not the 99 %" (a class of people, not a share of anything).
Kept apart from `nonfigures.py` (dates, names, designations) as a concern of its own: manners of speaking.
"""

from __future__ import annotations

from spacy.tokens import Span

# jocular scale words: "11 zillion documents" is "very many", no number of them
HYPERBOLE_SCALES = frozenset({
    "zillion", "zillions", "gazillion", "gazillions", "bazillion", "bajillion", "squillion", "kajillion", "jillion",
})  # fmt: skip
# words before "the N %" that make it a class of people ("working for the 1 %", "those of the 99 %", "not the 99 %")
_CLASS_BEFORE = frozenset({"for", "of", "not", "against", "versus", "vs", "vs."})


def idiom(group: Span) -> bool:
    """Whether a number is a manner of speaking rather than a figure of the story."""
    return _hyperbole(group) or _money_question(group) or _percent_class(group)


def _hyperbole(group: Span) -> bool:
    """ "any of the 11 zillion Panama documents": a number before a jocular scale word."""
    doc = group.doc
    return group.end < len(doc) and doc[group.end].lower_ in HYPERBOLE_SCALES


def _money_question(group: Span) -> bool:
    """ "the $64,000 question", "the $2 billion-dollar question": an amount in dollars that names a question, the
    idiom for the question that matters most ("a 10-point question" is a test's)."""
    doc = group.doc
    at = group.end
    while at < len(doc) and at < group.end + 3 and (doc[at].text == "-" or doc[at].lower_ in ("dollar", "dollars")):
        at += 1
    return at < len(doc) and doc[at].lemma_.lower() == "question" and "$" in doc[group.start].text


def _percent_class(group: Span) -> bool:
    """ "working mainly for the 1 %, not the 99 %", "the capital and assets of the 1 %": "the N %" standing
    alone as a noun after "for", "of", "not": the people it stands for, not a share of a thing the story
    counts ("fell to the 2% target" names its noun; "near the 2%" is no class)."""
    doc = group.doc
    if group[-1].text != "%" or group.start < 2 or doc[group.start - 1].lower_ != "the":
        return False
    if doc[group.start - 2].lower_ not in _CLASS_BEFORE:
        return False
    after = doc[group.end] if group.end < len(doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and after.lower_ != "of"
