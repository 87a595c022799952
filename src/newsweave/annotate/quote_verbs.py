"""Which reporting verb a quoted span belongs to: the verb its words depend on, a cue near it in its sentence,
the reporting clause of the next short sentence ("..., he said."), of the sentence before that ends in a
colon, or of the clause opening the next sentence on the same line. Kept apart from quotes.py, which decides
what a quote is and who its speaker is once the verb is known."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsweave.annotate.attribution import FRAMING_VERBS, Resolver, is_reporting
from newsweave.annotate.speech_words import PHRASING_VERBS, QUOTE_VERBS, SPEECH_VERBS

TRAILING_SUBJECT = 8  # tokens of a subject before the verb of a reporting clause after a quote
NEAR = 8  # tokens between a quote and a reporting verb that is not its governor but introduces it


def cue(token: Token) -> bool:
    """A verb that can introduce quoted words: a reporting verb, or a framing one ("called it a 'bold,
    innovative effort'")."""
    return is_reporting(token) or (token.pos_ == "VERB" and token.lemma_.lower() in FRAMING_VERBS | QUOTE_VERBS)


def phrased_after(span: Span) -> Token | None:
    """The clause right after quoted words that names who worded them, whatever verb the words hang on
    ('... could lead to the "end of equality, freedom and self-determination," in Germany, as Wendt phrased it').
    """
    after = span.doc[span.end : min(span.sent.end, span.end + NEAR)]
    return next((t for t in after if phrasing(t)), None)


def phrasing(token: Token) -> bool:
    """ "as Wendt phrased it", "as he put it": a clause after quoted words that names who worded them."""
    return (
        token.lemma_.lower() in PHRASING_VERBS
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    )


def governing_verb(span: Span) -> Token | None:
    """The reporting verb outside the quote that the quoted words depend on, or the sentence's."""
    inside = set(range(span.start, span.end))
    for token in span:
        head = token.head
        if head.i in inside or head is token:
            continue
        below = token
        for _ in range(6):
            # 'said people were screaming and there was “blood everywhere”': a cue reached from the clause
            # coordinated with it does not govern the quote; the verb above both does
            if cue(head) and head.i not in inside and not (below.dep_ == "conj" and below.i not in inside):
                return head
            if head.head is head:
                break
            below, head = head, head.head
    sent = span.sent
    near = [
        t for t in sent if t.i not in inside and cue(t) and (0 < span.start - t.i <= NEAR or 0 <= t.i - span.end < NEAR)
    ]
    return min(near, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end))) if near else None


def neighbour_verb(span: Span, resolver: Resolver) -> Token | None:
    """A quote standing alone: the reporting verb of the next sentence ("..., he said") or the one
    before it when that sentence introduces it with a colon."""
    sents = resolver.sentences
    index = resolver.sentence_index(span.start)
    if index is None:
        return None
    if index + 1 < len(sents) and len(sents[index + 1]) <= 8:
        verbs = [t for t in sents[index + 1] if is_reporting(t)]
        if verbs:
            return verbs[0]
    if index > 0 and sents[index - 1].text.rstrip().endswith(":"):
        verbs = [t for t in sents[index - 1] if is_reporting(t)]
        if verbs:
            return verbs[-1]
    return trailing_clause(span, resolver)


def trailing_clause(span: Span, resolver: Resolver) -> Token | None:
    """The reporting clause that opens the sentence right after a quote the parser closed as a sentence of
    its own ('“Who do they think they are?” Trump said of Apple in February, ...', '“...!” the crowd
    yelled.'): its verb comes first or right after its subject, on the same line as the closing mark."""
    last = resolver.sentence_index(span.end - 1)
    sents = resolver.sentences
    if last is None or last + 1 >= len(sents):
        return None
    after = sents[last + 1]
    if "\n" in resolver.text[span.end_char : after.start_char]:
        return None
    verb = after.root
    said = cue(verb) or (verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS | QUOTE_VERBS)
    if not said or verb.i - after.start > TRAILING_SUBJECT or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None  # "He said he would ...": a statement of its own, not the quote's attribution
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    before = [t for t in after[: verb.i - after.start] if not (t.is_punct or t.is_space)]
    return verb if all(t.i in subject for t in before) else None
