"""Who speaks a quotation whose marks do not pair up: a paragraph that opens with a straight mark and closes
with a curly one ('"We have received 230 witness reports ... The average magnitude ... 6-12 inches wide,” Mike
Hankey ... told RT.com.'). The quote finder pairs marks and misses it; the figures in it are the speaker's,
named by the reporting clause after the mark that closes the paragraph's quotation."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from newsweave.annotate.attribution import Resolver, Source

QUOTE_MARKS = '"“”'


def open_quote_turn(
    resolver: Resolver, sent: Span, credit: Callable[[Resolver, int], Source | None]
) -> tuple[Source, int, int] | None:
    """For a sentence inside its paragraph's open quotation (an odd number of marks before it, counting one it
    opens with): the source credited by the first sentence from it on, in the same paragraph, whose reporting
    clause follows its last mark; with the quotation's span (opening mark, closing mark). `credit` gives a
    sentence's own source by index."""
    text = resolver.text
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.start_char)
    end = len(text) if end < 0 else end
    head = text[sent.start_char : sent.start_char + 2].lstrip()
    before = sum(text.count(mark, start, sent.start_char) for mark in QUOTE_MARKS)
    before += bool(head) and head[0] in QUOTE_MARKS
    if before % 2 == 0:
        return None
    opening = max(text.rfind(mark, start, sent.start_char + 2) for mark in QUOTE_MARKS)
    index = resolver.sentence_index(sent.start)
    if index is None:
        return None
    for later in range(index, len(resolver.sentences)):
        other = resolver.sentences[later]
        if other.start_char >= end:
            break
        source = credit(resolver, later)
        closing = max(text.rfind(mark, other.start_char, other.end_char) for mark in QUOTE_MARKS)
        if source is not None:
            return (source, opening, closing) if opening < closing < source.start else None
    return None
