"""Names the model tags a person that the words around one mention make something else, read from the parse, not
from a list of names: a team written in the plural after "the" ("only the Browns were worse"), which no person of
the article's family is; a place a journey reaches ("a flyby of Pluto", "a mission to Mars") or a list of places
goes on to ("37,000 pounds to Mars, or 7,700 pounds to Pluto"); a thing a common noun is "known as" ("The moment
of maximum aerodynamic pressure, known as Max-Q"), no actor of the story.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsweave.annotate.doc_arrays import doc_text
from newsweave.annotate.name_words import is_given_name

# Nouns of a journey, and the prepositions that lead from each to where it goes ("a flyby of Pluto").
JOURNEY_NOUNS = {
    "flyby": ("of", "past"), "mission": ("to",), "voyage": ("to",), "journey": ("to",), "trip": ("to",),
    "expedition": ("to",), "landing": ("on",), "orbit": ("of", "around"),
}  # fmt: skip
# Nouns of a moment, a stage or a working of things, which name no one: "the moment ..., known as Max-Q".
THING_NOUNS = {
    "moment", "phase", "stage", "point", "period", "process", "procedure", "technique", "effect", "phenomenon",
    "condition", "manoeuvre", "maneuver", "feature", "mode", "setting", "option",
}  # fmt: skip
_NAMING_VERBS = {"know", "call", "dub", "name", "nickname"}


def team_in_plural(span: Span) -> bool:
    """One plural proper noun after "the", or listed after one ("the Panthers and Broncos"), that is no given name
    and no family: the article never writes its singular ("the Clintons" beside "Hillary Clinton" or "the Clinton
    campaign")."""
    if len(span) != 1:
        return False
    word = span[0]
    if not _plural_name(word) or not (_after_the(word) or (word.dep_ == "conj" and _after_the(word.head))):
        return False
    text = doc_text(span.doc)  # "the Clintons" beside "Clinton campaign spokesman Brian Fallon": a family
    return not any(re.search(rf"\b{re.escape(one)}\b", text) for one in (word.text[:-1], word.text[:-2]))


def _plural_name(word: Token) -> bool:
    return word.tag_ == "NNPS" and word.text.endswith("s") and word.is_title and not is_given_name(word.text)


def _after_the(word: Token) -> bool:
    return _plural_name(word) and any(c.dep_ == "det" and c.lower_ == "the" and c.i < word.i for c in word.children)


def journey_end(span: Span) -> bool:
    """The object of the preposition that leads a journey noun to where it goes ("a flyby of Pluto"), or of the
    preposition a listed noun repeats after a place ("37,000 pounds to Mars, or 7,700 pounds to Pluto")."""
    root = span.root
    if root.dep_ != "pobj" or any(is_given_name(t.text) for t in span):
        return False
    preposition, owner = root.head, root.head.head
    if owner.pos_ == "NOUN" and preposition.lower_ in JOURNEY_NOUNS.get(owner.lemma_.lower(), ()):
        return True
    listed = [owner.head] if owner.dep_ == "conj" else []
    listed += [c for c in owner.children if c.dep_ == "conj"]
    return any(
        o.ent_type_ in ("GPE", "LOC")
        for other in listed
        for p in other.children
        if p.dep_ == "prep" and p.lower_ == preposition.lower_
        for o in p.children
        if o.dep_ == "pobj"
    )


def known_as_thing(span: Span) -> bool:
    """The object of "as" after "known", "called" or "dubbed" said of a noun of a moment or a working of things:
    "The moment of maximum aerodynamic pressure, known as Max-Q"."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "as":
        return False
    naming = root.head.head
    if naming.lemma_.lower() not in _NAMING_VERBS:
        return False
    named = naming.head
    if named.dep_ == "pobj" and named.head.lower_ == "of":  # "the moment of maximum pressure, known as"
        named = named.head.head
    return named.pos_ == "NOUN" and named.lemma_.lower() in THING_NOUNS
