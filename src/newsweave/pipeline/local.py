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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from newsweave.contract import build_adapters
from newsweave.errors import InputError
from newsweave.model import Annotations, Article
from newsweave.pipeline.copies import reading_key
from newsweave.pipeline.parallel import ParallelAnnotator, StoryGroup, Ticket
from newsweave.pipeline.step import Drop, Item, Step, StepStats, check_order
from newsweave.pipeline.steps import Annotate, Cluster, Deduplicate, DetectRewrites, Fingerprint
from newsweave.readers import ReadOptions
from newsweave.reading import ReadStats, iter_articles
from newsweave.records import Story
from newsweave.store.interface import Store, StoredArticle
from newsweave.stories.cluster import MAX_ACTIVE_STORIES, StoryClusterer
from newsweave.stories.dedupe import content_key
from newsweave.stories.features import article_terms
from newsweave.stories.settle import settle
from newsweave.stories.split import Member, split

if TYPE_CHECKING:
    from spacy.language import Language

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

    def __init__(
        self, store: Store, nlp: Language | None, batch: int = BATCH, pool: ParallelAnnotator | None = None
    ) -> None:
        """`nlp` annotates in process; a `pool` of worker processes annotates instead when given; with
        neither, articles are stored without extractions."""
        self.store = store
        self.pool = pool
        self.batch = batch * pool.jobs if pool is not None else batch
        self.clusterer = StoryClusterer()  # loaded from the store once the write lock is held
        stored = self.stored_annotations
        annotate = [Annotate(nlp, pool, stored)] if pool is not None or nlp is not None else []
        # With a pool, the workers fingerprint the articles they annotate (when it asks them to), so Fingerprint,
        # run after, has only the others to do.
        self.per_article: list[Step] = [*annotate, Fingerprint()] if pool is not None else [Fingerprint(), *annotate]
        self.steps: list[Step] = [
            *self.per_article,
            Deduplicate(StoreIndex(store)),
            Cluster(self.clusterer),
            DetectRewrites(lambda story_id: store.recent_members(story_id)),
        ]
        check_order(self.steps)
        self.stored = 0  # the store's article count after this engine's last write
        if pool is not None:  # what storing the workers' results needs, made while they parse
            pool.while_waiting(_load_frequencies)
            pool.while_waiting(build_adapters)

    def stored_annotations(self, article_id: str, key: bytes) -> Annotations | None:
        """The stored annotations of an article an exact copy takes, if that article is still the one stored
        under `article_id` (`copies.StoredAnnotations`)."""
        article = self.store.article(article_id)
        if article is None or reading_key(article) != key:
            return None
        return self.store.annotations_of([article_id])[0]

    def run(
        self,
        paths: Iterable[str | Path],
        options: ReadOptions | None = None,
        on_skip: Callable[[InputError], None] | None = None,
        on_file: Callable[[], None] | None = None,
        on_wait: Callable[[str], None] | None = None,
        assemble: bool = True,
    ) -> RunSummary:
        """Ingest everything under `paths`; `on_skip` hears of each skipped input, `on_file` of each file read,
        `on_wait` that another writer holds the store. `assemble=False` leaves the stories to the caller."""
        summary = RunSummary(steps=[StepStats(step.name) for step in self.steps])
        with self.store.writer(on_wait):
            self._load_clusterer()
            waiting: list[Item] = []  # a batch the workers parse while this process reads and stores
            for batch in _batches(self._read(paths, options, summary.read, on_skip, on_file), self.batch):
                items = self._new_items([Item(a, article_key(a)) for a in batch], summary, waiting)
                self._start(items)
                self._add_items(waiting, summary)
                waiting = items
            self._add_items(waiting, summary)
            self._settle()
            if assemble:
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

    def run_items(self, batches: Iterable[list[Item]], assemble: bool = True) -> RunSummary:
        """Add items that per-article steps already processed elsewhere (the batch engine's staged shards):
        the steps skip what an item already has, the global steps run as in `run`."""
        summary = RunSummary(steps=[StepStats(step.name) for step in self.steps])
        with self.store.writer():
            self._load_clusterer()
            for batch in batches:
                self._add_items(self._new_items(batch, summary), summary)
            self._settle()
            if assemble:
                summary.stories_updated = self.refresh_stories()
        return summary

    def _load_clusterer(self) -> None:
        self.clusterer = self.store.load_clusterer(MAX_ACTIVE_STORIES)  # another writer may have run
        self.stored = self.store.count()
        for step in self.steps:
            if isinstance(step, Cluster):
                step.clusterer = self.clusterer

    def _start(self, batch: list[Item]) -> None:
        """Hand the batch to the worker processes, if any, so they parse it while the previous one is stored."""
        for step in self.per_article:
            if isinstance(step, Annotate):
                step.start(batch)

    def _new_items(self, items: list[Item], summary: RunSummary, waiting: Sequence[Item] = ()) -> list[Item]:
        """The items not stored yet (nor `waiting` to be), each with an id no other stored article holds."""
        fresh, keys = [], {i.key for i in waiting}
        for item in items:
            if item.key in keys or self.store.has_key(item.key):
                summary.unchanged += 1
                continue
            keys.add(item.key)
            article = item.article
            owner = self.store.key_of(article.id)
            if owner is not None and owner != item.key:  # the id is taken by another article: derive a new one
                article.id = f"{article.id}~{hashlib.sha1(item.key.encode()).hexdigest()[:8]}"
                if item.annotations is not None:
                    item.annotations = item.annotations.renamed(article.id)
            fresh.append(item)
        return fresh

    def _add_items(self, batch: list[Item], summary: RunSummary) -> None:
        if not batch:
            return
        per_article = len(self.per_article)
        for step, stats in zip(self.per_article, summary.steps[:per_article], strict=True):
            batch = step.run(batch, stats)
        with self.store.transaction():
            if self.store.count() != self.stored:  # another process wrote since this engine's last batch
                self._load_clusterer()
                batch = self._new_items(batch, summary)  # it may have stored some of them, or taken an id
            for step, stats in zip(self.steps[per_article:], summary.steps[per_article:], strict=True):
                batch = step.run(batch, stats)
            stored = [StoredArticle(i.article, i.key, i.story_id, i.signature, i.bands) for i in batch if i.story_id]
            self.store.add_articles(stored)
            self.store.set_annotations([i.annotations for i in batch if i.annotations is not None])
            terms = {t for i in batch if i.terms for t in i.terms}
            self.store.save_clusterer(self.clusterer, {i.story_id for i in batch if i.story_id}, terms)
        self.stored += len(stored)
        summary.added += len(batch)

    def _settle(self) -> None:
        """The small stories founded since the last settling join the story they belong to (`stories.settle`); the
        store moves their articles as it does for the pass's merges, and saves the settled marks."""
        with self.store.transaction():
            if self.store.count() != self.stored:  # another process wrote since this engine's last batch
                self._load_clusterer()
            marks = self.clusterer.settled_id, self.clusterer.settled_tick
            merges = settle(self.clusterer)
            splits = split(self.clusterer, self._members, marks)
            changed = {kept for _, kept in merges} | set(splits.stories) | {story for _, story in splits.moves}
            self.store.save_clusterer(self.clusterer, changed, set())

    def _members(self, story_id: str) -> list[Member]:
        """A story's original articles as the clusterer placed them (`stories.split`)."""
        return [
            Member(a.id, article_terms(a.text, a.title), a.published)
            for a in self.store.articles_of(story_id)
            if not a.duplicate_of
        ]

    def annotate_stored(self, nlp: Language, on_batch: Callable[[int], None] | None = None) -> RunSummary:
        """Extract from the stored articles that have no extractions yet (an ingest with --no-extract), then
        assemble their stories again."""
        step, summary = Annotate(nlp), RunSummary(steps=[StepStats(Annotate.name)])
        with self.store.writer():
            while articles := self.store.unannotated(self.batch):
                batch = step.run([Item(a, "") for a in articles], summary.steps[0])
                with self.store.transaction():
                    self.store.set_annotations([i.annotations for i in batch if i.annotations is not None])
                summary.added += len(batch)
                if on_batch:
                    on_batch(len(batch))
            summary.stories_updated = self.refresh_stories()
        return summary

    def refresh_stories(self) -> int:
        """Assemble again every story that received articles, each in its own write transaction (so no
        article another writer adds meanwhile is left out of a story marked clean). With a pool, the
        workers assemble the stories ahead, a slice at a time; a story is saved as they made it only when
        its articles and annotations are still those they were given (assembly is a pure function of
        them), else it is assembled again here. A store no other writer can touch meanwhile
        (`Store.sole_writer`: SQLite) needs no such check."""
        from newsweave.reconcile.story import assemble_story

        updated = 0
        dirty = self.store.dirty_stories()
        ahead = self._assemble_ahead(dirty[:REFRESH_SLICE])
        for start in range(0, len(dirty), REFRESH_SLICE):
            made, ahead = ahead, self._assemble_ahead(dirty[start + REFRESH_SLICE : start + 2 * REFRESH_SLICE])
            for story_id in dirty[start : start + REFRESH_SLICE]:
                with self.store.transaction():
                    if made is not None and self.store.sole_writer:  # nothing changed since the workers were given it
                        story, articles = made.as_given(story_id)
                        self.store.save_story(story, articles)
                        updated += 1
                        continue
                    if story_id not in self.store.dirty_stories():  # another writer assembled it meanwhile
                        continue
                    articles = self.store.articles_of(story_id)
                    annotations = self.store.annotations_of([a.id for a in articles])
                    group = (story_id, articles, annotations)
                    story = made.get(group) if made else None
                    self.store.save_story(story or assemble_story(*group), articles)
                updated += 1
        return updated

    def _assemble_ahead(self, story_ids: list[str]) -> AssembledAhead | None:
        """The pool's workers start on these stories; None without a pool."""
        if self.pool is None or not story_ids:
            return None
        groups = []
        for story_id in story_ids:
            articles = self.store.articles_of(story_id)
            groups.append((story_id, articles, self.store.annotations_of([a.id for a in articles])))
        return AssembledAhead(groups, self.pool.submit("assemble", [[g] for g in groups]), self.pool)


