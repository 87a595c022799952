"""The article record every stage reads and enriches (the `articles[]` part of the output contract)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Removed:
    """A block the cleaner took out of the text, kept so nothing is silently lost."""

    text: str
    reason: str


@dataclass
class Heading:
    """A heading line kept in the clean text; offsets are into `Article.text`."""

    text: str
    start: int
    end: int


@dataclass
class Article:
    """One cleaned news article. `text` is the clean body; every span offset points into it."""

    id: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    original_source: str | None = None
    text: str = ""
    removed: list[Removed] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    duplicate_of: str | None = None
    format: str = "text"  # the reader that produced it: text, html, json, jsonl, warc, feed

    @property
    def words(self) -> int:
        return len(self.text.split())

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        data = dict(data)
        data["removed"] = [Removed(**r) for r in data.get("removed") or []]
        data["headings"] = [Heading(**h) for h in data.get("headings") or []]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class RawArticle:
    """What a reader found before cleaning: a body (HTML or text) plus any metadata the container gave."""

    id: str
    path: str | None
    body: str
    kind: str  # "html" or "text": how the body must be cleaned
    format: str
    url: str | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None
