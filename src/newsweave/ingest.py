"""Incremental ingest: read, clean, deduplicate, cluster, annotate and store articles as they come.

Articles are taken in batches; each batch is annotated (one spaCy pass per article) and then written
in one transaction with the clustering state, so a killed run loses at most the batch in flight and the
next run resumes: articles already stored (same URL, or same words when there is no URL) are skipped.
Only the stories that received articles are summarised again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from spacy.language import Language

from newsweave.annotate import annotate
from newsweave.brief import SCHEMA_VERSION, article_dict, build_story
from newsweave.clean.metadata import domain_of
from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.readers import ReadOptions
from newsweave.reading import ReadStats, iter_articles
from newsweave.store.sqlite import Store
from newsweave.stories.cluster import MAX_ACTIVE_STORIES, StoryClusterer
from newsweave.stories.dedupe import (
    DUPLICATE_JACCARD,
    band_keys,
    content_key,
    find_rewrite,
    from_bytes,
    signature,
    to_bytes,
)
from newsweave.stories.features import article_terms

BATCH = 32


@dataclass
class IngestStats:
    read: ReadStats = field(default_factory=ReadStats)
    added: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rewrites: int = 0
    stories_updated: int = 0
    skipped: list[InputError] = field(default_factory=list)


def _batches(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(islice(items, size)):
        yield batch


def article_key(article: Article) -> str:
    return f"url:{article.url}" if article.url else content_key(article.text)


class Ingester:
    """Adds articles to a store; one instance per run."""

    def __init__(self, store: Store, nlp: Language | None, batch: int = BATCH) -> None:
        self.store = store
        self.nlp = nlp
        self.batch = batch
        self.clusterer: StoryClusterer = store.load_clusterer(MAX_ACTIVE_STORIES)

    def run(
        self,
        paths: Iterable[str | Path],
        options: ReadOptions | None = None,
        on_skip: Callable[[InputError], None] | None = None,
        on_file: Callable[[], None] | None = None,
    ) -> IngestStats:
        """Ingest everything under `paths`; `on_skip` hears of each skipped input, `on_file` of each file read."""
        stats = IngestStats()

        def articles() -> Iterator[Article]:
            file_done = (lambda _path: on_file()) if on_file else None
            for item in iter_articles(paths, options, stats.read, on_file=file_done):
                if isinstance(item, InputError):
                    stats.skipped.append(item)
                    if on_skip:
                        on_skip(item)
                else:
                    yield item

        for batch in _batches(articles(), self.batch):
            self._add_batch(batch, stats)
        stats.stories_updated = self.refresh_stories()
        return stats

    def _add_batch(self, batch: list[Article], stats: IngestStats) -> None:
        fresh, keys = [], set()
        for article in batch:
            key = article_key(article)
            if key in keys or self.store.has_key(key):
                stats.unchanged += 1
                continue
            keys.add(key)
            fresh.append((article, key))
        if not fresh:
            return
        annotations = list(annotate([a for a, _ in fresh], self.nlp)) if self.nlp is not None else []
        touched_stories: set[str] = set()
        touched_terms: set[str] = set()
        with self.store.transaction():
            for article, key in fresh:
                story_id = self._place(article, key, stats, touched_terms)
                touched_stories.add(story_id)
                stats.added += 1
            for item in annotations:
                self.store.set_annotations(item)
            self.store.save_clusterer(self.clusterer, touched_stories, touched_terms)

    def _place(self, article: Article, key: str, stats: IngestStats, touched_terms: set[str]) -> str:
        """Find duplicates, join a story, detect a rewrite, and write the article."""
        while self.store.has_id(article.id):  # same file name, different content
            article.id = f"{article.id}~{content_key(article.text)[7:15]}"
        minhash = signature(article.text)
        bands = band_keys(minhash)
        original = next(
            (
                row
                for row in self.store.duplicate_candidates(bands)
                if from_bytes(row["signature"]).jaccard(minhash) >= DUPLICATE_JACCARD
            ),
            None,
        )
        if original is not None:
            article.duplicate_of = original["id"]
            story_id = original["story_id"]
            stats.duplicates += 1
        else:
            terms = article_terms(article.text, article.title)
            touched_terms.update(terms)
            story_id = self.clusterer.add(article.id, terms, article.published)
            article.rewrite_of = self._rewrite_of(article, story_id)
            stats.rewrites += article.rewrite_of is not None
        self.store.add_article(article, key, story_id, to_bytes(minhash), bands)
        return story_id

    def _rewrite_of(self, article: Article, story_id: str) -> str | None:
        members = [m for m in self.store.recent_members(story_id) if m[0] != article.id]
        if article.original_source:
            for member_id, _, site, url in members:
                if article.original_source in {domain_of(site or ""), domain_of(url or "")}:
                    return member_id
        return find_rewrite(article.text, [(m[0], m[1]) for m in members])

    def refresh_stories(self) -> int:
        """Summarise again every story that received articles (each in its own transaction)."""
        dirty = self.store.dirty_stories()
        for story_id in dirty:
            articles = self.store.articles_of(story_id)
            annotations = self.store.annotations_of([a.id for a in articles])
            story = build_story(story_id, articles, annotations)
            brief = {
                "schema_version": SCHEMA_VERSION,
                "articles": [article_dict(a) for a in articles],
                "stories": [story],
            }
            with self.store.transaction():
                self.store.save_story(story_id, story["title"], brief)
        return len(dirty)
