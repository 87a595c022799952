"""Numbers in idioms and hyperbole, which count nothing in the story: "the $2 billion-dollar question", "the
11 zillion Panama documents", "working for the 1 %, not the 99 %" (a class of people, not a share of anything),
"belonging to one universal astronaut family" (unity, not a count of families).
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
# nouns of a whole that "one" makes a figure of unity ("one universal family", "one united nation")
UNITY_NOUNS = frozenset({"family", "people", "nation", "world", "community", "team", "humanity", "voice", "race"})
# adjectives of a whole, and verbs of belonging, that make "one" unity rather than a count
UNITY_ADJECTIVES = frozenset({"universal", "united", "global", "big", "happy", "human", "single", "whole"})
UNITY_VERBS = frozenset({"belong", "become", "unite", "speak"})


def idiom(group: Span) -> bool:
    """Whether a number is a manner of speaking rather than a figure of the story."""
    return _hyperbole(group) or _money_question(group) or _percent_class(group) or _one_of_unity(group)


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


def _one_of_unity(group: Span) -> bool:
    """ "the spirit of belonging to one universal astronaut family": "one" before a noun of a whole (family,
    nation, people) that an adjective of a whole describes or a verb of belonging takes, not a count of families
    ("one family was evacuated" counts)."""
    number = group[-1]
    if len(group) != 1 or number.lower_ != "one" or number.dep_ != "nummod":
        return False
    noun = number.head
    if noun.lemma_.lower() not in UNITY_NOUNS or noun.i < number.i:
        return False
    between = group.doc[number.i + 1 : noun.i]
    if any(t.lower_ in UNITY_ADJECTIVES for t in between):
        return True
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb.lemma_.lower() in UNITY_VERBS
