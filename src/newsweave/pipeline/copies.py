"""Exact copies: an article whose every field the extractors read equals an earlier article's is not parsed
again; it takes that article's annotations under its own id.

News archives repeat wire copies word for word (98 of the 2,225 BBC articles are copies of another, 9 of the first
600). Parsing is most of an ingest's time, and a copy's parse and extractions are the original's: `annotate`
reads an article's text, title, publication date, language, headings and embedded posts, nothing else (its id
only to name the records), so two articles that agree on those get the same annotations but for the id
(tests/pipeline/test_copies.py checks it on the BBC copies). Only a digest per distinct article is kept, never
the annotations: a copy of an article of an earlier batch reads them back from the store.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from newsweave.model import Annotations, Article


def reading_key(article: Article) -> bytes:
    """A digest of every field `annotate` reads: equal keys, equal annotations (but for the article id)."""
    read = (
        article.text,
        article.title,
        article.published,
        article.language,
        [asdict(h) for h in article.headings],
        [asdict(p) for p in article.posts],
    )
    return hashlib.blake2b(json.dumps(read, ensure_ascii=False).encode(), digest_size=16).digest()


# How an article's stored annotations are read back: its id and the reading key it must still have (another
# writer may have stored a different article under that id since); None when they cannot be.
StoredAnnotations = Callable[[str, bytes], Annotations | None]


@dataclass
class Copies:
    """The first article seen with each reading key, and why its extraction failed when it did."""

    first: dict[bytes, str] = field(default_factory=dict)  # reading key -> id of the first article with it
    failures: dict[bytes, str] = field(default_factory=dict)  # reading key -> the first article's failure

    def original_of(self, article: Article, key: bytes) -> str | None:
        """The id of the earlier article `article` copies, or None (and `article` is the first of its key)."""
        original = self.first.get(key)
        if original is None:
            self.first[key] = article.id
        return original

    def failed(self, key: bytes, reason: str | None) -> None:
        """Remember the outcome of the first article of `key` (a copy's extraction fails as its original's)."""
        if reason is not None:
            self.failures[key] = reason
