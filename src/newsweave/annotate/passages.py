"""Who asserts a sentence: its own reporting clause, else the passage it continues.

A sentence without a source of its own that follows an attributed one carries that source ("Two
ferries sank, the coast guard said. About 80 passengers were rescued."), unless a headline or heading
intervenes or the sentence takes the voice back itself ("reportedly", "However, ...").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsweave.annotate.attribution import (
    Resolver,
    Source,
    according_to,
    is_reporting,
    reporting_verbs_above,
    verb_source,
)
from newsweave.annotate.speech_words import HEDGES, PASSAGE_HOPS, VOICE_OPENERS


def sentence_source(resolver: Resolver, index: int) -> Source | None:
    """The source a sentence credits in its main clause: "..., the coast guard said." (memoised)."""
    if index not in resolver.sentence_sources:
        sent, found = resolver.sentences[index], None
        for token in sent:
            main = token.dep_ in ("ROOT", "parataxis") or (token.dep_ == "conj" and token.head.dep_ == "ROOT")
            if main and is_reporting(token) and (found := verb_source(token, resolver)) is not None:
                break
        if found is None and (agent := according_to(sent[0])) is not None:
            found = resolver.source_from(agent)
        resolver.sentence_sources[index] = found
    return resolver.sentence_sources[index]


def passage_source(resolver: Resolver, sent: Span, hops: int = PASSAGE_HOPS) -> Source | None:
    """The source of the attributed passage a sentence without a source of its own continues: the
    nearest of the `hops` sentences before it that credits someone (never the headline line)."""
    index = resolver.sentence_index(sent.start)
    if not index or sentence_source(resolver, index) is not None or _own_voice(sent):
        return None
    for back in range(index - 1, max(0, index - hops) - 1, -1):
        if _heading(resolver.sentences[back]):
            break  # a headline, dateline or section heading ends the passage
        source = sentence_source(resolver, back)
        if source is not None:
            return source
    return None


def _heading(sent: Span) -> bool:
    """A line that is not a sentence (a headline, a section heading): no closing punctuation."""
    return not sent.text.rstrip().rstrip("\"'”’)").endswith((".", "!", "?", ":"))


def _own_voice(sent: Span) -> bool:
    """A sentence that takes the voice back from the passage's source: it hedges for itself
    ("are reportedly present") or opens with a contrast ("However, ...")."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    return (first is not None and first.lower_ in VOICE_OPENERS) or any(t.lower_ in HEDGES for t in sent)


def own_source(token: Token, resolver: Resolver) -> Source | None:
    """Who the token's sentence credits for it: a reporting verb above it or beside its clause, or an
    "according to" phrase."""
    for verb in reporting_verbs_above(token):
        source = verb_source(verb, resolver)
        if source is not None:
            return source
    agent = according_to(token)
    if agent is not None:
        return resolver.source_from(agent)
    return None


def source_of(token: Token, resolver: Resolver, quoted: Source | None = None) -> Source | None:
    """Who asserts what `token` says: its own sentence's source, else the speaker of the direct quote
    holding it (`quoted`), else the source of the attributed passage it continues ("Two ferries sank,
    the coast guard said. About 80 passengers were rescued."). A token inside the source phrase itself
    ("according to two people familiar") has no source."""
    source = own_source(token, resolver) or quoted
    if source is None:
        source = passage_source(resolver, token.sent)
    if source is not None and source.start <= token.idx < source.end:
        return None
    return source
