"""Whose age a figure is: an age counts the years of one person or animal, so what it counts is its owner ("a
17-year-old gorilla" is the gorilla's age, "Martin Bamford, 30," Martin Bamford's), never the word "year".

Kept apart from `counted.py` (what a count counts) and `nonfigures.is_age` (whether a number is an age).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the story step reads `person_owner` without loading spaCy (see tests/test_cli_usage.py)
    from spacy.tokens import Span, Token

_OLD = re.compile(r"^-?(year|years|yr|yrs)?-?olds?$", re.I)
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
OWNER_PRONOUNS = frozenset({"he", "she", "him", "her", "it", "they"})


def age_words(group: Span) -> list[Token]:
    """The words that make the number an age ("-year-old", "years old"), up to "old"; empty when none follow."""
    doc = group.doc
    for i in range(group.end, min(group.end + 5, len(doc))):
        token = doc[i]
        if _OLD.match(token.text) and token.lower_.rstrip("s").endswith("old"):
            return list(doc[group.end : i + 1])
        if not (token.text in ("-", "‐") or token.lower_ in ("year", "years", "yr", "yrs")):
            break
    return []


def age_owner(group: Span) -> Token | None:
    """The noun whose age the number gives: the noun "N-year-old" modifies ("a 17-year-old gorilla"), the
    name or noun an age in commas follows ("Martin Bamford, 30,", "The tram driver, 42,"), the subject an age is
    said of ("the child is 4 years old", "Harambe, who was 17": the relative pronoun's noun); a pronoun subject
    as such ("he was 3"), for the caller to resolve. None when the age stands for its owner ("a 3-year-old got
    into the enclosure") or the sentence names none."""
    words = age_words(group)
    old = words[-1] if words else None
    last = group[-1]
    if old is not None and old.lower_.endswith("olds"):
        return None  # "17-year-olds": a band of ages, no one owner
    if old is not None and old.dep_ in ("amod", "compound", "nmod", "npadvmod") and old.head.i > old.i:
        between = old.doc[old.i + 1 : old.head.i]
        if old.head.pos_ in ("NOUN", "PROPN") and all(t.pos_ not in ("VERB", "AUX") for t in between):
            return old.head
        return None  # "the 19-year-old gained universal praise": the parser's "old ... praise" is no phrase
    predicate = old if old is not None else last
    if old is None and last.dep_ == "conj" and last.head.like_num and last.head.i < last.i:
        predicate = last.head  # "whose kids are 6 and almost 10": the second age is the subject's too
    if predicate.dep_ in ("acomp", "attr", "oprd") and predicate.head.lemma_ == "be":
        return _subject_of(predicate.head)
    if old is None and group.start > 0 and group.doc[group.start - 1].text == ",":
        if last.dep_ in ("appos", "amod", "npadvmod", "conj") and last.head.pos_ in ("PROPN", "NOUN"):
            return last.head if last.head.i < last.i else None
    if old is None and group.start > 0 and group.doc[group.start - 1].lower_ == "aged":
        aged = group.doc[group.start - 1]
        if aged.head.i < aged.i and aged.head.pos_ in ("NOUN", "PROPN"):
            return aged.head  # "a man aged 47"
    return None


def _subject_of(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject_of(verb.head)  # "The boy was initially reported to be 4 years old"
    if subject is None:
        return None
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "Harambe, who was 17"
    if subject.pos_ in ("NOUN", "PROPN") or subject.lower_ in OWNER_PRONOUNS:
        return subject
    return None


def is_owner_pronoun(token: Token) -> bool:
    return token.lower_ in OWNER_PRONOUNS


# people a report names by a common noun when it gives their age ("the child is 4 years old", "the driver,
# 42,"): the owners "he" or "she" can stand for later ("he was 3"), where an animal's ("a 17-year-old male") is not
PERSON_NOUNS = frozenset({
    "boy", "girl", "child", "son", "daughter", "toddler", "kid", "youngster", "baby", "infant", "teenager", "teen",
    "man", "woman", "mother", "father", "mom", "mum", "dad", "wife", "husband", "driver", "pilot", "victim",
    "suspect", "passenger", "student", "officer", "player",
})  # fmt: skip


def person_owner(counted: str | None) -> bool:
    """Whether an age's owner is a person named by a common noun ("child", "tram driver")."""
    return bool(counted) and counted.split()[-1].lower() in PERSON_NOUNS


def age_span(group: Span) -> set[int]:
    """The token indices of the number and its age words: not part of the owner's phrase."""
    return {t.i for t in group} | {t.i for t in age_words(group)}
