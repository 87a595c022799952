"""A person's titles: the words before the name that modify it and the appositions to it ("Roc Nation COO",
"chief executive"), never another name, the person's own name or a list of other people."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token


def person_titles(span: Span) -> list[str]:
    """Titles and roles written around a person's name: before it, or in an apposition; another name is none
    (below)."""
    doc, titles = span.doc, []
    start = span.start
    while start > 0:
        prev = doc[start - 1]
        joined = start >= 2 and prev.text in ("-", "–") and prev.whitespace_ == "" and not doc[start - 2].whitespace_
        if joined:  # "Secretary-General" is three tokens
            start -= 1
            continue
        if prev.dep_ in ("det", "punct", "cc", "case") or prev.pos_ in ("VERB", "AUX", "ADP", "PRON"):
            break
        if not (span.start - 1 >= prev.head.i > prev.i or prev.head.i in range(span.start, span.end)):
            break
        start -= 1
    words_before = doc[start : span.start]
    if start < span.start and not _only_names(words_before) and any(c.isalpha() for c in words_before.text):
        titles.append(words_before.text)  # not the hyphen left of "pro-Jeb Bush"
    root = span.root
    head = root.head
    if root.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN") and head.i < span.start and head.ent_type_ not in _NAMES:
        titles.append(_noun_phrase(head, exclude=root))  # not "exec VP Michele Anthony, chief exec Jody Gerson"
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and child.pos_ in ("NOUN", "PROPN"):
            if child.ent_type_ not in _NAMES:  # "Thanos (Josh Brolin)", "Heino Falcke, Radboud University"
                titles.append(_noun_phrase(child))
    own = span.text if len(span) > 1 else None  # a whole name ("Marshall" is also of "the Marshall Law Group")
    return [t for t in dict.fromkeys(titles) if t.strip() and not (own and own in t) and not _lists_people(t, span)]


def _lists_people(title: str, span: Span) -> bool:
    """A "title" listing another person's whole name with "and" ("activist Alaa Abdel-Fattah and political analyst"
    before "Amr Hamzawy"): no role (not "lifelong friend of Russian President Vladimir Putin")."""
    if " and " not in title:
        return False  # the sentence's names are read only for a title with "and"
    names = {e.text for e in span.sent.ents if e.label_ == "PERSON" and len(e) > 1 and e.text in title}
    return any(re.search(re.escape(n) + r" and [a-z]|\band " + re.escape(n) + r"(?:,|$)", title) for n in names)


_NAMES = ("PERSON", "GPE", "LOC", "ORG", "NORP", "FAC")


def _only_names(words: Span) -> bool:
    """Words before a name that are no title: a lone article ("The"), or names of other things only ("New York",
    "Radboud", "Josh" of "Josh Brolin"), each capitalised and tagged as an entity."""
    if all(t.pos_ in ("DET", "PRON", "PUNCT") for t in words):
        return True
    return all(t.is_title and t.ent_type_ in _NAMES for t in words)


def _noun_phrase(head: Token, exclude: Token | None = None) -> str:
    skip = set(exclude.subtree) if exclude is not None else set()
    tokens = [t for t in head.subtree if t not in skip and t.dep_ not in ("relcl", "acl", "punct", "appos")]
    tokens = [t for t in tokens if not (t.dep_ == "det" and t.head == head)]
    if not tokens:
        return ""
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    return head.doc[first : last + 1].text.strip(" ,")
