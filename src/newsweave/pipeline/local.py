"""The local engine: reads inputs, runs the steps over batches in process, and writes each batch to a store.

Ids are given before any step runs, from the article itself (its reader gives one from the file name and
record; a clash with a different stored article adds a hash of the article's key), so the same input gives
the same ids. Each batch is written in one transaction with the clustering state: a killed run loses at
most the batch in flight and the next run resumes (articles already stored, by key, are skipped). Only the
stories that received articles are assembled again, each in its own transaction.

The per-article steps (fingerprint, annotate: the slow part) run outside any transaction; the global steps
(duplicates, stories, rewrites) run inside the batch's write transaction, which a store serialises (SQLite:
one writer for the whole run; PostgreSQL: a lock per transaction). A store that another process wrote to
since this engine's last batch (its article count moved) has its clustering state loaded again first, so
concurrent ingests never give out the same story id and each sees the other's stories.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from spacy.language import Language

from newsweave.errors import InputError
from newsweave.model import Article
from newsweave.pipeline.step import Drop, Item, Step, StepStats, check_order
from newsweave.pipeline.steps import Annotate, Cluster, Deduplicate, DetectRewrites, Fingerprint
from newsweave.readers import ReadOptions
from newsweave.reading import ReadStats, iter_articles
from newsweave.reconcile.story import assemble_story
from newsweave.store.interface import Store, StoredArticle
from newsweave.stories.cluster import MAX_ACTIVE_STORIES, StoryClusterer
from newsweave.stories.dedupe import content_key

BATCH = 32


@dataclass
class RunSummary:
    """What a run did: reading, each step's counts and drops, and what reached the store."""

    read: ReadStats = field(default_factory=ReadStats)
    steps: list[StepStats] = field(default_factory=list)
    added: int = 0
    unchanged: int = 0
    stories_updated: int = 0

    @property
    def skipped(self) -> list[InputError]:
        return self.read.skipped

    @property
    def duplicates(self) -> int:
        return sum(s.marked for s in self.steps if s.name == Deduplicate.name)

    @property
    def rewrites(self) -> int:
        return sum(s.marked for s in self.steps if s.name == DetectRewrites.name)

    @property
    def extraction_failures(self) -> list[Drop]:
        return [d for s in self.steps if s.name == Annotate.name for d in s.dropped]


def article_key(article: Article) -> str:
    """What identifies an input across runs: its URL, else its source file and record, else its words.
    An exact copy under another name is a new input (and then a duplicate), not "already stored"."""
    if article.url:
        return f"url:{article.url}"
    if article.path:
        return f"path:{Path(article.path).resolve()}#{article.id}"
    return content_key(article.text)


