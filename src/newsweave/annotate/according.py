"""Who an "according to X" (or "per X") phrase credits, and with which clause: a phrase hung inside a
relative or adverbial clause speaks for that clause only ("..., which is set to take effect immediately
according to the resolution"), one that closes the sentence after a comma for all of it. Parse-only."""

from __future__ import annotations

from spacy.tokens import Token

from newsweave.annotate.doc_arrays import column
from newsweave.annotate.speech_words import BODY_NOUNS, OFFICIAL_NOUNS, SOURCE_NOUNS


def according_to(token: Token) -> Token | None:
    """The object of an "according to X" (or "per X") phrase in the token's sentence."""
    return next((agent for agent, _ in _according_phrases(token)), None)


def according_to_over(token: Token) -> tuple[Token, Token] | None:
    """The "according to X" phrase whose clause holds the token, with the word it hangs on: "..., which is
    set to take effect immediately according to the resolution" credits the resolution with its relative
    clause only, not with the "40 million shekels" of the main clause. None when an "according to" agent
    is written but none governs the token (or the agent names nobody)."""
    for agent, marker in _according_phrases(token):
        if agent is not None and (
            (_closes_sentence(marker) and _reaches(marker, token)) or _governs(marker.head, token)
        ):
            return agent, marker.head
    return None


def _reaches(marker: Token, token: Token) -> bool:
    """A phrase closing the sentence speaks for the token unless a semicolon parts them or one of them is inside
    quotation marks the other is not ("Nike holds $10.7 billion offshore ...; ... the report says the company
    ''reports having 987 subsidiaries ..., according to its own website.''": the website is the company's source, not
    the researchers')."""
    between = token.doc[min(token.i, marker.i) : max(token.i, marker.i)]
    return not any(t.text == ";" for t in between) and _within_quotation(marker) == _within_quotation(token)


def closing_according(token: Token) -> Token | None:
    """The agent of an "according to X" set off by a comma at the end of the token's sentence: it speaks for the
    whole sentence, reporting clauses inside it included ("Jeff Weaver says ... the gap in pledged delegates, which
    stood at 263 ..., according to the Associated Press": the AP reports what Weaver says and the 263)."""
    for agent, marker in _according_phrases(token):
        if agent is None or not _closes_sentence(marker):
            continue
        if _within_quotation(marker):
            return None
        between = token.doc[min(token.i, marker.i) : max(token.i, marker.i)]
        return None if any(t.text == ";" for t in between) else agent
    return None


QUOTE_MARKS = {'"', "“", "”", "''", "``"}
MARKERS = {"according", "per"}  # the words an "according to X" or "per X" phrase opens with


def _within_quotation(marker: Token) -> bool:
    """A phrase inside quotation marks is the quoted speaker's own sourcing ("the report says the company
    ''reports having 987 subsidiaries ..., according to its own website.''"), not the writer's over the sentence."""
    return sum(t.text in QUOTE_MARKS for t in marker.sent if t.i < marker.i) % 2 == 1


def _closes_sentence(marker: Token) -> bool:
    """ "..., according to a group of employees." set off by a comma at the end of the sentence speaks for
    all of it, wherever the parser hung it."""
    last = next((t for t in reversed(marker.sent) if not (t.is_punct or t.is_space)), marker.sent[-1])
    return marker.i > marker.sent.start and marker.doc[marker.i - 1].text == "," and marker.right_edge.i >= last.i


def _according_phrases(token: Token) -> list[tuple[Token | None, Token]]:
    """Each "according to" or "per" phrase of the token's sentence: its agent (None for "according to
    plan") and the marker word ("according", "per")."""
    found: list[tuple[Token | None, Token]] = []
    doc, sent, lower = token.doc, token.sent, column(token.doc, "lower_")
    # only the markers' words are made Tokens: the phrases are looked up for every figure of the sentence
    for candidate in (doc[i] for i in range(sent.start, sent.end) if lower[i] in MARKERS):
        if candidate.lower_ == "according" and candidate.i + 1 < len(candidate.doc):
            to = candidate.doc[candidate.i + 1]
            if to.lower_ == "to":
                objects = [c for c in to.children if c.dep_ == "pobj"]
                objects += [g for c in candidate.children for g in c.children if g.dep_ == "pobj"]
                if objects:
                    found.append((_agent(objects[0]), candidate))
        if (named := per_source(candidate)) is not None:
            found.append((named, candidate))
    return found


# Edges below which a phrase is part of a subordinate clause: a relative, adverbial or reported clause.
SUBORDINATE_DEPS = {"relcl", "acl", "advcl", "ccomp", "csubj", "pcomp"}


def _governs(head: Token, token: Token) -> bool:
    """A phrase hung on `head` speaks for the token: `head` is not inside a subordinate clause that leaves
    the token out (the path from `head` up to where it meets the token crosses no clause boundary)."""
    above = {t.i for t in token.ancestors} | {token.i}
    node = head
    for _ in range(40):
        if node.i in above or node.head is node:
            return node.i in above or node.dep_ not in SUBORDINATE_DEPS
        if node.dep_ in SUBORDINATE_DEPS:
            return False
        node = node.head
    return False


def _agent(named: Token) -> Token | None:
    """Who an "according to" names: the name in apposition to a description ("according to data source
    CoinMarketCap"); nobody for a bare singular noun ("if all goes according to plan", "according to
    schedule"), unless it is a noun of the kind that speaks ("according to police") or a name the tagger took for a
    noun, written with a capital inside it ("According to deVere, mechanisms are already in place")."""
    appos = next((c for c in named.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named.pos_ == "NOUN" and appos is not None:
        return appos
    bare = named.tag_ == "NN" and named.is_alpha and not any(True for _ in named.children)
    if bare and not named.text.islower() and not named.text.istitle():
        return named  # "deVere", "eBay": a name spelled with an inner capital
    if bare and named.lower_ not in SOURCE_NOUNS | OFFICIAL_NOUNS | BODY_NOUNS:
        return None
    return named


def per_source(token: Token) -> Token | None:
    """ "Yersinia pestis, per the WHO, is often found in small mammals": "per" before a name is "according
    to" ("30 per cent", "$5 per share" name nobody)."""
    if token.lower_ != "per" or token.dep_ != "prep":
        return None
    named = next((c for c in token.children if c.dep_ == "pobj"), None)
    if named is None or named.pos_ != "PROPN" or named.ent_type_ not in ("", "ORG", "PERSON", "NORP"):
        return None
    return named
