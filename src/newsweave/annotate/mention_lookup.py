"""What resolving a description reads of an article's mentions, as a type of its own.

`descriptions` resolves "the Brit" through the article's mention index, and `mentions` (the index) calls
`descriptions` back; naming the index's look-ups here lets `descriptions` type its argument without importing
`mentions`, so the two modules no longer import each other. `mentions.MentionIndex` is one such lookup.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Span, Token

from newsweave.model import Entity


class MentionLookup(Protocol):
    """The look-ups of an article's mentions, sentences, quotes and headline a description is resolved by."""

    sentences: list[Span]
    headline: str | None

    def tokens_of(self, word: str) -> list[Token]: ...

    def sentence_index(self, token_index: int) -> int | None: ...

    def entity_at(self, head: Token, types: tuple[str, ...] = ()) -> Entity | None: ...

    def person_named(self, word: str) -> Entity | None: ...

    def caption_at(self, char: int) -> bool: ...

    def quote_holding(self, char: int) -> tuple[int, int] | None: ...