def _load_frequencies() -> None:
    """Read wordfreq's English table, which the clustering reads on its first lookup (about 0.1 s)."""
    from newsweave.stories.features import word_frequency

    word_frequency("the", "en")


REFRESH_SLICE = 64  # stories handed to the workers at a time when refreshing


@dataclass
class AssembledAhead:
    """Stories the workers assemble while earlier ones are saved; `get` gives one only for the same input."""

    groups: list[StoryGroup]
    ticket: Ticket
    pool: ParallelAnnotator
    stories: dict[str, Story] | None = None

    def get(self, group: StoryGroup) -> Story | None:
        """The story made of `group`, if the workers were given that very group (articles and annotations)."""
        given = next((g for g in self.groups if g[0] == group[0]), None)
        return self._made().get(group[0]) if given == group else None

    def as_given(self, story_id: str) -> tuple[Story, list[Article]]:
        """The story the workers made and the articles they were given: what is saved when no other writer can
        have changed them since (`Store.sole_writer`)."""
        given = next(g for g in self.groups if g[0] == story_id)
        return self._made()[story_id], given[1]

    def _made(self) -> dict[str, Story]:
        if self.stories is None:
            self.stories = {s.id: s for s in self.pool.collect(self.ticket)}
        return self.stories


def _batches(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(islice(items, size)):
        yield batch