class StoreIndex:
    """The store's LSH bands as the duplicate index the Deduplicate step reads."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def candidates(self, bands: list[tuple[int, int]]) -> list[tuple[str, str, bytes]]:
        return [(c.id, c.story_id, c.signature) for c in self.store.duplicate_candidates(bands)]


class LocalEngine:
    """Runs the ingest steps in process over batches of articles and writes them to a store."""

    def __init__(self, store: Store, nlp: Language | None, batch: int = BATCH) -> None:
        self.store = store
        self.batch = batch
        self.clusterer = StoryClusterer(track=False)  # loaded from the store once the write lock is held
        self.per_article: list[Step] = [Fingerprint()] + ([Annotate(nlp)] if nlp is not None else [])
        self.steps: list[Step] = [
            *self.per_article,
            Deduplicate(StoreIndex(store)),
            Cluster(self.clusterer),
            DetectRewrites(lambda story_id: store.recent_members(story_id)),
        ]
        check_order(self.steps)
        self.stored = 0  # the store's article count after this engine's last write

    def run(
        self,
        paths: Iterable[str | Path],
        options: ReadOptions | None = None,
        on_skip: Callable[[InputError], None] | None = None,
        on_file: Callable[[], None] | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> RunSummary:
        """Ingest everything under `paths`; `on_skip` hears of each skipped input, `on_file` of each file read,
        `on_wait` that another writer holds the store."""
        summary = RunSummary(steps=[StepStats(step.name) for step in self.steps])
        with self.store.writer(on_wait):
            self._load_clusterer()  # another writer may have run
            for batch in _batches(self._read(paths, options, summary.read, on_skip, on_file), self.batch):
                self._add_batch(batch, summary)
            summary.stories_updated = self.refresh_stories()
        return summary

    def _read(self, paths, options, stats: ReadStats, on_skip, on_file) -> Iterator[Article]:
        file_done = (lambda _path: on_file()) if on_file else None
        for item in iter_articles(paths, options, stats, on_file=file_done):
            if isinstance(item, InputError):
                if on_skip:
                    on_skip(item)
            else:
                yield item

    def _load_clusterer(self) -> None:
        self.clusterer = self.store.load_clusterer(MAX_ACTIVE_STORIES)
        self.stored = self.store.count()
        for step in self.steps:
            if isinstance(step, Cluster):
                step.clusterer = self.clusterer

    def _add_batch(self, articles: list[Article], summary: RunSummary) -> None:
        batch = self._new_items(articles, summary, set())
        if not batch:
            return
        per_article = len(self.per_article)
        for step, stats in zip(self.per_article, summary.steps[:per_article], strict=True):
            batch = step.run(batch, stats)
        with self.store.transaction():
            if self.store.count() != self.stored:  # another process wrote since our last batch
                self._load_clusterer()
                batch = self._recheck(batch, summary)
            for step, stats in zip(self.steps[per_article:], summary.steps[per_article:], strict=True):
                batch = step.run(batch, stats)
            stored = [StoredArticle(i.article, i.key, i.story_id, i.signature, i.bands) for i in batch if i.story_id]
            self.store.add_articles(stored)
            self.store.set_annotations([i.annotations for i in batch if i.annotations is not None])
            terms = {t for i in batch if i.terms for t in i.terms}
            self.store.save_clusterer(self.clusterer, {i.story_id for i in batch if i.story_id}, terms)
        self.stored += len(stored)
        summary.added += len(batch)

    def _new_items(self, articles: list[Article], summary: RunSummary, keys: set[str]) -> list[Item]:
        """The articles not stored yet, with an id no other stored article holds."""
        batch = []
        for article in articles:
            key = article_key(article)
            if key in keys or self.store.has_key(key):
                summary.unchanged += 1
                continue
            keys.add(key)
            owner = self.store.key_of(article.id)
            if owner is not None and owner != key:  # the id is taken by another article: derive a new one
                article.id = f"{article.id}~{hashlib.sha1(key.encode()).hexdigest()[:8]}"
            batch.append(Item(article, key))
        return batch

    def _recheck(self, batch: list[Item], summary: RunSummary) -> list[Item]:
        """After another writer: drop what it stored meanwhile; give a new id (and run the per-article
        steps again) to an article whose id it took."""
        kept, renamed = [], []
        for item in batch:
            if self.store.has_key(item.key):
                summary.unchanged += 1
            elif self.store.key_of(item.article.id) not in (None, item.key):
                renamed.extend(self._new_items([item.article], summary, set()))
            else:
                kept.append(item)
        for step, stats in zip(self.per_article, summary.steps, strict=False):
            renamed = step.run(renamed, stats) if renamed else renamed
        return kept + renamed

    def refresh_stories(self) -> int:
        """Assemble again every story that received articles, each in its own write transaction (so no
        article another writer adds meanwhile is left out of a story marked clean)."""
        updated = 0
        for story_id in self.store.dirty_stories():
            with self.store.transaction():
                if story_id not in self.store.dirty_stories():  # another writer assembled it meanwhile
                    continue
                articles = self.store.articles_of(story_id)
                story = assemble_story(story_id, articles, self.store.annotations_of([a.id for a in articles]))
                self.store.save_story(story, articles)
            updated += 1
        return updated


def _batches(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(islice(items, size)):
        yield batch
