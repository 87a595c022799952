"""Statements: each body sentence with what it asserts, kept for cross-article comparison.

Contradictions and the summary work across articles, after the parse is gone, so the annotate stage
keeps a compact record per sentence: its span, content lemmas, the countries and actors it names,
and whether its main claim is negated ("had yet to participate in active combat", "no direct combat").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsweave.annotate.doc_arrays import column, span_text
from newsweave.annotate.knowledge import country_of_word
from newsweave.model import Heading, Statement

CONTENT_POS = {"NOUN", "VERB", "PROPN", "ADJ"}
NEGATING_DETS = {"no", "neither", "nor"}
TEMPORAL_NEGATION = {"yet", "still", "already", "so far", "until"}
MODALS = {"will", "would", "could", "may", "might", "should", "can", "must", "shall"}
HEDGING_VERBS = {"predict", "expect", "fear", "warn", "could", "hope", "speculate", "consider", "plan"}


def _modal(sent: Span) -> bool:
    """Hedged or future: a modal on the main verb or its complement, or a verb of expectation."""
    root = sent.root
    verbs = [root, *(c for c in root.children if c.dep_ in ("ccomp", "xcomp"))]
    return any(
        v.lemma_.lower() in HEDGING_VERBS or any(c.dep_ == "aux" and c.lower_ in MODALS for c in v.children)
        for v in verbs
    )


def _negation(sent: Span) -> tuple[bool, list[Token]]:
    """Whether the sentence's main claim is negated, and the content words in its scope."""
    doc = sent.doc
    deps, lower, lemma = column(doc, "dep_"), column(doc, "lower_"), column(doc, "lemma_")
    for i in range(sent.start, sent.end):
        if not (deps[i] in ("neg", "det") or lower[i] == "yet" or lemma[i] in ("deny", "refute", "dismiss")):
            continue  # none of the tests below can hold
        token = doc[i]
        scope: Token | None = None
        if token.dep_ == "neg" or token.lower_ in NEGATING_DETS and token.dep_ == "det":
            scope = token.head
        elif token.lower_ == "yet" and token.i + 1 < sent.end and sent.doc[token.i + 1].lower_ == "to":
            scope = token.head  # "had yet to participate"
        elif token.lemma_ in ("deny", "refute", "dismiss") and token.pos_ == "VERB":
            scope = token
        if scope is not None:
            return True, [t for t in scope.subtree if t.pos_ in CONTENT_POS and not t.is_stop]
    return False, []


def _countries(sent: Span, ents: list[Span]) -> set[str]:
    found = set()
    for ent in ents:
        if ent.label_ in ("GPE", "NORP", "ORG"):
            country = country_of_word(ent.text)
            if country:
                found.add(country)
    return found


def extract_statements(doc: Doc, article_id: str, headings: list[Heading]) -> list[Statement]:
    heading_starts = {h.start for h in headings}
    # The entities of each sentence, grouped once: `sent.ents` scans every entity of the doc each time.
    ents_of: dict[int, list[Span]] = {}
    for ent in doc.ents:
        ents_of.setdefault(ent.sent.start, []).append(ent)
    lower, lemma, pos, stop = column(doc, "lower_"), column(doc, "lemma_"), column(doc, "pos_"), column(doc, "is_stop")
    statements = []
    for sent in doc.sents:
        text = span_text(sent).strip()
        if not text or sent.start_char in heading_starts or len(sent) < 4:
            continue
        negated, focus = _negation(sent)
        statements.append(
            Statement(
                article=article_id,
                start=sent.start_char,
                end=sent.end_char,
                text=span_text(sent),
                negated=negated,
                temporal=negated and any(w in TEMPORAL_NEGATION for w in lower[sent.start : sent.end]),
                lemmas=sorted(
                    {lemma[i].lower() for i in range(sent.start, sent.end) if pos[i] in CONTENT_POS and not stop[i]}
                ),
                focus=sorted({t.lemma_.lower() for t in focus}),
                focus_nouns=sorted({t.lemma_.lower() for t in focus if t.pos_ == "NOUN"}),
                modal=_modal(sent),
                countries=sorted(_countries(sent, [e for e in ents_of.get(sent.start, []) if e.end <= sent.end])),
            )
        )
    return statements
