"""The `Store` operations whose SQL every backend shares, written once over a connection adapter (`store/sql.py`).

A backend subclasses `SharedStore` and supplies its connection (`sql`), its locking, and the few operations
its dialect spells its own way: duplicate candidates, full-text search and the batch look-ups by id."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod

from newsweave.clean.metadata import domain_of
from newsweave.contract import brief_from_data, to_data
from newsweave.errors import NewsweaveError
from newsweave.model import Annotations, Article
from newsweave.records import Brief, Story
from newsweave.store import clusterer_state
from newsweave.store.interface import StoredArticle, StorySummary
from newsweave.store.rows import (
    ARTICLE_COLUMNS,
    ARTICLE_INSERT,
    SUMMARY_SELECT,
    article_from_row,
    article_row,
    claim_rows,
    entity_rows,
    quote_rows,
    ranked_summaries,
    story_columns,
    utc_now,
)
from newsweave.store.sql import Sql
from newsweave.stories.cluster import StoryClusterer


class SharedStore(ABC):
    """Articles, extractions, stories and clustering state in the shared schema (`store/migrations.py`)."""

    location: str
    sole_writer: bool = False  # see `Store.sole_writer`
    TEXT_MATCH: str  # the dialect's full-text condition on `search_index s`, with one parameter (`text_query`)
    _added: int  # the arrival number of the newest stored article; writes hold the write lock

    @property
    @abstractmethod
    def sql(self) -> Sql:
        """This thread's connection, behind the adapter (each backend opens its own)."""

    def text_query(self, words: str) -> str:
        """A user's words as the parameter of `TEXT_MATCH`."""
        return words

    # articles -----------------------------------------------------------------------------------
    def has_key(self, key: str) -> bool:
        return self.sql.one("SELECT 1 FROM articles WHERE key = ?", (key,)) is not None

    def key_of(self, article_id: str) -> str | None:
        row = self.sql.one("SELECT key FROM articles WHERE id = ?", (article_id,))
        return row[0] if row else None

    def count(self) -> int:
        return self.sql.one("SELECT COUNT(*) FROM articles")[0]

    def add_articles(self, items: list[StoredArticle]) -> None:
        """Inside `transaction()` and the writer lock: arrival numbers follow the stored maximum."""
        ingested = utc_now()
        sql = self.sql
        for item in items:
            self._added += 1
            sql.run(ARTICLE_INSERT, article_row(item, self._added, ingested))
            sql.run_many(
                "INSERT INTO minhash_bands (band, hash, article_id) VALUES (?, ?, ?)",
                [(band, value, item.article.id) for band, value in item.bands],
            )
            sql.run(
                "INSERT INTO stories (id, size, dirty, last_added) VALUES (?, 1, 1, ?) ON CONFLICT (id)"
                " DO UPDATE SET size = stories.size + 1, dirty = 1, last_added = excluded.last_added",
                (item.story_id, self._added),
            )
            sql.run(
                "INSERT INTO search_index (article_id, kind, text) VALUES (?, 'article', ?)",
                (item.article.id, f"{item.article.title or ''}\n{item.article.text}"),
            )

    def set_annotations(self, annotations: list[Annotations]) -> None:
        """Store each article's extractions, replacing earlier ones, and mark its story to assemble again."""
        sql = self.sql
        for item in annotations:
            article_id = item.article
            # Rows of earlier extractions exist only beside an earlier `annotations` row (they are written together
            # below): a first extraction has none to delete. The search index's delete scans every indexed text
            # (its article_id is no key), which made storing 600 articles' extractions quadratic.
            replacing = sql.one("SELECT 1 FROM annotations WHERE article_id = ?", (article_id,)) is not None
            sql.run(
                sql.replace("annotations", ("article_id", "data"), "article_id"),
                (article_id, self.annotations_text(item)),
            )
            sql.run(
                "UPDATE stories SET dirty = 1 WHERE id = (SELECT story_id FROM articles WHERE id = ?)", (article_id,)
            )
            if replacing:
                for table in ("claims", "quotes", "entities"):
                    sql.run(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
                sql.run("DELETE FROM search_index WHERE article_id = ? AND kind = 'quote'", (article_id,))
            sql.run_many("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", claim_rows(item))
            sql.run_many("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)", quote_rows(item))
            sql.run_many("INSERT INTO entities VALUES (?, ?, ?, ?, ?)", entity_rows(item))
            sql.run_many(
                "INSERT INTO search_index (article_id, kind, text) VALUES (?, 'quote', ?)",
                [(article_id, q.text) for q in item.quotes],
            )

    def annotations_text(self, item: Annotations) -> str:
        """The JSON an article's extractions are stored as (`annotations.data`)."""
        return json.dumps(to_data(item))

    def recent_members(self, story_id: str, limit: int = 3) -> list[Article]:
        """A story's latest original articles."""
        return self._articles(
            "WHERE story_id = ? AND duplicate_of IS NULL ORDER BY added DESC LIMIT ?", (story_id, limit)
        )

    def articles_of(self, story_id: str) -> list[Article]:
        return self._articles("WHERE story_id = ? ORDER BY added", (story_id,))

    def article(self, article_id: str) -> Article | None:
        found = self._articles("WHERE id = ?", (article_id,))
        return found[0] if found else None

    def unannotated(self, limit: int) -> list[Article]:
        """Articles stored without extractions (an ingest with --no-extract), earliest first."""
        return self._articles(
            "WHERE NOT EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = articles.id) ORDER BY added LIMIT ?",
            (limit,),
        )

    def _articles(self, clause: str, params: tuple) -> list[Article]:
        return [
            article_from_row(row) for row in self.sql.all(f"SELECT {ARTICLE_COLUMNS} FROM articles {clause}", params)
        ]

    def story_of(self, article_id: str) -> str | None:
        row = self.sql.one("SELECT story_id FROM articles WHERE id = ?", (article_id,))
        return row[0] if row else None

    # stories ------------------------------------------------------------------------------------
    def dirty_stories(self) -> list[str]:
        """Stories to assemble again, their ids in byte order whatever the database's collation."""
        return sorted(row[0] for row in self.sql.all("SELECT id FROM stories WHERE dirty = 1"))

    def save_story(self, story: Story, articles: list[Article]) -> None:
        """Store a story's brief and the columns the story list filters on."""
        self.sql.run(
            "UPDATE stories SET title = ?, brief = ?, dirty = 0, sources = ?, first_published = ?,"
            " last_published = ?, disputed = ?, updated = ?, extracted = ? WHERE id = ?",
            (*story_columns(story, articles), story.id),
        )

    def story_list(self, since: str | None = None, search: str | None = None) -> list[StorySummary]:
        """Stories, largest first (ties by id); `since` keeps those published on or after a date,
        `search` those holding an article or quote that matches a full-text query."""
        where: list[str] = []
        params: list[str] = []
        if since:
            where.append("last_published >= ?")
            params.append(since)
        if search:
            where.append(
                "id IN (SELECT a.story_id FROM search_index s JOIN articles a ON a.id = s.article_id"
                f" WHERE {self.TEXT_MATCH})"
            )
            params.append(self.text_query(search))
        sql = SUMMARY_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        return ranked_summaries(self.sql.all(sql, params))

    def story_brief(self, story_id: str) -> Brief:
        row = self.sql.one("SELECT brief FROM stories WHERE id = ?", (story_id,))
        if row is None:
            raise NewsweaveError(f"no story {story_id!r} in {self.location} (see `newsweave stories`)")
        if row[0] is None:
            raise NewsweaveError(f"story {story_id!r} has not been summarised yet; run `newsweave ingest` again")
        return brief_from_data(json.loads(row[0]))

    def story_sources(self) -> dict[str, set[str]]:
        """Each source (site, else the URL's domain) with the stories it reported (web UI filter)."""
        found: dict[str, set[str]] = {}
        for story_id, site, url in self.sql.all(
            "SELECT DISTINCT story_id, site, url FROM articles WHERE duplicate_of IS NULL"
        ):
            name = site or domain_of(url or "") or None
            if name:
                found.setdefault(name, set()).add(story_id)
        return found

    # clustering state ---------------------------------------------------------------------------
    def load_clusterer(self, active: int) -> StoryClusterer:
        return clusterer_state.load_clusterer(self.sql, active)

    def save_clusterer(self, clusterer: StoryClusterer, stories: set[str], terms: set[str]) -> None:
        clusterer_state.save_clusterer(self.sql, clusterer, stories, terms)
