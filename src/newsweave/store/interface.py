"""What the pipeline, the CLI and the web UI need from a store, as a Protocol returning typed records.

SQLite (`store/sqlite.py`) and PostgreSQL (`store/postgres.py`) implement it, the operations they share
written once (`store/shared.py`). Nothing outside `store/` sees SQL, rows or connections.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol

from newsweave.model import Annotations, Article
from newsweave.records import Brief, Story
from newsweave.stories.cluster import StoryClusterer


@dataclass
class StoredArticle:
    """An article as an ingest writes it: with its store key, story and duplicate fingerprint."""

    article: Article
    key: str
    story_id: str
    signature: bytes
    bands: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class DuplicateCandidate:
    """A stored article sharing an LSH band with a new one."""

    id: str
    story_id: str
    signature: bytes


@dataclass
class StorySummary:
    """One line of the story list: what a reader filters and sorts on."""

    id: str
    title: str | None
    articles: int
    sources: int
    first_published: str | None
    last_published: str | None
    disputed: int
    updated: int
    summarised: bool
    extracted: bool  # at least one article has extractions
    last_added: int  # arrival order of its newest article: newest activity first


@dataclass
class SearchHit:
    """An article or a quote matching a full-text query."""

    kind: str  # "article" or "quote"
    article: str
    story: str | None
    title: str | None
    snippet: str


class Store(Protocol):
    """The operations every store offers."""

    location: str
    # True when `writer()` keeps every other writer out for as long as it is held (SQLite's run-long lock), so what
    # this process read under it stays as read; False where writers take turns per transaction (PostgreSQL).
    sole_writer: bool

    def close(self) -> None: ...

    def writer(self, on_wait: Callable[[str], None] | None = None) -> AbstractContextManager[None]:
        """Hold the store's write lock for a whole run (one writer at a time)."""
        ...

    def transaction(self) -> AbstractContextManager[None]: ...

    # articles
    def has_key(self, key: str) -> bool: ...
    def key_of(self, article_id: str) -> str | None: ...
    def count(self) -> int: ...
    def add_articles(self, items: list[StoredArticle]) -> None: ...
    def set_annotations(self, annotations: list[Annotations]) -> None: ...
    def duplicate_candidates(self, bands: list[tuple[int, int]]) -> list[DuplicateCandidate]: ...
    def recent_members(self, story_id: str, limit: int = 3) -> list[Article]: ...
    def articles_of(self, story_id: str) -> list[Article]: ...
    def article(self, article_id: str) -> Article | None: ...
    def annotations_of(self, article_ids: list[str]) -> list[Annotations]: ...
    def ingested(self, article_ids: list[str]) -> dict[str, str | None]:
        """When each stored article among `article_ids` was ingested (UTC ISO 8601; None: before it was recorded)."""
        ...

    def story_of(self, article_id: str) -> str | None: ...
    def unannotated(self, limit: int) -> list[Article]:
        """Articles stored without extractions (an ingest with --no-extract), earliest first."""
        ...

    # stories
    def dirty_stories(self) -> list[str]: ...
    def save_story(self, story: Story, articles: list[Article]) -> None: ...
    def story_list(self, since: str | None = None, search: str | None = None) -> list[StorySummary]: ...
    def story_brief(self, story_id: str) -> Brief: ...
    def search(self, query: str, limit: int = 50) -> list[SearchHit]: ...
    def story_sources(self) -> dict[str, set[str]]:
        """Each source (site, else the URL's domain) with the stories it reported (web UI filter)."""
        ...

    # clustering state
    def load_clusterer(self, active: int) -> StoryClusterer: ...
    def save_clusterer(self, clusterer: StoryClusterer, stories: set[str], terms: set[str]) -> None: ...
